package ai.leonardo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.leonardo.testkit.DurationDistribution;
import ai.leonardo.testkit.FakeLeonardo;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {
    @TempDir
    Path dir;

    @Test
    void twentyPromptsWithConcurrencyFiveAllCompleteAndNeverRunMoreThanFive() throws IOException {
        Path prompts = dir.resolve("prompts.txt");
        List<String> lines = new ArrayList<>(List.of("# twenty lighthouses", ""));
        IntStream.rangeClosed(1, 20).mapToObj(i -> "Lighthouse number " + i).forEach(lines::add);
        Files.write(prompts, lines);
        Path out = dir.resolve("out");

        try (FakeLeonardo fake = FakeLeonardo.builder()
                .jobDurations(DurationDistribution.uniform(Duration.ofMillis(100), Duration.ofMillis(400)))
                .build().start()) {
            CliRunner.Result result = CliRunner.against(fake).run("batch", prompts.toString(),
                    "--concurrency", "5", "--poll-interval", "100ms", "--out", out.toString(), "--json");

            assertThat(result.exitCode()).as(result.toString()).isZero();
            assertThat(fake.generationCount()).isEqualTo(20);
            assertThat(fake.maxObservedConcurrentJobs()).isBetween(1, 5);
            JsonObject doc = JsonParser.parseString(result.out()).getAsJsonObject();
            assertThat(doc.get("completed").getAsInt()).isEqualTo(20);
            assertThat(doc.get("failed").getAsInt()).isZero();
            // Results point back to the line of the file each prompt came from.
            JsonObject first = doc.getAsJsonArray("results").get(0).getAsJsonObject();
            assertThat(first.get("line").getAsInt()).isEqualTo(3);
            assertThat(first.get("prompt").getAsString()).isEqualTo("Lighthouse number 1");
            try (Stream<Path> files = Files.list(out)) {
                assertThat(files.filter(f -> f.toString().endsWith(".png")).count()).isEqualTo(20);
            }
            assertThat(result.err()).contains("20/20 done (20 complete, 0 failed)");
        }
    }

    @Test
    void aBatchWithAFailureExits1AndStillReportsEveryLine() throws IOException {
        Path prompts = Files.write(dir.resolve("prompts.txt"), List.of("one", "two", "three"));

        try (FakeLeonardo fake = FakeLeonardo.builder().jobDuration(Duration.ofMillis(100)).failureRate(1.0)
                .build().start()) {
            CliRunner.Result result = CliRunner.against(fake).onTerminal().run("batch", prompts.toString(),
                    "--poll-interval", "100ms", "--out", dir.resolve("out").toString());

            assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
            assertThat(result.out()).contains("line 1 ").contains("line 3 ").contains("0 complete, 3 failed");
            assertThat(result.err()).contains("\r[");
        }
    }

    @Test
    void aConcurrencyBelowOneIsAUsageError() throws IOException {
        Path prompts = Files.write(dir.resolve("prompts.txt"), List.of("one"));

        CliRunner.Result result = CliRunner.withEnv(Map.of()).run("batch", prompts.toString(), "--concurrency", "0");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains("--concurrency must be at least 1");
    }

    @Test
    void aMissingFileIsAUsageError() {
        CliRunner.Result result = CliRunner.withEnv(Map.of()).run("batch", dir.resolve("nope.txt").toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains("nope.txt: no such file").doesNotContain("embedded FakeLeonardo");
    }

    @Test
    void aRerunKeepsItsJournalInOutAndSkipsWhatIsDoneWithoutPaying() throws IOException {
        Path prompts = Files.write(dir.resolve("prompts.txt"), List.of("one", "two", "three"));
        Path out = dir.resolve("out");
        try (FakeLeonardo fake = FakeLeonardo.builder().jobDuration(Duration.ofMillis(50)).build().start()) {
            CliRunner cli = CliRunner.against(fake);
            CliRunner.Result first = cli.run("batch", prompts.toString(), "--poll-interval", "50ms", "--out", out.toString());
            assertThat(first.out()).as(first.toString()).contains("3 complete, 0 failed (0 skipped, 0 resumed, 3 created, 0 unknown)");
            assertThat(out.resolve(BatchCommand.DEFAULT_JOURNAL)).isRegularFile();

            Files.write(prompts, List.of("one", "two", "three", "four"));
            CliRunner.Result second = cli.run("batch", prompts.toString(), "--poll-interval", "50ms", "--out", out.toString());

            assertThat(second.exitCode()).as(second.toString()).isZero();
            assertThat(second.out()).contains("4 complete, 0 failed (3 skipped, 0 resumed, 1 created, 0 unknown)");
            assertThat(fake.generationCount()).isEqualTo(4);
        }
    }

    @Test
    void journalGoesWhereAskedAndNoJournalMeansARerunPaysAgain() throws IOException {
        Path prompts = Files.write(dir.resolve("prompts.txt"), List.of("one", "two"));
        Path out = dir.resolve("out");
        Path journal = dir.resolve("state/my-journal.jsonl");
        try (FakeLeonardo fake = FakeLeonardo.builder().jobDuration(Duration.ofMillis(50)).build().start()) {
            CliRunner cli = CliRunner.against(fake);
            assertThat(cli.run("batch", prompts.toString(), "--out", out.toString(), "--journal", journal.toString())
                    .exitCode()).isZero();
            assertThat(journal).isRegularFile();
            assertThat(out.resolve(BatchCommand.DEFAULT_JOURNAL)).doesNotExist();

            CliRunner.Result again = cli.run("batch", prompts.toString(), "--out", out.toString(), "--no-journal");

            assertThat(again.out()).as(again.toString()).contains("(0 skipped, 0 resumed, 2 created, 0 unknown)");
            assertThat(fake.generationCount()).isEqualTo(4);
            assertThat(out.resolve(BatchCommand.DEFAULT_JOURNAL)).doesNotExist();
        }
    }
}

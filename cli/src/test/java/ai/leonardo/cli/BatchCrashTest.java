package ai.leonardo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code leonardo batch} killed with SIGKILL again and again, against a standalone {@code leonardo fake}
 * in its own JVM, then rerun until it succeeds: every prompt is generated exactly once and every
 * image is on disk, whole.
 */
class BatchCrashTest {
    private static final int PROMPTS = 20;
    private static final int KILLS = 20;
    private static final long SEED = 19;
    private static final String JAVA = new File(System.getProperty("java.home"), "bin/java").getPath();

    @TempDir
    Path dir;

    private Process fake;
    private Process batch;
    private final Map<String, String> env = new HashMap<>();

    @AfterEach
    void stop() {
        Stream.of(batch, fake).filter(p -> p != null).forEach(Process::destroyForcibly);
    }

    @Test
    void killedTwentyTimesThenRerunItGeneratesEachPromptOnceAndWritesEveryImageWhole() throws Exception {
        startFake();
        Path prompts = dir.resolve("prompts.txt");
        List<String> lines = IntStream.range(0, PROMPTS).mapToObj(i -> "crash test prompt " + i).toList();
        Files.write(prompts, lines);
        Path out = dir.resolve("out");
        Path journal = out.resolve(BatchCommand.DEFAULT_JOURNAL);

        Random random = new Random(SEED);
        Map<String, Integer> killPoints = new TreeMap<>();
        int kills = 0;
        while (kills < KILLS) {
            int before = lineCount(journal);
            int grow = 1 + random.nextInt(3);
            long extraMillis = random.nextInt(40);
            batch = startBatch(prompts, out, kills, false);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (batch.isAlive() && lineCount(journal) < before + grow) {
                assertThat(System.nanoTime()).as("the batch makes progress").isLessThan(deadline);
                Thread.sleep(2);
            }
            Thread.sleep(extraMillis);
            if (!batch.isAlive()) {
                break; // it finished first: the rest of the kills would find nothing left to do
            }
            batch.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs
            batch.waitFor();
            kills++;
            inFlight(journal).forEach((phase, items) -> killPoints.merge(phase, items, Integer::sum));
        }

        int unknownRetried = 0;
        JsonObject summary = null;
        for (int rerun = 0; rerun < 5 && summary == null; rerun++) {
            batch = startBatch(prompts, out, 100 + rerun, unknownRetried > 0);
            String stdout = new String(batch.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = batch.waitFor();
            JsonObject doc = JsonParser.parseString(stdout).getAsJsonObject();
            if (exit == 0) {
                summary = doc;
            } else {
                assertThat(doc.get("unknown").getAsInt()).as("only unknown outcomes may stop a rerun: " + stdout)
                        .isPositive();
                unknownRetried = doc.get("unknown").getAsInt();
            }
        }
        System.out.printf("BatchCrashTest: %d kills (seed %d), items in flight at the kills %s,"
                + " %d outcome(s) unknown and retried with --retry-unknown%n", kills, SEED, killPoints, unknownRetried);

        assertThat(kills).isEqualTo(KILLS);
        assertThat(summary).as("a rerun exits 0").isNotNull();
        assertThat(summary.get("completed").getAsInt()).isEqualTo(PROMPTS);
        Map<String, Long> onServer = generationsOnServer();
        assertThat(onServer).as("each prompt generated exactly once").hasSize(PROMPTS)
                .allSatisfy((prompt, count) -> assertThat(count).as(prompt).isEqualTo(1));
        assertThat(onServer.keySet()).containsExactlyInAnyOrderElementsOf(lines);

        List<Path> files = new ArrayList<>();
        for (JsonElement result : summary.getAsJsonArray("results")) {
            List<Path> written = new ArrayList<>();
            result.getAsJsonObject().getAsJsonArray("files").forEach(f -> written.add(Path.of(f.getAsString())));
            assertThat(written).as(result.toString()).hasSize(1);
            files.addAll(written);
        }
        try (Stream<Path> listed = Files.list(out)) {
            assertThat(listed.filter(p -> !p.equals(journal)).toList())
                    .as("one PNG per image and no partial download left").containsExactlyInAnyOrderElementsOf(files);
        }
        for (Path file : files) {
            assertThat(ImageIO.read(file.toFile())).as(file + " is a whole PNG").isNotNull();
        }
    }

    private void startFake() throws IOException {
        fake = new ProcessBuilder(javaCommand("fake", "--job-duration", "150ms", "--latency", "20ms"))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(fake.getInputStream(), StandardCharsets.UTF_8));
        for (int i = 0; i < 3; i++) {
            String[] line = lines.readLine().split("=", 2);
            env.put(line[0], line[1]);
        }
    }

    private Process startBatch(Path prompts, Path out, int attempt, boolean retryUnknown) throws IOException {
        List<String> command = javaCommand("batch", prompts.toString(), "--out", out.toString(), "--concurrency", "3",
                "--num-images", "1", "--width", "256", "--height", "256", "--poll-interval", "50ms", "--json");
        if (retryUnknown) {
            command.add("--retry-unknown");
        }
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectError(dir.resolve("batch-" + attempt + ".err").toFile());
        builder.environment().putAll(env);
        return builder.start();
    }

    /** The CLI in a JVM of its own, tuned to start fast: this test starts about two dozen. */
    private static List<String> javaCommand(String... args) {
        List<String> command = new ArrayList<>(List.of(JAVA, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    private static int lineCount(Path journal) throws IOException {
        if (!Files.exists(journal)) {
            return 0;
        }
        byte[] bytes = Files.readAllBytes(journal);
        int lines = 0;
        for (byte b : bytes) {
            if (b == '\n') {
                lines++;
            }
        }
        return lines;
    }

    /** The items the kill interrupted, by the phase the journal had them in (its last record for each). */
    private static Map<String, Integer> inFlight(Path journal) throws IOException {
        Map<String, String> last = new HashMap<>();
        for (String line : Files.readAllLines(journal)) {
            JsonObject record = JsonParser.parseString(line).getAsJsonObject();
            last.put(record.get("item").getAsString(), record.get("event").getAsString());
        }
        Map<String, String> phases = Map.of("create-sent", "mid-create", "created", "mid-wait",
                "finished", "mid-download");
        Map<String, Integer> inFlight = new TreeMap<>();
        last.values().stream().filter(phases::containsKey).forEach(e -> inFlight.merge(phases.get(e), 1, Integer::sum));
        return inFlight;
    }

    private Map<String, Long> generationsOnServer() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                env.get("LEONARDO_BASE_URL") + "/generations/user/" + env.get("LEONARDO_USER_ID") + "?limit=1000"))
                .header("Authorization", "Bearer " + env.get("LEONARDO_API_KEY")).timeout(Duration.ofSeconds(10))
                .build(), HttpResponse.BodyHandlers.ofString());
        List<String> prompts = new ArrayList<>();
        JsonParser.parseString(response.body()).getAsJsonObject().getAsJsonArray("generations")
                .forEach(g -> prompts.add(g.getAsJsonObject().get("prompt").getAsString()));
        return prompts.stream().collect(Collectors.groupingBy(p -> p, TreeMap::new, Collectors.counting()));
    }
}

package ai.leonardo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.leonardo.sdk.Leonardo;
import ai.leonardo.testkit.Endpoint;
import ai.leonardo.testkit.FakeLeonardo;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code leonardo conformance}: a table or JSON of checks, and an exit code a CI job can gate on. */
class ConformanceCommandTest {
    private static FakeLeonardo fake;
    private static CliRunner againstFake;

    @BeforeAll
    static void start() {
        fake = FakeLeonardo.builder().jobDuration(Duration.ofMillis(100)).build().start();
        againstFake = CliRunner.withEnv(Map.of(Leonardo.API_KEY_ENV, fake.apiKey(), Leonardo.BASE_URL_ENV,
                fake.baseUrl(), ConformanceCommand.USER_ID_ENV, fake.userId()));
    }

    @AfterAll
    static void stop() {
        fake.stop();
    }

    @Test
    void aConformingServerPassesEveryCheckAndExits0() {
        CliRunner.Result result = againstFake.run("conformance", "--poll-interval", "50ms");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).startsWith("CHECK").contains("create.id-and-cost", "delete.gone", "schema.get")
                .contains("14 checks: 14 passed, 0 failed, 0 skipped; full mode against " + fake.baseUrl())
                .contains("cost 0.00735 DOLLARS")
                .doesNotContain("FAIL");
        assertThat(fake.generationCount()).as("full mode deletes what it created").isZero();
    }

    @Test
    void jsonIsOneDocumentWithEveryCheck() {
        CliRunner.Result result = againstFake.run("conformance", "--poll-interval", "50ms", "--json");

        JsonObject report = JsonParser.parseString(result.out()).getAsJsonObject();
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(report.get("passed").getAsBoolean()).isTrue();
        assertThat(report.get("mode").getAsString()).isEqualTo("full");
        assertThat(report.getAsJsonArray("checks")).hasSize(14)
                .allMatch(c -> "PASS".equals(c.getAsJsonObject().get("result").getAsString()));
    }

    @Test
    void aServerThatAcceptsAWrongKeyFailsThatCheckAndExits1() {
        try (FakeLeonardo open = FakeLeonardo.builder().requireAuth(false).jobDuration(Duration.ofMillis(50))
                .build().start()) {
            CliRunner.Result result = CliRunner.withEnv(Map.of(Leonardo.API_KEY_ENV, open.apiKey()))
                    .run("conformance", "--base-url", open.baseUrl(), "--user-id", open.userId(),
                            "--poll-interval", "50ms");

            assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.FAILED);
            assertThat(result.out()).containsPattern("auth\\.wrong-key +FAIL +HTTP 200, expected 401")
                    .contains("13 passed, 1 failed");
        }
    }

    @Test
    void readOnlyReadsAnExistingGenerationAndCreatesNothing() {
        CliRunner.Result created = againstFake.run("generate", "An existing one", "--num-images", "1",
                "--width", "64", "--height", "64", "--no-wait", "--json");
        String id = JsonParser.parseString(created.out()).getAsJsonObject().get("id").getAsString();
        long creates = fake.requestCount(Endpoint.CREATE_GENERATION);

        CliRunner.Result result = againstFake.run("conformance", "--mode", "read-only", "--generation-id", id);

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("read-only mode").contains("get.generation");
        assertThat(fake.requestCount(Endpoint.CREATE_GENERATION)).isEqualTo(creates);
        assertThat(fake.generation(id)).as("read-only deletes nothing").isNotNull();
    }

    @Test
    void withoutAKeyOrUrlItChecksAnEmbeddedFake() {
        CliRunner.Result result = CliRunner.withEnv(Map.of()).run("conformance", "--poll-interval", "50ms");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.err()).contains("embedded FakeLeonardo");
        assertThat(result.out()).contains("14 passed, 0 failed");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "an unknown mode                  | --mode sideways                              | mode must be read-only or full",
        "read-only without a generation   | --mode read-only                             | generationId",
        "a base URL without a key         | --base-url http://127.0.0.1:1/api/rest/v1    | LEONARDO_API_KEY is not set",
        "too many generations             | --max-generations 11                         | maxGenerations must be 1..10",
    })
    void usageErrorsExit2AndSayWhy(String name, String args, String message) {
        CliRunner runner = args.contains("--base-url") ? CliRunner.withEnv(Map.of()) : againstFake;
        String[] argv = ("conformance " + args.trim()).split(" +");

        CliRunner.Result result = runner.run(argv);

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains(message);
    }
}

package ai.leonardo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.leonardo.sdk.Leonardo;
import ai.leonardo.testkit.FakeLeonardo;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErrorExitCodesTest {
    @TempDir
    Path dir;

    @Test
    void aWaitTimeoutExits4WithTheIdAndTheResumeCommand() {
        try (FakeLeonardo slow = FakeLeonardo.builder().jobDuration(Duration.ofMinutes(10)).build().start()) {
            CliRunner.Result result = CliRunner.against(slow).run("generate", "A slow lighthouse",
                    "--timeout", "300ms", "--poll-interval", "100ms", "--out", dir.toString());

            assertThat(result.exitCode()).as(result.toString()).isEqualTo(4);
            Matcher created = Pattern.compile("Created generation ([0-9a-f-]{36})").matcher(result.err());
            assertThat(created.find()).as(result.toString()).isTrue();
            String id = created.group(1);
            assertThat(result.err()).contains("waiting for generation " + id + " (last status PENDING)")
                    .contains("leonardo wait " + id);
        }
    }

    @Test
    void aTimedOutWaitInJsonCarriesTheIdAndResumeCommand() {
        try (FakeLeonardo slow = FakeLeonardo.builder().jobDuration(Duration.ofMinutes(10)).build().start()) {
            CliRunner.Result result = CliRunner.against(slow).run("generate", "A slow lighthouse", "--json",
                    "--timeout", "200ms", "--poll-interval", "100ms", "--out", dir.toString());

            assertThat(result.exitCode()).as(result.toString()).isEqualTo(4);
            JsonObject error = JsonParser.parseString(result.out()).getAsJsonObject().getAsJsonObject("error");
            assertThat(error.get("status").getAsString()).isEqualTo("PENDING");
            assertThat(error.get("resume").getAsString()).isEqualTo("leonardo wait " + error.get("id").getAsString());
        }
    }

    @Test
    void aWrongKeyExits3() {
        try (FakeLeonardo fake = FakeLeonardo.builder().build().start()) {
            CliRunner.Result result = CliRunner.withEnv(Map.of(Leonardo.API_KEY_ENV, "not-the-key",
                    Leonardo.BASE_URL_ENV, fake.baseUrl())).run("generate", "A lighthouse", "--out", dir.toString());

            assertThat(result.exitCode()).as(result.toString()).isEqualTo(3);
            assertThat(result.err()).contains(Leonardo.API_KEY_ENV).doesNotContain("not-the-key");
            assertThat(fake.generationCount()).isZero();
        }
    }

    @Test
    void anUnreachableApiExits3() {
        CliRunner.Result result = CliRunner.withEnv(Map.of(Leonardo.API_KEY_ENV, "k",
                Leonardo.BASE_URL_ENV, "http://127.0.0.1:1/api/rest/v1")).run("get",
                "0b7ae3c1-5f3a-4f7e-9c1d-2a3b4c5d6e7f");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(3);
    }

    @Test
    void aFailedGenerationExits1() {
        try (FakeLeonardo failing = FakeLeonardo.builder().jobDuration(Duration.ofMillis(100)).failureRate(1.0)
                .build().start()) {
            CliRunner.Result result = CliRunner.against(failing).run("generate", "A doomed lighthouse",
                    "--poll-interval", "100ms", "--out", dir.toString());

            assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
            assertThat(result.err()).contains("FAILED");
            assertThat(dir).isEmptyDirectory();
        }
    }
}

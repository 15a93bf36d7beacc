package ai.leonardo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.leonardo.sdk.SpecInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HelpAndEmbeddedTest {
    private static final CliRunner NO_KEY = CliRunner.withEnv(Map.of());

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"generate", "wait", "get", "list", "delete", "batch", "conformance"})
    void everyCommandHasHelp(String command) {
        CliRunner.Result result = NO_KEY.run(command, "--help");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).startsWith("Usage: leonardo " + command).contains("--json").contains("--help")
                .as("the footer is inherited from the top command").contains("4 wait timed out");
        assertThat(result.err()).as("help starts no embedded fake").isEmpty();
    }

    @Test
    void fakeHasHelpAndHelpStartsNoServer() {
        CliRunner.Result result = NO_KEY.run("fake", "--help");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).startsWith("Usage: leonardo fake").contains("--port", "--api-key", "--user-id",
                "--job-duration", "--latency", "LEONARDO_BASE_URL=");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void topLevelHelpListsCommandsAndExitCodes() {
        CliRunner.Result result = NO_KEY.run("--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("generate", "wait", "get", "list", "delete", "batch", "fake", "conformance",
                "4 wait timed out");
    }

    @Test
    void generateHelpListsTheStyles() {
        assertThat(NO_KEY.run("generate", "--help").out()).contains("ANIME", "RENDER_3D")
                .doesNotContain("UNKNOWN_DEFAULT_OPEN_API");
    }

    @Test
    void versionNamesSdkAndSpecOnEveryLevel() {
        for (CliRunner.Result result : List.of(NO_KEY.run("--version"), NO_KEY.run("generate", "--version"))) {
            assertThat(result.exitCode()).isZero();
            assertThat(result.out()).contains(SpecInfo.sdkVersion()).contains("API spec " + SpecInfo.specVersion());
        }
    }

    @Test
    void withoutAKeyTheEmbeddedFakeRunsTheWholeFlowAndSaysSoOnce() throws Exception {
        CliRunner.Result result = NO_KEY.run("generate", "A lighthouse at dusk", "--poll-interval", "100ms",
                "--out", dir.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.err().lines().filter(l -> l.contains("embedded FakeLeonardo"))).hasSize(1);
        String file = result.out().lines().filter(l -> l.endsWith(".png")).findFirst().orElseThrow();
        assertThat(Files.size(Path.of(file))).isPositive();
    }

    @Test
    void withoutAKeyListDefaultsToTheFakesUser() {
        CliRunner.Result result = NO_KEY.run("list");

        assertThat(result.exitCode()).as(result.toString()).isZero();
    }
}

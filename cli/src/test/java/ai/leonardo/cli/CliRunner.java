package ai.leonardo.cli;

import ai.leonardo.sdk.Leonardo;
import ai.leonardo.testkit.FakeLeonardo;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Map;

/** Runs the CLI in-process with a chosen environment and captured stdout/stderr. */
final class CliRunner {
    /** Short embedded jobs, so tests of offline mode stay fast. */
    static final ClientFactory FAST_EMBEDDED = new ClientFactory(
            () -> FakeLeonardo.builder().jobDuration(Duration.ofMillis(200)));

    private final Map<String, String> env;
    private final boolean terminal;

    private CliRunner(Map<String, String> env, boolean terminal) {
        this.env = env;
        this.terminal = terminal;
    }

    /** A runner that talks to the given fake as if it were the real API (key and base URL in the environment). */
    static CliRunner against(FakeLeonardo fake) {
        return withEnv(Map.of(Leonardo.API_KEY_ENV, fake.apiKey(), Leonardo.BASE_URL_ENV, fake.baseUrl()));
    }

    static CliRunner withEnv(Map<String, String> env) {
        return new CliRunner(env, false);
    }

    CliRunner onTerminal() {
        return new CliRunner(env, true);
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, env, new PrintWriter(out), new PrintWriter(err), terminal, FAST_EMBEDDED);
        return new Result(code, out.toString(), err.toString());
    }

    /** What one run left behind. */
    record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }
}

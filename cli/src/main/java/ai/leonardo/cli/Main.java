package ai.leonardo.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Map;

/** The {@code leonardo} program's entry point. */
public final class Main {
    private Main() {
    }

    /**
     * Runs the program and exits with its exit code ({@link ExitCodes}).
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), new PrintWriter(System.out, true, Charset.defaultCharset()),
                new PrintWriter(System.err, true, Charset.defaultCharset()), System.console() != null,
                ClientFactory.standard()));
    }

    /**
     * Runs one command in-process.
     *
     * @param args the command line
     * @param env the environment variables to use
     * @param out where results go
     * @param err where progress and errors go
     * @param terminal whether {@code err} is a terminal (progress redraws in place)
     * @param clients opens the API client
     * @return the exit code
     */
    public static int run(String[] args, Map<String, String> env, PrintWriter out, PrintWriter err, boolean terminal,
            ClientFactory clients) {
        int code = Cli.commandLine(new CliContext(env, out, err, terminal, clients)).execute(args);
        out.flush();
        err.flush();
        return code;
    }
}

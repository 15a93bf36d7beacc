package ai.leonardo.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.Objects;

/**
 * What a command may touch of the outside world, passed in rather than read from globals so the
 * whole program runs in-process under test with a chosen environment and captured streams.
 *
 * @param env the environment variables ({@code LEONARDO_API_KEY}, {@code LEONARDO_BASE_URL})
 * @param out where results go: the only thing a script should parse
 * @param err where progress, notices and errors go
 * @param terminal whether {@code err} is a terminal, so progress may redraw one line in place
 * @param clients opens the API client: the real API or the embedded fake
 */
public record CliContext(Map<String, String> env, PrintWriter out, PrintWriter err, boolean terminal,
                         ClientFactory clients) {

    /** Checks every component is present. */
    public CliContext {
        env = Map.copyOf(Objects.requireNonNull(env, "env"));
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(clients, "clients");
    }
}

package ai.leonardo.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every subcommand does around its one call: open the client (real or embedded), render with
 * {@code --json} or text, close the client. Errors go to {@link ErrorHandler}.
 */
abstract class ApiCommand implements Callable<Integer> {
    /** Streams, environment and client factory. */
    final CliContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    JsonOption json;

    ApiCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public final Integer call() {
        checkInput();
        try (Client client = context.clients().open(context.env(), context.err())) {
            return run(client, new Output(context, json.json));
        }
    }

    /**
     * Checks what can be checked locally before a client (perhaps an embedded server) is started.
     * Does nothing unless a command overrides it.
     *
     * @throws picocli.CommandLine.ParameterException when the input is unusable
     */
    void checkInput() {
    }

    /**
     * Does the command's work.
     *
     * @param client the open client
     * @param output where results go
     * @return the exit code
     */
    abstract int run(Client client, Output output);
}

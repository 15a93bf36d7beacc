package ai.leonardo.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Turns what a command threw into its message and exit code ({@link ExitCodes}). The SDK's
 * exceptions already say what happened without leaking the API key, so their messages are shown
 * as they are, not as stack traces.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    private final CliContext context;

    ErrorHandler(CliContext context) {
        this.context = context;
    }

    @Override
    public int handleExecutionException(Exception error, CommandLine command, CommandLine.ParseResult parseResult) {
        int code = ExitCodes.of(error);
        new Output(context, wantsJson(command)).error(error, code);
        return code;
    }

    private static boolean wantsJson(CommandLine command) {
        OptionSpec json = command.getCommandSpec().findOption(JsonOption.NAME);
        return json != null && Boolean.TRUE.equals(json.getValue());
    }
}

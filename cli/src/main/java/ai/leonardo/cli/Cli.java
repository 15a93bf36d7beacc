package ai.leonardo.cli;

import picocli.CommandLine;

/** Assembles the command tree and its error handling for one context. */
final class Cli {
    private Cli() {
    }

    /**
     * Builds the {@code leonardo} command line.
     *
     * @param context environment, streams and client factory
     * @return a command line ready to {@code execute(args)}; it returns the exit code
     */
    static CommandLine commandLine(CliContext context) {
        CommandLine cli = new CommandLine(new LeonardoCommand())
                .addSubcommand(new GenerateCommand(context))
                .addSubcommand(new WaitCommand(context))
                .addSubcommand(new GetCommand(context))
                .addSubcommand(new ListCommand(context))
                .addSubcommand(new DeleteCommand(context))
                .addSubcommand(new BatchCommand(context))
                .addSubcommand(new FakeCommand(context))
                .addSubcommand(new ConformanceCommand(context));
        // Picocli reports its own usage errors with exit code 2, the same as ExitCodes.USAGE.
        return cli.setOut(context.out())
                .setErr(context.err())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new ErrorHandler(context));
    }
}

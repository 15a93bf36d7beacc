package ai.leonardo.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code leonardo} command: only a home for the subcommands. Its attributes are
 * inherited, so every subcommand gets the same {@code --help}, {@code --version} and exit-code footer.
 */
@Command(name = "leonardo", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Generate images with the Leonardo.AI API.",
            "With LEONARDO_API_KEY set it calls the API (LEONARDO_BASE_URL to point elsewhere);"
                    + " without it, an embedded fake of the API, so you can try everything offline.",
        },
        footer = {
            "",
            "Exit codes: 0 success, 1 generation (or conformance check) failed, 2 usage or validation error,"
                    + " 3 API or authentication error, 4 wait timed out.",
        })
final class LeonardoCommand implements Runnable {
    @Spec
    CommandSpec spec;

    /** Without a subcommand there is nothing to do: that is a usage error, not a silent success. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: choose one of "
                + String.join(", ", spec.subcommands().keySet()));
    }
}

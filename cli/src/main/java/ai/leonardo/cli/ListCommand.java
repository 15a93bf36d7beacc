package ai.leonardo.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code leonardo list --user ID}: a user's most recent generations. */
@Command(name = "list", description = "List a user's generations, newest first.")
final class ListCommand extends ApiCommand {
    @Option(names = "--user", paramLabel = "ID",
            description = "The user id; required with an API key, the fake's user when embedded.")
    String userId;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10",
            description = "How many to show (default: ${DEFAULT-VALUE}).")
    int limit;

    ListCommand(CliContext context) {
        super(context);
    }

    @Override
    int run(Client client, Output output) {
        String user = userId != null ? userId : client.defaultUserId().orElseThrow(() ->
                new ParameterException(spec.commandLine(), "Missing required option: '--user=ID'"));
        output.list(client.leonardo().generations().listPage(user, 0, limit));
        return ExitCodes.OK;
    }
}

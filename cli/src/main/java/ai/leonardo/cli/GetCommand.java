package ai.leonardo.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code leonardo get ID}: show one generation as the API reports it now. */
@Command(name = "get",
        description = "Show a generation: status, size, prompt and image URLs.")
final class GetCommand extends ApiCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "The generation id.")
    String id;

    GetCommand(CliContext context) {
        super(context);
    }

    @Override
    int run(Client client, Output output) {
        output.show(client.leonardo().generations().get(id));
        return ExitCodes.OK;
    }
}

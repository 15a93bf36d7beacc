package ai.leonardo.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code leonardo delete ID}: delete a generation and its images. */
@Command(name = "delete", description = "Delete a generation and its images.")
final class DeleteCommand extends ApiCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "The generation id.")
    String id;

    DeleteCommand(CliContext context) {
        super(context);
    }

    @Override
    int run(Client client, Output output) {
        output.deleted(client.leonardo().generations().delete(id));
        return ExitCodes.OK;
    }
}

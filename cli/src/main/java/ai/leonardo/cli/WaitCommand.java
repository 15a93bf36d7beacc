package ai.leonardo.cli;

import ai.leonardo.sdk.model.Generation;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code leonardo wait ID}: resume waiting for a generation started earlier, then write its images. */
@Command(name = "wait",
        description = "Wait for an existing generation (from --no-wait or a timed-out wait) and write its images.")
final class WaitCommand extends ApiCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "The generation id.")
    String id;

    @Mixin
    ImageOptions images;

    @Mixin
    WaitTimeOptions timeout;

    WaitCommand(CliContext context) {
        super(context);
    }

    @Override
    int run(Client client, Output output) {
        Generation done = JobFollower.await(context, client.leonardo().generations().job(id), timeout);
        // A resumed job does not know its cost: only the create response carries it.
        output.finished(done, Optional.empty(), images.save(client.leonardo(), done));
        return ExitCodes.OK;
    }
}

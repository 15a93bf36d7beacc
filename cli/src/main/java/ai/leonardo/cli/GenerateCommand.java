package ai.leonardo.cli;

import ai.leonardo.sdk.model.Generation;
import ai.leonardo.sdk.GenerationJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code leonardo generate PROMPT}: create a generation, wait for it, write its images. */
@Command(name = "generate",
        description = "Create a generation, wait for it with live progress, and write its images to --out.")
final class GenerateCommand extends ApiCommand {
    @Parameters(index = "0", paramLabel = "PROMPT", description = "What to draw.")
    String prompt;

    @Mixin
    RequestOptions request;

    @Mixin
    ImageOptions images;

    @Mixin
    WaitTimeOptions timeout;

    @Option(names = "--no-wait", description = "Print the id and cost and return at once; `leonardo wait ID` finishes it.")
    boolean noWait;

    GenerateCommand(CliContext context) {
        super(context);
    }

    @Override
    int run(Client client, Output output) {
        GenerationJob job = client.leonardo().generations().create(request.toRequest(prompt));
        if (noWait) {
            output.started(job);
            return ExitCodes.OK;
        }
        context.err().println("Created generation " + job.id()
                + job.cost().map(c -> " (cost " + c.amount() + " " + c.unit() + ")").orElse(""));
        Generation done = JobFollower.await(context, job, timeout);
        output.finished(done, job.cost(), images.save(client.leonardo(), done));
        return ExitCodes.OK;
    }
}

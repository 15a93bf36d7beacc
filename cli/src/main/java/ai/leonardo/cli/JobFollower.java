package ai.leonardo.cli;

import ai.leonardo.sdk.Generation;
import ai.leonardo.sdk.GenerationJob;

/** Waits for one generation through the SDK's wait, showing its progress on stderr. */
final class JobFollower {
    private JobFollower() {
    }

    /**
     * Blocks until the generation completes.
     *
     * @param context where progress goes
     * @param job the generation
     * @param options {@code --timeout} and {@code --poll-interval}
     * @return the complete generation
     * @throws ai.leonardo.sdk.GenerationFailedException when it failed
     * @throws ai.leonardo.sdk.WaitTimeoutException when the timeout passed first
     */
    static Generation await(CliContext context, GenerationJob job, WaitTimeOptions options) {
        StatusLine line = new StatusLine(context.err(), context.terminal());
        try (WaitProgressRenderer progress = new WaitProgressRenderer(line, job.id(), context.terminal())) {
            return job.await(options.waitOptions(progress));
        } finally {
            line.finish();
        }
    }
}

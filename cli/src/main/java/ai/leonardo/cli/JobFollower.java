package ai.leonardo.cli;

import ai.leonardo.sdk.model.Generation;
import ai.leonardo.sdk.GenerationJob;

/**
 * Waits for one generation through the SDK's wait, showing its progress on stderr. Stopping the
 * wait (Ctrl-C) does not stop the generation, which is already paid for, so an interrupted wait
 * says how to pick it up again.
 */
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
        Thread resumeHint = new Thread(() -> {
            line.finish();
            context.err().println("Stopped waiting; generation " + job.id() + " goes on. Resume with: leonardo wait "
                    + job.id());
            context.err().flush();
        }, "leonardo-resume-hint");
        Runtime.getRuntime().addShutdownHook(resumeHint);
        try (WaitProgressRenderer progress = new WaitProgressRenderer(line, job.id(), context.terminal())) {
            return job.await(options.waitOptions(progress));
        } finally {
            Runtime.getRuntime().removeShutdownHook(resumeHint);
            line.finish();
        }
    }
}

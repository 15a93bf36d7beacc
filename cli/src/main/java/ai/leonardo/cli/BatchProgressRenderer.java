package ai.leonardo.cli;

import ai.leonardo.sdk.BatchListener;
import ai.leonardo.sdk.BatchProgress;

/** Shows a batch as a bar of finished requests, with the counts behind it. */
final class BatchProgressRenderer implements BatchListener {
    private static final int BAR_WIDTH = 30;
    private final StatusLine line;

    BatchProgressRenderer(StatusLine line) {
        this.line = line;
    }

    @Override
    public void onProgress(BatchProgress progress) {
        int done = progress.completed() + progress.failed();
        int filled = progress.total() == 0 ? BAR_WIDTH : done * BAR_WIDTH / progress.total();
        line.update(String.format("[%s%s] %d/%d done (%d complete, %d failed), %d started",
                "#".repeat(filled), "-".repeat(BAR_WIDTH - filled), done, progress.total(),
                progress.completed(), progress.failed(), progress.submitted()));
    }
}

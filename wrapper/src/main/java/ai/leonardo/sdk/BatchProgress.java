package ai.leonardo.sdk;

/**
 * Counts of a batch at one moment, as given to a {@link BatchListener}.
 *
 * @param total requests in the batch
 * @param submitted requests started so far (a POST sent, or rejected before sending)
 * @param completed generations that completed
 * @param failed requests that ended in a failure of any kind
 */
public record BatchProgress(int total, int submitted, int completed, int failed) {
    /** @return true once every request has ended */
    public boolean isDone() {
        return completed + failed == total;
    }
}

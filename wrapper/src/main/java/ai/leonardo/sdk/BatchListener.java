package ai.leonardo.sdk;

/**
 * Sees a batch's progress: called after each submission and each outcome, one call at a time,
 * on whichever thread caused it. Keep it quick; an exception it throws is logged and ignored.
 */
@FunctionalInterface
public interface BatchListener {
    /**
     * Called when the counts change.
     *
     * @param progress the counts now
     */
    void onProgress(BatchProgress progress);

    /** @return a listener that does nothing */
    static BatchListener none() {
        return progress -> { };
    }
}

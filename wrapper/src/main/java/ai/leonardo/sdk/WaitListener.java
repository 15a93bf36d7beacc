package ai.leonardo.sdk;

/**
 * Sees every poll of a wait. Called on the thread that made the poll (the caller's for a
 * blocking wait, an HTTP or scheduler thread for an async one), so keep it quick; an exception it
 * throws is logged and ignored.
 */
@FunctionalInterface
public interface WaitListener {
    /**
     * Called after each poll.
     *
     * @param progress what the poll saw
     */
    void onPoll(WaitProgress progress);

    /** @return a listener that does nothing */
    static WaitListener none() {
        return progress -> { };
    }
}

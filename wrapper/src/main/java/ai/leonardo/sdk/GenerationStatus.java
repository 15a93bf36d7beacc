package ai.leonardo.sdk;

/**
 * Where a generation is in its life. The API may add statuses; one this SDK does not know is
 * {@link #UNKNOWN}, which is not terminal, so waits keep polling until their deadline.
 */
public enum GenerationStatus {
    /** Accepted and still running. */
    PENDING,
    /** Finished; images are available. */
    COMPLETE,
    /** Finished without images. */
    FAILED,
    /** A status this SDK version does not know (or none was sent). */
    UNKNOWN;

    /** @return true for {@link #COMPLETE} and {@link #FAILED}: polling can stop */
    public boolean isTerminal() {
        return this == COMPLETE || this == FAILED;
    }
}

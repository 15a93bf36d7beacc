package ai.leonardo.sdk;

import java.time.Instant;

/**
 * A batch item whose create was sent in an earlier run that ended before the answer arrived, and
 * whose generation could not be found in the user's list: it may or may not exist (and cost
 * credits). The batch does not create it again unless {@link BatchOptions.Builder#retryUnknown(boolean)}
 * is set, since doing so may pay for it twice.
 */
public class CreateOutcomeUnknownException extends LeonardoException {
    private static final long serialVersionUID = 1L;

    private final transient Instant sentAt;

    /**
     * @param message what happened and what to do
     * @param sentAt when the create was sent
     * @param cause why the user's list could not be searched, or null
     */
    public CreateOutcomeUnknownException(String message, Instant sentAt, Throwable cause) {
        super(message, cause);
        this.sentAt = sentAt;
    }

    /** @return when the earlier run sent the create */
    public Instant sentAt() {
        return sentAt;
    }
}

package ai.leonardo.sdk;

/**
 * Root of every exception the SDK throws. All are unchecked, so a caller catches exactly the
 * outcomes it can handle and lets the rest propagate.
 *
 * <p>Messages never contain the API key.
 */
public class LeonardoException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what went wrong, for humans
     */
    public LeonardoException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and its cause.
     *
     * @param message what went wrong, for humans
     * @param cause the underlying failure
     */
    public LeonardoException(String message, Throwable cause) {
        super(message, cause);
    }
}

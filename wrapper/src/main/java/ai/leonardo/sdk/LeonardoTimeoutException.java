package ai.leonardo.sdk;

/**
 * A connect, read or whole-call timeout expired. A create that timed out after its body was sent
 * may still have started a generation on the server; it is never resent automatically.
 */
public class LeonardoTimeoutException extends LeonardoIoException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what timed out
     * @param cause the timeout
     */
    public LeonardoTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}

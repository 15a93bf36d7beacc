package ai.leonardo.sdk;

/**
 * The request could not complete at the network level: connection refused or reset, DNS
 * failure, a truncated response. For GET and DELETE the client already retried under its retry
 * policy; a create is only retried when the request cannot have reached the server.
 */
public class LeonardoIoException extends LeonardoException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed
     * @param cause the I/O failure
     */
    public LeonardoIoException(String message, Throwable cause) {
        super(message, cause);
    }
}

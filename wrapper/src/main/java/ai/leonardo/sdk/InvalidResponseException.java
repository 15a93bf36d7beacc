package ai.leonardo.sdk;

/**
 * The API answered with a success status but a body the SDK cannot read: empty, truncated, not
 * JSON, or a value of the wrong type. Carries the status and the (truncated) body.
 */
public class InvalidResponseException extends LeonardoException {
    private static final long serialVersionUID = 1L;

    private final int statusCode;
    private final String body;

    /**
     * Creates the exception.
     *
     * @param message what was wrong with the body
     * @param statusCode the HTTP status
     * @param body the body text, truncated
     * @param cause the parse failure, or null
     */
    public InvalidResponseException(String message, int statusCode, String body, Throwable cause) {
        super(message, cause);
        this.statusCode = statusCode;
        this.body = body == null ? "" : body;
    }

    /** @return the HTTP status of the response */
    public int statusCode() {
        return statusCode;
    }

    /** @return the body text, truncated to a few kilobytes */
    public String body() {
        return body;
    }
}

package ai.leonardo.sdk.internal;

/** A success response whose body could not be read as the expected JSON. */
final class MalformedBodyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int statusCode;
    private final String body;

    MalformedBodyException(String message, int statusCode, String body, Throwable cause) {
        super(message, cause);
        this.statusCode = statusCode;
        this.body = body;
    }

    int statusCode() {
        return statusCode;
    }

    String body() {
        return body;
    }
}

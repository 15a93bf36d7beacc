package ai.leonardo.sdk;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The API answered with an error status. Carries the status, the response headers and the
 * parsed error body. Subclasses name the common statuses so callers can catch exactly one.
 */
public class LeonardoServiceException extends LeonardoException {
    private static final long serialVersionUID = 1L;

    private final int statusCode;
    private final transient Map<String, List<String>> headers;
    private final ErrorBody error;

    /**
     * Creates the exception from a service response.
     *
     * @param message what went wrong
     * @param statusCode the HTTP status
     * @param headers the response headers (case-insensitive names, lower-cased)
     * @param error the parsed error body
     */
    public LeonardoServiceException(String message, int statusCode, Map<String, List<String>> headers, ErrorBody error) {
        super(message);
        this.statusCode = statusCode;
        this.headers = Map.copyOf(headers);
        this.error = error;
    }

    /** @return the HTTP status code */
    public int statusCode() {
        return statusCode;
    }

    /** @return the response headers, names lower-cased */
    public Map<String, List<String>> headers() {
        return headers == null ? Map.of() : headers;
    }

    /**
     * Returns the first value of a response header.
     *
     * @param name the header name, any case
     * @return the value, if present
     */
    public Optional<String> header(String name) {
        List<String> values = headers().get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** @return the parsed error body */
    public ErrorBody error() {
        return error;
    }
}

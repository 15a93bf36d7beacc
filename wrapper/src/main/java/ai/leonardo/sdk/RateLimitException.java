package ai.leonardo.sdk;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP 429: too many requests or too many concurrent jobs. Carries how long the server asked the
 * caller to wait, when it said.
 */
public class RateLimitException extends LeonardoServiceException {
    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    /**
     * Creates the exception.
     *
     * @param message what went wrong
     * @param statusCode the HTTP status (429)
     * @param headers the response headers
     * @param error the parsed error body
     * @param retryAfter the server's requested wait, or null when it gave none
     */
    public RateLimitException(String message, int statusCode, Map<String, List<String>> headers, ErrorBody error, Duration retryAfter) {
        super(message, statusCode, headers, error);
        this.retryAfter = retryAfter;
    }

    /** @return how long the server asked to wait, if it said */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}

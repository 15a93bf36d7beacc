package ai.leonardo.sdk;

import java.util.List;
import java.util.Map;

/**
 * HTTP 5xx: the service failed. GET and DELETE were already retried under the client's retry policy.
 */
public class InternalServerException extends LeonardoServiceException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception from a service response.
     *
     * @param message what went wrong
     * @param statusCode the HTTP status
     * @param headers the response headers
     * @param error the parsed error body
     */
    public InternalServerException(String message, int statusCode, Map<String, List<String>> headers, ErrorBody error) {
        super(message, statusCode, headers, error);
    }
}

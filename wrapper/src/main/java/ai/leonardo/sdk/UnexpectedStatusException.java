package ai.leonardo.sdk;

import java.util.List;
import java.util.Map;

/**
 * An HTTP status the SDK has no dedicated type for.
 */
public class UnexpectedStatusException extends LeonardoServiceException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception from a service response.
     *
     * @param message what went wrong
     * @param statusCode the HTTP status
     * @param headers the response headers
     * @param error the parsed error body
     */
    public UnexpectedStatusException(String message, int statusCode, Map<String, List<String>> headers, ErrorBody error) {
        super(message, statusCode, headers, error);
    }
}

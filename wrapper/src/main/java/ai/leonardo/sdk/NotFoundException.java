package ai.leonardo.sdk;

import java.util.List;
import java.util.Map;

/**
 * The generation does not exist (or no longer does). The API reports this either as HTTP 404 or
 * as HTTP 200 with a null generation; both become this exception, with {@link #statusCode()}
 * telling which.
 */
public class NotFoundException extends LeonardoServiceException {
    private static final long serialVersionUID = 1L;

    private final String resourceId;

    /**
     * Creates the exception.
     *
     * @param message what was not found
     * @param statusCode 404, or 200 when the API answered with a null object
     * @param headers the response headers
     * @param error the parsed error body
     * @param resourceId the id that was looked up, or null when unknown
     */
    public NotFoundException(String message, int statusCode, Map<String, List<String>> headers, ErrorBody error, String resourceId) {
        super(message, statusCode, headers, error);
        this.resourceId = resourceId;
    }

    /** @return the id that was looked up, or null when unknown */
    public String resourceId() {
        return resourceId;
    }
}

package ai.leonardo.sdk;

import java.util.List;
import java.util.Optional;

/**
 * An error body as the API sent it. Two shapes are seen: the spec's {@code ApiError}
 * ({@code message}, {@code path} as a list, {@code locations}, {@code extensions}) and the
 * vendor's observed {@code {"error", "path", "code"}}. Both are read into this one type;
 * {@link #raw()} keeps the (truncated) text in every case.
 *
 * @param message the human-readable message ({@code message} or {@code error}), or null
 * @param code the vendor's error code, or null
 * @param path the path the error refers to, possibly empty
 * @param raw the body text, truncated to a few kilobytes, possibly empty
 */
public record ErrorBody(String message, String code, List<String> path, String raw) {
    /** Creates an error body, copying the path. */
    public ErrorBody {
        path = path == null ? List.of() : List.copyOf(path);
        raw = raw == null ? "" : raw;
    }

    /** @return the message, if the body had one */
    public Optional<String> messageIfAny() {
        return Optional.ofNullable(message);
    }
}

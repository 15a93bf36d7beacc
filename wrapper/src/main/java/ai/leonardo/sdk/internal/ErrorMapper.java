package ai.leonardo.sdk.internal;

import ai.leonardo.sdk.AuthenticationException;
import ai.leonardo.sdk.BadRequestException;
import ai.leonardo.sdk.ErrorBody;
import ai.leonardo.sdk.InternalServerException;
import ai.leonardo.sdk.LeonardoServiceException;
import ai.leonardo.sdk.NotFoundException;
import ai.leonardo.sdk.PermissionDeniedException;
import ai.leonardo.sdk.RateLimitException;
import ai.leonardo.sdk.UnexpectedStatusException;
import ai.leonardo.sdk.UnprocessableEntityException;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.ResponseBody;

/** Turns an error response into the matching exception of the SDK's hierarchy. */
final class ErrorMapper {
    private final SecretRedactor redactor;

    ErrorMapper(SecretRedactor redactor) {
        this.redactor = redactor;
    }

    LeonardoServiceException toException(int status, Headers headers, ResponseBody body, String operation,
            Duration retryAfter) {
        String raw = redactor.redact(readSnippet(body));
        ErrorBody error = parse(raw);
        Map<String, List<String>> headerMap = headerMap(headers);
        String detail = error.message() == null ? "" : ": " + error.message()
                + (error.code() == null ? "" : " (code " + error.code() + ")");
        String message = "HTTP " + status + " from " + operation + detail;
        return switch (status) {
            case 400 -> new BadRequestException(message, status, headerMap, error);
            case 401 -> new AuthenticationException(message
                    + ". Check the API key (LEONARDO_API_KEY): it is missing, wrong or revoked.", status, headerMap, error);
            case 403 -> new PermissionDeniedException(message, status, headerMap, error);
            case 404 -> new NotFoundException(message, status, headerMap, error, null);
            case 422 -> new UnprocessableEntityException(message, status, headerMap, error);
            case 429 -> new RateLimitException(message, status, headerMap, error, retryAfter);
            default -> status >= 500 && status <= 599
                    ? new InternalServerException(message, status, headerMap, error)
                    : new UnexpectedStatusException(message, status, headerMap, error);
        };
    }

    private static String readSnippet(ResponseBody body) {
        if (body == null) {
            return "";
        }
        try (body; InputStream in = body.byteStream()) {
            byte[] bytes = in.readNBytes(JsonBodyConverterFactory.MAX_BODY_SNIPPET + 1);
            return JsonBodyConverterFactory.truncate(new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return "";
        }
    }

    /** Reads the spec's ApiError ({@code message}, {@code path} list) or the vendor's {@code {error, path, code}}. */
    static ErrorBody parse(String raw) {
        try {
            JsonElement root = JsonParser.parseString(raw);
            if (!root.isJsonObject()) {
                return new ErrorBody(null, null, List.of(), raw);
            }
            JsonObject object = root.getAsJsonObject();
            String message = firstString(object, "message", "error");
            String code = firstString(object, "code");
            if (code == null && object.get("extensions") instanceof JsonObject extensions) {
                code = firstString(extensions, "code");
            }
            return new ErrorBody(message, code, path(object.get("path")), raw);
        } catch (RuntimeException notJson) {
            return new ErrorBody(null, null, List.of(), raw);
        }
    }

    private static String firstString(JsonObject object, String... names) {
        for (String name : names) {
            JsonElement value = object.get(name);
            if (value != null && value.isJsonPrimitive()) {
                return value.getAsString();
            }
        }
        return null;
    }

    private static List<String> path(JsonElement value) {
        List<String> path = new ArrayList<>();
        if (value == null || value.isJsonNull()) {
            return path;
        }
        if (value.isJsonArray()) {
            value.getAsJsonArray().forEach(e -> path.add(e.isJsonPrimitive() ? e.getAsString() : e.toString()));
        } else {
            path.add(value.isJsonPrimitive() ? value.getAsString() : value.toString());
        }
        return path;
    }

    private static Map<String, List<String>> headerMap(Headers headers) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (String name : headers.names()) {
            map.put(name.toLowerCase(Locale.ROOT), List.copyOf(headers.values(name)));
        }
        return map;
    }
}

package ai.leonardo.sdk.internal;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Converter;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;

/**
 * Gson conversion that tells a broken body apart from a broken connection: the body is read
 * fully first (an I/O failure stays an IOException and may be retried), then parsed (any parse
 * failure, an empty body or a JSON {@code null} becomes {@link MalformedBodyException}, carrying
 * the status and the truncated text). Requests are written by Retrofit's Gson converter.
 */
final class JsonBodyConverterFactory extends Converter.Factory {
    static final int MAX_BODY_SNIPPET = 4096;

    private final Gson gson;
    private final GsonConverterFactory requests;

    JsonBodyConverterFactory(Gson gson) {
        this.gson = gson;
        this.requests = GsonConverterFactory.create(gson);
    }

    @Override
    public Converter<ResponseBody, ?> responseBodyConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
        var adapter = gson.getAdapter(TypeToken.get(type));
        return body -> {
            String text = body.string();
            int status = ResponseStatus.current();
            if (text.isBlank()) {
                throw new MalformedBodyException("Empty response body", status, text, null);
            }
            Object value;
            try {
                value = adapter.fromJson(text);
            } catch (java.io.IOException | RuntimeException e) {
                throw new MalformedBodyException("Response body is not the expected JSON: " + e.getMessage(),
                        status, truncate(text), e);
            }
            if (value == null) {
                throw new MalformedBodyException("Response body is JSON null", status, text, null);
            }
            return value;
        };
    }

    @Override
    public Converter<?, RequestBody> requestBodyConverter(Type type, Annotation[] parameterAnnotations,
            Annotation[] methodAnnotations, Retrofit retrofit) {
        return requests.requestBodyConverter(type, parameterAnnotations, methodAnnotations, retrofit);
    }

    static String truncate(String text) {
        return text.length() <= MAX_BODY_SNIPPET ? text : text.substring(0, MAX_BODY_SNIPPET) + "…(truncated)";
    }
}

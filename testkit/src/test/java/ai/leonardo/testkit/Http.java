package ai.leonardo.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** A raw HTTP client for tests: no SDK, so the tests judge the fake by the wire alone. */
final class Http {

    static final MediaType JSON_TYPE = MediaType.get("application/json");
    static final ObjectMapper JSON = new ObjectMapper();

    /** A status, headers and body, read fully so the connection is released. */
    record Reply(int status, String body, byte[] bytes, okhttp3.Headers headers) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    // Retries off: a fault must surface as the exception a client would see, not be silently re-sent.
    final OkHttpClient client = new OkHttpClient.Builder()
            .retryOnConnectionFailure(false)
            .readTimeout(Duration.ofSeconds(10))
            .build();
    private final FakeLeonardo fake;
    private final String key;

    Http(FakeLeonardo fake) {
        this(fake, fake.apiKey());
    }

    Http(FakeLeonardo fake, String key) {
        this.fake = fake;
        this.key = key;
    }

    Reply post(String json) throws IOException {
        return send(api("/generations").post(RequestBody.create(json, JSON_TYPE)));
    }

    Reply get(String path) throws IOException {
        return send(api(path).get());
    }

    Reply delete(String path) throws IOException {
        return send(api(path).delete());
    }

    Reply getUrl(String url) throws IOException {
        return send(new Request.Builder().url(url).get());
    }

    String create(String json) throws IOException {
        Reply r = post(json);
        if (r.status() != 200) {
            throw new AssertionError("create failed: " + r.status() + " " + r.body());
        }
        return r.json().path("sdGenerationJob").path("generationId").asText();
    }

    Request.Builder api(String path) {
        return authorized(fake.baseUrl() + path);
    }

    Request.Builder authorized(String url) {
        Request.Builder b = new Request.Builder().url(url);
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        return b;
    }

    Reply send(Request.Builder request) throws IOException {
        try (Response r = client.newCall(request.build()).execute()) {
            byte[] bytes = r.body().bytes();
            return new Reply(r.code(), new String(bytes, java.nio.charset.StandardCharsets.UTF_8), bytes, r.headers());
        }
    }
}

package ai.leonardo.bench;

import ai.leonardo.sdk.model.GetGenerationResponse;
import com.google.gson.Gson;
import java.io.IOException;
import java.io.Reader;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The baseline the SDK is measured against: what a user would hand-write with OkHttp and Gson
 * to fetch one generation, parsed into the same generated model the SDK reads. No retries, no
 * validation, no error mapping: the least work that gets the same object.
 */
public final class RawClient implements AutoCloseable {
    private final OkHttpClient http = new OkHttpClient();
    private final Gson gson = new Gson();
    private final HttpUrl baseUrl;
    private final String authorization;

    /**
     * @param baseUrl the API base URL, e.g. {@code http://127.0.0.1:1234/api/rest/v1}
     * @param apiKey the bearer token to send
     */
    public RawClient(String baseUrl, String apiKey) {
        this.baseUrl = HttpUrl.get(baseUrl);
        this.authorization = "Bearer " + apiKey;
    }

    /**
     * {@code GET /generations/{id}}, parsed.
     *
     * @param id the generation id
     * @return the parsed body
     * @throws IOException on a network failure or a non-2xx status
     */
    public GetGenerationResponse get(String id) throws IOException {
        try (Response response = execute(id); Reader reader = response.body().charStream()) {
            return gson.fromJson(reader, GetGenerationResponse.class);
        }
    }

    /**
     * {@code GET /generations/{id}}, unparsed: how the static server captures its body.
     *
     * @param id the generation id
     * @return the body's bytes
     * @throws IOException on a network failure or a non-2xx status
     */
    public byte[] body(String id) throws IOException {
        try (Response response = execute(id)) {
            return response.body().bytes();
        }
    }

    private Response execute(String id) throws IOException {
        Request request = new Request.Builder()
                .url(baseUrl.newBuilder().addPathSegment("generations").addPathSegment(id).build())
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .build();
        Response response = http.newCall(request).execute();
        if (!response.isSuccessful()) {
            response.close();
            throw new IOException("HTTP " + response.code());
        }
        return response;
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}

package ai.leonardo.sdk.internal;

import ai.leonardo.sdk.GenerationDefaults;
import ai.leonardo.sdk.model.GenerationRequest;
import ai.leonardo.sdk.model.GenerationRequest;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The client's send path in miniature, until the real client is merged: map (which validates)
 * first, and only when that succeeds POST the exact JSON the SDK would send.
 */
final class NoRequestSender {
    static final Gson GSON = new GsonBuilder().create();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private NoRequestSender() {
    }

    static String json(GenerationRequest request, GenerationDefaults defaults) {
        GenerationRequest wire = WireRequests.toWire(request, defaults, true);
        return GSON.toJson(wire);
    }

    static void send(String baseUrl, GenerationRequest request, GenerationDefaults defaults) {
        String body = json(request, defaults);
        try {
            HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/generations"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

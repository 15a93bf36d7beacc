package ai.leonardo.sdk;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** JSON bodies shaped like the API's, for WireMock stubs and loopback servers. */
final class Fixtures {
    /** Where a loopback server at {@code http://127.0.0.1:PORT/v1/} answers a GET of one generation. */
    static final String GENERATION_PATH = "/v1/generations/";

    static final String ID = "9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f";
    static final String USER = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";

    private Fixtures() {
    }

    static String created(String id) {
        return "{\"sdGenerationJob\":{\"generationId\":\"" + id + "\",\"apiCreditCost\":12,"
                + "\"cost\":{\"amount\":\"0.0147\",\"unit\":\"DOLLARS\"}}}";
    }

    static String generation(String id, String status, String imageUrl) {
        return "{\"generations_by_pk\":" + generationObject(id, status, imageUrl) + "}";
    }

    static String generationObject(String id, String status, String imageUrl) {
        String images = imageUrl == null ? "[]"
                : "[{\"id\":\"0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d\",\"url\":\"" + imageUrl + "\",\"nsfw\":false,"
                        + "\"likeCount\":2,\"generated_image_variation_generics\":[]}]";
        return "{\"id\":\"" + id + "\",\"status\":\"" + status + "\",\"prompt\":\"A lighthouse at dusk\","
                + "\"modelId\":\"b24e16ff-06e3-43eb-8d33-4416c2d75876\",\"imageWidth\":1024,\"imageHeight\":768,"
                + "\"seed\":9999999998,\"presetStyle\":null,\"public\":false,\"createdAt\":\"2026-11-20T10:15:30.123\","
                + "\"generated_images\":" + images + ",\"generation_elements\":[]}";
    }

    /** Answers a GET of {@link #GENERATION_PATH}{@code {id}} on a loopback server: that generation, complete. */
    static void answerComplete(HttpExchange exchange) throws IOException {
        String id = exchange.getRequestURI().getPath().substring(GENERATION_PATH.length());
        byte[] body = generation(id, "COMPLETE", null).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}

package ai.leonardo.sdk.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.leonardo.sdk.Leonardo;
import ai.leonardo.sdk.LeonardoException;
import ai.leonardo.sdk.WebhookReceiver;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The webhook receiver's answer to every kind of callback, and the key's secrecy. */
class WebhookReceiverTest {
    private static final String KEY = "whk-secret-7f3a9c";
    private static final String ID = "0d2f6a4e-6b1c-4e8a-9f3d-2c5b7a1e9d40";
    private static final String VENDOR_BODY = "{\"type\":\"image_generation.complete\",\"object\":\"generation\","
            + "\"timestamp\":1717000000,\"api_version\":\"v1\",\"data\":{\"object\":{\"id\":\"" + ID + "\","
            + "\"status\":\"COMPLETE\",\"images\":[{\"id\":\"a\",\"url\":\"https://cdn/x.png\"}]}}}";

    private final Leonardo leonardo = Leonardo.builder().apiKey("api-key").webhookApiKey(KEY).build();
    private final WebhookReceiver receiver = leonardo.webhooks();

    private static Map<String, List<String>> bearer(String token) {
        return Map.of("Authorization", List.of("Bearer " + token));
    }

    private int post(Map<String, List<String>> headers, String body) {
        return receiver.handle(headers, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void acceptsTheVendorsCompleteEventWithTheRightToken() {
        assertThat(post(bearer(KEY), VENDOR_BODY)).isEqualTo(200);
        assertThat(post(Map.of("authorization", List.of("bearer " + KEY)), VENDOR_BODY)).isEqualTo(200);
    }

    @Test
    void readsTheIdFromEachPlausibleLocation() {
        assertThat(post(bearer(KEY), "{\"type\":\"image_generation.complete\",\"data\":{\"generationId\":\"" + ID + "\"}}"))
                .isEqualTo(200);
        assertThat(post(bearer(KEY), "{\"generationId\":\"" + ID + "\"}")).isEqualTo(200);
        assertThat(post(bearer(KEY), "{\"data\":{\"object\":{\"id\":\"not-a-uuid\"}}}")).isEqualTo(400);
    }

    @Test
    void missingOrWrongTokenIs401() {
        assertThat(post(Map.of(), VENDOR_BODY)).isEqualTo(401);
        assertThat(post(bearer("guess"), VENDOR_BODY)).isEqualTo(401);
        assertThat(post(bearer(KEY + "x"), VENDOR_BODY)).isEqualTo(401);
        assertThat(post(Map.of("Authorization", List.of(KEY)), VENDOR_BODY)).isEqualTo(401);
        assertThat(receiver.handle(null, VENDOR_BODY.getBytes(StandardCharsets.UTF_8))).isEqualTo(401);
    }

    @Test
    void malformedBodyIs400() {
        assertThat(post(bearer(KEY), "{not json")).isEqualTo(400);
        assertThat(post(bearer(KEY), "[1,2]")).isEqualTo(400);
        assertThat(post(bearer(KEY), "")).isEqualTo(400);
        assertThat(post(bearer(KEY), "{\"type\":\"image_generation.complete\",\"data\":{}}")).isEqualTo(400);
        assertThat(receiver.handle(bearer(KEY), null)).isEqualTo(400);
    }

    @Test
    void bodyPastTheLimitIs413() {
        byte[] big = new byte[WebhookReceiver.MAX_BODY_BYTES + 1];
        assertThat(receiver.handle(bearer(KEY), big)).isEqualTo(413);
    }

    @Test
    void aBodyOfExactlyTheLimitIsRead() {
        String padded = VENDOR_BODY + " ".repeat(WebhookReceiver.MAX_BODY_BYTES - VENDOR_BODY.length());

        assertThat(post(bearer(KEY), padded)).isEqualTo(200);
    }

    @Test
    void anIgnoredEventTypeIsLoggedCutTo64CharactersWithControlCharactersReplaced() {
        String forged = "evil\nWebhook callback for generation " + ID + " woke its wait" + "y".repeat(40);
        String exactly64 = "t".repeat(64);
        try (CapturedLogs logs = new CapturedLogs()) {
            post(bearer(KEY), "{\"type\":\"" + forged.replace("\n", "\\n") + "\"}");
            post(bearer(KEY), "{\"type\":\"" + exactly64 + "\"}");

            assertThat(logs.lines()).contains(
                    "ai.leonardo.sdk.WebhookReceiver Webhook callback ignored: event type " + forged.substring(0, 64).replace('\n', '?') + "...",
                    "ai.leonardo.sdk.WebhookReceiver Webhook callback ignored: event type " + exactly64);
            assertThat(logs.lines()).noneMatch(line -> line.contains("\n"));
        }
    }

    @Test
    void unknownEventTypeIsAnsweredOkAndIgnored() {
        assertThat(post(bearer(KEY), "{\"type\":\"video_generation.complete\",\"data\":{\"object\":{\"id\":\"" + ID + "\"}}}"))
                .isEqualTo(200);
    }

    @Test
    void webhooksNeedAKeyWhichMayComeFromTheEnvironment() {
        try (Leonardo none = Leonardo.builder().apiKey("api-key").build()) {
            assertThatThrownBy(none::webhooks).isInstanceOf(LeonardoException.class)
                    .hasMessageContaining(Leonardo.WEBHOOK_API_KEY_ENV);
        }
        try (Leonardo fromEnv = Leonardo.builder().fromEnv(Map.of(Leonardo.API_KEY_ENV, "k",
                Leonardo.WEBHOOK_API_KEY_ENV, KEY)).build()) {
            assertThat(fromEnv.webhooks().handle(bearer(KEY), VENDOR_BODY.getBytes(StandardCharsets.UTF_8)))
                    .isEqualTo(200);
        }
    }

    @Test
    void theKeyIsInNoLogLineAndNoToString() {
        try (CapturedLogs logs = new CapturedLogs()) {
            post(bearer(KEY), VENDOR_BODY);
            post(bearer("wrong"), VENDOR_BODY);
            post(bearer(KEY), "{bad");
            post(bearer(KEY), "{\"type\":\"other\"}");
            assertThat(logs.lines()).isNotEmpty().noneMatch(line -> line.contains(KEY));
        }
        assertThat(receiver.toString()).isEqualTo("WebhookReceiver{webhookApiKey=<redacted>}");
        assertThat(leonardo.toString()).doesNotContain(KEY);
        assertThat(Leonardo.builder().webhookApiKey(KEY).toString()).doesNotContain(KEY);
    }

    @Test
    void theJdkHttpServerAdapterAnswersTheReceiversStatus() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/callback", receiver.httpHandler());
        server.start();
        try {
            URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/callback");
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(VENDOR_BODY));
            assertThat(http.send(request.copy().header("Authorization", "Bearer " + KEY).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
            assertThat(http.send(request.copy().build(), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(401);
            assertThat(http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode()).isEqualTo(405);
        } finally {
            server.stop(0);
        }
    }
}

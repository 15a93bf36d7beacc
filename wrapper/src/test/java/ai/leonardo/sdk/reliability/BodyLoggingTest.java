package ai.leonardo.sdk.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import ai.leonardo.sdk.model.GenerationRequest;
import ai.leonardo.sdk.Leonardo;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bodies reach the log only when the user asks: with {@code logBodies(true)} the request and the
 * response body are logged at DEBUG on {@code ai.leonardo.sdk.http.body}; without it no body text
 * is logged at all, even with every SDK logger at TRACE.
 */
class BodyLoggingTest {
    private static final String BASE = "/api/rest/v1";
    private static final String PROMPT = "A lighthouse at dusk, body-logging marker";
    private static final String ID = "5c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f";

    private WireMockServer api;

    @BeforeEach
    void start() {
        api = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        api.start();
        api.stubFor(post(BASE + "/generations").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"sdGenerationJob\":{\"generationId\":\"" + ID + "\",\"apiCreditCost\":12}}")));
    }

    @AfterEach
    void stop() {
        api.stop();
    }

    private List<String> logLinesOfACreate(boolean logBodies) {
        try (CapturedLogs logs = new CapturedLogs();
                Leonardo leonardo = Leonardo.builder().apiKey("sk-test-0123456789abcdef").baseUrl(api.baseUrl() + BASE)
                        .logBodies(logBodies).build()) {
            assertThat(leonardo.generations().create(GenerationRequest.builder().prompt(PROMPT).build()).id()).isEqualTo(ID);
            return logs.lines();
        }
    }

    @Test
    void withLogBodiesOnTheRequestAndResponseBodiesAreLogged() {
        List<String> lines = logLinesOfACreate(true);

        assertThat(lines).anyMatch(line -> line.startsWith("ai.leonardo.sdk.http.body ")
                && line.contains("request body") && line.contains(PROMPT));
        assertThat(lines).anyMatch(line -> line.startsWith("ai.leonardo.sdk.http.body ")
                && line.contains("response body") && line.contains(ID));
    }

    @Test
    void withLogBodiesOffNoBodyIsLoggedEvenAtTrace() {
        List<String> lines = logLinesOfACreate(false);

        assertThat(lines).as("the SDK did log the call").anyMatch(line -> line.contains("POST " + BASE + "/generations"));
        assertThat(lines).noneMatch(line -> line.contains(PROMPT) || line.contains(ID));
    }
}

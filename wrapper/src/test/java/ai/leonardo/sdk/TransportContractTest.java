package ai.leonardo.sdk;

import ai.leonardo.sdk.model.GenerationRequest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Retries and cancellation as a user sees them, against a loopback server. */
class TransportContractTest {
    private static final String BASE = "/api/rest/v1";

    private WireMockServer api;
    private Leonardo leonardo;

    @BeforeEach
    void start() {
        api = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        api.start();
        leonardo = Leonardo.builder().apiKey("sk-test-0123456789abcdef").baseUrl(api.baseUrl() + BASE)
                .sleeper(new RecordingSleeper()).maxRetries(2)
                .timeouts(Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(20)).build();
    }

    @AfterEach
    void stop() {
        leonardo.close();
        api.stop();
    }

    @Test
    void asyncRetriesStopAtMaxRetries() {
        api.stubFor(post(BASE + "/generations")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")));

        CompletableFuture<GenerationJob> job = leonardo.generations().createAsync(GenerationRequest.builder().prompt("p").build());

        assertThatThrownBy(() -> job.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(RateLimitException.class);
        api.verify(3, postRequestedFor(urlEqualTo(BASE + "/generations")));
    }

    @Test
    void cancellingAnAsyncCallCancelsTheRequestInFlight() throws Exception {
        api.stubFor(post(BASE + "/generations").willReturn(aResponse().withStatus(200).withFixedDelay(8_000)
                .withBody(Fixtures.created(Fixtures.ID))));
        CompletableFuture<GenerationJob> job = leonardo.generations().createAsync(GenerationRequest.builder().prompt("p").build());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (leonardo.http().dispatcher().runningCallsCount() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }

        job.cancel(true);

        while (leonardo.http().dispatcher().runningCallsCount() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(leonardo.http().dispatcher().runningCallsCount()).isZero();
    }

    @Test
    void aDeleteRateLimitedAndThenNotFoundReportsNotFound() {
        String url = BASE + "/generations/" + Fixtures.ID;
        api.stubFor(delete(url).inScenario("429").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")).willSetStateTo("gone"));
        api.stubFor(delete(url).inScenario("429").whenScenarioStateIs("gone").willReturn(aResponse().withStatus(404)));

        // A 429 is refused before any work, so the 404 is not the echo of an earlier delete of ours.
        assertThatThrownBy(() -> leonardo.generations().delete(Fixtures.ID)).isInstanceOf(NotFoundException.class);
    }
}

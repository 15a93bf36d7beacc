package ai.leonardo.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.leonardo.sdk.generated.api.ImageApi;
import ai.leonardo.sdk.model.GetGenerationResponse;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code leonardo.api(...)}: a generated interface with the client's auth, retries and typed errors. */
class LowLevelApiTest {
    private static final String KEY = "sk-test-0123456789abcdef";
    private static final String BASE = "/api/rest/v1";

    private WireMockServer api;
    private RecordingSleeper sleeper;
    private Leonardo leonardo;

    @BeforeEach
    void start() {
        api = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        api.start();
        sleeper = new RecordingSleeper();
        leonardo = Leonardo.builder().apiKey(KEY).baseUrl(api.baseUrl() + BASE).sleeper(sleeper)
                .timeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5)).build();
    }

    @AfterEach
    void stop() {
        leonardo.close();
        api.stop();
    }

    @Test
    void aGeneratedInterfaceCallCarriesTheKeyAndIsRetriedOnA503() throws IOException {
        api.stubFor(get(BASE + "/generations/" + Fixtures.ID).inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(503))
                .willSetStateTo("up"));
        api.stubFor(get(BASE + "/generations/" + Fixtures.ID).inScenario("flaky")
                .whenScenarioStateIs("up").willReturn(okJson(Fixtures.generation(Fixtures.ID, "COMPLETE", null))));

        GetGenerationResponse response = leonardo.api(ImageApi.class).getGenerationById(Fixtures.ID).execute().body();

        assertThat(response.generationsByPk().id()).isEqualTo(Fixtures.ID);
        api.verify(2, getRequestedFor(urlEqualTo(BASE + "/generations/" + Fixtures.ID))
                .withHeader("Authorization", equalTo("Bearer " + KEY)));
    }

    @Test
    void anErrorStatusSurfacesAsTheSdkTypedExceptionWithoutTheKey() {
        api.stubFor(get(BASE + "/generations/" + Fixtures.ID)
                .willReturn(aResponse().withStatus(404).withBody("{\"error\":\"not found\"}")));

        assertThatThrownBy(() -> leonardo.api(ImageApi.class).getGenerationById(Fixtures.ID).execute())
                .isInstanceOf(NotFoundException.class)
                .satisfies(e -> assertThat(e.toString()).doesNotContain(KEY));
    }
}

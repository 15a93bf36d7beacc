package ai.leonardo.sdk;

import ai.leonardo.sdk.model.Generation;
import ai.leonardo.sdk.model.GenerationRequest;
import ai.leonardo.sdk.model.GeneratedImage;
import ai.leonardo.sdk.model.JobStatus;
import ai.leonardo.sdk.model.Cost;
import ai.leonardo.sdk.model.ControlnetInput;
import ai.leonardo.sdk.model.UserElementsInput;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client's contract with the HTTP API: what goes on the wire, what comes back, and how failures surface. */
class LeonardoClientTest {
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
        leonardo = client(api.baseUrl() + BASE, sleeper);
    }

    @AfterEach
    void stop() {
        leonardo.close();
        api.stop();
    }

    private static Leonardo client(String baseUrl, Sleeper sleeper) {
        return Leonardo.builder().apiKey(KEY).baseUrl(baseUrl).sleeper(sleeper)
                .timeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5)).build();
    }

    @Test
    void createPostsTheRequestWithAuthHeadersAndWireNamesAndReturnsIdAndCost() {
        api.stubFor(post(BASE + "/generations").willReturn(okJson(Fixtures.created(Fixtures.ID))));

        GenerationJob job = leonardo.generations().create(GenerationRequest.builder()
                .prompt("A lighthouse at dusk").negativePrompt("blur").numImages(2).width(1024).height(768).seed(9_999_999_998L)
                .build());

        assertThat(job.id()).isEqualTo(Fixtures.ID);
        assertThat(job.cost()).contains(Cost.builder().amount("0.0147").unit(Cost.UnitEnum.DOLLARS).build());
        assertThat(job.apiCreditCost()).contains(12L);
        api.verify(1, postRequestedFor(urlEqualTo(BASE + "/generations"))
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .withHeader("Accept", equalTo("application/json"))
                .withHeader("Content-Type", matching("application/json.*"))
                .withHeader("User-Agent", matching("leonardo-java/\\S+ Java/\\S+"))
                .withRequestBody(equalToJson("{\"prompt\":\"A lighthouse at dusk\",\"negative_prompt\":\"blur\","
                        + "\"num_images\":2,\"width\":1024,\"height\":768,\"seed\":9999999998}")));
    }

    /** The spec types these ids as {@code number}; the server documents them as integers, and 67 is 67.0 in JSON. */
    @Test
    void idsTheSpecTypesAsNumbersGoOnTheWireAsIntegers() {
        api.stubFor(post(BASE + "/generations").willReturn(okJson(Fixtures.created(Fixtures.ID))));

        leonardo.generations().create(GenerationRequest.builder().prompt("A lighthouse")
                .controlnets(ControlnetInput.builder().initImageId("img").initImageType(ControlnetInput.InitImageTypeEnum.UPLOADED)
                        .preprocessorId(67).weight(0.5).build())
                .userElements(UserElementsInput.builder().userLoraId(7).build())
                .build());

        String body = api.getAllServeEvents().get(0).getRequest().getBodyAsString();
        assertThat(body).contains("\"preprocessorId\":67,", "\"weight\":0.5", "\"userLoraId\":7}")
                .doesNotContain("67.0", "7.0");
    }

    @Test
    void getMapsTheGenerationAndItsImages() {
        api.stubFor(get(BASE + "/generations/" + Fixtures.ID)
                .willReturn(okJson(Fixtures.generation(Fixtures.ID, "COMPLETE", "https://cdn.example/img.png"))));

        Generation generation = leonardo.generations().get(Fixtures.ID);

        assertThat(generation.id()).isEqualTo(Fixtures.ID);
        assertThat(generation.status()).isEqualTo(JobStatus.COMPLETE);
        assertThat(generation.seed()).isEqualTo(9_999_999_998L);
        assertThat(generation.imageWidth()).isEqualTo(1024L);
        assertThat(generation.presetStyle()).isNull();
        assertThat(generation.createdAt()).isNotBlank();
        assertThat(generation.images()).singleElement()
                .satisfies(image -> assertThat(image.url()).isEqualTo("https://cdn.example/img.png"));
        api.verify(getRequestedFor(urlEqualTo(BASE + "/generations/" + Fixtures.ID))
                .withHeader("Authorization", equalTo("Bearer " + KEY)));
    }

    @Test
    void aNullGenerationAndA404AreBothNotFound() {
        String other = "0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d";
        api.stubFor(get(BASE + "/generations/" + Fixtures.ID).willReturn(okJson("{\"generations_by_pk\":null}")));
        api.stubFor(get(BASE + "/generations/" + other).willReturn(aResponse().withStatus(404)
                .withBody("{\"error\":\"not found\",\"path\":\"$\",\"code\":\"not-found\"}")));

        assertThat(leonardo.generations().find(Fixtures.ID)).isEmpty();
        assertThat(leonardo.generations().find(other)).isEmpty();
        assertThatThrownBy(() -> leonardo.generations().get(Fixtures.ID)).isInstanceOf(NotFoundException.class)
                .satisfies(e -> assertThat(((NotFoundException) e).resourceId()).isEqualTo(Fixtures.ID));
        assertThatThrownBy(() -> leonardo.generations().get(other)).isInstanceOf(NotFoundException.class)
                .satisfies(e -> assertThat(((NotFoundException) e).statusCode()).isEqualTo(404));
        api.verify(2, getRequestedFor(urlEqualTo(BASE + "/generations/" + other)));
    }

    @Test
    void deleteReturnsTheDeletedIdAndANullResultIsNotFound() {
        String gone = "0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d";
        api.stubFor(delete(BASE + "/generations/" + Fixtures.ID)
                .willReturn(okJson("{\"delete_generations_by_pk\":{\"id\":\"" + Fixtures.ID + "\"}}")));
        api.stubFor(delete(BASE + "/generations/" + gone).willReturn(okJson("{\"delete_generations_by_pk\":null}")));

        assertThat(leonardo.generations().delete(Fixtures.ID)).isEqualTo(Fixtures.ID);
        assertThatThrownBy(() -> leonardo.generations().delete(gone)).isInstanceOf(NotFoundException.class);
        api.verify(deleteRequestedFor(urlEqualTo(BASE + "/generations/" + Fixtures.ID))
                .withHeader("Authorization", equalTo("Bearer " + KEY)));
    }

    @Test
    void idsAreCheckedBeforeAnyRequest() {
        assertThatThrownBy(() -> leonardo.generations().get("../users")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("id");
        assertThatThrownBy(() -> leonardo.generations().delete("not-a-uuid")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> leonardo.generations().listPage("x", 0, 10)).isInstanceOf(ValidationException.class);
        assertThat(api.getAllServeEvents()).isEmpty();
    }

    @Test
    void listingFetchesPagesLazilyAndStopsAtAShortPage() {
        for (int page = 0; page < 4; page++) {
            int count = page < 3 ? 2 : 1;
            StringBuilder items = new StringBuilder();
            for (int i = 0; i < count; i++) {
                items.append(i == 0 ? "" : ",").append(Fixtures.generationObject(
                        String.format("00000000-0000-4000-8000-%012d", page * 2 + i), "COMPLETE", null));
            }
            api.stubFor(get(urlPathEqualTo(BASE + "/generations/user/" + Fixtures.USER))
                    .withQueryParam("offset", equalTo(String.valueOf(page * 2)))
                    .withQueryParam("limit", equalTo("2"))
                    .willReturn(okJson("{\"generations\":[" + items + "]}")));
        }

        Iterator<Generation> iterator = leonardo.generations().listByUser(Fixtures.USER, 2).iterator();
        iterator.next();
        assertThat(api.getAllServeEvents()).as("one page fetched for the first item").hasSize(1);

        List<Generation> all = leonardo.generations().listByUser(Fixtures.USER, 2).stream().toList();
        assertThat(all).hasSize(7);
        assertThat(all.get(6).id()).isEqualTo("00000000-0000-4000-8000-000000000006");
        assertThat(api.getAllServeEvents()).as("1 + 4 pages, none after the short one").hasSize(5);
    }

    @Test
    void getRecoversFromTwo503s() {
        String url = BASE + "/generations/" + Fixtures.ID;
        api.stubFor(get(url).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("second"));
        api.stubFor(get(url).inScenario("flaky").whenScenarioStateIs("second")
                .willReturn(aResponse().withStatus(503)).willSetStateTo("ok"));
        api.stubFor(get(url).inScenario("flaky").whenScenarioStateIs("ok")
                .willReturn(okJson(Fixtures.generation(Fixtures.ID, "PENDING", null))));

        assertThat(leonardo.generations().get(Fixtures.ID).status()).isEqualTo(JobStatus.PENDING);
        assertThat(sleeper.sleeps).hasSize(2);
        assertThat(sleeper.sleeps.get(0)).isBetween(Duration.ofMillis(375), Duration.ofMillis(500));
        assertThat(sleeper.sleeps.get(1)).isBetween(Duration.ofMillis(750), Duration.ofMillis(1000));
    }

    @Test
    void getRecoversFromAConnectionReset() {
        String url = BASE + "/generations/" + Fixtures.ID;
        api.stubFor(get(url).inScenario("reset").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("ok"));
        api.stubFor(get(url).inScenario("reset").whenScenarioStateIs("ok")
                .willReturn(okJson(Fixtures.generation(Fixtures.ID, "PENDING", null))));

        assertThat(leonardo.generations().get(Fixtures.ID).id()).isEqualTo(Fixtures.ID);
        api.verify(2, getRequestedFor(urlEqualTo(url)));
    }

    @Test
    void aRateLimitWaitsExactlyTheRetryAfterTheServerAsked() {
        String url = BASE + "/generations/" + Fixtures.ID;
        api.stubFor(get(url).inScenario("429").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2")).willSetStateTo("ok"));
        api.stubFor(get(url).inScenario("429").whenScenarioStateIs("ok")
                .willReturn(okJson(Fixtures.generation(Fixtures.ID, "PENDING", null))));

        leonardo.generations().get(Fixtures.ID);

        assertThat(sleeper.sleeps).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void aCreateThatFailedWith500IsSentExactlyOnce() {
        api.stubFor(post(BASE + "/generations").willReturn(aResponse().withStatus(500).withBody("{\"error\":\"boom\"}")));

        assertThatThrownBy(() -> leonardo.generations().create(GenerationRequest.builder().prompt("p").build()))
                .isInstanceOf(InternalServerException.class)
                .satisfies(e -> assertThat(((InternalServerException) e).error().message()).isEqualTo("boom"));
        api.verify(1, postRequestedFor(urlEqualTo(BASE + "/generations")));
        assertThat(sleeper.sleeps).isEmpty();
    }

    @Test
    void aCreateWhoseConnectionWasResetIsSentExactlyOnce() {
        api.stubFor(post(BASE + "/generations").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThatThrownBy(() -> leonardo.generations().create(GenerationRequest.builder().prompt("p").build()))
                .isInstanceOf(LeonardoIoException.class);
        api.verify(1, postRequestedFor(urlEqualTo(BASE + "/generations")));
    }

    @Test
    void aCreateThatCouldNotConnectIsRetried() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        WireMockServer late = new WireMockServer(wireMockConfig().port(port).bindAddress("127.0.0.1"));
        late.stubFor(post(BASE + "/generations").willReturn(okJson(Fixtures.created(Fixtures.ID))));
        try (Leonardo client = client("http://127.0.0.1:" + port + BASE, new RecordingSleeper(late::start))) {
            assertThat(client.generations().create(GenerationRequest.builder().prompt("p").build()).id())
                    .isEqualTo(Fixtures.ID);
            late.verify(1, postRequestedFor(urlEqualTo(BASE + "/generations")));
        } finally {
            late.stop();
        }
    }

    @Test
    void aCreateRejectedWith429IsRetriedAfterTheServersDelay() {
        api.stubFor(post(BASE + "/generations").inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("ok"));
        api.stubFor(post(BASE + "/generations").inScenario("busy").whenScenarioStateIs("ok")
                .willReturn(okJson(Fixtures.created(Fixtures.ID))));

        assertThat(leonardo.generations().create(GenerationRequest.builder().prompt("p").build()).id())
                .isEqualTo(Fixtures.ID);
        assertThat(sleeper.sleeps).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void a401IsAnAuthenticationErrorThatNamesTheVariableButNotTheKey() {
        api.stubFor(get(BASE + "/generations/" + Fixtures.ID).willReturn(aResponse().withStatus(401)
                .withBody("{\"error\":\"Invalid token\",\"path\":\"$\",\"code\":\"invalid-jwt\"}")));

        assertThatThrownBy(() -> leonardo.generations().get(Fixtures.ID))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("LEONARDO_API_KEY").hasMessageContaining("Invalid token")
                .satisfies(e -> {
                    AuthenticationException auth = (AuthenticationException) e;
                    assertThat(auth.statusCode()).isEqualTo(401);
                    assertThat(auth.error().code()).isEqualTo("invalid-jwt");
                    assertThat(auth.error().path()).containsExactly("$");
                    assertThat(auth.toString()).doesNotContain(KEY);
                });
        assertThat(leonardo.toString()).doesNotContain(KEY);
    }

    @Test
    void theSpecsApiErrorShapeIsParsedToo() {
        api.stubFor(post(BASE + "/generations").willReturn(aResponse().withStatus(400)
                .withBody("{\"message\":\"width must be a multiple of 8\",\"path\":[\"width\"],\"extensions\":{\"code\":\"bad-width\"}}")));

        assertThatThrownBy(() -> leonardo.generations().create(GenerationRequest.builder().prompt("p").build()))
                .isInstanceOf(BadRequestException.class)
                .satisfies(e -> {
                    ErrorBody error = ((BadRequestException) e).error();
                    assertThat(error.message()).isEqualTo("width must be a multiple of 8");
                    assertThat(error.path()).containsExactly("width");
                    assertThat(error.code()).isEqualTo("bad-width");
                });
    }

    @Test
    void imageDownloadsToAnotherHostCarryNoAuthorization(@TempDir Path dir) throws IOException {
        WireMockServer cdn = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        cdn.start();
        try {
            byte[] png = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
            cdn.stubFor(get("/img/0.png").willReturn(aResponse().withBody(png).withHeader("Content-Type", "image/png")));
            String imageUrl = "http://localhost:" + cdn.port() + "/img/0.png";
            api.stubFor(get(BASE + "/generations/" + Fixtures.ID)
                    .willReturn(okJson(Fixtures.generation(Fixtures.ID, "COMPLETE", imageUrl))));

            GeneratedImage image = leonardo.generations().get(Fixtures.ID).images().get(0);
            Path file = leonardo.images().download(image, dir);
            try (InputStream in = leonardo.images().openStream(image)) {
                assertThat(in.readAllBytes()).isEqualTo(png);
            }

            assertThat(file.getFileName().toString()).isEqualTo(image.id() + ".png");
            assertThat(Files.readAllBytes(file)).isEqualTo(png);
            cdn.verify(2, getRequestedFor(urlEqualTo("/img/0.png")).withHeader("Authorization", absent()));
        } finally {
            cdn.stop();
        }
    }

    @Test
    void fromEnvNeedsTheKeyAndNamesTheVariable() {
        assertThatThrownBy(() -> Leonardo.builder().fromEnv(Map.of()).build())
                .isInstanceOf(LeonardoException.class).hasMessageContaining("LEONARDO_API_KEY");
        try (Leonardo fromEnv = Leonardo.builder()
                .fromEnv(Map.of("LEONARDO_API_KEY", KEY, "LEONARDO_BASE_URL", api.baseUrl() + BASE)).build()) {
            assertThat(fromEnv.baseUrl()).isEqualTo(api.baseUrl() + BASE + "/");
        }
        try (Leonardo defaults = Leonardo.builder().apiKey(KEY).build()) {
            assertThat(defaults.baseUrl()).isEqualTo(SpecInfo.defaultBaseUrl() + "/");
        }
    }

    @Test
    void retriesCanBeTurnedOff() {
        api.stubFor(get(BASE + "/generations/" + Fixtures.ID).willReturn(aResponse().withStatus(503)));
        try (Leonardo noRetries = Leonardo.builder().apiKey(KEY).baseUrl(api.baseUrl() + BASE).sleeper(sleeper)
                .maxRetries(0).build()) {
            assertThatThrownBy(() -> noRetries.generations().get(Fixtures.ID)).isInstanceOf(InternalServerException.class);
        }
        api.verify(1, getRequestedFor(urlEqualTo(BASE + "/generations/" + Fixtures.ID)));
    }
}

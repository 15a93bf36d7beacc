package ai.leonardo.sdk.reliability;

import static ai.leonardo.sdk.reliability.Operation.CREATE;
import static ai.leonardo.sdk.reliability.Operation.DELETE;
import static ai.leonardo.sdk.reliability.Operation.GET;
import static ai.leonardo.sdk.reliability.Operation.LIST;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import ai.leonardo.sdk.model.GeneratedImage;
import ai.leonardo.sdk.model.Generation;
import ai.leonardo.sdk.GenerationJob;
import ai.leonardo.sdk.model.JobStatus;
import ai.leonardo.sdk.InternalServerException;
import ai.leonardo.sdk.InvalidResponseException;
import ai.leonardo.sdk.Leonardo;
import ai.leonardo.sdk.LeonardoException;
import ai.leonardo.sdk.LeonardoServiceException;
import ai.leonardo.sdk.NotFoundException;
import ai.leonardo.sdk.model.PresetStyle;
import ai.leonardo.sdk.model.Scheduler;
import ai.leonardo.sdk.model.SdVersion;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the client does with hostile or odd responses, one row per case: either it tolerates the
 * response with the behaviour stated in the row (and in the README's Reliability section), or it raises a typed
 * exception carrying the status and a truncated body. No NullPointerException, ClassCastException,
 * IllegalStateException or raw Gson exception ever reaches the caller: every row asserts the exact
 * outcome type.
 */
class HostileResponsesTest {
    static final String ID = "9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f";
    static final String USER = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
    static final String JSON = "application/json";
    static final String HTML_502 = "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway"
            + "</h1></center><hr><center>cloudflare</center></body></html>";

    static WireMockServer api;
    static Leonardo leonardo;

    @BeforeAll
    static void start() {
        api = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        api.start();
        // Retries answer with the same stub; they cost no time on a sleeper that returns at once.
        leonardo = Leonardo.builder().apiKey("sk-hostile").baseUrl(api.baseUrl() + "/api/rest/v1")
                .sleeper(duration -> { }).build();
    }

    @AfterAll
    static void stop() {
        leonardo.close();
        api.stop();
    }

    @BeforeEach
    void resetStubs() {
        api.resetAll();
    }

    /**
     * One case: the operation, the response the server gives, and what the caller gets.
     *
     * @param name the case, for the report
     * @param operation what the user calls
     * @param status the HTTP status answered
     * @param contentType the Content-Type answered, or null for none
     * @param body the body answered
     * @param expected the outcome
     */
    record Case(String name, Operation operation, int status, String contentType, String body, Expected expected) {
        @Override
        public String toString() {
            return operation + " | " + name + " | " + expected;
        }
    }

    /**
     * Either a tolerated result checked by {@code check}, or an exception of exactly {@code error}.
     * An InvalidResponseException for a body that could not be parsed carries the raw body; one for a
     * body that parsed but lacks the generation id carries the parsed response ({@code parsedBody}).
     */
    record Expected(String documented, Consumer<Object> check, Class<? extends LeonardoException> error, boolean parsedBody) {
        @Override
        public String toString() {
            return error == null ? "tolerated: " + documented : error.getSimpleName();
        }
    }

    static Expected tolerated(String documented, Consumer<Generation> check) {
        return new Expected(documented, result -> check.accept(generation(result)), null, false);
    }

    static Expected toleratedResult(String documented, Consumer<Object> check) {
        return new Expected(documented, check, null, false);
    }

    static Expected raises(Class<? extends LeonardoException> error) {
        return new Expected(null, null, error, false);
    }

    static Expected raisesNoGenerationId() {
        return new Expected(null, null, InvalidResponseException.class, true);
    }

    /** The generation a GET returns, or the single one of a listed page. */
    private static Generation generation(Object result) {
        if (result instanceof List<?> page) {
            assertThat(page).hasSize(1);
            return (Generation) page.get(0);
        }
        return (Generation) result;
    }

    static Stream<Case> cases() {
        return Stream.of(
                // Unknown enum values: the vendor adds values without notice.
                getAndList("unknown status", with("status", "\"EXPLODED\""),
                        tolerated("status kept, not known", g -> assertThat(g.status()).isEqualTo(JobStatus.of("EXPLODED"))
                                .matches(s -> !s.isKnown()))),
                getAndList("unknown presetStyle", with("presetStyle", "\"NEON_NOIR\""),
                        tolerated("presetStyle kept with its text",
                                g -> assertThat(g.presetStyle().value()).isEqualTo("NEON_NOIR"))),
                getAndList("unknown scheduler", with("scheduler", "\"WARP_DRIVE\""),
                        tolerated("scheduler kept with its text",
                                g -> assertThat(g.scheduler()).isEqualTo(Scheduler.of("WARP_DRIVE")))),
                getAndList("unknown sdVersion", with("sdVersion", "\"SD_99\""),
                        tolerated("sdVersion kept with its text",
                                g -> assertThat(g.sdVersion()).isEqualTo(SdVersion.of("SD_99")))),
                getAndList("unknown variation status and transformType", with("generated_images",
                        "[" + image("\"https://cdn.example/a.png\"").replace("[]",
                                "[{\"id\":\"v1\",\"url\":null,\"status\":\"MELTED\",\"transformType\":\"HOLOGRAM\"}]") + "]"),
                        tolerated("variation status and transformType kept with their text", g -> {
                            assertThat(g.images().get(0).variations().get(0).status().value()).isEqualTo("MELTED");
                            assertThat(g.images().get(0).variations().get(0).transformType().value()).isEqualTo("HOLOGRAM");
                        })),
                // Nulls where the spec says a value is always present.
                getAndList("presetStyle null", with("presetStyle", "null"),
                        tolerated("presetStyle null", g -> assertThat(g.presetStyle()).isNull())),
                getAndList("status null", with("status", "null"),
                        tolerated("status null", g -> assertThat(g.status()).isNull())),
                getAndList("prompt null", with("prompt", "null"),
                        tolerated("prompt null", g -> assertThat(g.prompt()).isNull())),
                getAndList("generated_images null", with("generated_images", "null"),
                        tolerated("no images", g -> assertThat(g.images()).isEmpty())),
                getAndList("generated_images missing", without("generated_images"),
                        tolerated("no images", g -> assertThat(g.images()).isEmpty())),
                getAndList("null entry in generated_images", with("generated_images", "[null]"),
                        tolerated("null entries skipped", g -> assertThat(g.images()).isEmpty())),
                getAndList("image url null", with("generated_images", "[" + image("null") + "]"),
                        tolerated("url null; download raises LeonardoException", g -> {
                            GeneratedImage image = g.images().get(0);
                            assertThat(image.url()).isNull();
                            try (Leonardo client = Leonardo.builder().apiKey("test-key").baseUrl("http://127.0.0.1:9").build()) {
                                assertThatThrownBy(() -> client.images().download(image, Path.of("target", "never")))
                                        .isExactlyInstanceOf(LeonardoException.class).hasMessageContaining("no URL");
                            }
                        })),
                getAndList("nsfw and likeCount null", with("generated_images",
                        "[" + image("\"https://cdn.example/a.png\"").replace("false", "null").replace("2", "null") + "]"),
                        tolerated("nsfw and likeCount null, as sent", g -> {
                            assertThat(g.images().get(0).nsfw()).isNull();
                            assertThat(g.images().get(0).likeCount()).isNull();
                        })),
                getAndList("extra fields", with("addedTomorrow", "{\"nested\":[1,2,3]}"),
                        tolerated("kept as additional properties", g -> assertThat(g.additionalProperties()).containsKey("addedTomorrow"))),
                // Numbers.
                getAndList("seed beyond int range", with("seed", "9999999998"),
                        tolerated("kept as long", g -> assertThat(g.seed()).isEqualTo(9_999_999_998L))),
                getAndList("number as a numeric string", with("imageWidth", "\"1024\""),
                        tolerated("read as the number", g -> assertThat(g.imageWidth()).isEqualTo(1024L))),
                getAndList("number beyond long range", with("imageWidth", "99999999999999999999"),
                        raises(InvalidResponseException.class)),
                getAndList("a word where a number belongs", with("imageWidth", "\"wide\""),
                        raises(InvalidResponseException.class)),
                getAndList("createdAt not a date", with("createdAt", "\"yesterday\""),
                        tolerated("createdAt kept as the string the spec types it", g -> assertThat(g.createdAt()).isEqualTo("yesterday"))),
                // Whole bodies.
                each("an HTML 502 page", 502, "text/html", HTML_502, raises(InternalServerException.class)),
                each("an empty 200 body", 200, JSON, "", raises(InvalidResponseException.class)),
                each("a JSON null body", 200, JSON, "null", raises(InvalidResponseException.class)),
                each("truncated JSON", 200, JSON, "{\"generations_by_pk\":{\"id\":\"" + ID + "\",\"sta",
                        raises(InvalidResponseException.class)),
                each("an array instead of an object", 200, JSON, "[1,2,3]", raises(InvalidResponseException.class)),
                each("an HTML 200 page as text/html", 200, "text/html", HTML_502, raises(InvalidResponseException.class)),
                each("204 No Content", 204, null, "", raises(InvalidResponseException.class)),
                Stream.of(
                        new Case("valid JSON as text/plain", GET, 200, "text/plain", wrap("generations_by_pk", base().toString()),
                                tolerated("Content-Type ignored, body parsed", g -> assertThat(g.id()).isEqualTo(ID))),
                        new Case("generations_by_pk null", GET, 200, JSON, "{\"generations_by_pk\":null}",
                                raises(NotFoundException.class)),
                        new Case("generations_by_pk a string", GET, 200, JSON, "{\"generations_by_pk\":\"gone\"}",
                                raises(InvalidResponseException.class)),
                        new Case("generations missing", LIST, 200, JSON, "{}",
                                toleratedResult("empty page", page -> assertThat((List<?>) page).isEmpty())),
                        new Case("generations null", LIST, 200, JSON, "{\"generations\":null}",
                                toleratedResult("empty page", page -> assertThat((List<?>) page).isEmpty())),
                        new Case("null entry in generations", LIST, 200, JSON, "{\"generations\":[null," + base() + "]}",
                                tolerated("null entries skipped", g -> assertThat(g.id()).isEqualTo(ID))),
                        new Case("generations an object", LIST, 200, JSON, "{\"generations\":{}}",
                                raises(InvalidResponseException.class)),
                        new Case("delete_generations_by_pk null", DELETE, 200, JSON, "{\"delete_generations_by_pk\":null}",
                                raises(NotFoundException.class)),
                        new Case("deleted id missing", DELETE, 200, JSON, "{\"delete_generations_by_pk\":{}}",
                                toleratedResult("returns the requested id", id -> assertThat(id).isEqualTo(ID))),
                        new Case("sdGenerationJob null", CREATE, 200, JSON, "{\"sdGenerationJob\":null}",
                                raisesNoGenerationId()),
                        new Case("generationId missing", CREATE, 200, JSON, "{\"sdGenerationJob\":{\"cost\":null}}",
                                raisesNoGenerationId()),
                        new Case("unknown cost unit and unreadable amount", CREATE, 200, JSON,
                                "{\"sdGenerationJob\":{\"generationId\":\"" + ID + "\",\"cost\":{\"amount\":\"lots\",\"unit\":\"EUROS\"}}}",
                                toleratedResult("id kept, cost kept as sent (the spec types amount as text)", job -> {
                                    assertThat(((GenerationJob) job).id()).isEqualTo(ID);
                                    assertThat(((GenerationJob) job).cost()).hasValueSatisfying(
                                            cost -> assertThat(cost.amount()).isEqualTo("lots"));
                                })),
                        new Case("unknown cost unit", CREATE, 200, JSON,
                                "{\"sdGenerationJob\":{\"generationId\":\"" + ID + "\",\"cost\":{\"amount\":\"0.01\",\"unit\":\"EUROS\"}}}",
                                toleratedResult("cost unit kept with its text", job ->
                                        assertThat(((GenerationJob) job).cost()).hasValueSatisfying(cost -> {
                                            assertThat(cost.unit().value()).isEqualTo("EUROS");
                                            assertThat(cost.unit().isKnown()).isFalse();
                                        }))))
        ).flatMap(s -> s);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void hostileResponse(Case c) {
        var response = aResponse().withStatus(c.status()).withBody(c.body());
        if (c.contentType() != null) {
            response.withHeader("Content-Type", c.contentType());
        }
        api.stubFor(any(anyUrl()).willReturn(response));

        Object[] result = new Object[1];
        Throwable thrown = catchThrowable(() -> result[0] = c.operation().run(leonardo, ID, USER));

        if (c.expected().error() == null) {
            assertThat(thrown).as("tolerated").isNull();
            c.expected().check().accept(result[0]);
            return;
        }
        assertThat(thrown).isExactlyInstanceOf(c.expected().error());
        if (thrown instanceof InvalidResponseException invalid) {
            assertThat(invalid.statusCode()).as("status").isEqualTo(c.status());
            if (c.expected().parsedBody()) {
                assertThat(invalid).hasMessageContaining("no generation id");
                assertThat(invalid.body()).as("the parsed response").startsWith("CreateGenerationResponse{");
                return;
            }
            assertThat(invalid.body()).as("the body, truncated").isEqualTo(c.body().length() > 4096
                    ? c.body().substring(0, 4096) + "…(truncated)" : c.body());
        } else if (thrown instanceof LeonardoServiceException service && c.status() >= 400) {
            assertThat(service.statusCode()).as("status").isEqualTo(c.status());
            assertThat(service.error().raw()).as("the body").isEqualTo(c.body());
        }
    }

    /** A body too long to carry whole is cut to 4 KiB in the exception. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void aHugeUnreadableBodyIsTruncated(Operation operation) {
        String page = "<html>" + "x".repeat(100_000) + "</html>";
        api.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html").withBody(page)));

        assertThatThrownBy(() -> operation.run(leonardo, ID, USER)).isExactlyInstanceOf(InvalidResponseException.class)
                .satisfies(e -> assertThat(((InvalidResponseException) e).body()).hasSize(4096 + "…(truncated)".length()));
    }

    static Stream<Operation> operations() {
        return Operation.REQUESTS.stream();
    }

    // ---- bodies ----

    /** A generation as the API sends it, complete with one image. */
    static JsonObject base() {
        return JsonParser.parseString("{\"id\":\"" + ID + "\",\"status\":\"COMPLETE\",\"prompt\":\"A lighthouse\","
                + "\"modelId\":\"b24e16ff-06e3-43eb-8d33-4416c2d75876\",\"imageWidth\":1024,\"imageHeight\":768,"
                + "\"seed\":42,\"presetStyle\":\"DYNAMIC\",\"scheduler\":\"LEONARDO\",\"sdVersion\":\"SDXL_0_9\","
                + "\"public\":false,\"createdAt\":\"2026-11-20T10:15:30.123\",\"generated_images\":["
                + image("\"https://cdn.example/a.png\"") + "],\"generation_elements\":[]}").getAsJsonObject();
    }

    static String image(String url) {
        return "{\"id\":\"0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d\",\"url\":" + url
                + ",\"nsfw\":false,\"likeCount\":2,\"generated_image_variation_generics\":[]}";
    }

    static JsonObject with(String field, String rawJson) {
        JsonObject generation = base();
        generation.add(field, JsonParser.parseString(rawJson));
        return generation;
    }

    static JsonObject without(String field) {
        JsonObject generation = base();
        generation.remove(field);
        return generation;
    }

    static String wrap(String field, String json) {
        return "{\"" + field + "\":" + json + "}";
    }

    /** The same altered generation read by GET and inside a listed page. */
    static Stream<Case> getAndList(String name, JsonObject generation, Expected expected) {
        return Stream.of(
                new Case(name, GET, 200, JSON, wrap("generations_by_pk", generation.toString()), expected),
                new Case(name, LIST, 200, JSON, wrap("generations", "[" + generation + "]"), expected));
    }

    /** The same whole-body response answered to every single-request operation. */
    static Stream<Case> each(String name, int status, String contentType, String body, Expected expected) {
        return Operation.REQUESTS.stream().map(op -> new Case(name, op, status, contentType, body, expected));
    }
}

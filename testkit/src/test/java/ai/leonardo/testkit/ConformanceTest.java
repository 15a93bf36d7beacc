package ai.leonardo.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import ai.leonardo.testkit.BrokenFake.Defect;
import ai.leonardo.testkit.BrokenFake.Reply;
import ai.leonardo.testkit.ConformanceCheck.Outcome;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The conformance suite passes a correct server and catches each kind of defect with exactly its own check. */
class ConformanceTest {

    @RegisterExtension
    static final FakeLeonardoExtension LEONARDO = FakeLeonardoExtension.perClass(
            FakeLeonardo.builder().jobDuration(Duration.ofMillis(100)));

    private static final List<String> FULL_CHECKS = List.of("create.id-and-cost", "job.lifecycle", "job.image-count",
            "images.download", "list.newest-first", "list.paging", "auth.wrong-key", "id.malformed", "get.unknown-id",
            "delete.gone", "schema.create", "schema.get", "schema.list", "schema.delete");

    @Test
    void fullModePassesEveryCheckAgainstTheFakeAndLeavesNothingBehind(FakeLeonardo fake) {
        ConformanceReport report = full(fake.baseUrl(), fake).build().run();

        assertThat(report.checks()).extracting(ConformanceCheck::name).containsExactlyElementsOf(FULL_CHECKS);
        assertThat(report.checks()).as(report.toTable()).allMatch(c -> c.outcome() == Outcome.PASS);
        assertThat(report.passed()).isTrue();
        assertThat(fake.requestCount(Endpoint.CREATE_GENERATION)).as("at most maxGenerations created").isEqualTo(2);
        assertThat(fake.generationCount()).as("every generation it created is deleted").isZero();
        assertThat(report.totalCost()).as("two images at the fake's price").isEqualTo("0.00735 DOLLARS");
        assertThat(report.check("job.lifecycle").evidence()).contains("COMPLETE after");
    }

    @Test
    void notFoundAs404IsTheOtherDocumentedFormAndPassesToo() throws Exception {
        try (FakeLeonardo fake = FakeLeonardo.builder().notFoundAs404(true).jobDuration(Duration.ofMillis(50))
                .build().start()) {
            ConformanceReport report = full(fake.baseUrl(), fake).build().run();

            assertThat(report.failures()).as(report.toTable()).isEmpty();
            assertThat(report.check("delete.gone").evidence()).contains("then 404");
        }
    }

    @Test
    void readOnlyModePassesAndCreatesOrDeletesNothing(FakeLeonardo fake) throws Exception {
        Http http = new Http(fake);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(http.create("{\"prompt\":\"existing " + i + "\",\"num_images\":2,\"width\":64,\"height\":64}"));
        }
        while (!"COMPLETE".equals(fake.generation(ids.get(0)).status())) {
            Thread.sleep(20);
        }

        ConformanceReport report = Conformance.builder().baseUrl(fake.baseUrl()).apiKey(fake.apiKey())
                .mode(Conformance.Mode.READ_ONLY).generationId(ids.get(0)).userId(fake.userId()).build().run();

        assertThat(report.checks()).extracting(ConformanceCheck::name).containsExactly("get.generation",
                "images.download", "list.newest-first", "list.paging", "auth.wrong-key", "id.malformed",
                "get.unknown-id", "schema.get", "schema.list");
        assertThat(report.checks()).as(report.toTable()).allMatch(c -> c.outcome() == Outcome.PASS);
        assertThat(fake.requestCount(Endpoint.CREATE_GENERATION)).isEqualTo(3);
        assertThat(fake.requestCount(Endpoint.DELETE_GENERATION)).isZero();
        assertThat(fake.generationCount()).isEqualTo(3);
        assertThat(report.check("images.download").evidence()).startsWith("2 images");
        assertThat(report.totalCost()).isEqualTo("0");
    }

    @Test
    void withoutAUserIdFullModeSkipsOnlyTheListChecksAndSaysWhy(FakeLeonardo fake) {
        ConformanceReport report = Conformance.builder().baseUrl(fake.baseUrl()).apiKey(fake.apiKey())
                .pollInterval(Duration.ofMillis(25)).build().run();

        assertThat(report.checks()).filteredOn(c -> c.outcome() != Outcome.PASS).extracting(ConformanceCheck::name)
                .containsExactly("list.newest-first", "list.paging");
        assertThat(report.check("list.paging").evidence()).contains("--user-id");
        assertThat(report.passed()).isTrue();
    }

    @TestFactory
    Stream<DynamicTest> asJUnitDynamicTestsEachCheckIsOneTest(FakeLeonardo fake) {
        List<DynamicTest> tests = ConformanceTests.of(full(fake.baseUrl(), fake).build()).toList();

        assertThat(tests).extracting(DynamicTest::getDisplayName)
                .allMatch(name -> FULL_CHECKS.contains(name.substring(0, name.indexOf(':'))));
        return tests.stream();
    }

    static Stream<Arguments> defects() {
        return Stream.of(
                Arguments.of("create answers without a cost", "create.id-and-cost", "no sdGenerationJob.cost",
                        (Defect) (call, fake) -> post(call) ? fake.apply(call).withJson(j -> {
                            ((ObjectNode) j.get("sdGenerationJob")).remove("cost");
                            return j;
                        }) : fake.apply(call)),
                Arguments.of("a job that never leaves PENDING", "job.lifecycle", "still PENDING",
                        generation(g -> g.put("status", "PENDING"))),
                Arguments.of("a COMPLETE generation with an extra image", "job.image-count", "2 images",
                        generation(g -> {
                            ArrayNode images = (ArrayNode) g.get("generated_images");
                            if (!images.isEmpty()) {
                                images.add(images.get(0).deepCopy());
                            }
                        })),
                Arguments.of("image urls that do not download", "images.download", "HTTP 404",
                        generation(g -> g.get("generated_images").forEach(image -> ((ObjectNode) image)
                                .put("url", image.get("url").asText().replace(".png", "9.png"))))),
                Arguments.of("a list oldest first", "list.newest-first", "is newer than item",
                        (Defect) (call, fake) -> list(call) ? fake.apply(call).withJson(j -> {
                            List<Object> items = new ArrayList<>();
                            j.get("generations").forEach(items::add);
                            Collections.reverse(items);
                            ArrayNode reversed = ((ObjectNode) j).putArray("generations");
                            items.forEach(i -> reversed.add((com.fasterxml.jackson.databind.JsonNode) i));
                            return j;
                        }) : fake.apply(call)),
                Arguments.of("pages that repeat items (offset off by one)", "list.paging", "repeated across pages",
                        (Defect) (call, fake) -> list(call) && !call.path().contains("offset=0&")
                                ? fake.apply(call.withPath(call.path().replaceFirst("offset=(\\d+)",
                                        "offset=" + (offset(call) - 1))))
                                : fake.apply(call)),
                Arguments.of("a 200 for a wrong key", "auth.wrong-key", "HTTP 200",
                        (Defect) (call, fake) -> fake.apply(call.withAuthorization("Bearer " + FakeLeonardo.DEFAULT_API_KEY))),
                Arguments.of("a 401 that is not the vendor's error shape", "auth.wrong-key", "not the vendor's error shape",
                        (Defect) (call, fake) -> {
                            Reply r = fake.apply(call);
                            return r.status() == 401 ? new Reply(401, "text/plain", "Unauthorized".getBytes()) : r;
                        }),
                Arguments.of("a malformed id answered as not found", "id.malformed", "HTTP 200",
                        (Defect) (call, fake) -> call.path().endsWith("/not-a-generation-id")
                                ? Reply.json(200, Http.JSON.createObjectNode().putNull("generations_by_pk"))
                                : fake.apply(call)),
                Arguments.of("a delete that leaves the generation", "delete.gone", "still there after DELETE",
                        (Defect) (call, fake) -> "DELETE".equals(call.method())
                                ? Reply.json(200, deleted(call.path().substring("/generations/".length())))
                                : fake.apply(call)),
                Arguments.of("a wrong type: imageWidth as a string", "schema.get",
                        "response $.generations_by_pk.imageWidth",
                        generation(g -> g.put("imageWidth", "32"))),
                Arguments.of("a wrong type in the list: seed as a string", "schema.list",
                        "response $.generations[0].seed",
                        (Defect) (call, fake) -> list(call) ? fake.apply(call).withJson(j -> {
                            j.get("generations").forEach(g -> ((ObjectNode) g).put("seed", "42"));
                            return j;
                        }) : fake.apply(call)));
    }

    @ParameterizedTest(name = "{0} fails {1}")
    @MethodSource("defects")
    void eachDefectFailsExactlyItsCheck(String defect, String check, String evidence, Defect broken, FakeLeonardo fake)
            throws Exception {
        try (BrokenFake server = new BrokenFake(fake, broken)) {
            ConformanceReport report = full(server.baseUrl(), fake).build().run();

            assertThat(report.failures()).as(report.toTable()).extracting(ConformanceCheck::name).containsExactly(check);
            assertThat(report.check(check).evidence()).contains(evidence);
            assertThat(report.passed()).isFalse();
        }
    }

    @Test
    void aFieldTheSpecDoesNotListIsAllowedButNamed(FakeLeonardo fake) throws Exception {
        Defect extraField = generation(g -> g.put("sharpness", 0.5));
        try (BrokenFake server = new BrokenFake(fake, extraField)) {
            ConformanceReport report = full(server.baseUrl(), fake).build().run();

            assertThat(report.failures()).as(report.toTable()).isEmpty();
            assertThat(report.check("schema.get").evidence()).contains("fields the spec does not list (allowed)")
                    .contains("sharpness");
        }
    }

    private static Conformance.Builder full(String baseUrl, FakeLeonardo fake) {
        return Conformance.builder().baseUrl(baseUrl).apiKey(fake.apiKey()).userId(fake.userId())
                .mode(Conformance.Mode.FULL).pollInterval(Duration.ofMillis(25)).jobTimeout(Duration.ofMillis(600));
    }

    /** A defect in GET /generations/{id}: the change applies to each generation the fake answers. */
    private static Defect generation(Consumer<ObjectNode> change) {
        return (call, fake) -> {
            Reply reply = fake.apply(call);
            if (!getOne(call) || !reply.json().path("generations_by_pk").isObject()) {
                return reply;
            }
            return reply.withJson(j -> {
                change.accept((ObjectNode) j.get("generations_by_pk"));
                return j;
            });
        };
    }

    private static boolean post(BrokenFake.Call call) {
        return "POST".equals(call.method());
    }

    private static boolean getOne(BrokenFake.Call call) {
        return "GET".equals(call.method()) && !list(call);
    }

    private static boolean list(BrokenFake.Call call) {
        return call.path().startsWith("/generations/user/");
    }

    private static int offset(BrokenFake.Call call) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("offset=(\\d+)").matcher(call.path());
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static ObjectNode deleted(String id) {
        ObjectNode out = Http.JSON.createObjectNode();
        out.putObject("delete_generations_by_pk").put("id", id);
        return out;
    }
}

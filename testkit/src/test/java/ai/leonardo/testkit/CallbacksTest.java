package ai.leonardo.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * FakeLeonardo's webhook callbacks: the vendor's POST when a generation completes, on time, with
 * the configured shares lost and duplicated, reproducible from the seed.
 */
class CallbacksTest {
    private static final String KEY = "whk-fake-key";

    /** One POST the receiver got. */
    record Received(String authorization, String userAgent, JsonNode body, Instant at) {
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final HttpServer receiver = receiver(200);
    private FakeLeonardo fake;

    private HttpServer receiver(int status) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/hook", exchange -> {
                try (exchange) {
                    received.add(new Received(exchange.getRequestHeaders().getFirst("Authorization"),
                            exchange.getRequestHeaders().getFirst("User-Agent"),
                            Http.JSON.readTree(exchange.getRequestBody().readAllBytes()), Instant.now()));
                    exchange.sendResponseHeaders(status, -1);
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String url() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    @AfterEach
    void stop() {
        if (fake != null) {
            fake.stop();
        }
        receiver.stop(0);
    }

    private List<String> create(int count) throws Exception {
        Http http = new Http(fake);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(http.create("{\"prompt\":\"fox " + i + "\",\"width\":512,\"height\":512,\"num_images\":2}"));
        }
        return ids;
    }

    @Test
    void aCompletedGenerationIsPostedOnceInTheVendorsShapeWhenAdvancePassesItsEndPlusTheDelay() throws Exception {
        fake = FakeLeonardo.builder().manualClock().jobDuration(Duration.ofSeconds(5))
                .callbacks(url(), KEY).callbackDelay(Duration.ofSeconds(2)).build().start();
        String id = create(1).get(0);

        fake.advance(Duration.ofSeconds(6));
        assertThat(received).as("complete, but the delay has not passed").isEmpty();
        fake.advance(Duration.ofSeconds(1));

        assertThat(received).hasSize(1);
        Received callback = received.get(0);
        assertThat(callback.authorization()).isEqualTo("Bearer " + KEY);
        JsonNode body = callback.body();
        assertThat(body.get("type").asText()).isEqualTo("image_generation.complete");
        assertThat(body.get("object").asText()).isEqualTo("generation");
        assertThat(body.get("api_version").asText()).isEqualTo("v1");
        assertThat(body.get("timestamp").asLong()).isEqualTo(Instant.parse("2026-01-01T00:00:07Z").toEpochMilli());
        JsonNode generation = body.get("data").get("object");
        assertThat(generation.get("id").asText()).isEqualTo(id);
        assertThat(generation.get("status").asText()).isEqualTo("COMPLETE");
        assertThat(generation.get("quantity").asInt()).isEqualTo(2);
        assertThat(generation.get("images")).hasSize(2);
        assertThat(generation.get("images").get(0).get("url").asText())
                .isEqualTo(fake.generation(id).imageUrls().get(0));
        assertThat(generation.get("images").get(0).get("generationId").asText()).isEqualTo(id);
        assertThat(fake.callbacksAnswered(200)).isEqualTo(1);

        fake.advance(Duration.ofMinutes(5));
        assertThat(received).as("sent once").hasSize(1);
    }

    @Test
    void failedAndDeletedGenerationsGetNoCallback() throws Exception {
        fake = FakeLeonardo.builder().manualClock().jobDuration(Duration.ofSeconds(5)).failureRate(1)
                .callbacks(url(), KEY).build().start();
        create(2);
        fake.advance(Duration.ofSeconds(10));
        assertThat(received).isEmpty();

        fake.stop();
        fake = FakeLeonardo.builder().manualClock().jobDuration(Duration.ofSeconds(5))
                .callbacks(url(), KEY).build().start();
        String deleted = create(1).get(0);
        new Http(fake).delete("/generations/" + deleted);
        fake.advance(Duration.ofSeconds(10));
        assertThat(received).isEmpty();
    }

    @Test
    void lossAndDuplicateRatesAreSeededSharesAndLeaveTheJobDurationsOfTheSeedAlone() throws Exception {
        fake = FakeLeonardo.builder().manualClock().seed(7).concurrencyLimit(1000)
                .jobDurations(DurationDistribution.uniform(Duration.ofSeconds(1), Duration.ofSeconds(60)))
                .callbacks(url(), KEY).callbackLossRate(0.2).callbackDuplicateRate(0.1).build().start();
        List<String> ids = create(200);
        List<Instant> ends = ids.stream().map(id -> fake.generation(id).finishesAt()).toList();
        fake.advance(Duration.ofMinutes(2));

        List<String> lost = fake.lostCallbacks();
        List<String> posted = received.stream().map(r -> r.body().get("data").get("object").get("id").asText()).toList();
        long duplicated = ids.stream().filter(id -> Collections.frequency(posted, id) == 2).count();
        assertThat(lost.size()).isBetween(25, 55); // 20% of 200, with room for the draw
        assertThat(duplicated).isBetween(6L, 30L);
        assertThat(posted).doesNotContainAnyElementsOf(lost);
        assertThat(IntStream.range(0, ids.size()).filter(i -> !lost.contains(ids.get(i)))
                .allMatch(i -> posted.contains(ids.get(i)))).as("every other one was sent").isTrue();
        assertThat(fake.callbacksAnswered(200)).isEqualTo(posted.size());

        FakeLeonardo plain = FakeLeonardo.builder().manualClock().seed(7).concurrencyLimit(1000)
                .jobDurations(DurationDistribution.uniform(Duration.ofSeconds(1), Duration.ofSeconds(60))).build().start();
        try {
            FakeLeonardo withCallbacks = fake;
            fake = plain;
            List<Instant> plainEnds = create(200).stream().map(id -> plain.generation(id).finishesAt()).toList();
            assertThat(plainEnds).as("the same durations as without callbacks").isEqualTo(ends);
            fake = withCallbacks;
        } finally {
            plain.stop();
        }
    }

    @Test
    void onTheSystemClockTheCallbackThreadSendsEachCallbackOnTime() throws Exception {
        fake = FakeLeonardo.builder().jobDuration(Duration.ofMillis(300)).callbacks(url(), KEY)
                .callbackDelay(Duration.ofMillis(200)).build().start();
        String id = create(1).get(0);
        Instant due = fake.generation(id).finishesAt().plusMillis(200);

        long deadline = System.nanoTime() + 5_000_000_000L;
        while (received.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }

        assertThat(received).hasSize(1);
        assertThat(received.get(0).at()).isAfterOrEqualTo(due).isBefore(due.plusSeconds(2)); // the first POST starts the HTTP client
    }

    @Test
    void aClockOfYourOwnSendsOnDeliverCallbacks() throws Exception {
        FakeClock clock = new FakeClock(Instant.parse("2026-01-01T00:00:00Z"));
        fake = FakeLeonardo.builder().clock(clock).jobDuration(Duration.ofSeconds(5)).callbacks(url(), KEY)
                .build().start();
        create(1);
        clock.advance(Duration.ofSeconds(5));
        Thread.sleep(100);
        assertThat(received).as("no thread runs on a clock of your own").isEmpty();

        fake.deliverCallbacks();

        assertThat(received).hasSize(1);
    }

    @Test
    void theReceiversAnswerIsCountedPerStatusAndAnUnreachableOneAsZero() throws Exception {
        HttpServer refusing = receiver(401);
        String refusingUrl = "http://127.0.0.1:" + refusing.getAddress().getPort() + "/hook";
        try {
            fake = FakeLeonardo.builder().manualClock().jobDuration(Duration.ofSeconds(1))
                    .callbacks(refusingUrl, "wrong-key").build().start();
            create(2);
            fake.advance(Duration.ofSeconds(1));
            assertThat(fake.callbacksAnswered(401)).isEqualTo(2);
        } finally {
            refusing.stop(0);
        }
        create(1);
        fake.advance(Duration.ofSeconds(1));
        assertThat(fake.callbacksAnswered(0)).isEqualTo(1);
    }
}

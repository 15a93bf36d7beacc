package ai.leonardo.sdk;

import ai.leonardo.sdk.model.Generation;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Async waits keep up at real network latency: polls run concurrently instead of queueing behind
 * a small fixed pool or OkHttp's default of five requests per host.
 */
class AsyncAtLatencyTest {
    private static final long LATENCY_MS = 300;
    private static final int WAITS = 40;

    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/v1/generations/", exchange -> {
            String id = exchange.getRequestURI().getPath().substring("/v1/generations/".length());
            sleep(LATENCY_MS);
            byte[] body = Fixtures.generation(id, "COMPLETE", null).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void fortyAsyncWaitsAtThreeHundredMillisecondsAreAnsweredTogetherNotInQueuedRounds() throws Exception {
        String baseUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/";
        try (Leonardo leonardo = Leonardo.builder().apiKey("test-key").baseUrl(baseUrl).build()) {
            List<CompletableFuture<Generation>> waits = new ArrayList<>();
            List<Long> doneAt = java.util.Collections.synchronizedList(new ArrayList<>());
            for (int i = 0; i < WAITS; i++) {
                CompletableFuture<Generation> wait = leonardo.generations().job(FakeApi.newId()).awaitAsync();
                wait.thenRun(() -> doneAt.add(System.nanoTime()));
                waits.add(wait);
            }
            CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);

            assertThat(waits).allSatisfy(wait -> assertThat(wait.join().status().toString()).contains("COMPLETE"));
            // The waits start together and their first polls are due together; queued behind four
            // threads the last would answer 10 rounds of 300 ms (3 s) after the first.
            Duration spread = Duration.ofNanos(java.util.Collections.max(doneAt) - java.util.Collections.min(doneAt));
            assertThat(spread).isLessThan(Duration.ofMillis(LATENCY_MS * 3));
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

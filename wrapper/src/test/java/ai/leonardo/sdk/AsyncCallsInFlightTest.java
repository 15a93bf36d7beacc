package ai.leonardo.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import ai.leonardo.sdk.model.Generation;
import ai.leonardo.sdk.model.JobStatus;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * More async waits than OkHttp's default limits (64 calls in all, 5 per host) are in flight at once:
 * the server holds every poll until all of them have arrived, and counts how many it holds. A queue
 * in the client would show as fewer in flight, whatever the machine's speed.
 */
class AsyncCallsInFlightTest {
    private static final int WAITS = 100;

    private HttpServer server;
    private ExecutorService handlers;
    private final CountDownLatch allArrived = new CountDownLatch(WAITS);
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), WAITS);
        handlers = Executors.newCachedThreadPool();
        server.setExecutor(handlers);
        server.createContext(Fixtures.GENERATION_PATH, exchange -> {
            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            allArrived.countDown();
            try {
                // Held until every wait's poll is here; a client that queues never gets them all here.
                allArrived.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inFlight.decrementAndGet();
            Fixtures.answerComplete(exchange);
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        handlers.shutdownNow();
    }

    /** A client whose poll budget does not bind: this test is about queueing, not the budget. */
    private Leonardo.Builder client() {
        return Leonardo.builder().apiKey("test-key")
                .baseUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/v1/")
                .maxPollsPerSecond(10_000);
    }

    @Test
    void aHundredAsyncWaitsOfOneClientArePolledAllAtOnce() throws Exception {
        try (Leonardo leonardo = client().build()) {
            awaitAll(leonardo);
        }
        assertThat(mostInFlight).hasValue(WAITS);
    }

    @Test
    void aHundredAsyncWaitsOnASharedOkHttpClientWithDefaultLimitsArePolledAllAtOnce() throws Exception {
        OkHttpClient shared = new OkHttpClient();
        try (Leonardo leonardo = client().okHttpClient(shared).build()) {
            awaitAll(leonardo);
        }
        assertThat(mostInFlight).hasValue(WAITS);
        shared.connectionPool().evictAll();
    }

    private static void awaitAll(Leonardo leonardo) throws Exception {
        List<CompletableFuture<Generation>> waits = IntStream.range(0, WAITS)
                .mapToObj(i -> leonardo.generations().job(FakeApi.newId()).awaitAsync()).toList();
        CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        assertThat(waits).allSatisfy(wait -> assertThat(wait.join().status()).isEqualTo(JobStatus.COMPLETE));
    }
}

package ai.leonardo.sdk;

import ai.leonardo.sdk.model.JobStatus;

import ai.leonardo.sdk.model.Generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Async waits keep up at real network latency: polls run concurrently instead of queueing behind
 * a small fixed pool or OkHttp's default of five requests per host, also when the client shares an
 * OkHttpClient the application built.
 */
class AsyncAtLatencyTest {
    private static final long LATENCY_MS = 300;
    private static final int WAITS = 40;

    private HttpServer server;
    /** The client side port of every request: one per connection the client opened. */
    private final Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();
    /** Responses wait for it; open unless a test closes it. */
    private volatile CountDownLatch gate = new CountDownLatch(0);

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext(Fixtures.GENERATION_PATH, exchange -> {
            clientPorts.add(exchange.getRemoteAddress().getPort());
            sleep(LATENCY_MS);
            awaitOpen(gate);
            Fixtures.answerComplete(exchange);
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/";
    }

    /** A client whose poll budget does not bind: this test is about queueing, not the budget. */
    private Leonardo.Builder client() {
        return Leonardo.builder().apiKey("test-key").baseUrl(baseUrl()).maxPollsPerSecond(10_000);
    }

    /**
     * Starts {@value #WAITS} async waits spread over the clients and asserts they end together:
     * their first polls are due together, while queued behind four threads or five requests per
     * host the last would answer 8 to 10 rounds of 300 ms (2.4 to 3 s) after the first.
     */
    private static void assertAnsweredTogether(List<Leonardo> clients) throws Exception {
        List<CompletableFuture<Generation>> waits = new ArrayList<>();
        List<Long> doneAt = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < WAITS; i++) {
            CompletableFuture<Generation> wait = clients.get(i % clients.size()).generations().job(FakeApi.newId())
                    .awaitAsync();
            wait.thenRun(() -> doneAt.add(System.nanoTime()));
            waits.add(wait);
        }
        CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);

        assertThat(waits).allSatisfy(wait -> assertThat(wait.join().status()).isEqualTo(JobStatus.COMPLETE));
        Duration spread = Duration.ofNanos(Collections.max(doneAt) - Collections.min(doneAt));
        assertThat(spread).isLessThan(Duration.ofMillis(LATENCY_MS * 3));
    }

    @Test
    void fortyAsyncWaitsAtThreeHundredMillisecondsAreAnsweredTogetherNotInQueuedRounds() throws Exception {
        try (Leonardo leonardo = client().build()) {
            assertAnsweredTogether(List.of(leonardo));
        }
    }

    @Test
    void theNextBurstOfPollsReusesTheConnectionsOfTheLastInsteadOfConnectingAgain() throws Exception {
        try (Leonardo leonardo = client().build()) {
            assertAnsweredTogether(List.of(leonardo));
            Set<Integer> firstBurst = Set.copyOf(clientPorts);
            clientPorts.clear();
            awaitIdle(leonardo.http().connectionPool(), firstBurst.size());

            assertAnsweredTogether(List.of(leonardo));

            // OkHttp's default pool keeps 5 idle connections: 35 of the 40 would connect again
            // (a TLS handshake each against the real API). A connection is new only where the second
            // burst had more polls at once than the first (on a loaded machine two of the first may
            // have run one after the other on one connection).
            Set<Integer> opened = new HashSet<>(clientPorts);
            opened.removeAll(firstBurst);
            assertThat(firstBurst).hasSizeGreaterThan(5);
            assertThat(opened).as("connections the second burst opened").hasSizeLessThanOrEqualTo(
                    Math.max(0, clientPorts.size() - firstBurst.size()));
            assertThat(leonardo.http().fastFallback()).as("connects run on the call's own thread").isFalse();
        }
    }

    @Test
    void aSharedOkHttpClientWithDefaultLimitsDoesNotQueueTheWaitsOfTheClientsOnIt() throws Exception {
        OkHttpClient shared = new OkHttpClient(); // OkHttp's dispatcher: 5 requests per host
        try (Leonardo first = client().okHttpClient(shared).build();
                Leonardo second = client().okHttpClient(shared).build()) {
            assertAnsweredTogether(List.of(first, second));

            // The connections are the shared pool's; the calls run on the SDK's dispatcher, one for both.
            assertThat(first.http().connectionPool()).isSameAs(shared.connectionPool());
            assertThat(first.http().dispatcher()).isNotSameAs(shared.dispatcher())
                    .isSameAs(second.http().dispatcher());
            assertThat(shared.dispatcher().runningCallsCount()).isZero();
        }
        shared.connectionPool().evictAll();
    }

    /**
     * Ten clients on one OkHttpClient (a service with a key per tenant) with 300 polls due at once
     * keep at most 256 calls in flight together, as one client does, and queue the rest: with a
     * dispatcher each they put all 300 in flight, and at 1,000 waits the burst of connects overflowed
     * the server's accept queue, whose dropped connects are resent only after 1 s and 3 s.
     */
    @Test
    void clientsSharingAnOkHttpClientTogetherKeepNoMoreCallsInFlightThanOneClient() throws Exception {
        OkHttpClient shared = new OkHttpClient();
        List<Leonardo> clients = new ArrayList<>();
        gate = new CountDownLatch(1); // the server holds every response until the calls are counted
        try {
            for (int i = 0; i < 10; i++) {
                clients.add(client().okHttpClient(shared).build());
            }
            List<CompletableFuture<Generation>> waits = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                waits.add(clients.get(i % clients.size()).generations().job(FakeApi.newId()).awaitAsync());
            }
            List<Dispatcher> dispatchers = clients.stream().map(c -> c.http().dispatcher()).distinct().toList();
            awaitTrue(() -> dispatchers.stream().mapToInt(d -> d.runningCallsCount() + d.queuedCallsCount()).sum() == 300);

            assertThat(dispatchers.stream().mapToInt(Dispatcher::runningCallsCount).sum())
                    .as("calls in flight at once, all clients together").isEqualTo(256);
            gate.countDown();
            CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
            assertThat(waits).allSatisfy(wait -> assertThat(wait.join().status()).isEqualTo(JobStatus.COMPLETE));
        } finally {
            gate.countDown();
            clients.forEach(Leonardo::close);
            shared.connectionPool().evictAll();
        }
    }

    @Test
    void closingOneClientOnASharedOkHttpClientLeavesTheOthersWaitsRunning() throws Exception {
        OkHttpClient shared = new OkHttpClient();
        Leonardo first = client().okHttpClient(shared).build();
        Leonardo second = client().okHttpClient(shared).build();
        try {
            CompletableFuture<Generation> firstWait = first.generations().job(FakeApi.newId()).awaitAsync();
            CompletableFuture<Generation> secondWait = second.generations().job(FakeApi.newId()).awaitAsync();

            first.close();

            assertThatThrownBy(() -> firstWait.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(LeonardoException.class);
            assertThat(secondWait.get(10, TimeUnit.SECONDS).status()).isEqualTo(JobStatus.COMPLETE);
            assertThat(second.http().dispatcher().executorService().isShutdown()).isFalse();
        } finally {
            second.close();
        }
        assertThat(second.http().dispatcher().executorService().isShutdown()).as("shut down by the last client").isTrue();
        try (Leonardo later = client().okHttpClient(shared).build()) {
            assertThat(later.generations().job(FakeApi.newId()).awaitAsync().get(10, TimeUnit.SECONDS).status())
                    .isEqualTo(JobStatus.COMPLETE);
        }
        shared.connectionPool().evictAll();
    }

    @Test
    void aDispatcherTheUserConfiguredIsKept() {
        Dispatcher mine = new Dispatcher();
        mine.setMaxRequestsPerHost(2);
        OkHttpClient shared = new OkHttpClient.Builder().dispatcher(mine).build();
        try (Leonardo leonardo = client().okHttpClient(shared).build()) {
            assertThat(leonardo.http().dispatcher()).isSameAs(mine);
        }
        assertThat(mine.executorService().isShutdown()).as("the user's dispatcher outlives the client").isFalse();
        mine.executorService().shutdown();
    }

    /**
     * A wait completes when its body is read, a moment before OkHttp puts the connection back in the
     * pool; on a busy machine the next burst would otherwise start inside that moment and connect again.
     */
    private static void awaitIdle(ConnectionPool pool, int connections) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (pool.idleConnectionCount() < connections && System.nanoTime() < deadline) {
            sleep(10);
        }
    }

    private static void awaitOpen(CountDownLatch gate) {
        try {
            gate.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(10);
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

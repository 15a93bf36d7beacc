package ai.leonardo.sdk.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ai.leonardo.sdk.ClientInternals;
import ai.leonardo.sdk.model.Generation;
import ai.leonardo.sdk.GenerationJob;
import ai.leonardo.sdk.Leonardo;
import ai.leonardo.sdk.LeonardoException;
import ai.leonardo.sdk.WaitOptions;
import ai.leonardo.sdk.WaitPolicy;
import ai.leonardo.testkit.Endpoint;
import ai.leonardo.testkit.FakeLeonardo;
import ai.leonardo.testkit.FakeLeonardoExtension;
import ai.leonardo.testkit.Fault;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * After {@link Leonardo#close()} nothing of the client is left: no thread and no open connection,
 * whatever ran before (successes, failures, timeouts, a call or an async wait still in flight).
 *
 * <p>Threads counted are the client's own: OkHttp's dispatcher threads ("OkHttp Dispatcher", renamed
 * "OkHttp http://..." while they run a call) and the SDK's scheduler ("leonardo-..."). OkHttp's task
 * runner threads ("OkHttp TaskRunner", renamed after the task they run, such as "OkHttp
 * ConnectionPool connection closer") are not counted: they are shared by every OkHttpClient in the
 * JVM and idle out on their own after a minute. Other test classes may leave threads behind, so
 * the count is compared with the one before the client was built. Connections are counted in the
 * client's own pool (through a package-private accessor) rather than at the OS.
 */
class ResourceLeakTest {
    static final Duration GRACE = Duration.ofSeconds(2);

    @RegisterExtension
    static final FakeLeonardoExtension LEONARDO = FakeLeonardoExtension.perClass(FakeLeonardo.builder().manualClock());

    @Test
    void closeReleasesEveryThreadAndConnection(FakeLeonardo fake) throws Exception {
        long threadsBefore = clientThreads();
        Leonardo leonardo = Leonardo.builder().apiKey(fake.apiKey()).baseUrl(fake.baseUrl())
                .timeouts(Duration.ofMillis(300), Duration.ofMillis(300), Duration.ofSeconds(1))
                .sleeper(new VirtualSleeper(fake)).build();
        String id = leonardo.generations().create(Operation.request()).id();
        for (Operation operation : Operation.REQUESTS) {
            operation.run(leonardo, id, fake.userId());
        }
        assertThat(ClientInternals.connectionCount(leonardo)).as("the client did pool connections").isPositive();
        fake.faults().on(Endpoint.GET_GENERATION).times(3).respondWith(Fault.delay(Duration.ofMillis(600)));
        catchThrowable(() -> leonardo.generations().get(id));
        fake.faults().on(Endpoint.LIST_GENERATIONS).times(3).respondWith(Fault.connectionReset());
        catchThrowable(() -> leonardo.generations().listPage(fake.userId(), 0, 5));

        leonardo.close();

        assertThat(ClientInternals.connectionCount(leonardo)).as("open connections after close").isZero();
        awaitThreads(threadsBefore);
    }

    @Test
    void closeEndsACallInFlightAndLeavesNoConnection(FakeLeonardo fake) throws Exception {
        long threadsBefore = clientThreads();
        Leonardo leonardo = Leonardo.builder().apiKey(fake.apiKey()).baseUrl(fake.baseUrl()).build();
        String id = leonardo.generations().create(Operation.request()).id();
        fake.faults().on(Endpoint.GET_GENERATION).respondWith(Fault.delay(Duration.ofSeconds(3)));
        CompletableFuture<Throwable> inFlight = CompletableFuture.supplyAsync(() -> catchThrowable(() -> leonardo.generations().get(id)));
        Thread.sleep(300); // the GET is now waiting on the server

        long start = System.nanoTime();
        leonardo.close();

        Throwable failure = inFlight.get(2, TimeUnit.SECONDS);
        assertThat(failure).as("the call in flight fails, typed").isExactlyInstanceOf(LeonardoException.class)
                .hasMessageContaining("closed");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("without waiting for the server").isLessThan(Duration.ofSeconds(2));
        assertThat(ClientInternals.connectionCount(leonardo)).as("open connections after close").isZero();
        awaitThreads(threadsBefore);
    }

    @Test
    void closeEndsAnAsyncWaitAndItsSchedulerThread(FakeLeonardo fake) throws Exception {
        long threadsBefore = clientThreads();
        Leonardo leonardo = Leonardo.builder().apiKey(fake.apiKey()).baseUrl(fake.baseUrl()).build();
        GenerationJob job = leonardo.generations().create(Operation.request());
        // The fake's clock is manual: the job stays PENDING and the wait polls on the client's scheduler.
        CompletableFuture<Generation> waiting = job.awaitAsync(WaitOptions.of(WaitPolicy.fixed(Duration.ofMillis(50))));
        Thread.sleep(300);
        assertThat(clientThreads()).as("the scheduler is running").isGreaterThan(threadsBefore);

        leonardo.close();

        Throwable failure = catchThrowable(() -> waiting.get(2, TimeUnit.SECONDS));
        assertThat(failure).as("the wait ends, typed").isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(LeonardoException.class);
        assertThat(ClientInternals.connectionCount(leonardo)).as("open connections after close").isZero();
        awaitThreads(threadsBefore);
    }

    @Test
    void aClosedClientRefusesNewCallsInsteadOfOpeningConnections(FakeLeonardo fake) {
        Leonardo leonardo = Leonardo.builder().apiKey(fake.apiKey()).baseUrl(fake.baseUrl()).build();
        leonardo.close();

        Throwable thrown = catchThrowable(() -> leonardo.generations().listPage(fake.userId(), 0, 5));

        assertThat(thrown).isExactlyInstanceOf(LeonardoException.class).hasMessageContaining("closed");
        assertThat(fake.requestCount(Endpoint.LIST_GENERATIONS)).isZero();
        assertThat(ClientInternals.connectionCount(leonardo)).isZero();
    }

    private static void awaitThreads(long expected) throws InterruptedException {
        long deadline = System.nanoTime() + GRACE.toNanos();
        while (clientThreads() > expected && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(clientThreads()).as("client threads after close (was %d before): %s", expected, clientThreadNames())
                .isLessThanOrEqualTo(expected);
    }

    static long clientThreads() {
        return clientThreadNames().size();
    }

    static List<String> clientThreadNames() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(name -> name.startsWith("leonardo-") || name.startsWith("OkHttp Dispatcher") || name.startsWith("OkHttp http"))
                .toList();
    }
}

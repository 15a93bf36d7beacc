package ai.leonardo.sdk;

import ai.leonardo.sdk.model.Generation;

import ai.leonardo.sdk.model.GenerationRequest;
import ai.leonardo.sdk.reliability.CapturedLogs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.ConnectException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
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
        leonardo = client(b -> b);
    }

    private Leonardo client(UnaryOperator<Leonardo.Builder> extra) {
        return extra.apply(Leonardo.builder().apiKey("sk-test-0123456789abcdef").baseUrl(api.baseUrl() + BASE)
                .sleeper(new RecordingSleeper()).maxRetries(2)
                .timeouts(Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(20))).build();
    }

    /** Polls the condition for up to five seconds; the assertion after it says what was expected. */
    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
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
    void cancellingAnAsyncCallDuringARetryCancelsTheRetryInFlight() throws Exception {
        api.stubFor(post(BASE + "/generations").inScenario("429").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")).willSetStateTo("slow"));
        api.stubFor(post(BASE + "/generations").inScenario("429").whenScenarioStateIs("slow")
                .willReturn(aResponse().withStatus(200).withFixedDelay(8_000).withBody(Fixtures.created(Fixtures.ID))));
        AtomicInteger attempts = new AtomicInteger();
        try (Leonardo counting = client(b -> b.addInterceptor(chain -> {
            attempts.incrementAndGet();
            return chain.proceed(chain.request());
        }))) {
            CompletableFuture<GenerationJob> job = counting.generations().createAsync(GenerationRequest.builder().prompt("p").build());
            awaitTrue(() -> attempts.get() == 2 && counting.http().dispatcher().runningCallsCount() == 1);

            job.cancel(true);

            awaitTrue(() -> counting.http().dispatcher().runningCallsCount() == 0);
            assertThat(counting.http().dispatcher().runningCallsCount()).as("the retry was cancelled").isZero();
        }
    }

    @Test
    void anAsyncCallWhoseConnectionFailsEndsWithATypedIoException() {
        api.stubFor(post(BASE + "/generations").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        CompletableFuture<GenerationJob> job = leonardo.generations().createAsync(GenerationRequest.builder().prompt("p").build());

        assertThatThrownBy(() -> job.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(LeonardoIoException.class);
    }

    @Test
    void aClosedClientRefusesCallsWithoutSendingThem() {
        leonardo.close();

        assertThatThrownBy(() -> leonardo.generations().get(Fixtures.ID)).isInstanceOf(LeonardoException.class)
                .hasMessage("The client is closed");
        assertThat(api.getAllServeEvents()).isEmpty();
    }

    @Test
    void closingTheClientEndsItsCallsInFlightAtOnceAndReleasesItsConnections() throws Exception {
        api.stubFor(get(BASE + "/generations/" + Fixtures.ID)
                .willReturn(okJson(Fixtures.generation(Fixtures.ID, "PENDING", null))));
        api.stubFor(post(BASE + "/generations").willReturn(aResponse().withStatus(200).withFixedDelay(8_000)
                .withBody(Fixtures.created(Fixtures.ID))));
        leonardo.generations().get(Fixtures.ID); // leaves an idle connection in the pool
        CompletableFuture<GenerationJob> job = leonardo.generations().createAsync(GenerationRequest.builder().prompt("p").build());
        awaitTrue(() -> leonardo.http().dispatcher().runningCallsCount() == 1);

        long start = System.nanoTime();
        leonardo.close();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("close waited for no response").isLessThan(Duration.ofSeconds(4));
        assertThatThrownBy(() -> job.get(1, TimeUnit.SECONDS)).hasCauseInstanceOf(LeonardoException.class);
        assertThat(leonardo.http().connectionPool().connectionCount()).as("connections left open").isZero();
    }

    @Test
    void closingTheClientLeavesAUsersOwnOkHttpClientWorking() throws Exception {
        OkHttpClient users = new OkHttpClient();
        api.stubFor(get("/health").willReturn(aResponse().withStatus(204)));
        try {
            client(b -> b.okHttpClient(users)).close();

            assertThat(users.dispatcher().executorService().isShutdown()).isFalse();
            try (Response response = users.newCall(new Request.Builder().url(api.baseUrl() + "/health").build()).execute()) {
                assertThat(response.code()).isEqualTo(204);
            }
            assertThat(users.connectionPool().connectionCount()).as("its pool was not emptied").isOne();
        } finally {
            users.dispatcher().executorService().shutdown();
            users.connectionPool().evictAll();
        }
    }

    @Test
    void closingTheClientEndsItsCallsInFlightOnAUsersOwnDispatcherAndLeavesTheDispatcherRunning() throws Exception {
        okhttp3.Dispatcher dispatcher = new okhttp3.Dispatcher();
        dispatcher.setMaxRequestsPerHost(256); // the user's own limits: the SDK runs its calls on this dispatcher
        OkHttpClient users = new OkHttpClient.Builder().dispatcher(dispatcher).build();
        api.stubFor(get(BASE + "/generations/" + Fixtures.ID).willReturn(okJson(Fixtures.generation(Fixtures.ID, "PENDING", null))
                .withFixedDelay(8_000)));
        api.stubFor(post(BASE + "/generations").willReturn(okJson(Fixtures.created(Fixtures.ID)).withFixedDelay(8_000)));
        try {
            Leonardo shared = client(b -> b.okHttpClient(users));
            CompletableFuture<Generation> get = CompletableFuture.supplyAsync(() -> shared.generations().get(Fixtures.ID));
            CompletableFuture<GenerationJob> create = shared.generations().createAsync(GenerationRequest.builder().prompt("p").build());
            awaitTrue(() -> dispatcher.runningCallsCount() == 2);

            long start = System.nanoTime();
            shared.close();

            assertThatThrownBy(() -> get.get(4, TimeUnit.SECONDS)).hasCauseInstanceOf(LeonardoException.class)
                    .hasMessageContaining("closed");
            assertThatThrownBy(() -> create.get(4, TimeUnit.SECONDS)).hasCauseInstanceOf(LeonardoException.class)
                    .hasMessageContaining("closed");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("waited for no response").isLessThan(Duration.ofSeconds(4));
            assertThat(dispatcher.executorService().isShutdown()).as("the user's dispatcher").isFalse();
        } finally {
            dispatcher.executorService().shutdown();
            users.connectionPool().evictAll();
        }
    }

    /** Clients on one OkHttpClient with OkHttp's default limits share one SDK dispatcher (see SdkDispatcher). */
    @Test
    void clientsSharingAnOkHttpClientKeepWorkingUntilTheLastClosesAndALaterOneStartsAfresh() throws Exception {
        OkHttpClient users = new OkHttpClient();
        api.stubFor(post(BASE + "/generations").willReturn(okJson(Fixtures.created(Fixtures.ID))));
        GenerationRequest request = GenerationRequest.builder().prompt("p").build();
        try {
            Leonardo first = client(b -> b.okHttpClient(users));
            Leonardo second = client(b -> b.okHttpClient(users));
            ExecutorService sdkThreads = second.http().dispatcher().executorService();
            assertThat(first.http().dispatcher()).as("one dispatcher for both").isSameAs(second.http().dispatcher());

            first.close();
            assertThat(second.generations().createAsync(request).get(5, TimeUnit.SECONDS).id()).isEqualTo(Fixtures.ID);
            assertThat(sdkThreads.isShutdown()).as("shut down while a client still uses it").isFalse();

            second.close();
            assertThat(sdkThreads.isShutdown()).as("shut down by the last client").isTrue();

            try (Leonardo later = client(b -> b.okHttpClient(users))) {
                assertThat(later.generations().createAsync(request).get(5, TimeUnit.SECONDS).id()).isEqualTo(Fixtures.ID);
            }
        } finally {
            users.dispatcher().executorService().shutdown();
            users.connectionPool().evictAll();
        }
    }

    @Test
    void aUsersDispatcherWithLimitsBelowTheSdksIsKeptWithAWarningThatNamesThem() {
        okhttp3.Dispatcher tight = new okhttp3.Dispatcher();
        tight.setMaxRequestsPerHost(20);
        okhttp3.Dispatcher roomy = new okhttp3.Dispatcher(); // exactly the SDK's own cap: enough
        roomy.setMaxRequests(256);
        roomy.setMaxRequestsPerHost(256);
        try (CapturedLogs logs = new CapturedLogs()) {
            client(b -> b.okHttpClient(new OkHttpClient.Builder().dispatcher(tight).build())).close();
            client(b -> b.okHttpClient(new OkHttpClient.Builder().dispatcher(roomy).build())).close();

            assertThat(logs.lines()).filteredOn(line -> line.contains("dispatcher of its own limits"))
                    .singleElement().asString().contains("(20 per host, 64 in all)");
        } finally {
            tight.executorService().shutdown();
            roomy.executorService().shutdown();
        }
    }

    /** Thread dumps show the SDK's calls by name; on JDK 21+ no platform thread waits for a response. */
    @Test
    void theSdksAsyncCallsRunOnItsOwnNamedThreadsVirtualWhereTheJdkHasThem() throws Exception {
        api.stubFor(post(BASE + "/generations").willReturn(okJson(Fixtures.created(Fixtures.ID))));
        List<Thread> callThreads = new CopyOnWriteArrayList<>();
        try (Leonardo recording = client(b -> b.addInterceptor(chain -> {
            callThreads.add(Thread.currentThread());
            return chain.proceed(chain.request());
        }))) {
            recording.generations().createAsync(GenerationRequest.builder().prompt("p").build()).get(5, TimeUnit.SECONDS);
        }

        assertThat(callThreads).singleElement().satisfies(thread -> {
            assertThat(thread.getName()).startsWith("leonardo-http-");
            assertThat(isVirtual(thread)).isEqualTo(Runtime.version().feature() >= 21);
        });
    }

    private static boolean isVirtual(Thread thread) throws ReflectiveOperationException {
        try {
            return (boolean) Thread.class.getMethod("isVirtual").invoke(thread);
        } catch (NoSuchMethodException beforeJdk21) {
            return false;
        }
    }

    @Test
    void aCallTheUserCancelsThroughTheirOkHttpClientIsNotRetried() throws Exception {
        // Limits of the user's own choosing, so the client runs its calls on this dispatcher (see PollBudgetTest).
        okhttp3.Dispatcher dispatcher = new okhttp3.Dispatcher();
        dispatcher.setMaxRequestsPerHost(256);
        OkHttpClient users = new OkHttpClient.Builder().dispatcher(dispatcher).build();
        api.stubFor(get(BASE + "/generations/" + Fixtures.ID).willReturn(okJson(Fixtures.generation(Fixtures.ID, "PENDING", null))
                .withFixedDelay(8_000)));
        AtomicInteger attempts = new AtomicInteger();
        try (Leonardo shared = client(b -> b.okHttpClient(users).addInterceptor(chain -> {
            attempts.incrementAndGet();
            return chain.proceed(chain.request());
        }))) {
            CompletableFuture<Generation> get = CompletableFuture.supplyAsync(() -> shared.generations().get(Fixtures.ID));
            awaitTrue(() -> users.dispatcher().runningCallsCount() == 1);
            Thread.sleep(300); // the request is sent: the cancel closes a socket awaiting the response

            users.dispatcher().cancelAll();

            assertThatThrownBy(() -> get.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(LeonardoIoException.class);
            assertThat(attempts).as("attempts").hasValue(1);
        } finally {
            users.dispatcher().executorService().shutdown();
            users.connectionPool().evictAll();
        }
    }

    @Test
    void aDeleteThatCouldNotConnectAndThenFindsNothingReportsNotFound() {
        api.stubFor(delete(BASE + "/generations/" + Fixtures.ID).willReturn(aResponse().withStatus(404)));
        AtomicInteger attempts = new AtomicInteger();
        try (Leonardo refusedOnce = client(b -> b.addInterceptor(chain -> {
            if (attempts.incrementAndGet() == 1) {
                throw new ConnectException("Connection refused");
            }
            return chain.proceed(chain.request());
        }))) {
            // The first attempt never reached the server, so the 404 is not the echo of a delete of ours.
            assertThatThrownBy(() -> refusedOnce.generations().delete(Fixtures.ID)).isInstanceOf(NotFoundException.class);
            api.verify(1, deleteRequestedFor(urlEqualTo(BASE + "/generations/" + Fixtures.ID)));
        }
    }

    @Test
    void aBlockingCallInterruptedWhileWaitingToRetryStopsAndKeepsTheInterrupt() {
        api.stubFor(get(BASE + "/generations/" + Fixtures.ID).willReturn(aResponse().withStatus(503)));
        try (Leonardo interrupted = client(b -> b.sleeper(delay -> {
            throw new InterruptedException();
        }))) {
            assertThatThrownBy(() -> interrupted.generations().get(Fixtures.ID)).isInstanceOf(LeonardoException.class)
                    .hasMessageContaining("Interrupted");
            assertThat(Thread.interrupted()).as("the thread's interrupt status, restored").isTrue();
        }
    }

    @Test
    void closingTheClientFromAnInterruptedThreadKeepsTheInterrupt() throws Exception {
        api.stubFor(post(BASE + "/generations").willReturn(aResponse().withStatus(200).withFixedDelay(8_000)
                .withBody(Fixtures.created(Fixtures.ID))));
        leonardo.generations().createAsync(GenerationRequest.builder().prompt("p").build());
        awaitTrue(() -> leonardo.http().dispatcher().runningCallsCount() == 1);
        Thread.currentThread().interrupt();

        leonardo.close(); // stops waiting for the call's thread at once

        assertThat(Thread.interrupted()).as("the thread's interrupt status").isTrue();
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

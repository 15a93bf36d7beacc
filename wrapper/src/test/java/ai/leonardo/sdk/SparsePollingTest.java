package ai.leonardo.sdk;

import ai.leonardo.sdk.model.Generation;
import ai.leonardo.sdk.model.GenerationRequest;
import ai.leonardo.sdk.model.JobStatus;

import static org.assertj.core.api.Assertions.assertThat;

import ai.leonardo.testkit.DurationDistribution;
import ai.leonardo.testkit.Endpoint;
import ai.leonardo.testkit.FakeLeonardo;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Once callbacks are known to arrive, waits poll only as the fallback for a lost one, at most
 * {@link WebhookReceiver#FALLBACK_POLL_INTERVAL} apart; when callbacks stop, waits poll on their
 * policy again. On virtual time: FakeLeonardo sends its callbacks over loopback to the client's
 * {@code httpHandler()} as the virtual clock passes each one's time. The policy here polls every
 * second, so a wait that took one GET was ended by its callback.
 */
class SparsePollingTest {
    private static final String KEY = "whk-sparse-test";
    private static final Duration CALLBACK_DELAY = Duration.ofMillis(500);
    private static final WaitOptions EVERY_SECOND = WaitOptions.of(WaitPolicy.fixed(Duration.ofSeconds(1)));

    private final MutableClock clock = new MutableClock();
    private final OkHttpClient http = VirtualScheduler.trackedClient();
    private final VirtualScheduler scheduler = new VirtualScheduler(clock, http.dispatcher());
    private final HttpServer receiver;
    private final Map<String, Instant> doneAt = new ConcurrentHashMap<>();
    private FakeLeonardo fake;
    private Leonardo client;

    SparsePollingTest() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/leonardo/webhook", exchange -> client.webhooks().httpHandler().handle(exchange));
        receiver.start();
    }

    private void start(FakeLeonardo.Builder fakeBuilder) {
        start(fakeBuilder, KEY);
    }

    private void start(FakeLeonardo.Builder fakeBuilder, String fakesKey) {
        fake = fakeBuilder.clock(clock).concurrencyLimit(1000)
                .callbacks("http://127.0.0.1:" + receiver.getAddress().getPort() + "/leonardo/webhook", fakesKey)
                .build().start();
        client = Leonardo.builder().apiKey(fake.apiKey()).baseUrl(fake.baseUrl()).okHttpClient(http).clock(clock)
                .scheduler(scheduler).maxPollsPerSecond(1000).webhookApiKey(KEY).build();
        deliverEvery100Millis();
    }

    /** The fake runs on the test's clock, so it sends its callbacks when told: every 100 ms of virtual time. */
    private void deliverEvery100Millis() {
        scheduler.schedule(() -> {
            fake.deliverCallbacks();
            deliverEvery100Millis();
        }, 100, TimeUnit.MILLISECONDS);
    }

    @AfterEach
    void stop() {
        client.close();
        fake.stop();
        receiver.stop(0);
    }

    private List<GenerationJob> create(int count) {
        List<GenerationJob> jobs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            jobs.add(client.generations().create(GenerationRequest.builder().prompt("lighthouse " + i).build()));
        }
        return jobs;
    }

    private List<Generation> awaitAll(List<GenerationJob> jobs) {
        List<CompletableFuture<Generation>> waits = jobs.stream().map(job -> job.awaitAsync(EVERY_SECOND)
                .whenComplete((g, e) -> doneAt.put(job.id(), clock.instant()))).toList();
        scheduler.runUntil(() -> waits.stream().allMatch(CompletableFuture::isDone));
        return waits.stream().map(CompletableFuture::join).toList();
    }

    /** One job waited for, and time for its callback to come: then callbacks are known to arrive. */
    private void warmUp() {
        awaitAll(create(1));
        runFor(CALLBACK_DELAY.plusMillis(200));
        assertThat(client.generations().wakeups().arriving()).isTrue();
    }

    private void runFor(Duration duration) {
        Instant later = clock.instant().plus(duration);
        scheduler.runUntil(() -> !clock.instant().isBefore(later));
    }

    /** How long after its job ended on the fake a wait completed. */
    private Duration lag(String id) {
        return Duration.between(fake.generation(id).finishesAt(), doneAt.get(id));
    }

    private long gets() {
        return fake.requestCount(Endpoint.GET_GENERATION);
    }

    @Test
    void onceACallbackHasArrivedEachWaitCostsOneGetAndEndsAtItsCallback() {
        start(FakeLeonardo.builder().seed(3)
                .jobDurations(DurationDistribution.uniform(Duration.ofSeconds(2), Duration.ofSeconds(25)))
                .callbackDelay(CALLBACK_DELAY));
        warmUp(); // polls every second until its callback shows that callbacks arrive
        long warmUp = gets();
        assertThat(warmUp).isGreaterThan(1);

        List<GenerationJob> jobs = create(20);
        List<Generation> done = awaitAll(jobs);

        assertThat(done).allSatisfy(g -> assertThat(g.status()).isEqualTo(JobStatus.COMPLETE));
        assertThat(gets() - warmUp).as("one GET per job, the one after its callback").isEqualTo(20);
        assertThat(jobs).allSatisfy(job -> assertThat(lag(job.id())).isLessThanOrEqualTo(CALLBACK_DELAY.plusMillis(100)));
    }

    @Test
    void aWaitWhoseCallbackIsLostStillEndsWithinTheFallbackIntervalAndDuplicatesCostNothing() {
        start(FakeLeonardo.builder().seed(11)
                .jobDurations(DurationDistribution.uniform(Duration.ofSeconds(2), Duration.ofSeconds(40)))
                .callbackDelay(CALLBACK_DELAY).callbackLossRate(0.3).callbackDuplicateRate(0.3));
        warmUp();
        long warmUp = gets();

        List<GenerationJob> jobs = create(40);
        List<Generation> done = awaitAll(jobs);
        List<String> lost = fake.lostCallbacks().stream().filter(id -> jobs.stream().anyMatch(j -> j.id().equals(id))).toList();

        assertThat(done).extracting(Generation::id).containsExactlyElementsOf(jobs.stream().map(GenerationJob::id).toList());
        assertThat(lost).as("the seed loses some").hasSizeBetween(5, 20);
        assertThat(lost).allSatisfy(id -> assertThat(lag(id)).isLessThanOrEqualTo(WebhookReceiver.FALLBACK_POLL_INTERVAL));
        assertThat(lost.stream().map(this::lag).max(Duration::compareTo).orElseThrow())
                .as("found by the sparse fallback, not by polling every second").isGreaterThan(Duration.ofSeconds(5));
        assertThat(jobs.stream().map(GenerationJob::id).filter(id -> !lost.contains(id)))
                .allSatisfy(id -> assertThat(lag(id)).isLessThanOrEqualTo(CALLBACK_DELAY.plusMillis(100)));
        assertThat(fake.callbacksAnswered(200)).as("duplicates were sent and accepted")
                .isGreaterThan(41 - fake.lostCallbacks().size());
        // One GET per job plus the fallback polls: polling every second would cost about 20 per job.
        assertThat(gets() - warmUp).isLessThanOrEqualTo(2L * jobs.size());
        assertThat(client.generations().wakeups().arriving())
                .as("lost callbacks found together while others arrived do not stop the sparse polling").isTrue();
    }

    @Test
    void afterThreeJobsCompleteWithNoCallbackWaitsPollOnTheirScheduleAgain() {
        start(FakeLeonardo.builder().jobDuration(Duration.ofSeconds(10)).callbackDelay(CALLBACK_DELAY));
        warmUp();
        receiver.stop(0); // callbacks stop arriving

        List<Duration> lags = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            GenerationJob job = create(1).get(0);
            awaitAll(List.of(job));
            lags.add(lag(job.id()));
        }

        // Three waits poll sparsely (first poll 30 s after the start, 20 s after the job ended) and miss their callback...
        assertThat(lags.subList(0, 3)).containsOnly(Duration.ofSeconds(20));
        // ...so the next ones poll every second again.
        assertThat(lags.subList(3, 5)).allSatisfy(lag -> assertThat(lag).isLessThanOrEqualTo(Duration.ofSeconds(1)));
    }

    @Test
    void tenMinutesWithNoCallbackPutWaitsBackOnTheirSchedule() {
        start(FakeLeonardo.builder().jobDuration(Duration.ofSeconds(10)).callbackDelay(CALLBACK_DELAY));
        warmUp();
        GenerationJob sparse = create(1).get(0);
        long before = gets();
        awaitAll(List.of(sparse));
        assertThat(gets() - before).as("callbacks arrive: one GET").isEqualTo(1);

        scheduler.runUntil(() -> clock.instant().isAfter(doneAt.get(sparse.id()).plus(CallbackWakeups.TRUSTED_FOR)));
        GenerationJob later = create(1).get(0);
        before = gets();
        awaitAll(List.of(later));

        assertThat(gets() - before).as("polled every second until its callback").isGreaterThanOrEqualTo(9);
    }

    @Test
    void callbacksWithAWrongKeyAreRefusedAndWaitsKeepPollingOnTheirSchedule() {
        start(FakeLeonardo.builder().jobDuration(Duration.ofSeconds(10)), "not-the-key");

        List<GenerationJob> jobs = create(3);
        awaitAll(jobs);
        jobs = create(3);
        long before = gets();
        awaitAll(jobs);
        runFor(Duration.ofSeconds(1));

        assertThat(fake.callbacksAnswered(401)).isEqualTo(6);
        assertThat(gets() - before).as("every second, for 10 s, each").isGreaterThanOrEqualTo(30);
        assertThat(jobs).allSatisfy(job -> assertThat(lag(job.id())).isLessThanOrEqualTo(Duration.ofSeconds(1)));
    }
}

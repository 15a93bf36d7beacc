package ai.leonardo.sdk;

import ai.leonardo.sdk.model.Generation;
import ai.leonardo.sdk.model.JobStatus;

import static ai.leonardo.sdk.FakeApi.http;
import static ai.leonardo.sdk.FakeApi.status;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client-wide poll budget, on virtual time: every wait of one client draws on one rate, a
 * wait over budget is held back rather than dropped, and a 429 holds back all of them.
 */
class PollBudgetTest {
    private static final WaitOptions EVERY_SECOND = WaitOptions.of(WaitPolicy.fixed(Duration.ofSeconds(1)));

    private final MutableClock clock = new MutableClock();
    private final OkHttpClient http = VirtualScheduler.trackedClient();
    private final VirtualScheduler scheduler = new VirtualScheduler(clock, http.dispatcher());
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    private FakeApi api;
    private Leonardo client;

    @BeforeEach
    void start() {
        api = new FakeApi(clock);
    }

    @AfterEach
    void stop() {
        client.close();
        api.shutdown();
    }

    private Leonardo client(int pollsPerSecond, RetryPolicy retries) {
        return Leonardo.builder().apiKey("test-key").baseUrl(api.baseUrl()).okHttpClient(http).clock(clock)
                .scheduler(scheduler).retryPolicy(retries).maxPollsPerSecond(pollsPerSecond)
                .sleeper(d -> {
                    sleeps.add(d);
                    clock.advance(d);
                })
                .build();
    }

    private GenerationJob resumed(FakeApi.Step... steps) {
        String id = FakeApi.newId();
        api.script(id, steps);
        return client.generations().job(id);
    }

    private static FakeApi.Step[] pendingThenComplete(int pending) {
        List<FakeApi.Step> steps = new ArrayList<>();
        IntStream.range(0, pending).forEach(i -> steps.add(status("PENDING")));
        steps.add(status("COMPLETE"));
        return steps.toArray(FakeApi.Step[]::new);
    }

    private List<Instant> getTimes() {
        return api.seen().stream().filter(s -> s.method().equals("GET")).map(FakeApi.Seen::at).sorted().toList();
    }

    @Test
    void thirtyWaitsPollingEverySecondShareFivePollsASecondAndAllComplete() {
        client = client(5, RetryPolicy.defaults());
        List<CompletableFuture<Generation>> waits = IntStream.range(0, 30)
                .mapToObj(i -> resumed(pendingThenComplete(3)).awaitAsync(EVERY_SECOND)).toList();

        scheduler.runUntil(() -> waits.stream().allMatch(CompletableFuture::isDone));

        assertThat(waits).allSatisfy(w -> assertThat(w.join().status()).isEqualTo(JobStatus.COMPLETE));
        List<Instant> gets = getTimes();
        assertThat(gets).hasSize(30 * 4); // held back, never dropped or repeated
        // Bursts of one second's worth (5), then one every 200 ms: in any 10 s at most 5 + 50.
        for (int i = 0; i + 55 < gets.size(); i++) {
            assertThat(Duration.between(gets.get(i), gets.get(i + 55))).isGreaterThanOrEqualTo(Duration.ofSeconds(10));
        }
        // 120 GETs at 5 a second take about 24 s, not the 4 s unthrottled waits would.
        assertThat(Duration.between(gets.get(0), gets.get(gets.size() - 1))).isGreaterThan(Duration.ofSeconds(22));
    }

    @Test
    void a429WithRetryAfterOnOneWaitHoldsBackEveryWaitOfTheClient() {
        client = client(100, RetryPolicy.defaults().withMaxRetries(0));
        GenerationJob limited = resumed(status("PENDING"), http(429, "7"), status("PENDING"), status("COMPLETE"));
        List<GenerationJob> others = IntStream.range(0, 5).mapToObj(i -> resumed(pendingThenComplete(6))).toList();
        List<CompletableFuture<Generation>> waits = new ArrayList<>();
        waits.add(limited.awaitAsync(EVERY_SECOND));
        others.forEach(job -> waits.add(job.awaitAsync(EVERY_SECOND)));

        scheduler.runUntil(() -> waits.stream().allMatch(CompletableFuture::isDone));

        assertThat(waits).allSatisfy(w -> assertThat(w.join().status()).isEqualTo(JobStatus.COMPLETE));
        Instant rejected = api.seen().stream().filter(s -> s.path().endsWith(limited.id())).skip(1).findFirst()
                .orElseThrow().at();
        List<Instant> after = getTimes().stream().filter(t -> t.isAfter(rejected)).toList();
        assertThat(after).isNotEmpty();
        // The other waits poll every second, yet none polls until the server's 7 s are over.
        assertThat(after.get(0)).isAfterOrEqualTo(rejected.plusSeconds(7));
    }

    @Test
    void aWaitWhoseDeadlineFallsInsideAnotherWaitsPauseMakesItsLastPollAtItsDeadlineNotAfterThePause() {
        client = client(100, RetryPolicy.defaults().withMaxRetries(0));
        GenerationJob limited = resumed(status("PENDING"), http(429, "60"), status("COMPLETE"));
        GenerationJob slow = resumed(pendingThenComplete(100));
        Instant start = clock.instant();
        CompletableFuture<Generation> limitedWait = limited.awaitAsync(EVERY_SECOND);
        CompletableFuture<Generation> slowWait = slow.awaitAsync(
                WaitOptions.of(WaitPolicy.fixed(Duration.ofSeconds(1)).withTimeout(Duration.ofSeconds(5))));

        scheduler.runUntil(slowWait::isDone);

        assertThat(slowWait).failsWithin(Duration.ZERO).withThrowableThat().havingCause()
                .isInstanceOf(WaitTimeoutException.class);
        assertThat(clock.instant()).as("ended at its deadline, inside the 60 s pause").isBefore(start.plusSeconds(6));
        List<Instant> slowPolls = api.seen().stream().filter(s -> s.path().endsWith(slow.id())).map(FakeApi.Seen::at).toList();
        assertThat(slowPolls.get(slowPolls.size() - 1)).as("its last poll, at the deadline")
                .isEqualTo(start.plusSeconds(5));
        limitedWait.cancel(true);
    }

    @Test
    void aThousandWaitsAgainstAServerThatRejectsPastSixHundredGetsAMinuteAllComplete() {
        // A budget of 20 a second is over the server's 10: the server pushes back, and every wait slows down.
        client = client(20, RetryPolicy.defaults());
        api.limitGets(600, "5");
        WaitOptions patient = WaitOptions.of(WaitPolicy.fixed(Duration.ofSeconds(1)).withTimeout(Duration.ofMinutes(30)));
        List<GenerationJob> jobs = IntStream.range(0, 1000).mapToObj(i -> resumed(pendingThenComplete(2))).toList();
        List<CompletableFuture<Generation>> waits = jobs.stream().map(job -> job.awaitAsync(patient)).toList();

        scheduler.runUntil(() -> waits.stream().allMatch(CompletableFuture::isDone));

        // None lost: each wait ends complete, on its own job.
        for (int i = 0; i < jobs.size(); i++) {
            assertThat(waits.get(i).join().status()).isEqualTo(JobStatus.COMPLETE);
            assertThat(waits.get(i).join().id()).isEqualTo(jobs.get(i).id());
        }
        assertThat(api.rejectedGets()).as("the server pushed back").isPositive();
        List<Instant> gets = getTimes();
        // Every GET sent, rejected ones included, kept to the client's budget: at most 20 + 20 x 10 in any 10 s.
        for (int i = 0; i + 220 < gets.size(); i++) {
            assertThat(Duration.between(gets.get(i), gets.get(i + 220))).isGreaterThanOrEqualTo(Duration.ofSeconds(10));
        }
        // Each 429 paused the whole client for its 5 s: far fewer rejections than GETs accepted.
        assertThat(api.rejectedGets()).isLessThan(3000 / 10);
    }

    @Test
    void aBlockingWaitThatWantsFivePollsASecondGetsTheBudgetsOne() {
        client = client(1, RetryPolicy.defaults());
        GenerationJob job = resumed(pendingThenComplete(4));

        assertThat(job.await(WaitOptions.of(WaitPolicy.fixed(Duration.ofMillis(200)))).status())
                .isEqualTo(JobStatus.COMPLETE);

        List<Instant> gets = getTimes();
        assertThat(gets).hasSize(5);
        for (int i = 1; i < gets.size(); i++) {
            assertThat(Duration.between(gets.get(i - 1), gets.get(i))).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        }
        assertThat(sleeps).contains(Duration.ofMillis(800)); // the budget's hold, after the policy's 200 ms
    }
}

package ai.leonardo.sdk;

import ai.leonardo.sdk.model.Generation;
import ai.leonardo.sdk.model.GenerationRequest;
import ai.leonardo.sdk.model.JobStatus;

import static ai.leonardo.sdk.FakeApi.http;
import static ai.leonardo.sdk.FakeApi.nullGeneration;
import static ai.leonardo.sdk.FakeApi.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Waits against a stateful WireMock fake, on virtual time: blocking waits sleep through a
 * {@link Sleeper} that advances the clock, async ones run on a {@link VirtualScheduler}.
 */
class WaitTest {
    private static final WaitPolicy EVERY_2S = WaitPolicy.fixed(Duration.ofSeconds(2));

    private final MutableClock clock = new MutableClock();
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    private final OkHttpClient http = VirtualScheduler.trackedClient();
    private final VirtualScheduler scheduler = new VirtualScheduler(clock, http.dispatcher());
    private FakeApi api;
    private Leonardo client;

    @BeforeEach
    void start() {
        api = new FakeApi(clock);
        client = client(RetryPolicy.defaults());
    }

    private Leonardo client(RetryPolicy retries) {
        return Leonardo.builder().apiKey("test-key").baseUrl(api.baseUrl()).okHttpClient(http).retryPolicy(retries)
                .clock(clock).scheduler(scheduler)
                .sleeper(d -> {
                    sleeps.add(d);
                    clock.advance(d);
                })
                .build();
    }

    @AfterEach
    void stop() {
        client.close();
        api.shutdown();
    }

    private GenerationJob resumed(FakeApi.Step... steps) {
        String id = FakeApi.newId();
        api.script(id, steps);
        return client.generations().job(id);
    }

    @Test
    void completesAfterSeveralPolls() {
        GenerationJob job = resumed(status("PENDING"), status("PENDING"), status("COMPLETE"));

        Generation done = job.await(WaitOptions.of(EVERY_2S));

        assertThat(done.status()).isEqualTo(JobStatus.COMPLETE);
        assertThat(done.id()).isEqualTo(job.id());
        assertThat(api.count("GET")).isEqualTo(3);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2));
    }

    @Test
    void failedGenerationThrowsWithIdAndLastGeneration() {
        GenerationJob job = resumed(status("PENDING"), status("FAILED"));

        assertThatThrownBy(() -> job.await(WaitOptions.of(EVERY_2S)))
                .isInstanceOfSatisfying(GenerationFailedException.class, e -> {
                    assertThat(e.generationId()).isEqualTo(job.id());
                    assertThat(e.generation().status()).isEqualTo(JobStatus.FAILED);
                });
    }

    @Test
    void deadlineThrowsWithIdAndLastStatusAndNeverSleepsPastIt() {
        GenerationJob job = resumed(status("PENDING"));

        assertThatThrownBy(() -> job.await(WaitOptions.of(WaitPolicy.fixed(Duration.ofSeconds(10))
                .withTimeout(Duration.ofSeconds(25)))))
                .isInstanceOfSatisfying(WaitTimeoutException.class, e -> {
                    assertThat(e.generationId()).isEqualTo(job.id());
                    assertThat(e.lastStatus()).contains(JobStatus.PENDING);
                    assertThat(e.waited()).isEqualTo(Duration.ofSeconds(25));
                });
        // The third delay is cut to end at the deadline, where one last poll is made.
        assertThat(sleeps).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(5));
        assertThat(api.count("GET")).isEqualTo(3);
    }

    @Test
    void thePollAtTheDeadlineIsNotRetriedPastIt() {
        GenerationJob job = resumed(http(503, null));

        assertThatThrownBy(() -> job.await(WaitOptions.of(WaitPolicy.fixed(Duration.ofSeconds(10))
                .withTimeout(Duration.ofSeconds(10)))))
                .isInstanceOf(WaitTimeoutException.class);
        // One attempt at the deadline: the client's two retries would have run past it.
        assertThat(api.count("GET")).isEqualTo(1);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(10));
    }

    @Test
    void unknownStatusIsNotTerminal() {
        GenerationJob job = resumed(status("MYSTERY"), status("MYSTERY"), status("COMPLETE"));

        assertThat(job.await(WaitOptions.of(EVERY_2S)).status()).isEqualTo(JobStatus.COMPLETE);
        assertThat(api.count("GET")).isEqualTo(3);
    }

    @Test
    void generationDeletedMidWaitIsNotFoundWithId() {
        GenerationJob job = resumed(status("PENDING"), http(404, null));

        assertThatThrownBy(() -> job.await(WaitOptions.of(EVERY_2S)))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.resourceId()).isEqualTo(job.id());
                    assertThat(e.statusCode()).isEqualTo(404);
                });
    }

    @Test
    void nullGenerationMidWaitIsNotFoundWithId() {
        GenerationJob job = resumed(status("PENDING"), nullGeneration());

        assertThatThrownBy(() -> job.await(WaitOptions.of(EVERY_2S)))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.resourceId()).isEqualTo(job.id());
                    assertThat(e.statusCode()).isEqualTo(200);
                });
    }

    @Test
    void rateLimitMidWaitWaitsAsLongAsRetryAfterSays() {
        GenerationJob job = resumed(status("PENDING"), http(429, "7"), status("COMPLETE"));

        assertThat(job.await(WaitOptions.of(EVERY_2S)).status()).isEqualTo(JobStatus.COMPLETE);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(7));
    }

    @Test
    void transientFailuresBeyondTheRetryBudgetDoNotEndTheWait() {
        client.close();
        client = client(RetryPolicy.none());
        GenerationJob job = resumed(status("PENDING"), http(503, null), http(500, null), status("COMPLETE"));

        assertThat(job.await(WaitOptions.of(EVERY_2S)).status()).isEqualTo(JobStatus.COMPLETE);
        assertThat(api.count("GET")).isEqualTo(4);
    }

    @Test
    void authenticationFailureEndsTheWaitAtOnce() {
        GenerationJob job = resumed(status("PENDING"), http(401, null), status("COMPLETE"));

        assertThatThrownBy(() -> job.await(WaitOptions.of(EVERY_2S))).isInstanceOf(AuthenticationException.class);
        assertThat(api.count("GET")).isEqualTo(2);
    }

    @Test
    void resumesByIdWithAPolicy() {
        String id = FakeApi.newId();
        api.script(id, status("PENDING"), status("COMPLETE"));

        Generation done = client.generations().await(id, EVERY_2S.withTimeout(Duration.ofMinutes(1)));

        assertThat(done.id()).isEqualTo(id);
        assertThat(done.status()).isEqualTo(JobStatus.COMPLETE);
    }

    @Test
    void listenerSeesEveryPollWithAttemptAndElapsedTime() {
        GenerationJob job = resumed(status("PENDING"), http(500, null), status("COMPLETE"));
        client.close();
        client = client(RetryPolicy.none());
        List<WaitProgress> seen = new CopyOnWriteArrayList<>();

        client.generations().job(job.id()).await(WaitOptions.builder().policy(EVERY_2S).listener(seen::add).build());

        assertThat(seen).extracting(WaitProgress::attempt).containsExactly(1, 2, 3);
        assertThat(seen).extracting(WaitProgress::elapsed)
                .containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(6));
        assertThat(seen).extracting(WaitProgress::status)
                .containsExactly(JobStatus.PENDING, JobStatus.PENDING, JobStatus.COMPLETE);
        assertThat(seen.get(1).error()).get().isInstanceOf(InternalServerException.class);
    }

    @Test
    void createAndWaitUsesTheCreateTime() {
        api.durations(prompt -> Duration.ofSeconds(5));

        Generation done = client.generations().createAndWait(GenerationRequest.builder().prompt("a cat").build(),
                WaitOptions.of(EVERY_2S));

        assertThat(done.status()).isEqualTo(JobStatus.COMPLETE);
        assertThat(api.count("GET")).isEqualTo(3); // at 2, 4 (pending) and 6 s
    }

    @Test
    void asyncWaitCompletesOnTheSchedulerWithoutBlocking() {
        GenerationJob job = resumed(status("PENDING"), http(429, "3"), status("PENDING"), status("COMPLETE"));

        CompletableFuture<Generation> future = job.awaitAsync(WaitOptions.of(EVERY_2S));
        assertThat(future).isNotDone();
        scheduler.runUntil(future::isDone);

        assertThat(future.join().status()).isEqualTo(JobStatus.COMPLETE);
        // Polls at 2 s (PENDING) and 4 s (429), the client's retry 3 s later as Retry-After asked
        // (PENDING), then the next poll 2 s after that (COMPLETE).
        assertThat(api.count("GET")).isEqualTo(4);
        assertThat(clock.instant()).isEqualTo(api.seen().get(0).at().plus(Duration.ofSeconds(2 + 3 + 2)));
    }

    @Test
    void asyncTimeoutCarriesIdAndLastStatus() {
        GenerationJob job = resumed(status("PENDING"));

        CompletableFuture<Generation> future = job.awaitAsync(WaitOptions.of(EVERY_2S.withTimeout(Duration.ofSeconds(9))));
        scheduler.runUntil(future::isDone);

        assertThat(future).failsWithin(Duration.ZERO).withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .havingCause().isInstanceOfSatisfying(WaitTimeoutException.class, e -> {
                    assertThat(e.generationId()).isEqualTo(job.id());
                    assertThat(e.lastStatus()).contains(JobStatus.PENDING);
                });
    }

    @Test
    void cancellingStopsPollingAndLeavesTheJobAlone() {
        GenerationJob job = resumed(status("PENDING"));
        CompletableFuture<Generation> future = job.awaitAsync(WaitOptions.of(EVERY_2S));
        scheduler.runUntil(() -> api.count("GET") == 2);

        future.cancel(true);
        scheduler.runAll();

        assertThat(api.count("GET")).isEqualTo(2);
        assertThat(api.count("DELETE")).isZero();
        assertThat(scheduler.pendingTasks()).isZero();
    }

    @Test
    void deleteOnCancelDeletesTheGeneration() {
        GenerationJob job = resumed(status("PENDING"));
        CompletableFuture<Generation> future = job.awaitAsync(
                WaitOptions.builder().policy(EVERY_2S).deleteOnCancel(true).build());
        scheduler.runUntil(() -> api.count("GET") == 1);

        future.cancel(true);
        scheduler.runAll();

        assertThat(api.count("GET")).isEqualTo(1);
        assertThat(api.seen()).filteredOn(s -> s.method().equals("DELETE"))
                .extracting(FakeApi.Seen::path).containsExactly("/v1/generations/" + job.id());
    }

    @Test
    void closingTheClientEndsAsyncWaits() {
        GenerationJob job = resumed(status("PENDING"));
        CompletableFuture<Generation> future = job.awaitAsync(WaitOptions.of(EVERY_2S));
        scheduler.runUntil(() -> api.count("GET") == 1);

        client.close();

        assertThat(future).isCompletedExceptionally();
        assertThat(api.count("DELETE")).isZero();
    }

    @Test
    void createAndWaitAsyncCompletes() {
        api.durations(prompt -> Duration.ofSeconds(3));

        CompletableFuture<Generation> future = client.generations().createAndWaitAsync(
                GenerationRequest.builder().prompt("a cat").build(), WaitOptions.of(EVERY_2S));
        scheduler.runUntil(future::isDone);

        assertThat(future.join().status()).isEqualTo(JobStatus.COMPLETE);
        assertThat(api.count("POST")).isEqualTo(1);
        assertThat(api.count("GET")).isEqualTo(2);
    }

    @Test
    void adaptivePolicyLearnsASteadyWorkload() {
        api.durations(prompt -> Duration.ofSeconds(8));
        GenerationRequest request = GenerationRequest.builder().prompt("a cat").modelId("m").width(1024).height(1024)
                .numImages(2).build();
        long[] polls = new long[12];
        for (int i = 0; i < polls.length; i++) {
            long before = api.count("GET");
            client.generations().createAndWait(request);
            polls[i] = api.count("GET") - before;
        }
        System.out.println("adaptive polls per 8 s job: " + java.util.Arrays.toString(polls));

        assertThat(polls[polls.length - 1]).isLessThanOrEqualTo(polls[0] - 3);
        assertThat(polls[polls.length - 1]).isLessThanOrEqualTo(4);
    }
}

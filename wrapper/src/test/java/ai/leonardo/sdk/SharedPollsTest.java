package ai.leonardo.sdk;

import ai.leonardo.sdk.model.Generation;
import ai.leonardo.sdk.model.GenerationRequest;
import ai.leonardo.sdk.model.JobStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.leonardo.testkit.Endpoint;
import ai.leonardo.testkit.FakeLeonardo;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * With the account's user id, the waits of one client share their polls: one page of the user's
 * generations answers for every job on it, and jobs not on it are fetched by id. On virtual time.
 */
class SharedPollsTest {
    private static final WaitOptions EVERY_SECOND = WaitOptions.of(WaitPolicy.fixed(Duration.ofSeconds(1)));

    private final MutableClock clock = new MutableClock();
    private final OkHttpClient http = VirtualScheduler.trackedClient();
    private final VirtualScheduler scheduler = new VirtualScheduler(clock, http.dispatcher());
    private FakeLeonardo fake;
    private Leonardo client;

    @BeforeEach
    void start() {
        fake = FakeLeonardo.builder().clock(clock).jobDuration(Duration.ofSeconds(10)).concurrencyLimit(100)
                .build().start();
    }

    @AfterEach
    void stop() {
        client.close();
        fake.stop();
    }

    private Leonardo client(String userId) {
        return client(userId, http);
    }

    private Leonardo client(String userId, OkHttpClient okHttp) {
        return Leonardo.builder().apiKey(fake.apiKey()).baseUrl(fake.baseUrl()).okHttpClient(okHttp).clock(clock)
                .scheduler(scheduler).userId(userId).maxPollsPerSecond(1000).build();
    }

    private List<GenerationJob> create(Leonardo leonardo, int count) {
        return IntStream.range(0, count).mapToObj(i -> leonardo.generations()
                .create(GenerationRequest.builder().prompt("lighthouse " + i).build())).toList();
    }

    private List<Generation> awaitAll(List<GenerationJob> jobs, WaitOptions options) {
        List<CompletableFuture<Generation>> waits = jobs.stream().map(job -> job.awaitAsync(options)).toList();
        scheduler.runUntil(() -> waits.stream().allMatch(CompletableFuture::isDone));
        return waits.stream().map(CompletableFuture::join).toList();
    }

    private long polls() {
        return fake.requestCount(Endpoint.GET_GENERATION) + fake.requestCount(Endpoint.LIST_GENERATIONS);
    }

    @Test
    void tenJobsCostAPagePerRoundInsteadOfAGetPerJob() {
        client = client(null);
        List<GenerationJob> alone = create(client, 10);
        assertThat(awaitAll(alone, EVERY_SECOND)).extracting(Generation::id)
                .containsExactlyElementsOf(alone.stream().map(GenerationJob::id).toList());
        long perJob = polls();
        client.close();
        fake.reset();

        client = client(fake.userId());
        List<GenerationJob> shared = create(client, 10);
        List<Generation> done = awaitAll(shared, EVERY_SECOND);

        assertThat(done).extracting(Generation::id)
                .containsExactlyElementsOf(shared.stream().map(GenerationJob::id).toList());
        assertThat(done).allSatisfy(g -> {
            assertThat(g.status()).isEqualTo(JobStatus.COMPLETE);
            assertThat(g.images()).isNotEmpty(); // the page carries the full generation
        });
        assertThat(fake.requestCount(Endpoint.GET_GENERATION)).isZero();
        assertThat(polls()).isLessThanOrEqualTo(perJob / 4);
    }

    @Test
    void jobsPushedOffThePageByAnotherClientAreFetchedByIdAndAllComplete() {
        client = client(fake.userId());
        List<GenerationJob> ours = create(client, 10);
        List<CompletableFuture<Generation>> waits = ours.stream().map(job -> job.awaitAsync(EVERY_SECOND)).toList();
        scheduler.runUntil(() -> clock.instant().isAfter(Instant.parse("2026-01-01T00:00:03Z")));
        try (Leonardo other = Leonardo.builder().apiKey(fake.apiKey()).baseUrl(fake.baseUrl()).build()) {
            create(other, 30); // same account, newer: our jobs fall off the first page
        }

        scheduler.runUntil(() -> waits.stream().allMatch(CompletableFuture::isDone));

        assertThat(waits).allSatisfy(w -> assertThat(w.join().status()).isEqualTo(JobStatus.COMPLETE));
        assertThat(waits.stream().map(w -> w.join().id()).toList())
                .containsExactlyElementsOf(ours.stream().map(GenerationJob::id).toList());
        assertThat(fake.requestCount(Endpoint.GET_GENERATION)).isPositive();
    }

    private CompletableFuture<List<BatchResult>> batchOfTen(Leonardo leonardo) {
        List<GenerationRequest> requests = IntStream.range(0, 10)
                .mapToObj(i -> GenerationRequest.builder().prompt("batch " + i).build()).toList();
        return leonardo.generations().generateAllAsync(requests, BatchOptions.defaults());
    }

    private static void assertAllCompletedOnTheirOwnJobs(List<BatchResult> results) {
        assertThat(results).hasSize(10).allSatisfy(r -> {
            assertThat(r.isSuccess()).isTrue();
            assertThat(r.generation().orElseThrow().status()).isEqualTo(JobStatus.COMPLETE);
            assertThat(r.generation().orElseThrow().id()).isEqualTo(r.generationId().orElseThrow());
        });
        assertThat(results).extracting(r -> r.generationId().orElseThrow()).doesNotHaveDuplicates();
    }

    @Test
    void aBatchOfTenUnderTheDefaultPolicyCostsAQuarterOfThePerJobRequestsAndEndsNoLater() {
        client = client(null);
        CompletableFuture<List<BatchResult>> alone = batchOfTen(client);
        Instant start = clock.instant();
        scheduler.runUntil(alone::isDone);
        Duration perJobTook = Duration.between(start, clock.instant());
        assertAllCompletedOnTheirOwnJobs(alone.join());
        long perJob = polls();
        client.close();
        fake.reset();

        client = client(fake.userId());
        CompletableFuture<List<BatchResult>> shared = batchOfTen(client);
        start = clock.instant();
        scheduler.runUntil(shared::isDone);

        assertAllCompletedOnTheirOwnJobs(shared.join());
        assertThat(polls()).as("list pages and GETs, against %d per job", perJob).isLessThanOrEqualTo(perJob / 4);
        assertThat(Duration.between(start, clock.instant())).isLessThanOrEqualTo(perJobTook);
    }

    /**
     * A batch of 10 under the default policy while another client of the same account creates 30
     * generations, one every 300 ms through the batch: the newer ones push the batch's jobs off the
     * page, and each is then fetched by id. Every job completes, each with its own data.
     */
    @Test
    void aBatchOfTenCompletesWhileAnotherClientCreatesThirtyGenerationsDuringIt() {
        client = client(fake.userId());
        List<String> others = new ArrayList<>();
        try (Leonardo other = Leonardo.builder().apiKey(fake.apiKey()).baseUrl(fake.baseUrl()).build()) {
            CompletableFuture<List<BatchResult>> batch = batchOfTen(client);
            for (int i = 1; i <= 30; i++) {
                GenerationRequest request = GenerationRequest.builder().prompt("other " + i).build();
                Runnable create = () -> others.add(other.generations().create(request).id());
                scheduler.schedule(create, 300L * i, TimeUnit.MILLISECONDS);
            }

            scheduler.runUntil(batch::isDone);

            assertAllCompletedOnTheirOwnJobs(batch.join());
            assertThat(others).hasSize(30).doesNotContainAnyElementsOf(
                    batch.join().stream().map(r -> r.generationId().orElseThrow()).toList());
        }
        assertThat(fake.requestCount(Endpoint.GET_GENERATION)).as("jobs pushed off the page, fetched by id").isPositive();
    }

    @Test
    void aPageThatShowsAJobEndedEndsItsWaitBeforeItsOwnPollIsDue() {
        client = client(fake.userId());
        GenerationJob busy = create(client, 1).get(0);
        GenerationJob patient = create(client, 1).get(0);
        CompletableFuture<Generation> busyWait = busy.awaitAsync(EVERY_SECOND);
        CompletableFuture<Generation> patientWait = patient.awaitAsync(WaitOptions.of(WaitPolicy.fixed(Duration.ofSeconds(45))));

        scheduler.runUntil(patientWait::isDone);

        assertThat(patientWait.join().status()).isEqualTo(JobStatus.COMPLETE);
        // Both jobs end at 10 s; the patient wait's own first poll would be at 45 s.
        assertThat(clock.instant()).isBefore(Instant.parse("2026-01-01T00:00:12Z"));
        scheduler.runUntil(busyWait::isDone);
        assertThat(fake.requestCount(Endpoint.GET_GENERATION)).isZero();
    }

    /** An ended job's data no longer changes: the page that showed it ended answers later waits too. */
    @Test
    void aWaitStartedAfterAPageShowedItsJobEndedTakesItFromThatPageWithNoRequest() {
        client = client(fake.userId());
        List<GenerationJob> jobs = create(client, 2);
        awaitAll(jobs.subList(0, 1), EVERY_SECOND);
        long pollsBefore = polls();
        clock.advance(Duration.ofSeconds(3));

        List<Generation> late = awaitAll(jobs.subList(1, 2), EVERY_SECOND);

        assertThat(late.get(0).status()).isEqualTo(JobStatus.COMPLETE);
        assertThat(polls()).isEqualTo(pollsBefore);
    }

    /**
     * Two waits polling every second, 100 ms apart; both jobs end at 10 s. The second wait's poll
     * at 10.05 s must see its job as of then, as its own GET would, not as the other wait's page
     * showed it at 9.95 s: that stale answer would keep it waiting until the next round at 10.95 s.
     */
    @Test
    void aPollIsNotAnsweredWithAnOlderPageThanItsOwnGetWouldBringSoItsWaitEndsNoLaterThanAlone() {
        client = client(fake.userId());
        List<GenerationJob> jobs = create(client, 2);
        Instant created = clock.instant();
        List<CompletableFuture<Generation>> waits = new ArrayList<>();
        Instant[] laterEnded = new Instant[1];
        Runnable first = () -> waits.add(jobs.get(0).awaitAsync(EVERY_SECOND));
        Runnable second = () -> waits.add(jobs.get(1).awaitAsync(EVERY_SECOND)
                .whenComplete((g, e) -> laterEnded[0] = clock.instant()));
        scheduler.schedule(first, 950, TimeUnit.MILLISECONDS);
        scheduler.schedule(second, 1050, TimeUnit.MILLISECONDS);

        scheduler.runUntil(() -> waits.size() == 2 && waits.stream().allMatch(CompletableFuture::isDone));

        assertThat(waits).allSatisfy(w -> assertThat(w.join().status()).isEqualTo(JobStatus.COMPLETE));
        assertThat(laterEnded[0]).isEqualTo(created.plusMillis(10_050));
        assertThat(fake.requestCount(Endpoint.GET_GENERATION)).isZero();
    }

    @Test
    void pagesThatTheServerRateLimitsHoldTheWaitsBackInsteadOfAskingByIdAndAllComplete() {
        client = client(fake.userId());
        List<GenerationJob> jobs = create(client, 5);
        fake.faults().on(Endpoint.LIST_GENERATIONS).times(6).rateLimited(Duration.ofSeconds(2));

        List<Generation> done = awaitAll(jobs, EVERY_SECOND);

        assertThat(done).allSatisfy(g -> assertThat(g.status()).isEqualTo(JobStatus.COMPLETE));
        // A GET by id now would be refused too: the 429 was for the whole key.
        assertThat(fake.requestCount(Endpoint.GET_GENERATION)).isZero();
    }

    @ParameterizedTest(name = "{0} waits: pages {1}")
    @CsvSource({"25, 0+50", "60, 0+50 50+50 100+20"})
    void waitsAreAnsweredByListingTwiceAsManyInPagesOfFiftyWithoutAGetById(int waits, String expectedPages) {
        Set<String> pages = ConcurrentHashMap.newKeySet();
        client = client(fake.userId(), http.newBuilder().addInterceptor(chain -> {
            HttpUrl url = chain.request().url();
            if (url.encodedPath().contains("/generations/user/")) {
                pages.add(url.queryParameter("offset") + "+" + url.queryParameter("limit"));
            }
            return chain.proceed(chain.request());
        }).build());
        List<GenerationJob> jobs = create(client, waits);

        List<Generation> done = awaitAll(jobs, EVERY_SECOND);

        assertThat(done).allSatisfy(g -> assertThat(g.status()).isEqualTo(JobStatus.COMPLETE));
        assertThat(pages).as("offset+limit of the pages listed").containsExactlyInAnyOrder(expectedPages.split(" "));
        // Every job is on them, none is fetched by id.
        assertThat(fake.requestCount(Endpoint.GET_GENERATION)).isZero();
    }

    @Test
    void theUserIdCanComeFromTheEnvironment() {
        client = Leonardo.builder().fromEnv(Map.of(Leonardo.API_KEY_ENV, fake.apiKey(), Leonardo.BASE_URL_ENV,
                        fake.baseUrl(), Leonardo.USER_ID_ENV, fake.userId()))
                .okHttpClient(http).clock(clock).scheduler(scheduler).build();

        assertThat(awaitAll(create(client, 1), EVERY_SECOND)).hasSize(1);
        assertThat(fake.requestCount(Endpoint.LIST_GENERATIONS)).isPositive();
        assertThat(fake.requestCount(Endpoint.GET_GENERATION)).isZero();
    }

    @Test
    void aUserIdThatIsNotAUuidIsRejectedAtBuild() {
        client = client(null);
        assertThatThrownBy(() -> client("not-a-uuid"))
                .isInstanceOf(ValidationException.class);
    }
}

package ai.leonardo.bench;

import ai.leonardo.sdk.GenerationJob;
import ai.leonardo.sdk.Leonardo;
import ai.leonardo.sdk.WebhookReceiver;
import ai.leonardo.sdk.model.Generation;
import ai.leonardo.sdk.model.GenerationRequest;
import ai.leonardo.testkit.Endpoint;
import ai.leonardo.testkit.FakeLeonardo;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Part 6: webhook-driven waits. {@value #JOBS} concurrent {@code createAsync} + {@code awaitAsync()}
 * under the default policy against FakeLeonardo in real time, job durations drawn from
 * {@link Workload}'s whole mix, in three modes: (a) polling alone; (b) every callback delivered
 * {@link #CALLBACK_DELAY} after its job ends, to the client's {@code httpHandler()} on a loopback
 * {@code HttpServer}; (c) the same with {@value #LOSS_PERCENT}% of callbacks lost and
 * {@value #DUPLICATE_PERCENT}% sent twice. Each mode first waits for {@value #WARM_UP_JOBS} jobs,
 * not counted, so the client starts from what it learns in steady use (its schedule's durations,
 * and in (b) and (c) that callbacks arrive); then the measured jobs. Requests per job: GETs of the
 * measured waits per job. Lag: the instant a wait completed minus the instant the fake finished
 * the job. Then {@value #QUIET_SECONDS} s more: GETs then would be polls of waits that completed,
 * and a wait completing a second time would show there.
 */
final class Webhooks {
    static final int JOBS = 100;
    static final int WARM_UP_JOBS = 10;
    static final Duration CALLBACK_DELAY = Duration.ofMillis(500);
    static final int LOSS_PERCENT = 20;
    static final int DUPLICATE_PERCENT = 10;
    static final long QUIET_SECONDS = 5;
    /** One run per seed, each its own draw of durations and losses. */
    static final List<Long> SEEDS = List.of(42L, 43L, 44L);
    private static final String KEY = "bench-webhook-key";

    private Webhooks() {
    }

    /** What the fake does with callbacks in one mode. */
    private record Mode(String label, boolean callbacks, double loss, double duplicates) {
    }

    private static final Mode POLLING = new Mode("(a) polling alone", false, 0, 0);
    private static final Mode CALLBACKS = new Mode("(b) every callback, 500 ms late", true, 0, 0);
    private static final Mode LOSSY = new Mode("(c) 20% lost, 10% twice", true, LOSS_PERCENT / 100.0,
            DUPLICATE_PERCENT / 100.0);

    /** One run's numbers. */
    record Row(long seed, String mode, int jobs, int completed, int completedTwice, double getsPerJob, double p50,
            double p95, double maxLag, int lost, double maxLostLag, long callbacks200, long getsAfterDone,
            double wallSeconds) {
    }

    static void run(Report report) throws Exception {
        List<Row> rows = new ArrayList<>();
        for (long seed : SEEDS) {
            for (Mode mode : List.of(POLLING, CALLBACKS, LOSSY)) {
                rows.add(once(seed, mode));
            }
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("jobDurations", "Workload mix (median about 6 s, tail past 20 s)");
        json.put("callbackDelayMillis", CALLBACK_DELAY.toMillis());
        json.put("fallbackBoundSeconds", WebhookReceiver.FALLBACK_POLL_INTERVAL.toSeconds());
        json.put("jdk", System.getProperty("java.runtime.version"));
        json.put("runs", rows);
        report.part("webhooks", json);
        targets(report, rows);

        StringBuilder md = new StringBuilder(String.format("""
                ## 6. Webhook-driven waits

                Each run: a fresh FakeLeonardo (real time, job durations from the benchmark's workload mix, seeded), a \
                fresh client with the default wait policy, %d warm-up jobs waited for first (not counted), then %d \
                `createAsync` + `awaitAsync()` at once. Callbacks go to the client's `webhooks().httpHandler()` on a \
                loopback `HttpServer`, %d ms after the job ends. GETs / job: GETs by id of the measured waits. Lag: wait \
                completed minus job finished on the fake. Lost: callbacks the fake dropped; their bound is \
                `WebhookReceiver.FALLBACK_POLL_INTERVAL` (%d s) plus one GET. GETs after: GETs in the %d s after the last \
                wait completed. JDK %s.

                | seed | mode | completed | completed twice | GETs / job | lag p50 (s) | lag p95 (s) | lag max (s) | lost | lost lag max (s) | callbacks answered 200 | GETs after | wall (s) |
                |---|---|---|---|---|---|---|---|---|---|---|---|---|
                """, WARM_UP_JOBS, JOBS, CALLBACK_DELAY.toMillis(), WebhookReceiver.FALLBACK_POLL_INTERVAL.toSeconds(),
                QUIET_SECONDS, System.getProperty("java.runtime.version")));
        rows.forEach(r -> md.append(String.format("| %d | %s | %d | %d | %.2f | %.2f | %.2f | %.2f | %d | %.2f | %d | %d | %.1f |%n",
                r.seed(), r.mode(), r.completed(), r.completedTwice(), r.getsPerJob(), r.p50(), r.p95(), r.maxLag(),
                r.lost(), r.maxLostLag(), r.callbacks200(), r.getsAfterDone(), r.wallSeconds())));
        report.details(md.toString());
    }

    private static void targets(Report report, List<Row> rows) {
        double bound = WebhookReceiver.FALLBACK_POLL_INTERVAL.toMillis() / 1000.0 + 1;
        double lagTarget = CALLBACK_DELAY.toMillis() / 1000.0 + 0.2;
        for (long seed : SEEDS) {
            Row polling = find(rows, seed, POLLING);
            Row callbacks = find(rows, seed, CALLBACKS);
            Row lossy = find(rows, seed, LOSSY);
            report.target("6 Webhooks", "seed " + seed + ", (b): GETs per job (polling alone)",
                    String.format("%.2f (%.2f)", callbacks.getsPerJob(), polling.getsPerJob()), "<= 1.1",
                    callbacks.getsPerJob() <= 1.1);
            report.target("6 Webhooks", "seed " + seed + ", (b): p95 lag (polling alone)",
                    String.format("%.2f (%.2f) s", callbacks.p95(), polling.p95()),
                    String.format("<= %.1f s", lagTarget), callbacks.p95() <= lagTarget);
            boolean allOnce = lossy.completed() == JOBS && lossy.completedTwice() == 0 && lossy.getsAfterDone() == 0;
            report.target("6 Webhooks", "seed " + seed + ", (c): every wait completed, none twice",
                    lossy.completed() + " of " + JOBS + ", " + lossy.completedTwice() + " twice", "all, once", allOnce);
            report.target("6 Webhooks", "seed " + seed + ", (c): lag of lost callbacks, max (" + lossy.lost() + " lost)",
                    String.format("%.2f s", lossy.maxLostLag()), String.format("<= %.0f s", bound),
                    lossy.maxLostLag() <= bound);
            report.target("6 Webhooks", "seed " + seed + ", (c): GETs per job", String.format("%.2f", lossy.getsPerJob()),
                    "measured", true);
        }
    }

    private static Row find(List<Row> rows, long seed, Mode mode) {
        return rows.stream().filter(r -> r.seed() == seed && r.mode().equals(mode.label())).findFirst().orElseThrow();
    }

    private static Row once(long seed, Mode mode) throws Exception {
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        ExecutorService receiverThreads = Executors.newFixedThreadPool(4);
        receiver.setExecutor(receiverThreads);
        Leonardo[] client = new Leonardo[1];
        receiver.createContext("/leonardo/webhook", exchange -> client[0].webhooks().httpHandler().handle(exchange));
        receiver.start();
        FakeLeonardo.Builder fakeBuilder = FakeLeonardo.builder()
                .jobDurations(random -> Workload.draw(1, 1.0, Workload.CLASS_SIGMA, random).get(0).duration())
                .seed(seed)
                .concurrencyLimit(4 * JOBS)
                .containerThreads(100)
                .validateRequests(false);
        if (mode.callbacks()) {
            fakeBuilder.callbacks("http://127.0.0.1:" + receiver.getAddress().getPort() + "/leonardo/webhook", KEY)
                    .callbackDelay(CALLBACK_DELAY).callbackLossRate(mode.loss()).callbackDuplicateRate(mode.duplicates());
        }
        try (FakeLeonardo fake = fakeBuilder.build().start()) {
            Leonardo.Builder clientBuilder = Leonardo.builder().apiKey(fake.apiKey()).baseUrl(fake.baseUrl())
                    .maxPollsPerSecond(100_000); // as in part 5: the budget must not bind
            client[0] = (mode.callbacks() ? clientBuilder.webhookApiKey(KEY) : clientBuilder).build();
            try (Leonardo leonardo = client[0]) {
                return measure(seed, mode, fake, leonardo);
            }
        } finally {
            receiver.stop(0);
            receiverThreads.shutdownNow();
        }
    }

    private static Row measure(long seed, Mode mode, FakeLeonardo fake, Leonardo leonardo) throws Exception {
        GenerationRequest request = GenerationRequest.builder().prompt("webhook benchmark").width(1024).height(768)
                .numImages(1).build();
        waitAll(leonardo, request, WARM_UP_JOBS, new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
        Thread.sleep(CALLBACK_DELAY.toMillis() + 500); // the warm-up's last callbacks land
        List<String> lostBefore = fake.lostCallbacks();
        long getsBefore = fake.requestCount(Endpoint.GET_GENERATION);

        Map<String, Instant> doneAt = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> completions = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        waitAll(leonardo, request, JOBS, doneAt, completions);
        double wall = (System.nanoTime() - start) / 1e9;
        long getsOfWaits = fake.requestCount(Endpoint.GET_GENERATION) - getsBefore;
        Thread.sleep(TimeUnit.SECONDS.toMillis(QUIET_SECONDS));
        long getsAfter = fake.requestCount(Endpoint.GET_GENERATION) - getsBefore - getsOfWaits;

        List<String> lost = fake.lostCallbacks().stream().filter(id -> !lostBefore.contains(id)).toList();
        double[] lags = doneAt.entrySet().stream().mapToDouble(e -> lagSeconds(fake, e.getKey(), e.getValue())).toArray();
        double maxLostLag = lost.stream().mapToDouble(id -> lagSeconds(fake, id, doneAt.get(id))).max().orElse(0);
        int twice = (int) completions.values().stream().filter(c -> c.get() > 1).count();
        Row row = new Row(seed, mode.label(), JOBS, doneAt.size(), twice, Stats.round3((double) getsOfWaits / JOBS),
                Stats.round3(Stats.percentile(lags, 50)), Stats.round3(Stats.percentile(lags, 95)),
                Stats.round3(Stats.percentile(lags, 100)), lost.size(), Stats.round3(maxLostLag),
                fake.callbacksAnswered(200), getsAfter, Stats.round3(wall));
        System.out.println("webhooks: " + row);
        return row;
    }

    private static void waitAll(Leonardo leonardo, GenerationRequest request, int count, Map<String, Instant> doneAt,
            Map<String, AtomicInteger> completions) throws Exception {
        List<CompletableFuture<Generation>> waits = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            waits.add(leonardo.generations().createAsync(request).thenCompose(GenerationJob::awaitAsync)
                    .whenComplete((g, e) -> {
                        if (g != null) {
                            doneAt.put(g.id(), Instant.now());
                            completions.computeIfAbsent(g.id(), id -> new AtomicInteger()).incrementAndGet();
                        }
                    }));
        }
        CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
    }

    private static double lagSeconds(FakeLeonardo fake, String id, Instant done) {
        return Duration.between(fake.generation(id).finishesAt(), done).toNanos() / 1e9;
    }
}

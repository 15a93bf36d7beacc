package ai.leonardo.bench;

import ai.leonardo.testkit.DurationDistribution;
import ai.leonardo.testkit.Endpoint;
import ai.leonardo.testkit.FakeLeonardo;
import com.google.gson.Gson;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Part 5: async waits at real latency. For each server latency (0, 50, 150 ms per response), job
 * spread (log-normal sigma 0.35 and 0.5 around a {@value #MEDIAN_SECONDS} s median) and number of
 * concurrent {@code awaitAsync()} (10, 100, 1,000): per-job polling, shared polls (the user id
 * known), and at 150 ms for 1,000 waits also 10 clients sharing one OkHttpClient and one scheduler.
 * Each run in a fresh child JVM ({@link LatencyScenario}), a fresh FakeLeonardo here in the parent.
 * Detection lag is the instant a wait completed in the child minus the instant the fake finished
 * the job; requests per job count GETs by id and list pages. Threads: the peak of extra platform
 * threads, with the creates and the polls in flight at that moment, and the peaks of each in
 * flight at once (on JDK 17 a call in flight holds a platform thread).
 *
 * <p>A narrower grid for a side-by-side check: {@code -Dbench.sigmas=0.5 -Dbench.counts=1000
 * -Dbench.modes=per-job,shared}; the targets are then judged only if the grid still holds what
 * they compare (150 ms, 10 and 1,000 waits, every mode).
 */
final class Latency {
    static final int MEDIAN_SECONDS = 3;
    /** The server latencies; {@code -Dbench.latencies=150} runs a subset (e.g. on a second JDK). */
    static final List<Integer> LATENCIES_MS = property("bench.latencies", "0,50,150").stream().map(Integer::valueOf).toList();
    static final List<Double> SIGMAS = property("bench.sigmas", "0.35,0.5").stream().map(Double::valueOf).toList();
    static final List<Integer> COUNTS = property("bench.counts", "10,100,1000").stream().map(Integer::valueOf).toList();
    /** The modes run: per-job, shared, clients (the 10 clients on one OkHttpClient). */
    static final List<String> MODES = property("bench.modes", "per-job,shared,clients");
    /** Fewer waits than this run in rounds, one after another, until there are this many samples. */
    static final int SAMPLES = 50;
    /**
     * Times the whole grid runs, one pass after another so a change in the machine's load reaches
     * every configuration alike; {@code -Dbench.repeats=3} for medians and spread on a noisy machine.
     */
    static final int REPEATS = Integer.getInteger("bench.repeats", 1);

    private Latency() {
    }

    private static List<String> property(String name, String defaults) {
        return Arrays.stream(System.getProperty(name, defaults).split(",")).map(String::trim).toList();
    }

    /** One run's numbers. */
    record Row(int repeat, int latencyMs, double sigma, int count, int rounds, String mode, long completed, double p50,
            double p95, double requestsPerJob, double peakExtraThreads, int createsAtThreadPeak, int pollsAtThreadPeak,
            int peakCreatesInFlight, int peakPollsInFlight, double wallSeconds) {
    }

    /** The 10 clients sharing one OkHttpClient and one scheduler: run at 150 ms for 1,000 waits. */
    static final String TEN_CLIENTS = "10 clients, one OkHttpClient";

    static void run(Report report) throws Exception {
        List<Row> rows = new ArrayList<>();
        for (int repeat = 1; repeat <= REPEATS; repeat++) {
            for (int latency : LATENCIES_MS) {
                for (double sigma : SIGMAS) {
                    for (int count : COUNTS) {
                        if (MODES.contains("per-job")) {
                            rows.add(once(repeat, latency, sigma, count, "per-job", false, 1));
                        }
                        if (MODES.contains("shared")) {
                            rows.add(once(repeat, latency, sigma, count, "shared", true, 1));
                        }
                        if (latency == 150 && count == 1000 && MODES.contains("clients")) {
                            rows.add(once(repeat, latency, sigma, count, TEN_CLIENTS, false, 10));
                        }
                    }
                }
            }
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("jobDurations", "log-normal, median " + MEDIAN_SECONDS + " s, sigma " + SIGMAS);
        json.put("jdk", System.getProperty("java.runtime.version"));
        json.put("repeats", REPEATS);
        json.put("runs", rows);
        report.part("latency", json);
        boolean judged = LATENCIES_MS.contains(150) && COUNTS.containsAll(List.of(10, 1000)) && MODES.size() == 3;
        if (judged) {
            targets(report, rows);
        }

        StringBuilder md = new StringBuilder(String.format("""
                ## 5. Async waits at real latency

                Each run: a fresh FakeLeonardo with the given latency on every response (jobs log-normal, median %d s), a \
                fresh child JVM creating N generations with `createAsync` and waiting with `awaitAsync()` under the default \
                policy (10 waits: 5 rounds one after another, for 50 samples), poll budget set high enough not to bind. Lag: wait completed minus job finished on the fake. \
                Requests: GETs by id plus list pages, per job. Threads: peak live platform threads minus those before the \
                first call (OkHttp's and the scheduler's few included), with the creates / polls in flight at that \
                peak; then the most creates and the most polls (GETs by id and list pages) in flight at once. On JDK 17 \
                each call in flight holds a platform thread, kept 10 s after its last call: the thread peak follows \
                whichever burst is larger, the 1,000 creates or the polls. JDK %s.%s

                | pass | latency | sigma | waits | rounds | mode | completed | lag p50 (s) | lag p95 (s) | requests / job | peak extra threads | creates / polls in flight then | peak creates in flight | peak polls in flight | wall (s) |
                |---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
                """, MEDIAN_SECONDS, System.getProperty("java.runtime.version"),
                judged ? "" : " A narrow run (bench.sigmas, bench.counts, bench.modes): no target judged."));
        rows.forEach(r -> md.append(String.format(
                "| %d | %d ms | %.2f | %d | %d | %s | %d | %.2f | %.2f | %.2f | %.0f | %d / %d | %d | %d | %.1f |%n",
                r.repeat(), r.latencyMs(), r.sigma(), r.count(), r.rounds(), r.mode(), r.completed(), r.p50(), r.p95(),
                r.requestsPerJob(), r.peakExtraThreads(), r.createsAtThreadPeak(), r.pollsAtThreadPeak(),
                r.peakCreatesInFlight(), r.peakPollsInFlight(), r.wallSeconds())));
        if (REPEATS > 1 && judged) {
            md.append(String.format("""

                    ### p95 lag ratio at 150 ms over %d passes

                    Per pass, the p95 lag of 1,000 waits over the p95 lag of 10 waits (per-job) measured in the same pass: \
                    median and range.

                    | sigma | mode | 1,000 / 10 waits, median | min | max | requests / job (1,000 waits), median | peak extra threads, max | peak polls in flight, max |
                    |---|---|---|---|---|---|---|---|
                    """, REPEATS));
            for (double sigma : SIGMAS) {
                for (String mode : List.of("per-job", "shared", TEN_CLIENTS)) {
                    double[] ratios = ratios(rows, sigma, mode);
                    List<Row> thousand = rows.stream().filter(r -> r.latencyMs() == 150 && r.sigma() == sigma
                            && r.count() == 1000 && r.mode().equals(mode)).toList();
                    double[] requests = thousand.stream().mapToDouble(Row::requestsPerJob).toArray();
                    md.append(String.format("| %.2f | %s | %.2fx | %.2fx | %.2fx | %.2f | %.0f | %d |%n", sigma, mode,
                            Stats.median(ratios), Stats.percentile(ratios, 0), Stats.percentile(ratios, 100),
                            Stats.median(requests), thousand.stream().mapToDouble(Row::peakExtraThreads).max().orElseThrow(),
                            thousand.stream().mapToInt(Row::peakPollsInFlight).max().orElseThrow()));
                }
            }
        }
        report.details(md.toString());
    }

    /**
     * @return per pass, the p95 lag of 1,000 waits in {@code mode} over that of 10 waits of the same
     *     mode (10 per-job waits for the 10 clients, which have no 10-wait run of their own)
     */
    private static double[] ratios(List<Row> rows, double sigma, String mode) {
        String fewMode = mode.equals(TEN_CLIENTS) ? "per-job" : mode;
        double[] ratios = new double[REPEATS];
        for (int repeat = 1; repeat <= REPEATS; repeat++) {
            ratios[repeat - 1] = find(rows, repeat, 150, sigma, 1000, mode).p95()
                    / find(rows, repeat, 150, sigma, 10, fewMode).p95();
        }
        return ratios;
    }

    /** The targets, judged on the median over the passes of each pass's own ratio. */
    private static void targets(Report report, List<Row> rows) {
        String over = REPEATS > 1 ? String.format(" (median of %d passes)", REPEATS) : "";
        for (double sigma : SIGMAS) {
            for (String mode : List.of("per-job", "shared", TEN_CLIENTS)) {
                double ratio = Stats.median(ratios(rows, sigma, mode));
                report.target("5 Latency", String.format("150 ms, sigma %.2f, %s: p95 lag of 1,000 waits / of 10%s", sigma,
                                mode, mode.equals(TEN_CLIENTS) ? " per-job" : ""),
                        String.format("%.2fx%s", ratio, over), "<= 1.5x", ratio <= 1.5);
            }
            double[] requestRatios = new double[REPEATS];
            double[] lagDifferences = new double[REPEATS];
            for (int repeat = 1; repeat <= REPEATS; repeat++) {
                Row perJob = find(rows, repeat, 150, sigma, 10, "per-job");
                Row shared = find(rows, repeat, 150, sigma, 10, "shared");
                requestRatios[repeat - 1] = shared.requestsPerJob() / perJob.requestsPerJob();
                lagDifferences[repeat - 1] = shared.p95() - perJob.p95();
            }
            double requestRatio = Stats.median(requestRatios);
            report.target("5 Latency", String.format("150 ms, sigma %.2f, 10 waits: requests shared / per-job", sigma),
                    String.format("%.2fx%s", requestRatio, over), "<= 0.25x", requestRatio <= 0.25);
            double lagDifference = Stats.median(lagDifferences);
            report.target("5 Latency", String.format("150 ms, sigma %.2f, 10 waits: p95 lag shared minus per-job", sigma),
                    String.format("%+.2f s%s", lagDifference, over), "<= 0 (no worse)", lagDifference <= 0);
        }
        boolean allDone = rows.stream().allMatch(r -> r.completed() == (long) r.count() * r.rounds());
        report.target("5 Latency", "every wait of every run completed", allDone ? "yes" : "no", "all", allDone);
    }

    private static Row find(List<Row> rows, int repeat, int latency, double sigma, int count, String mode) {
        return rows.stream().filter(r -> r.repeat() == repeat && r.latencyMs() == latency && r.sigma() == sigma
                && r.count() == count && r.mode().equals(mode)).findFirst().orElseThrow();
    }

    private static int count(Map<String, Object> result, String key) {
        return ((Number) result.get(key)).intValue();
    }

    private static Row once(int repeat, int latencyMs, double sigma, int count, String mode, boolean shareUserId,
            int clients)
            throws Exception {
        try (FakeLeonardo fake = FakeLeonardo.builder()
                .jobDurations(DurationDistribution.logNormal(Duration.ofSeconds(MEDIAN_SECONDS), sigma))
                .seed(42)
                .latency(Duration.ofMillis(latencyMs))
                .concurrencyLimit(2 * count)
                .containerThreads(200)
                .validateRequests(false)
                .build().start()) {
            int rounds = Math.max(1, SAMPLES / count);
            ChildJvm.Run run = ChildJvm.run(LatencyScenario.class, List.of("-Xmx1g"), LatencyScenario.RESULT, 300,
                    fake.baseUrl(), fake.apiKey(), shareUserId ? fake.userId() : "-", String.valueOf(count),
                    String.valueOf(clients), String.valueOf(rounds));
            @SuppressWarnings("unchecked")
            Map<String, Object> result = new Gson().fromJson(
                    run.line(LatencyScenario.RESULT).substring(LatencyScenario.RESULT.length()), Map.class);
            @SuppressWarnings("unchecked")
            Map<String, String> doneAt = (Map<String, String>) result.get("doneAt");
            double[] lags = doneAt.entrySet().stream()
                    .mapToDouble(e -> Duration.between(fake.generation(e.getKey()).finishesAt(),
                            Instant.parse(e.getValue())).toNanos() / 1e9)
                    .toArray();
            long requests = fake.requestCount(Endpoint.GET_GENERATION) + fake.requestCount(Endpoint.LIST_GENERATIONS);
            Row row = new Row(repeat, latencyMs, sigma, count, rounds, mode, ((Number) result.get("completed")).longValue(),
                    Stats.round3(Stats.percentile(lags, 50)), Stats.round3(Stats.percentile(lags, 95)),
                    Stats.round3((double) requests / (count * rounds)), ((Number) result.get("peakExtraThreads")).doubleValue(),
                    count(result, "createsInFlightAtThreadPeak"), count(result, "pollsInFlightAtThreadPeak"),
                    count(result, "peakCreatesInFlight"), count(result, "peakPollsInFlight"),
                    ((Number) result.get("wallSeconds")).doubleValue());
            System.out.println("latency: " + row);
            return row;
        }
    }
}

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
 * the job; requests per job count GETs by id and list pages.
 */
final class Latency {
    static final int MEDIAN_SECONDS = 3;
    /** The server latencies; {@code -Dbench.latencies=150} runs a subset (e.g. on a second JDK). */
    static final List<Integer> LATENCIES_MS = Arrays.stream(System.getProperty("bench.latencies", "0,50,150").split(","))
            .map(String::trim).map(Integer::valueOf).toList();
    static final List<Double> SIGMAS = List.of(0.35, 0.5);
    static final List<Integer> COUNTS = List.of(10, 100, 1000);
    /** Fewer waits than this run in rounds, one after another, until there are this many samples. */
    static final int SAMPLES = 50;

    private Latency() {
    }

    /** One run's numbers. */
    record Row(int latencyMs, double sigma, int count, int rounds, String mode, long completed, double p50, double p95,
            double requestsPerJob, double peakExtraThreads, double wallSeconds) {
    }

    static void run(Report report) throws Exception {
        List<Row> rows = new ArrayList<>();
        for (int latency : LATENCIES_MS) {
            for (double sigma : SIGMAS) {
                for (int count : COUNTS) {
                    rows.add(once(latency, sigma, count, "per-job", false, 1));
                    rows.add(once(latency, sigma, count, "shared", true, 1));
                    if (latency == 150 && count == 1000) {
                        rows.add(once(latency, sigma, count, "10 clients, one OkHttpClient", false, 10));
                    }
                }
            }
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("jobDurations", "log-normal, median " + MEDIAN_SECONDS + " s, sigma " + SIGMAS);
        json.put("jdk", System.getProperty("java.runtime.version"));
        json.put("runs", rows);
        report.part("latency", json);
        targets(report, rows);

        StringBuilder md = new StringBuilder(String.format("""
                ## 5. Async waits at real latency

                Each run: a fresh FakeLeonardo with the given latency on every response (jobs log-normal, median %d s), a \
                fresh child JVM creating N generations with `createAsync` and waiting with `awaitAsync()` under the default \
                policy (10 waits: 5 rounds one after another, for 50 samples), poll budget set high enough not to bind. Lag: wait completed minus job finished on the fake. \
                Requests: GETs by id plus list pages, per job. Threads: peak live platform threads minus those before the \
                first call (OkHttp's and the scheduler's few included). JDK %s.

                | latency | sigma | waits | rounds | mode | completed | lag p50 (s) | lag p95 (s) | requests / job | peak extra threads | wall (s) |
                |---|---|---|---|---|---|---|---|---|---|---|
                """, MEDIAN_SECONDS, System.getProperty("java.runtime.version")));
        rows.forEach(r -> md.append(String.format("| %d ms | %.2f | %d | %d | %s | %d | %.2f | %.2f | %.2f | %.0f | %.1f |%n",
                r.latencyMs(), r.sigma(), r.count(), r.rounds(), r.mode(), r.completed(), r.p50(), r.p95(), r.requestsPerJob(),
                r.peakExtraThreads(), r.wallSeconds())));
        report.details(md.toString());
    }

    private static void targets(Report report, List<Row> rows) {
        for (double sigma : SIGMAS) {
            for (String mode : List.of("per-job", "shared")) {
                Row few = find(rows, 150, sigma, 10, mode);
                Row many = find(rows, 150, sigma, 1000, mode);
                report.target("5 Latency", String.format("150 ms, sigma %.2f, %s: p95 lag of 1,000 waits / of 10", sigma, mode),
                        String.format("%.2f / %.2f s", many.p95(), few.p95()), "<= 1.5x",
                        many.p95() <= 1.5 * few.p95());
            }
            Row perJob = find(rows, 150, sigma, 10, "per-job");
            Row shared = find(rows, 150, sigma, 10, "shared");
            report.target("5 Latency", String.format("150 ms, sigma %.2f, 10 waits: requests shared / per-job", sigma),
                    String.format("%.2f / %.2f", shared.requestsPerJob(), perJob.requestsPerJob()), "<= 0.25x",
                    shared.requestsPerJob() <= 0.25 * perJob.requestsPerJob());
            report.target("5 Latency", String.format("150 ms, sigma %.2f, 10 waits: p95 lag shared vs per-job", sigma),
                    String.format("%.2f / %.2f s", shared.p95(), perJob.p95()), "no worse",
                    shared.p95() <= perJob.p95());
        }
        boolean allDone = rows.stream().allMatch(r -> r.completed() == (long) r.count() * r.rounds());
        report.target("5 Latency", "every wait of every run completed", allDone ? "yes" : "no", "all", allDone);
    }

    private static Row find(List<Row> rows, int latency, double sigma, int count, String mode) {
        return rows.stream().filter(r -> r.latencyMs() == latency && r.sigma() == sigma && r.count() == count
                && r.mode().equals(mode)).findFirst().orElseThrow();
    }

    private static Row once(int latencyMs, double sigma, int count, String mode, boolean shareUserId, int clients)
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
            Row row = new Row(latencyMs, sigma, count, rounds, mode, ((Number) result.get("completed")).longValue(),
                    Stats.round3(Stats.percentile(lags, 50)), Stats.round3(Stats.percentile(lags, 95)),
                    Stats.round3((double) requests / (count * rounds)), ((Number) result.get("peakExtraThreads")).doubleValue(),
                    ((Number) result.get("wallSeconds")).doubleValue());
            System.out.println("latency: " + row);
            return row;
        }
    }
}

package ai.leonardo.bench;

import ai.leonardo.testkit.DurationDistribution;
import ai.leonardo.testkit.Endpoint;
import ai.leonardo.testkit.FakeLeonardo;
import com.google.gson.Gson;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Part 3: {@value #WAITS} generations waited for at once in real time, async versus blocking,
 * each scenario in a fresh child JVM ({@link ScaleScenario}) so neither inherits the other's
 * threads or heap. The FakeLeonardo runs here in the parent, so the child's thread and heap
 * numbers are the client's alone. The fake's per-request contract validation is off: on two cores
 * it would make the server, not the client, the bottleneck.
 */
final class Scale {
    static final int WAITS = 1000;
    static final int THREAD_TARGET = 8;
    static final double HEAP_TARGET_MIB = 64;

    private Scale() {
    }

    static void run(Report report) throws Exception {
        Map<String, Object> json = new LinkedHashMap<>();
        Map<String, Map<String, Object>> results = new LinkedHashMap<>();
        for (String mode : List.of("async", "blocking")) {
            try (FakeLeonardo fake = FakeLeonardo.builder()
                    .jobDurations(DurationDistribution.logNormal(Duration.ofSeconds(4), 0.25))
                    .seed(42)
                    .concurrencyLimit(2 * WAITS)
                    .containerThreads(200)
                    .validateRequests(false)
                    .build().start()) {
                ChildJvm.Run run = ChildJvm.run(ScaleScenario.class, List.of("-Xmx1g"), ScaleScenario.RESULT, 300,
                        mode, fake.baseUrl(), fake.apiKey(), String.valueOf(WAITS));
                @SuppressWarnings("unchecked")
                Map<String, Object> result = new Gson().fromJson(
                        run.line(ScaleScenario.RESULT).substring(ScaleScenario.RESULT.length()), Map.class);
                result.put("serverRequests", fake.requestCount(Endpoint.GET_GENERATION));
                results.put(mode, result);
            }
        }
        json.put("jobDurations", "log-normal, median 4 s, sigma 0.25");
        json.putAll(results);
        report.part("scale", json);

        Map<String, Object> async = results.get("async");
        double threads = number(async, "peakExtraThreads");
        double heap = number(async, "heapAtPeakMiB");
        boolean allDone = number(async, "completed") == WAITS;
        report.target("3 Scale", WAITS + " awaitAsync: peak extra live threads", String.format("%.0f", threads),
                "<= " + THREAD_TARGET, threads <= THREAD_TARGET);
        report.target("3 Scale", WAITS + " awaitAsync: heap used after GC at peak", String.format("%.1f MiB", heap),
                "<= " + (int) HEAP_TARGET_MIB + " MiB", heap <= HEAP_TARGET_MIB);
        report.target("3 Scale", WAITS + " awaitAsync: all completed", String.format("%.0f / %d", number(async, "completed"), WAITS),
                "all", allDone);

        StringBuilder md = new StringBuilder(String.format("""
                ## 3. Scale: %d waits at once, real time

                Each scenario in a fresh child JVM (-Xmx1g, default GC); FakeLeonardo in the parent (jobs log-normal, median 4 s, \
                sigma 0.25; concurrency limit %d; contract validation off). Each wait is create then wait, started together; \
                threads sampled every 50 ms; extra = peak minus the count before any call, and minus the count after one \
                complete warm-up wait (OkHttp's pools and the scheduler already started); heap after `System.gc()` once every \
                create had returned. Wall time excludes the warm-up.

                | Mode | completed | peak extra threads | ... after one warm-up wait | heap after GC at peak (MiB) | heap before (MiB) | waits in flight then | wall (s) | GET polls |
                |---|---|---|---|---|---|---|---|---|
                """, WAITS, 2 * WAITS));
        results.forEach((mode, r) -> md.append(String.format("| %s | %.0f | %.0f | %.0f | %.1f | %.1f | %.0f | %.1f | %.0f |%n",
                mode.equals("async") ? "`awaitAsync()`" : "`await()` on 1,000 platform threads",
                number(r, "completed"), number(r, "peakExtraThreads"), number(r, "peakExtraThreadsAfterOneWait"),
                number(r, "heapAtPeakMiB"), number(r, "heapBeforeMiB"),
                number(r, "inFlightAtHeapSample"), number(r, "wallSeconds"), number(r, "serverRequests"))));
        if (threads > THREAD_TARGET) {
            md.append(String.format("%nThread target missed by %.0f. Threads alive at the async peak that were not there before "
                    + "the first create, by name:%n%n| Thread | extra |%n|---|---|%n", threads - THREAD_TARGET));
            extraThreads(async).forEach((name, n) -> md.append("| ").append(name).append(" | ").append(n).append(" |\n"));
        }
        report.details(md.toString());
    }

    /** Thread names at the peak minus those at the baseline, from the child's two snapshots. */
    @SuppressWarnings("unchecked")
    private static Map<String, Long> extraThreads(Map<String, Object> result) {
        Map<String, Object> before = (Map<String, Object>) result.get("threadsAtBaseline");
        Map<String, Object> peak = (Map<String, Object>) result.get("threadsAtPeak");
        Map<String, Long> extra = new LinkedHashMap<>();
        peak.forEach((name, n) -> {
            long more = ((Number) n).longValue() - (before.containsKey(name) ? ((Number) before.get(name)).longValue() : 0);
            if (more > 0) {
                extra.put(name, more);
            }
        });
        return extra;
    }

    private static double number(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).doubleValue();
    }
}

package ai.leonardo.bench;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.profile.StackProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Part 1: the SDK's per-call overhead on {@code generations().get(id)} against raw OkHttp + Gson,
 * through JMH ({@link GetOverheadBenchmark}). The target compares medians of the raw latency
 * samples of both benchmarks from the same run. When it is missed, the SDK benchmark runs again
 * under JMH's stack profiler and the hottest frames go into the report.
 */
final class Overhead {
    static final double TARGET = 1.15;
    // Sized to about 100 s: three forks spread the noise of a shared machine over time.
    private static final int FORKS = 3;
    private static final int WARMUPS = 3;
    private static final int ITERATIONS = 5;
    private static final TimeValue ITERATION_TIME = TimeValue.seconds(2);

    private Overhead() {
    }

    static void run(StaticGenerationServer server, Report report) throws RunnerException {
        Collection<RunResult> results = new Runner(options(server, "")
                .forks(FORKS).warmupIterations(WARMUPS).measurementIterations(ITERATIONS).build()).run();
        Map<String, Object> json = new LinkedHashMap<>();
        Map<String, Double> medians = new LinkedHashMap<>();
        StringBuilder rows = new StringBuilder();
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark().replaceAll(".*\\.", "");
            var stats = result.getPrimaryResult().getStatistics();
            List<Double> forkMedians = result.getBenchmarkResults().stream()
                    .map(fork -> Stats.round3(fork.getPrimaryResult().getStatistics().getPercentile(50))).toList();
            medians.put(name, stats.getPercentile(50));
            json.put(name, Map.of(
                    "unit", result.getPrimaryResult().getScoreUnit(),
                    "samples", stats.getN(),
                    "p50", Stats.round3(stats.getPercentile(50)),
                    "p90", Stats.round3(stats.getPercentile(90)),
                    "p99", Stats.round3(stats.getPercentile(99)),
                    "forkMedians", forkMedians));
            rows.append(String.format("| %s | %d | %.1f | %.1f | %.1f | %s |%n", name, stats.getN(),
                    stats.getPercentile(50), stats.getPercentile(90), stats.getPercentile(99), forkMedians));
        }
        double ratio = medians.get("wrapper") / medians.get("raw");
        json.put("ratioOfMedians", Stats.round3(ratio));
        json.put("bodyBytes", server.bodyBytes());
        json.put("forks", FORKS);
        json.put("measurementIterations", ITERATIONS + " x " + ITERATION_TIME);
        boolean met = ratio <= TARGET;
        report.target("1 Overhead", "get(id) median, SDK / raw OkHttp+Gson", String.format("%.3fx", ratio),
                "<= " + TARGET + "x", met);
        StringBuilder md = new StringBuilder("## 1. Overhead of `generations().get(id)`\n\n")
                .append("JMH sample-time mode, ").append(FORKS).append(" forks x ").append(ITERATIONS).append(" x ")
                .append(ITERATION_TIME).append(" per benchmark, against one loopback server in the parent JVM answering a ")
                .append(server.bodyBytes()).append("-byte body (a finished 4-image generation). Microseconds per call.\n\n")
                .append("| Client | samples | p50 | p90 | p99 | p50 per fork |\n|---|---|---|---|---|---|\n")
                .append(rows);
        md.append(String.format("%nRatio of medians, SDK / raw: **%.3fx** (target <= %.2fx).%n", ratio, TARGET));
        if (!met) {
            String profile = profileWrapper(server);
            json.put("stackProfile", profile);
            md.append("\nTarget missed by ").append(String.format("%.1f%%", (ratio / TARGET - 1) * 100))
                    .append(". JMH stack profile of the SDK benchmark:\n\n```\n").append(profile).append("```\n");
        }
        report.part("overhead", json);
        report.details(md.toString());
    }

    private static String profileWrapper(StaticGenerationServer server) throws RunnerException {
        RunResult result = new Runner(options(server, "wrapper")
                .forks(1).warmupIterations(2).measurementIterations(3)
                .addProfiler(StackProfiler.class, "lines=12;top=12;detailLine=false")
                .build()).runSingle();
        Result<?> stack = result.getSecondaryResults().get("·stack");
        return stack == null ? "(no stack profile)\n" : stack.extendedInfo();
    }

    private static ChainedOptionsBuilder options(StaticGenerationServer server, String method) {
        return new OptionsBuilder()
                .include(GetOverheadBenchmark.class.getName() + "\\." + method)
                .warmupTime(ITERATION_TIME)
                .measurementTime(ITERATION_TIME)
                .jvmArgsAppend("-Xmx512m",
                        "-D" + GetOverheadBenchmark.BASE_URL + "=" + server.baseUrl(),
                        "-D" + GetOverheadBenchmark.ID + "=" + server.generationId())
                .shouldFailOnError(true);
    }
}

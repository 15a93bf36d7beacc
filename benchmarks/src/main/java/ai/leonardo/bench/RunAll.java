package ai.leonardo.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs every measurement and writes {@code latest.json} and {@code latest.md}: the entry point of
 * {@code scripts/run-benchmarks.sh}. Arguments: the results directory (default
 * {@code benchmarks/results}), then optionally the parts to run ({@code overhead waits scale
 * coldstart latency webhooks}; all by default) for working on one of them. Parts run one after another so they
 * never compete for the cores.
 */
public final class RunAll {
    private static final List<String> PARTS = List.of("overhead", "waits", "scale", "coldstart", "latency", "webhooks");

    private RunAll() {
    }

    /**
     * @param args optional results directory, then optional part names
     * @throws Exception when a measurement fails: a broken run writes no results
     */
    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        Path out = Path.of(args.length > 0 ? args[0] : "benchmarks/results");
        Set<String> parts = Set.copyOf(args.length > 1 ? List.of(args).subList(1, args.length) : PARTS);
        if (!PARTS.containsAll(parts)) {
            throw new IllegalArgumentException("parts are " + PARTS + ", not " + parts);
        }
        Report report = new Report();
        try (StaticGenerationServer server = StaticGenerationServer.start()) {
            if (parts.contains("overhead")) {
                Overhead.run(server, report);
            }
            if (parts.contains("waits")) {
                WaitSimulation.run(report);
            }
            if (parts.contains("scale")) {
                Scale.run(report);
            }
            if (parts.contains("coldstart")) {
                ColdStart.run(server, report);
            }
            if (parts.contains("latency")) {
                Latency.run(report);
            }
            if (parts.contains("webhooks")) {
                Webhooks.run(report);
            }
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        report.write(out, seconds);
        System.out.println("Wrote " + out.resolve("latest.md") + " and latest.json in " + seconds + " s");
    }
}

package ai.leonardo.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Runs every measurement and writes {@code latest.json} and {@code latest.md}: the entry point of
 * {@code scripts/run-benchmarks.sh}. The optional argument is the results directory (default
 * {@code benchmarks/results}). Parts run one after another so they never compete for the two
 * cores; each states its target in the summary.
 */
public final class RunAll {
    private RunAll() {
    }

    /**
     * @param args optional results directory
     * @throws Exception when a measurement fails: a broken run writes no results
     */
    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        Path out = Path.of(args.length > 0 ? args[0] : "benchmarks/results");
        Report report = new Report();
        try (StaticGenerationServer server = StaticGenerationServer.start()) {
            Overhead.run(server, report);
            ColdStart.run(server, report);
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        report.write(out, seconds);
        System.out.println("Wrote " + out.resolve("latest.md") + " and latest.json in " + seconds + " s");
    }
}

package ai.leonardo.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Part 4: a fresh JVM's time to its first parsed {@code get}, SDK versus raw OkHttp + Gson.
 * Each run is a {@link ColdStartMain} child process, timed from just before it starts to the line
 * it prints once the response is parsed; the server stays warm in this JVM. Runs alternate (and
 * swap who goes first each round) so drift on the machine hits both alike; one unrecorded round
 * first warms the OS file cache.
 */
final class ColdStart {
    static final double TARGET = 1.3;
    private static final int RUNS = 10;

    private ColdStart() {
    }

    static void run(StaticGenerationServer server, Report report) throws Exception {
        List<Double> wrapper = new ArrayList<>();
        List<Double> raw = new ArrayList<>();
        Map<String, Integer> classes = new LinkedHashMap<>();
        for (int round = -1; round < RUNS; round++) {
            List<String> order = round % 2 == 0 ? List.of("wrapper", "raw") : List.of("raw", "wrapper");
            for (String mode : order) {
                ChildJvm.Run run = ChildJvm.run(ColdStartMain.class, List.of(), ColdStartMain.DONE, 60,
                        mode, server.baseUrl(), server.generationId());
                if (round >= 0) {
                    (mode.equals("wrapper") ? wrapper : raw).add(Stats.round3(run.nanosToMarker() / 1e6));
                }
                classes.put(mode, Integer.parseInt(run.line(ColdStartMain.CLASSES).substring(ColdStartMain.CLASSES.length())));
            }
        }
        double[] w = wrapper.stream().mapToDouble(Double::doubleValue).toArray();
        double[] r = raw.stream().mapToDouble(Double::doubleValue).toArray();
        double ratio = Stats.median(w) / Stats.median(r);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("unit", "ms");
        json.put("wrapperMs", wrapper);
        json.put("rawMs", raw);
        json.put("wrapperMedianMs", Stats.median(w));
        json.put("rawMedianMs", Stats.median(r));
        json.put("ratioOfMedians", Stats.round3(ratio));
        json.put("classesLoaded", classes);
        report.part("coldStart", json);
        report.target("4 Cold start", "fresh JVM to first parsed get, median SDK / raw", String.format("%.3fx", ratio),
                "<= " + TARGET + "x", ratio <= TARGET);
        report.details(String.format("""
                ## 4. Cold start

                %d runs each, alternating, each a fresh `java -cp ... ColdStartMain wrapper|raw` child timed from process \
                start to the line printed after the response is parsed (JVM boot included, default JVM options).

                | Client | median ms | min ms | max ms |
                |---|---|---|---|
                | wrapper | %.0f | %.0f | %.0f |
                | raw | %.0f | %.0f | %.0f |

                Ratio of medians, SDK / raw: **%.3fx** (target <= %.1fx). Classes loaded by the time the \
                response was parsed: SDK %d, raw %d.
                """, RUNS, Stats.median(w), Stats.percentile(w, 0), Stats.percentile(w, 100),
                Stats.median(r), Stats.percentile(r, 0), Stats.percentile(r, 100), ratio, TARGET,
                classes.get("wrapper"), classes.get("raw")));
    }
}

package ai.leonardo.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
    private static final int TOP_PACKAGES = 12;
    /** A line of {@code -Xlog:class+load}: "[0.010s][info][class,load] java.lang.Object source: ...". */
    private static final Pattern CLASS_LOAD = Pattern.compile("\\] (\\S+) source:");

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
        // Runs of one round sit side by side in time, so their ratio cancels most of the machine's drift.
        double[] paired = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            paired[i] = w[i] / r[i];
        }
        double ratio = Stats.median(paired);
        double ratioOfMedians = Stats.median(w) / Stats.median(r);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("unit", "ms");
        json.put("wrapperMs", wrapper);
        json.put("rawMs", raw);
        json.put("wrapperMedianMs", Stats.median(w));
        json.put("rawMedianMs", Stats.median(r));
        json.put("medianPairedRatio", Stats.round3(ratio));
        json.put("ratioOfMedians", Stats.round3(ratioOfMedians));
        json.put("classesLoaded", classes);
        Map<String, Long> extraByPackage = extraClassesByPackage(server);
        json.put("extraClassesByPackage", extraByPackage);
        report.part("coldStart", json);
        report.target("4 Cold start", "fresh JVM to first parsed get, median of paired SDK / raw", String.format("%.3fx", ratio),
                "<= " + TARGET + "x", ratio <= TARGET);
        report.details(String.format("""
                ## 4. Cold start

                %d runs each, alternating, each a fresh `java -cp ... ColdStartMain wrapper|raw` child timed from process \
                start to the line printed after the response is parsed (JVM boot included, default JVM options).

                | Client | median ms | min ms | max ms |
                |---|---|---|---|
                | wrapper | %.0f | %.0f | %.0f |
                | raw | %.0f | %.0f | %.0f |

                Median of the %d paired ratios (SDK / raw run of the same round): **%.3fx** (target <= %.1fx); \
                ratio of the medians: %.3fx. Classes loaded by the time the response was parsed: SDK %d, raw %d.
                """, RUNS, Stats.median(w), Stats.percentile(w, 0), Stats.percentile(w, 100),
                Stats.median(r), Stats.percentile(r, 0), Stats.percentile(r, 100), RUNS, ratio, TARGET, ratioOfMedians,
                classes.get("wrapper"), classes.get("raw")));
        StringBuilder md = new StringBuilder(ratio <= TARGET ? "" : String.format("Target missed by %.1f%%. ", (ratio / TARGET - 1) * 100))
                .append("Where the SDK's extra start-up goes: classes it loads that the raw path does not, by package ")
                .append("(from `-Xlog:class+load` in one more run of each):\n\n| Package | extra classes |\n|---|---|\n");
        extraByPackage.forEach((pkg, n) -> md.append("| ").append(pkg).append(" | ").append(n).append(" |\n"));
        report.details(md.toString());
    }

    /** The packages with the most classes the SDK path loads and the raw path does not, most first. */
    private static Map<String, Long> extraClassesByPackage(StaticGenerationServer server) throws Exception {
        Map<String, Set<String>> loaded = new LinkedHashMap<>();
        for (String mode : List.of("wrapper", "raw")) {
            Path log = Files.createTempFile("class-load-" + mode, ".txt");
            try {
                ChildJvm.run(ColdStartMain.class, List.of("-Xlog:class+load=info:file=" + log), ColdStartMain.DONE, 60,
                        mode, server.baseUrl(), server.generationId());
                try (Stream<String> lines = Files.lines(log)) {
                    loaded.put(mode, lines.map(CLASS_LOAD::matcher).filter(Matcher::find).map(m -> m.group(1))
                            .collect(Collectors.toSet()));
                }
            } finally {
                Files.deleteIfExists(log);
            }
        }
        Map<String, Long> byPackage = loaded.get("wrapper").stream().filter(c -> !loaded.get("raw").contains(c))
                .collect(Collectors.groupingBy(c -> c.contains(".") ? c.substring(0, c.lastIndexOf('.')) : "",
                        Collectors.counting()));
        Map<String, Long> top = new LinkedHashMap<>();
        byPackage.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(TOP_PACKAGES)
                .forEach(e -> top.put(e.getKey(), e.getValue()));
        top.put("(total)", byPackage.values().stream().mapToLong(Long::longValue).sum());
        return top;
    }
}

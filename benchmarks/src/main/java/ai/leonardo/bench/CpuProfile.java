package ai.leonardo.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads a JFR recording of a JMH fork and summarises where the benchmark thread spent its CPU:
 * the share of execution samples that pass through each layer (SDK, Retrofit, Gson, OkHttp/Okio),
 * and the hottest leaf methods. Only Java execution samples of JMH's worker thread count; time
 * blocked in the socket is not CPU and is the same for both clients.
 */
final class CpuProfile {
    private static final int TOP = 12;
    /** Layers by class-name prefix, in the order a stack is attributed (a sample can be in several). */
    private static final Map<String, List<String>> LAYERS = new LinkedHashMap<>();

    static {
        LAYERS.put("SDK (ai.leonardo.sdk, not generated)", List.of("ai.leonardo.sdk.internal.", "ai.leonardo.sdk.Generation",
                "ai.leonardo.sdk.Leonardo", "ai.leonardo.sdk.GenerationMapper"));
        LAYERS.put("Retrofit", List.of("retrofit2."));
        LAYERS.put("Gson", List.of("com.google.gson."));
        LAYERS.put("OkHttp + Okio", List.of("okhttp3.", "okio."));
        LAYERS.put("regex", List.of("java.util.regex."));
    }

    /** Samples in the benchmark thread, the share per layer, and the hottest leaf methods. */
    record Summary(int samples, Map<String, Double> layerShare, Map<String, Double> topLeaves) {
    }

    private CpuProfile() {
    }

    /**
     * @param recording a JFR file written by a JMH fork
     * @return the summary
     * @throws IOException if the file cannot be read
     */
    static Summary read(Path recording) throws IOException {
        int samples = 0;
        Map<String, Integer> layers = new LinkedHashMap<>();
        Map<String, Integer> leaves = new TreeMap<>();
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null
                        || !String.valueOf(event.getThread("sampledThread").getJavaName()).contains("jmh-worker")) {
                    continue;
                }
                samples++;
                List<RecordedFrame> frames = event.getStackTrace().getFrames();
                if (!frames.isEmpty()) {
                    leaves.merge(name(frames.get(0)), 1, Integer::sum);
                }
                LAYERS.forEach((layer, prefixes) -> {
                    if (frames.stream().map(CpuProfile::name).anyMatch(n -> prefixes.stream().anyMatch(n::startsWith))) {
                        layers.merge(layer, 1, Integer::sum);
                    }
                });
            }
        }
        int total = Math.max(1, samples);
        Map<String, Double> layerShare = new LinkedHashMap<>();
        LAYERS.keySet().forEach(layer -> layerShare.put(layer, Stats.round3(layers.getOrDefault(layer, 0) / (double) total)));
        Map<String, Double> top = new LinkedHashMap<>();
        leaves.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(TOP)
                .forEach(e -> top.put(e.getKey(), Stats.round3(e.getValue() / (double) total)));
        return new Summary(samples, layerShare, top);
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }
}

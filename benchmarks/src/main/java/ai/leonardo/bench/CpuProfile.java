package ai.leonardo.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads a JFR recording of a JMH fork and summarises where the benchmark thread spent its CPU:
 * the share of execution samples that pass through each layer (SDK, Retrofit, Gson, OkHttp/Okio),
 * and the hottest methods outside the JDK (a sample in the JDK counts for its nearest non-JDK
 * caller). Samples taken while JMH's setup builds the client are left out. Only Java execution samples of JMH's worker thread count; time
 * blocked in the socket is not CPU and is the same for both clients.
 */
final class CpuProfile {
    private static final int TOP = 12;
    private static final Pattern JDK = Pattern.compile("(java|javax|jdk|sun|kotlin)\\.");
    /** Layers by class name; a sample counts for every layer its stack passes through. */
    private static final Map<String, Predicate<String>> LAYERS = new LinkedHashMap<>();

    static {
        LAYERS.put("SDK (hand-written)", n -> n.startsWith("ai.leonardo.sdk.") && !n.startsWith("ai.leonardo.sdk.generated."));
        LAYERS.put("Retrofit", n -> n.startsWith("retrofit2."));
        LAYERS.put("Gson", n -> n.startsWith("com.google.gson."));
        LAYERS.put("OkHttp + Okio", n -> n.startsWith("okhttp3.") || n.startsWith("okio."));
        LAYERS.put("java.util.regex", n -> n.startsWith("java.util.regex."));
    }

    /** Samples in the benchmark thread, the share per layer, and the hottest non-JDK methods. */
    record Summary(int samples, Map<String, Double> layerShare, Map<String, Double> topMethods) {
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
                // A sample may name no thread (seen on a loaded machine): it cannot be a benchmark thread's.
                RecordedThread thread = event.getEventType().getName().equals("jdk.ExecutionSample")
                        ? event.getThread("sampledThread") : null;
                if (thread == null || event.getStackTrace() == null
                        || !String.valueOf(thread.getJavaName()).contains("jmh-worker")) {
                    continue;
                }
                List<RecordedFrame> frames = event.getStackTrace().getFrames();
                if (frames.stream().anyMatch(f -> f.getMethod().getName().contains("_jmh_tryInit_"))) {
                    continue; // building the client in @Setup, not a call
                }
                samples++;
                // Time in the JDK is charged to the library method that called into it.
                frames.stream().map(CpuProfile::name).filter(n -> !JDK.matcher(n).lookingAt()).findFirst()
                        .ifPresent(caller -> leaves.merge(caller, 1, Integer::sum));
                LAYERS.forEach((layer, matches) -> {
                    if (frames.stream().map(CpuProfile::name).anyMatch(matches)) {
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

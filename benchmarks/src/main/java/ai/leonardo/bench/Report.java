package ai.leonardo.bench;

import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Collects what each part measured, as JSON ({@code latest.json}) and as markdown
 * ({@code latest.md}): a summary table of every target, then each part's details.
 */
final class Report {
    private final Map<String, Object> json = new LinkedHashMap<>();
    private final List<String> summary = new ArrayList<>();
    private final StringBuilder details = new StringBuilder();

    Report() {
        json.put("date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        json.put("machine", machine());
    }

    /**
     * Records one part's raw numbers under its key.
     *
     * @param key the part, e.g. "overhead"
     * @param values its numbers, in order
     */
    void part(String key, Map<String, Object> values) {
        json.put(key, values);
    }

    /**
     * Adds a row to the summary table.
     *
     * @param part which measurement
     * @param measure what is compared
     * @param result the measured value, formatted
     * @param target the target, formatted
     * @param met whether the target is met
     */
    void target(String part, String measure, String result, String target, boolean met) {
        summary.add("| " + part + " | " + measure + " | " + result + " | " + target + " | " + (met ? "yes" : "**no**") + " |");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> targets = (List<Map<String, Object>>) json.computeIfAbsent("targets", k -> new ArrayList<>());
        targets.add(Map.of("part", part, "measure", measure, "result", result, "target", target, "met", met));
    }

    /**
     * Appends markdown to the details below the summary.
     *
     * @param markdown a section, ending with a newline
     */
    void details(String markdown) {
        details.append(markdown).append('\n');
    }

    /**
     * Writes {@code latest.json} and {@code latest.md}.
     *
     * @param dir the results directory
     * @param wallSeconds how long the whole run took
     * @throws IOException if a file cannot be written
     */
    void write(Path dir, long wallSeconds) throws IOException {
        json.put("wallSeconds", wallSeconds);
        @SuppressWarnings("unchecked")
        Map<String, Object> machine = (Map<String, Object>) json.get("machine");
        machine.put("loadAverageAtEnd", loadAverage());
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("latest.json"),
                new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(json) + "\n",
                StandardCharsets.UTF_8);
        StringBuilder md = new StringBuilder()
                .append("# Benchmark results\n\n")
                .append("- Date: ").append(json.get("date")).append('\n')
                .append("- JDK: ").append(machine.get("jdk")).append('\n')
                .append("- CPU: ").append(machine.get("cpu")).append(", ").append(machine.get("cpus")).append(" CPUs\n")
                .append("- Memory: ").append(machine.get("memory")).append('\n')
                .append("- OS: ").append(machine.get("os")).append('\n')
                .append("- Whole run: ").append(wallSeconds).append(" s\n")
                .append("- Load average (1 min; every process on the machine, on ").append(machine.get("cpus"))
                .append(" CPUs): ").append(machine.get("loadAverageAtStart")).append(" at the start, ")
                .append(machine.get("loadAverageAtEnd")).append(" at the end\n\n")
                .append("The machine is shared and noisy: compare the ratios of numbers measured side by side in this run, ")
                .append("not absolute times across runs.\n\n")
                .append("| Part | Measure | Result | Target | Met |\n|---|---|---|---|---|\n");
        summary.forEach(row -> md.append(row).append('\n'));
        md.append('\n').append(details);
        Files.writeString(dir.resolve("latest.md"), md.toString(), StandardCharsets.UTF_8);
    }

    private static Map<String, Object> machine() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + " (" + System.getProperty("java.vendor") + ")");
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        machine.put("cpu", procLine(Path.of("/proc/cpuinfo"), "model name"));
        machine.put("cpus", Runtime.getRuntime().availableProcessors());
        machine.put("memory", memory(procLine(Path.of("/proc/meminfo"), "MemTotal")));
        machine.put("jvmArgs", ManagementFactory.getRuntimeMXBean().getInputArguments());
        machine.put("loadAverageAtStart", loadAverage());
        return machine;
    }

    /** @return the 1-minute system load average, rounded to two decimals (-1 where the OS has none) */
    private static double loadAverage() {
        return Math.round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() * 100) / 100.0;
    }

    /** @return "24684092 kB" as "23.5 GiB"; anything else as it is */
    private static String memory(String memTotal) {
        String[] parts = memTotal.split(" ");
        if (parts.length == 2 && parts[1].equals("kB") && parts[0].matches("\\d+")) {
            return String.format("%.1f GiB", Long.parseLong(parts[0]) / (1024.0 * 1024.0));
        }
        return memTotal;
    }

    /** @return the value after the colon of the first line starting with the key, or "unknown" off Linux */
    private static String procLine(Path file, String key) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(l -> l.startsWith(key)).map(l -> l.substring(l.indexOf(':') + 1).trim().replaceAll("\\s+", " "))
                    .findFirst().orElse("unknown");
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}

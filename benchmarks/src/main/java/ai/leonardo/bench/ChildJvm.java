package ai.leonardo.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class of this module in a fresh JVM with the same class path, so a measurement
 * starts cold or cannot be polluted by another one's threads and heap.
 */
final class ChildJvm {
    /** What a child printed on stdout, and when its first line matching a prefix appeared. */
    record Run(List<String> lines, long nanosToMarker) {
        /**
         * @param prefix a line prefix
         * @return the first line starting with it
         * @throws IllegalStateException if the child printed none
         */
        String line(String prefix) {
            return lines.stream().filter(l -> l.startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("child printed no '" + prefix + "' line: " + lines));
        }
    }

    private ChildJvm() {
    }

    /**
     * Starts the child, reads its stdout to the end and waits for it.
     *
     * @param mainClass the class to run
     * @param jvmArgs options for the child JVM
     * @param marker the line prefix whose first appearance is timed from just before the process starts
     * @param timeoutSeconds how long the child may run before it is killed and this fails
     * @param args program arguments
     * @return what it printed
     * @throws IOException if it cannot be started, fails or times out
     * @throws InterruptedException if interrupted while waiting for it
     */
    static Run run(Class<?> mainClass, List<String> jvmArgs, String marker, long timeoutSeconds, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        long start = System.nanoTime();
        Process process = builder.start();
        // Reading stdout blocks until the child exits, so a hung child is killed from the side.
        CompletableFuture<Void> watchdog = CompletableFuture.runAsync(process::destroyForcibly,
                CompletableFuture.delayedExecutor(timeoutSeconds, TimeUnit.SECONDS));
        List<String> lines = new ArrayList<>();
        long toMarker = -1;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (toMarker < 0 && line.startsWith(marker)) {
                    toMarker = System.nanoTime() - start;
                }
                lines.add(line);
            }
        }
        int exit = process.waitFor();
        boolean killed = !watchdog.cancel(false);
        if (exit != 0 || killed) {
            throw new IOException(mainClass.getSimpleName() + " " + String.join(" ", args)
                    + (killed ? " timed out after " + timeoutSeconds + " s" : " exited with " + exit) + ": " + lines);
        }
        return new Run(List.copyOf(lines), toMarker);
    }
}

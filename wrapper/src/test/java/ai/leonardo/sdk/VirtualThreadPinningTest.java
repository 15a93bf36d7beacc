package ai.leonardo.sdk;

import ai.leonardo.sdk.model.Generation;
import ai.leonardo.sdk.model.GenerationRequest;
import ai.leonardo.sdk.model.JobStatus;

import static org.assertj.core.api.Assertions.assertThat;

import ai.leonardo.testkit.FakeLeonardo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;

/**
 * Blocking waits on virtual threads never pin their carrier: while a wait sleeps between polls or
 * a GET is in flight, the carrier is free for other virtual threads. JFR records every
 * {@code jdk.VirtualThreadPinned} event (threshold zero) during {@value #WAITS} waits. Runs on
 * JDK 25 (Maven profile {@code virtual-threads}); the test sources are Java 17, so virtual threads
 * are made reflectively.
 */
class VirtualThreadPinningTest {
    private static final int WAITS = 200;

    @Test
    void blockingWaitsOnVirtualThreadsNeverPinACarrier() throws Exception {
        Path dump = Files.createTempFile("pinning", ".jfr");
        try (FakeLeonardo fake = FakeLeonardo.builder().jobDuration(Duration.ofMillis(800))
                        .latency(Duration.ofMillis(30)).concurrencyLimit(WAITS).build().start();
                // A webhook key: the waits sleep on the semaphore a callback can end early.
                Leonardo leonardo = Leonardo.builder().apiKey(fake.apiKey()).baseUrl(fake.baseUrl())
                        .webhookApiKey("whk").maxPollsPerSecond(10_000).build();
                Recording recording = new Recording()) {
            // A first round loads and initialises the classes: a virtual thread waiting for a class
            // another thread initialises is pinned once per class, which says nothing about waiting.
            runWaits(leonardo, 20);
            recording.enable("jdk.VirtualThreadPinned").withThreshold(Duration.ZERO).withStackTrace();
            recording.enable("jdk.VirtualThreadStart");
            recording.start();
            runWaits(leonardo, WAITS);
            recording.stop();
            recording.dump(dump);

            List<RecordedEvent> events = RecordingFile.readAllEvents(dump);
            List<RecordedEvent> pinned = events.stream()
                    .filter(e -> e.getEventType().getName().equals("jdk.VirtualThreadPinned")).toList();
            // The recording saw the waits' virtual threads, so an empty pinned list means something.
            assertThat(events).filteredOn(e -> e.getEventType().getName().equals("jdk.VirtualThreadStart"))
                    .hasSizeGreaterThanOrEqualTo(WAITS);
            assertThat(pinned).as("pinned virtual threads:%n%s", pinned).isEmpty();
        } finally {
            Files.deleteIfExists(dump);
        }
    }

    /** Creates {@code count} generations and waits for each with a blocking wait on its own virtual thread. */
    private static void runWaits(Leonardo leonardo, int count) throws Exception {
        ExecutorService virtualThreads = (ExecutorService) Executors.class
                .getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
        WaitOptions fastPolls = WaitOptions.of(WaitPolicy.fixed(Duration.ofMillis(100)));
        List<Future<Generation>> waits = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            GenerationRequest request = GenerationRequest.builder().prompt("lighthouse " + i).build();
            waits.add(virtualThreads.submit(() -> leonardo.generations().createAndWait(request, fastPolls)));
        }
        for (Future<Generation> wait : waits) {
            assertThat(wait.get(60, TimeUnit.SECONDS).status()).isEqualTo(JobStatus.COMPLETE);
        }
        virtualThreads.shutdown();
    }
}

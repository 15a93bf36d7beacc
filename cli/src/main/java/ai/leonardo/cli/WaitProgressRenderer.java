package ai.leonardo.cli;

import ai.leonardo.sdk.model.JobStatus;
import ai.leonardo.sdk.WaitListener;
import ai.leonardo.sdk.WaitProgress;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Shows a wait: the generation, its status, the time waited and the poll count. On a terminal the
 * clock also ticks between polls: the SDK's adaptive wait may not poll for seconds (that is what
 * saves requests), and a frozen line would look like a hang. The ticker only redraws; it never
 * calls the API.
 */
final class WaitProgressRenderer implements WaitListener, AutoCloseable {
    private static final long TICK_MILLIS = 200;

    private final StatusLine line;
    private final String id;
    private final long startNanos = System.nanoTime();
    private final ScheduledExecutorService ticker;
    private volatile JobStatus status = JobStatus.PENDING;
    private volatile int attempt;
    /** How far the SDK's clock (which starts at the create) is ahead of ours, so ticks never run backwards. */
    private volatile long offsetNanos;

    /**
     * @param line where to draw
     * @param id the generation waited for
     * @param tick whether to redraw the clock between polls (only sensible on a terminal)
     */
    WaitProgressRenderer(StatusLine line, String id, boolean tick) {
        this.line = line;
        this.id = id;
        if (tick) {
            ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "leonardo-progress");
                thread.setDaemon(true);
                return thread;
            });
            ticker.scheduleAtFixedRate(() -> draw(sinceStart(), Optional.empty()), 0, TICK_MILLIS,
                    TimeUnit.MILLISECONDS);
        } else {
            ticker = null;
        }
    }

    @Override
    public void onPoll(WaitProgress progress) {
        status = progress.status();
        attempt = progress.attempt();
        offsetNanos = Math.max(0, progress.elapsed().toNanos() - (System.nanoTime() - startNanos));
        // A failed poll is retried by the wait; say so rather than look stuck.
        draw(progress.elapsed(), progress.error().map(e -> " (poll failed, retrying: " + e.getMessage() + ")"));
    }

    /** Stops the ticker; the last drawn state stays on screen. */
    @Override
    public void close() {
        if (ticker != null) {
            ticker.shutdownNow();
            try {
                // Let a tick in progress finish drawing, so nothing is drawn after the line is finished.
                ticker.awaitTermination(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void draw(Duration elapsed, Optional<String> note) {
        line.update(String.format("Waiting for %s: %s, %.1fs, poll %d%s", id, status,
                elapsed.toMillis() / 1000.0, attempt, note.orElse("")));
    }

    private Duration sinceStart() {
        return Duration.ofNanos(System.nanoTime() - startNanos + offsetNanos);
    }
}

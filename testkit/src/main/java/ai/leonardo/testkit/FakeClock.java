package ai.leonardo.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that moves only when a test advances it. FakeLeonardo computes job status from its clock
 * when a generation is read, so advancing this clock past a job's duration completes the job at once.
 * Thread-safe.
 */
public final class FakeClock extends Clock {

    private final Instant start;
    private final AtomicReference<Instant> now;

    /**
     * Creates a clock that reads {@code start} until advanced.
     *
     * @param start the initial instant
     */
    public FakeClock(Instant start) {
        this.start = Objects.requireNonNull(start, "start");
        this.now = new AtomicReference<>(start);
    }

    /**
     * Moves the clock forward.
     *
     * @param duration how far; not negative
     * @return the new instant
     */
    public Instant advance(Duration duration) {
        if (Objects.requireNonNull(duration, "duration").isNegative()) {
            throw new IllegalArgumentException("cannot move time backwards: " + duration);
        }
        return now.updateAndGet(t -> t.plus(duration));
    }

    /** Returns the clock to the instant it was created with. */
    void rewind() {
        now.set(start);
    }

    /**
     * The current fake time.
     *
     * @return the instant
     */
    @Override
    public Instant instant() {
        return now.get();
    }

    /**
     * Always UTC.
     *
     * @return {@link ZoneOffset#UTC}
     */
    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /**
     * Not supported: the fake has one time line.
     *
     * @param zone ignored
     * @return never
     * @throws UnsupportedOperationException always
     */
    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("FakeClock is always UTC");
    }
}

package ai.leonardo.sdk.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The poll requests one client may send: at most {@code perSecond} a second on average, with
 * bursts of at most one second's worth, shared by every wait of the client. Each attempt reserves
 * its slot and is told how long to hold back, so waits are served in the order they asked and
 * none is dropped. A 429 from the server closes the budget until its {@code Retry-After} for every
 * wait, not only the one that got it; after the pause requests resume one slot at a time, not as
 * a burst. Not part of the public API. Thread-safe.
 */
public final class PollBudget {
    private final Clock clock;
    private final long intervalNanos;
    private final long burstNanos;
    /** When the next request would go if every reservation so far went at its rate (GCRA). */
    private Instant theoreticalArrival;
    /** Until when the server asked for nothing; slots reserved before its 429 must wait for it too. */
    private Instant pausedUntil;

    /**
     * @param perSecond the average rate, at least 1
     * @param clock the client's clock (virtual in tests)
     */
    public PollBudget(int perSecond, Clock clock) {
        if (perSecond < 1) {
            throw new IllegalArgumentException("perSecond must be at least 1: " + perSecond);
        }
        this.clock = clock;
        this.intervalNanos = 1_000_000_000L / perSecond;
        this.burstNanos = intervalNanos * (perSecond - 1L);
        this.theoreticalArrival = clock.instant();
        this.pausedUntil = theoreticalArrival;
    }

    /**
     * Reserves the next slot.
     *
     * @return how long to wait before sending; zero when the request may go now
     */
    public synchronized Duration reserve() {
        Instant now = clock.instant();
        Instant arrival = theoreticalArrival.isAfter(now) ? theoreticalArrival : now;
        Instant allowedAt = arrival.minusNanos(burstNanos);
        theoreticalArrival = arrival.plusNanos(intervalNanos);
        return allowedAt.isAfter(now) ? Duration.between(now, allowedAt) : Duration.ZERO;
    }

    /**
     * Sends nothing before {@code pause} from now has passed (the server said so).
     *
     * @param pause the server's Retry-After
     */
    public synchronized void pause(Duration pause) {
        Instant until = clock.instant().plus(pause);
        if (until.isAfter(pausedUntil)) {
            pausedUntil = until;
        }
        // The first slot after the pause is at its end; the burst allowance is spent.
        Instant resume = until.plusNanos(burstNanos);
        if (resume.isAfter(theoreticalArrival)) {
            theoreticalArrival = resume;
        }
    }

    /**
     * @return whether a 429's pause is still running: a request whose slot was reserved before it
     *     came must take a new slot instead of going now
     */
    public synchronized boolean paused() {
        return clock.instant().isBefore(pausedUntil);
    }
}

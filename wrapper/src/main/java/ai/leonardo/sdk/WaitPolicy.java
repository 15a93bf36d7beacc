package ai.leonardo.sdk;

import java.time.Duration;
import java.util.Objects;

/**
 * How a wait spaces its polls and how long it may last. Immutable; the {@code with...} methods
 * return modified copies.
 *
 * <ul>
 *   <li>{@link #defaults()}: <b>adaptive</b>. The client learns how long jobs of each kind (model ×
 *       image size × image count) take and polls around the expected completion: nothing until
 *       shortly before the fastest few percent usually finish, then about every 0.9 s, then, if the
 *       job runs longer than expected, at intervals that grow with its age (15% of the elapsed
 *       time). With no history the first poll is about 3 s after the create.</li>
 *   <li>{@link #fixed(Duration)}: the same interval throughout.</li>
 *   <li>{@link #exponential(Duration, double, Duration)}: {@code initial × multiplier^n}, capped.</li>
 * </ul>
 *
 * <p><b>Deadline.</b> A wait ends with {@link WaitTimeoutException} once {@link #timeout()} has
 * passed since it began. It never sleeps past the deadline: when the next delay would cross it,
 * the wait makes one last poll at the deadline instead. So a wait outlives its deadline by at most
 * that last poll's HTTP time (its per-attempt timeout, and the client's retries of that GET).
 *
 * <p><b>Jitter</b> shortens each delay by a random fraction up to {@link #jitter()}, so waits
 * started together drift apart; it never lengthens a delay, so it never adds detection lag.
 */
public final class WaitPolicy {
    /** Deadline of {@link #defaults()}: long enough for slow multi-image jobs, short enough to notice a stuck one. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);
    /** Largest delay between polls of {@link #defaults()}. */
    public static final Duration DEFAULT_MAX_DELAY = Duration.ofSeconds(30);

    private static final WaitPolicy DEFAULTS =
            new WaitPolicy(true, Duration.ofSeconds(3), 1.0, DEFAULT_MAX_DELAY, 0, DEFAULT_TIMEOUT);

    private final boolean adaptive;
    private final Duration initialDelay;
    private final double multiplier;
    private final Duration maxDelay;
    private final double jitter;
    private final Duration timeout;

    private WaitPolicy(boolean adaptive, Duration initialDelay, double multiplier, Duration maxDelay, double jitter,
            Duration timeout) {
        this.adaptive = adaptive;
        this.initialDelay = requirePositive(initialDelay, "initialDelay");
        if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
            throw new IllegalArgumentException("multiplier must be a finite number >= 1: " + multiplier);
        }
        this.multiplier = multiplier;
        this.maxDelay = requirePositive(maxDelay, "maxDelay");
        if (maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("maxDelay " + maxDelay + " is below initialDelay " + initialDelay);
        }
        if (!(jitter >= 0 && jitter < 1)) {
            throw new IllegalArgumentException("jitter must be in [0, 1): " + jitter);
        }
        this.jitter = jitter;
        this.timeout = requirePositive(timeout, "timeout");
    }

    /**
     * The adaptive policy with a {@link #DEFAULT_TIMEOUT} deadline and delays capped at
     * {@link #DEFAULT_MAX_DELAY}; see the class description.
     *
     * @return the default policy
     */
    public static WaitPolicy defaults() {
        return DEFAULTS;
    }

    /**
     * Polls at a fixed interval, first after one interval, with the {@link #DEFAULT_TIMEOUT} deadline.
     *
     * @param interval the interval, positive
     * @return the policy
     */
    public static WaitPolicy fixed(Duration interval) {
        return new WaitPolicy(false, interval, 1.0, interval, 0, DEFAULT_TIMEOUT);
    }

    /**
     * Polls after {@code initial}, then waits {@code multiplier} times longer each time, up to
     * {@code cap}, with the {@link #DEFAULT_TIMEOUT} deadline.
     *
     * @param initial the first delay, positive
     * @param multiplier growth per poll, at least 1
     * @param cap the largest delay, at least {@code initial}
     * @return the policy
     */
    public static WaitPolicy exponential(Duration initial, double multiplier, Duration cap) {
        return new WaitPolicy(false, initial, multiplier, cap, 0, DEFAULT_TIMEOUT);
    }

    /**
     * Returns a copy with another deadline.
     *
     * @param timeout the total time a wait may take, positive
     * @return the new policy
     */
    public WaitPolicy withTimeout(Duration timeout) {
        return new WaitPolicy(adaptive, initialDelay, multiplier, maxDelay, jitter, timeout);
    }

    /**
     * Returns a copy with jitter.
     *
     * @param jitter the largest fraction by which a delay is shortened at random, in [0, 1)
     * @return the new policy
     */
    public WaitPolicy withJitter(double jitter) {
        return new WaitPolicy(adaptive, initialDelay, multiplier, maxDelay, jitter, timeout);
    }

    /**
     * Returns a copy with another cap on the delay between polls (for the adaptive policy too).
     *
     * @param maxDelay the largest delay, positive and not below the initial delay
     * @return the new policy
     */
    public WaitPolicy withMaxDelay(Duration maxDelay) {
        return new WaitPolicy(adaptive, initialDelay, multiplier, maxDelay, jitter, timeout);
    }

    /** @return true when delays come from the client's learned estimates ({@link #defaults()}) */
    public boolean isAdaptive() {
        return adaptive;
    }

    /** @return the first delay of a fixed or exponential policy (the adaptive one decides its own) */
    public Duration initialDelay() {
        return initialDelay;
    }

    /** @return the growth factor per poll of an exponential policy (1 for fixed) */
    public double multiplier() {
        return multiplier;
    }

    /** @return the largest delay between polls */
    public Duration maxDelay() {
        return maxDelay;
    }

    /** @return the largest fraction by which a delay is shortened at random */
    public double jitter() {
        return jitter;
    }

    /** @return the total time a wait may take before {@link WaitTimeoutException} */
    public Duration timeout() {
        return timeout;
    }

    /** Delay before poll {@code attempt} (from 0) of a fixed or exponential policy, uncapped by the deadline. */
    Duration scheduledDelay(int attempt) {
        double millis = initialDelay.toMillis() * Math.pow(multiplier, Math.min(attempt, 64));
        return Duration.ofMillis((long) Math.min(millis, maxDelay.toMillis()));
    }

    private static Duration requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + d);
        }
        return d;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WaitPolicy p && adaptive == p.adaptive && initialDelay.equals(p.initialDelay)
                && multiplier == p.multiplier && maxDelay.equals(p.maxDelay) && jitter == p.jitter
                && timeout.equals(p.timeout);
    }

    @Override
    public int hashCode() {
        return Objects.hash(adaptive, initialDelay, multiplier, maxDelay, jitter, timeout);
    }

    @Override
    public String toString() {
        return adaptive
                ? "WaitPolicy{adaptive, maxDelay=" + maxDelay + ", jitter=" + jitter + ", timeout=" + timeout + "}"
                : "WaitPolicy{initialDelay=" + initialDelay + ", multiplier=" + multiplier + ", maxDelay=" + maxDelay
                        + ", jitter=" + jitter + ", timeout=" + timeout + "}";
    }
}

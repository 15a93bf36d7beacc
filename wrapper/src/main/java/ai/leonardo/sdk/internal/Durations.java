package ai.leonardo.sdk.internal;

import java.time.Duration;
import java.util.Comparator;
import java.util.function.BinaryOperator;

/** The shorter and the longer of two durations, for the delay rules of waits and retries. Not part of the public API. */
public final class Durations {
    private static final BinaryOperator<Duration> SHORTER = BinaryOperator.minBy(Comparator.naturalOrder());
    private static final BinaryOperator<Duration> LONGER = BinaryOperator.maxBy(Comparator.naturalOrder());

    private Durations() {
    }

    /**
     * @param a a duration
     * @param b another
     * @return the shorter of the two
     */
    public static Duration shorter(Duration a, Duration b) {
        return SHORTER.apply(a, b);
    }

    /**
     * @param a a duration
     * @param b another
     * @return the longer of the two
     */
    public static Duration longer(Duration a, Duration b) {
        return LONGER.apply(a, b);
    }
}

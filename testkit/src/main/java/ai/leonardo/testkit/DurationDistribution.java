package ai.leonardo.testkit;

import java.time.Duration;
import java.util.Objects;
import java.util.Random;

/**
 * How long a generation job stays PENDING. FakeLeonardo draws one duration per created job from its
 * seeded random source ({@link FakeLeonardo.Builder#seed(long)}), so a run is reproducible for a given
 * seed and order of creation.
 */
@FunctionalInterface
public interface DurationDistribution {

    /**
     * Draws one job duration.
     *
     * @param random the fake's seeded random source; the only source of randomness to use
     * @return a non-negative duration
     */
    Duration sample(Random random);

    /**
     * Every job takes the same time.
     *
     * @param duration the job duration; not negative
     * @return the distribution
     */
    static DurationDistribution fixed(Duration duration) {
        requireNonNegative(duration);
        return random -> duration;
    }

    /**
     * Uniform between two bounds, inclusive of {@code min}, at millisecond resolution.
     *
     * @param min the shortest duration; not negative
     * @param max the longest duration; at least {@code min}
     * @return the distribution
     */
    static DurationDistribution uniform(Duration min, Duration max) {
        requireNonNegative(min);
        if (max.compareTo(min) < 0) {
            throw new IllegalArgumentException("max < min: " + max + " < " + min);
        }
        long lo = min.toMillis();
        long span = max.toMillis() - lo;
        return random -> Duration.ofMillis(lo + (span == 0 ? 0 : (long) (random.nextDouble() * (span + 1))));
    }

    /**
     * Log-normal: most jobs near the median, with a long tail of slow ones, as real queues behave.
     * The duration is {@code median * exp(sigma * Z)} for a standard normal {@code Z}.
     *
     * @param median the median duration; positive
     * @param sigma the spread of the underlying normal; not negative (0 makes it fixed)
     * @return the distribution
     */
    static DurationDistribution logNormal(Duration median, double sigma) {
        requireNonNegative(median);
        if (!(sigma >= 0)) {
            throw new IllegalArgumentException("sigma must be >= 0: " + sigma);
        }
        double medianMillis = median.toMillis();
        return random -> Duration.ofMillis(Math.round(medianMillis * Math.exp(sigma * random.nextGaussian())));
    }

    private static void requireNonNegative(Duration d) {
        if (Objects.requireNonNull(d, "duration").isNegative()) {
            throw new IllegalArgumentException("duration must not be negative: " + d);
        }
    }
}

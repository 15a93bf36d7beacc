package ai.leonardo.sdk.internal;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The adaptive poll schedule behind {@code WaitPolicy.defaults()}: a pure function of what the
 * client has learned, usable without HTTP so a virtual-clock simulation can drive it. Not part of
 * the public API; public only for the benchmark module. Thread-safe.
 *
 * <p><b>Model.</b> For every {@link JobClass} it keeps a running mean and variance of
 * {@code ln(duration)} (exponentially forgetting after {@value #MEMORY} jobs, so it follows
 * drift), plus the same over all classes. A class with no history is predicted by a
 * {@link DurationRegression} over the classes seen (size and image count, per model), or, before
 * that has enough samples, borrows the global estimate; with no history at all the prior is a
 * median of {@value #PRIOR_MEDIAN_SECONDS} s and a log-spread of {@value #PRIOR_SIGMA}. A class's
 * spread is shrunk toward the predicted (or prior) spread while its samples are few, so a class
 * seen twice is not trusted as if seen a hundred times.
 *
 * <p><b>Schedule</b> (elapsed time is measured from the create):
 * <ol>
 *   <li>Skip: no poll before {@code lo + step}, where {@code lo} is the estimated 2nd percentile.
 *       A job finishing before {@code lo} (about 2%) is detected late; every other job is detected
 *       within one step.</li>
 *   <li>Bulk: polls every {@value #STEP_MILLIS} ms until {@code hi}, the estimated 99th percentile.</li>
 *   <li>Tail: the job is slower than expected, so the estimate may be wrong: each delay is
 *       {@value #TAIL_FRACTION} of the elapsed time (geometric growth), so even a job ten times
 *       slower than usual is detected within 15% of its own length.</li>
 * </ol>
 * The caller caps each delay (the policy's max delay and the wait's deadline).
 */
public final class AdaptivePollSchedule {
    /** Jobs after which older observations fade (exponential forgetting). */
    static final int MEMORY = 50;
    /** Median duration assumed before any job has been seen. */
    static final double PRIOR_MEDIAN_SECONDS = 6.0;
    /** Log-spread assumed before any job has been seen; also the shrinkage target. */
    static final double PRIOR_SIGMA = 0.6;
    /** Pseudo-observations of the prior spread mixed into a class's spread. */
    private static final double PRIOR_WEIGHT = 3.0;
    /** Poll interval through the expected bulk, just under 1 s to beat fixed 1 s polling's lag. */
    static final long STEP_MILLIS = 900;
    /** Tail delays as a fraction of the elapsed time. */
    static final double TAIL_FRACTION = 0.15;
    private static final double Z_LOW = -2.05; // 2nd percentile of the standard normal
    private static final double Z_HIGH = 2.33; // 99th percentile

    private final Map<JobClass, LogStats> classes = new ConcurrentHashMap<>();
    private final LogStats global = new LogStats(MEMORY);
    private final DurationRegression regression = new DurationRegression(10 * MEMORY, MEMORY);

    /** Creates a schedule with no history. */
    public AdaptivePollSchedule() {
    }

    /**
     * Returns how long to wait before the next poll.
     *
     * @param cls the job's class ({@link JobClass#UNKNOWN} for a resumed job)
     * @param elapsed time since the job was created (or since the wait began, when unknown)
     * @param attempt polls made so far in this wait (0 before the first); this schedule depends
     *     on elapsed time only, the parameter lets a simulation swap schedules behind one signature
     * @return the delay, at least zero; uncapped
     */
    public Duration nextDelay(JobClass cls, Duration elapsed, int attempt) {
        Estimate estimate = estimate(cls);
        double t = Math.max(0, elapsed.toNanos() / 1e9);
        double step = STEP_MILLIS / 1000.0;
        double lo = Math.exp(estimate.mu + Z_LOW * estimate.sigma);
        double hi = Math.exp(estimate.mu + Z_HIGH * estimate.sigma);
        double delay;
        if (t < lo) {
            delay = lo + step - t;
        } else if (t < hi) {
            delay = step;
        } else {
            delay = Math.max(step, TAIL_FRACTION * t);
        }
        return Duration.ofNanos(Math.round(delay * 1e9));
    }

    /**
     * Learns from a finished job, from what a wait saw of it: the job ended somewhere between the
     * last poll that saw it running and the first that saw it complete; the middle is taken. When
     * the very first poll already saw it complete, only an upper bound is known. Recording that
     * bound would bias the estimate upward, push the first poll later, and censor more jobs; so
     * the sample is the estimate's expected duration given that it ended before that poll.
     *
     * @param cls the job's class; {@link JobClass#UNKNOWN} updates only the global estimate
     * @param lastRunning elapsed time (from the create) of the last poll that saw the job running,
     *     or null when none did
     * @param firstComplete elapsed time of the poll that saw it complete
     */
    public void recordCompletion(JobClass cls, Duration lastRunning, Duration firstComplete) {
        double upper = firstComplete.toNanos() / 1e9;
        if (!(upper > 0)) {
            return; // a log-normal model cannot take zero; such a sample says nothing useful
        }
        double x;
        if (lastRunning != null) {
            x = Math.log((lastRunning.toNanos() / 1e9 + upper) / 2);
        } else {
            Estimate e = estimate(cls);
            double alpha = (Math.log(upper) - e.mu) / e.sigma;
            x = Math.min(Math.log(upper), e.mu - e.sigma * Normal.density(alpha) / Math.max(Normal.cdf(alpha), 1e-9));
        }
        global.add(x);
        if (!cls.isUnknown()) {
            classes.computeIfAbsent(cls, c -> new LogStats(MEMORY)).add(x);
            regression.add(cls, x);
        }
    }

    private Estimate estimate(JobClass cls) {
        Optional<DurationRegression.Prediction> predicted = regression.predict(cls);
        LogStats.Snapshot own = cls.isUnknown() || !classes.containsKey(cls) ? null : classes.get(cls).snapshot();
        if (own == null && predicted.isPresent()) {
            return new Estimate(predicted.get().mu(), predicted.get().sigma());
        }
        LogStats.Snapshot s = own != null ? own : global.snapshot();
        if (s.n() == 0) {
            return new Estimate(Math.log(PRIOR_MEDIAN_SECONDS), PRIOR_SIGMA);
        }
        // Shrink the spread toward the predicted (or prior) one while samples are few, and add the
        // uncertainty of the mean itself, so early quantiles are wide rather than confidently wrong.
        double target = own != null && predicted.isPresent() ? predicted.get().sigma() : PRIOR_SIGMA;
        double variance = (s.n() * s.variance() + PRIOR_WEIGHT * target * target) / (s.n() + PRIOR_WEIGHT);
        variance += variance / s.n();
        return new Estimate(s.mean(), Math.sqrt(variance));
    }

    private record Estimate(double mu, double sigma) {
    }
}

package ai.leonardo.sdk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Drives {@link AdaptivePollSchedule} on virtual time, no HTTP, against fixed 1-second polling.
 *
 * <p>Workload: 12 classes, equally likely: two models (speed factor 1.0 and 1.6) × two sizes
 * (512×512 ×1.0, 1024×1024 ×1.8) × 1, 2 or 4 images (×1.0, ×1.3, ×1.9), on a base median of
 * 3 s. Class medians run from 3 s to 16.4 s (overall median about 6.5 s); each job's duration is
 * lognormal around its class median with sigma 0.25, so the slowest class has a tail past 20 s.
 * 200 warm-up jobs, then 1,000 measured. Reproduce with
 * {@code ./mvnw -B -ntp -pl wrapper -am verify -Dtest=AdaptivePollScheduleSimulationTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class AdaptivePollScheduleSimulationTest {
    private static final String[] MODELS = {"model-a", "model-b"};
    private static final double[] MODEL_FACTOR = {1.0, 1.6};
    private static final long[] SIZES = {512, 1024};
    private static final double[] SIZE_FACTOR = {1.0, 1.8};
    private static final long[] IMAGES = {1, 2, 4};
    private static final double[] IMAGE_FACTOR = {1.0, 1.3, 1.9};
    private static final double BASE_MEDIAN = 3.0;
    private static final double SIGMA = 0.25;
    private static final Duration CAP = Duration.ofSeconds(30);

    private record Job(JobClass cls, double median, double duration) {
    }

    private record Stats(double pollsPerJob, double p95Lag, double p95RelativeLag, double medianDuration) {
    }

    @Test
    void adaptiveDefaultHalvesPollsWithoutWorseLagThanFixedOneSecond() {
        Random random = new Random(42);
        AdaptivePollSchedule schedule = new AdaptivePollSchedule();
        for (int i = 0; i < 200; i++) {
            runAdaptive(schedule, job(random, 1.0), true);
        }
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            jobs.add(job(random, 1.0));
        }
        Stats adaptive = adaptive(schedule, jobs, true);
        Stats fixed = fixedOneSecond(jobs);
        System.out.printf("simulation: %d jobs, median duration %.2f s%n", jobs.size(), fixed.medianDuration());
        System.out.printf("  fixed 1 s : %.2f polls/job, p95 lag %.3f s%n", fixed.pollsPerJob(), fixed.p95Lag());
        System.out.printf("  adaptive  : %.2f polls/job (%.0f%% of fixed), p95 lag %.3f s%n", adaptive.pollsPerJob(),
                100 * adaptive.pollsPerJob() / fixed.pollsPerJob(), adaptive.p95Lag());

        assertThat(fixed.medianDuration()).isBetween(5.0, 8.0);
        assertThat(adaptive.pollsPerJob()).isLessThanOrEqualTo(0.5 * fixed.pollsPerJob());
        assertThat(adaptive.p95Lag()).isLessThanOrEqualTo(fixed.p95Lag());
    }

    @Test
    void jobsThreeTimesSlowerThanLearnedAreStillDetectedPromptly() {
        Random random = new Random(7);
        AdaptivePollSchedule schedule = new AdaptivePollSchedule();
        for (int i = 0; i < 500; i++) {
            runAdaptive(schedule, job(random, 1.0), true);
        }
        List<Job> slow = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            slow.add(job(random, 3.0));
        }
        // Not learning from them: the worst case, where every estimate stays wrong.
        Stats stats = adaptive(schedule, slow, false);
        Stats fixed = fixedOneSecond(slow);
        System.out.printf("3x slower than learned: adaptive %.2f polls/job (fixed 1 s %.2f), p95 lag %.2f s,"
                + " p95 lag/duration %.1f%%%n", stats.pollsPerJob(), fixed.pollsPerJob(), stats.p95Lag(),
                100 * stats.p95RelativeLag());
        assertThat(stats.p95RelativeLag()).isLessThanOrEqualTo(0.20);
    }

    @Test
    void withNoHistoryTheFirstPollComesAfterAboutThreeSeconds() {
        Duration first = new AdaptivePollSchedule().nextDelay(JobClass.UNKNOWN, Duration.ZERO, 0);
        assertThat(first).isBetween(Duration.ofMillis(2500), Duration.ofMillis(3500));
    }

    private static Job job(Random random, double slowdown) {
        int m = random.nextInt(MODELS.length);
        int s = random.nextInt(SIZES.length);
        int n = random.nextInt(IMAGES.length);
        double median = BASE_MEDIAN * MODEL_FACTOR[m] * SIZE_FACTOR[s] * IMAGE_FACTOR[n];
        double duration = slowdown * median * Math.exp(SIGMA * random.nextGaussian());
        return new Job(JobClass.of(MODELS[m], SIZES[s], SIZES[s], IMAGES[n]), median, duration);
    }

    /** @return {polls, lag} of one job waited for under the schedule, as the client would */
    private static double[] runAdaptive(AdaptivePollSchedule schedule, Job job, boolean learn) {
        Duration elapsed = Duration.ZERO;
        Duration lastRunning = null;
        for (int attempt = 0; ; attempt++) {
            Duration delay = schedule.nextDelay(job.cls(), elapsed, attempt);
            elapsed = elapsed.plus(delay.compareTo(CAP) > 0 ? CAP : delay);
            double t = elapsed.toNanos() / 1e9;
            if (t >= job.duration()) {
                if (learn) {
                    schedule.recordCompletion(job.cls(), lastRunning, elapsed);
                }
                return new double[] {attempt + 1, t - job.duration()};
            }
            lastRunning = elapsed;
        }
    }

    private static Stats adaptive(AdaptivePollSchedule schedule, List<Job> jobs, boolean learn) {
        double polls = 0;
        double[] lags = new double[jobs.size()];
        double[] relative = new double[jobs.size()];
        for (int i = 0; i < jobs.size(); i++) {
            double[] outcome = runAdaptive(schedule, jobs.get(i), learn);
            polls += outcome[0];
            lags[i] = outcome[1];
            relative[i] = outcome[1] / jobs.get(i).duration();
        }
        return new Stats(polls / jobs.size(), p95(lags), p95(relative), median(jobs));
    }

    private static Stats fixedOneSecond(List<Job> jobs) {
        double polls = 0;
        double[] lags = new double[jobs.size()];
        double[] relative = new double[jobs.size()];
        for (int i = 0; i < jobs.size(); i++) {
            double d = jobs.get(i).duration();
            double detected = Math.ceil(d);
            polls += detected;
            lags[i] = detected - d;
            relative[i] = lags[i] / d;
        }
        return new Stats(polls / jobs.size(), p95(lags), p95(relative), median(jobs));
    }

    private static double p95(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(0.95 * sorted.length) - 1];
    }

    private static double median(List<Job> jobs) {
        double[] d = jobs.stream().mapToDouble(Job::duration).sorted().toArray();
        return d[d.length / 2];
    }
}

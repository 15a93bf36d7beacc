package ai.leonardo.bench;

import ai.leonardo.sdk.internal.AdaptivePollSchedule;
import ai.leonardo.sdk.internal.JobClass;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;

/**
 * The latency part's two shapes on a virtual clock with no queue at all: 10 waits in 5 rounds
 * against 1,000 waits in one round, jobs log-normal around {@value Latency#MEDIAN_SECONDS} s, one
 * schedule (the SDK's {@link AdaptivePollSchedule}) shared by the client's waits, each answer
 * {@value #ANSWER_SECONDS} s after its poll. What it prints is the p95 lag ratio the schedule alone
 * gives, before any queue, and how many of the 50 slowest detections of 1,000 waits are jobs that
 * ended before their first poll (the client had seen no job when it planned it). Run with
 * {@code java -cp benchmarks/target/benchmarks.jar ai.leonardo.bench.ColdStartModel}.
 */
public final class ColdStartModel {
    private static final double ANSWER_SECONDS = 0.15;
    private static final JobClass CLASS = JobClass.of("default", 512L, 512L, 1L);

    private ColdStartModel() {
    }

    /** @param args none */
    public static void main(String[] args) {
        for (double sigma : Latency.SIGMAS) {
            for (long seed = 1; seed <= 5; seed++) {
                double[] few = lags(10, 5, sigma, seed, new ArrayList<>());
                List<Boolean> coldBySlowness = new ArrayList<>();
                double[] many = lags(1000, 1, sigma, seed, coldBySlowness);
                long cold = coldBySlowness.stream().limit(50).filter(c -> c).count();
                System.out.printf("sigma %.2f seed %d: p95 lag 10 waits x 5 rounds %.2f s, 1,000 waits %.2f s, ratio %.2f;"
                        + " of the 50 slowest detections of 1,000, ended before their first poll: %d%n", sigma, seed,
                        Stats.percentile(few, 95), Stats.percentile(many, 95),
                        Stats.percentile(many, 95) / Stats.percentile(few, 95), cold);
            }
        }
    }

    /**
     * @param cold filled with, slowest detection first, whether the job ended before its first poll
     * @return the detection lags of every job of every round, in seconds
     */
    private static double[] lags(int waits, int rounds, double sigma, long seed, List<Boolean> cold) {
        Random random = new Random(seed);
        AdaptivePollSchedule schedule = new AdaptivePollSchedule();
        List<double[]> detections = new ArrayList<>(); // {lag, 1 when it ended before the first poll}
        for (int round = 0; round < rounds; round++) {
            double[] durations = new double[waits];
            // A poll due: {time, job, polls made before it, when the last poll that saw it running was answered}.
            PriorityQueue<double[]> polls = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));
            for (int i = 0; i < waits; i++) {
                durations[i] = Latency.MEDIAN_SECONDS * Math.exp(sigma * random.nextGaussian());
                polls.add(new double[] {seconds(schedule.nextDelay(CLASS, Duration.ZERO, 0)), i, 0, -1});
            }
            while (!polls.isEmpty()) {
                double[] poll = polls.poll();
                int job = (int) poll[1];
                double answered = poll[0] + ANSWER_SECONDS;
                if (poll[0] >= durations[job]) {
                    schedule.recordCompletion(CLASS, poll[3] < 0 ? null : duration(poll[3]), duration(answered));
                    detections.add(new double[] {answered - durations[job], poll[2] == 0 ? 1 : 0});
                } else {
                    int made = (int) poll[2] + 1;
                    polls.add(new double[] {answered + seconds(schedule.nextDelay(CLASS, duration(answered), made)), job,
                            made, answered});
                }
            }
        }
        detections.stream().sorted((a, b) -> Double.compare(b[0], a[0])).forEach(d -> cold.add(d[1] == 1));
        return detections.stream().mapToDouble(d -> d[0]).toArray();
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }

    private static Duration duration(double seconds) {
        return Duration.ofNanos(Math.round(seconds * 1e9));
    }
}

package ai.leonardo.bench;

import ai.leonardo.sdk.WaitPolicy;
import ai.leonardo.sdk.internal.AdaptivePollSchedule;
import ai.leonardo.sdk.internal.JobClass;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;

/**
 * Part 2: how many polls each {@link WaitPolicy} spends and how late it notices completion, on a
 * virtual clock with no HTTP. Jobs from {@link Workload} arrive as a Poisson stream (one every
 * {@value #MEAN_ARRIVAL_GAP_SECONDS} s on average, so several run at once) and every poll is an
 * event in time order, so the adaptive schedule knows exactly the completions a real client would
 * have seen by then. The adaptive policy is the SDK's own {@link AdaptivePollSchedule}, fed the
 * same observations its waits feed it.
 *
 * <p>Phase one: {@value #JOBS} jobs of the normal mix. Phase two, right after: {@value #SHIFTED_JOBS}
 * jobs each {@value #SLOWDOWN}× slower, against what the adaptive schedule learned in phase one.
 * Both run once for each within-class spread in {@link #CLASS_SIGMAS}, from the same seed, so the
 * workloads differ only in how far a job strays from its class's median. The targets are judged on
 * the default mix ({@link Workload#CLASS_SIGMA}); the wider spreads are reported.
 */
final class WaitSimulation {
    static final int JOBS = 2000;
    static final int SHIFTED_JOBS = 1000;
    static final double SLOWDOWN = 3.0;
    /** Jobs counted as "just after the shift" to show how fast the schedule adapts. */
    static final int FIRST_AFTER_SHIFT = 100;
    static final double MEAN_ARRIVAL_GAP_SECONDS = 2.0;
    static final double POLL_RATIO_TARGET = 0.5;
    /** Within-class log-spreads of the workloads: the default mix first. */
    static final List<Double> CLASS_SIGMAS = List.of(Workload.CLASS_SIGMA, 0.35, 0.5);
    private static final long SEED = 20261124;

    /** A policy under test: its name and the SDK preset. */
    private record Contender(String name, WaitPolicy policy) {
    }

    private static final List<Contender> CONTENDERS = List.of(
            new Contender("adaptive (defaults)", WaitPolicy.defaults()),
            new Contender("fixed 1 s", WaitPolicy.fixed(Duration.ofSeconds(1))),
            new Contender("fixed 5 s", WaitPolicy.fixed(Duration.ofSeconds(5))),
            new Contender("5 s x 1.5 backoff", WaitPolicy.exponential(Duration.ofSeconds(5), 1.5, WaitPolicy.DEFAULT_MAX_DELAY)));

    /** What one policy did on one set of jobs. Lags in seconds. */
    private record Outcome(int jobs, double meanPolls, double lagP50, double lagP95, double lagMax, int timedOut) {
        static Outcome of(List<double[]> pollsAndLags) {
            double[] polls = pollsAndLags.stream().mapToDouble(p -> p[0]).toArray();
            double[] lags = pollsAndLags.stream().filter(p -> p[1] >= 0).mapToDouble(p -> p[1]).toArray();
            return new Outcome(polls.length, Stats.mean(polls), Stats.median(lags), Stats.percentile(lags, 95),
                    Stats.percentile(lags, 100), polls.length - lags.length);
        }

        Map<String, Object> json() {
            return Map.of("jobs", jobs, "meanPolls", Stats.round3(meanPolls), "lagP50s", Stats.round3(lagP50),
                    "lagP95s", Stats.round3(lagP95), "lagMaxS", Stats.round3(lagMax), "timedOut", timedOut);
        }
    }

    private WaitSimulation() {
    }

    static void run(Report report) {
        Map<String, Object> json = new LinkedHashMap<>();
        StringBuilder md = new StringBuilder("## 2. Wait efficiency (virtual clock, no HTTP)\n");
        for (double classSigma : CLASS_SIGMAS) {
            Random random = new Random(SEED);
            List<Workload.Job> jobs = new ArrayList<>(Workload.draw(JOBS, 1, classSigma, random));
            jobs.addAll(Workload.draw(SHIFTED_JOBS, SLOWDOWN, classSigma, random));
            double[] arrivals = new double[jobs.size()];
            for (int i = 1; i < arrivals.length; i++) {
                arrivals[i] = arrivals[i - 1] - MEAN_ARRIVAL_GAP_SECONDS * Math.log(1 - random.nextDouble());
            }

            Map<String, Map<String, Outcome>> byPhase = new LinkedHashMap<>();
            for (Contender contender : CONTENDERS) {
                double[][] results = simulate(contender.policy(), jobs, arrivals);
                List<double[]> all = List.of(results);
                byPhase.computeIfAbsent("normal", k -> new LinkedHashMap<>()).put(contender.name(), Outcome.of(all.subList(0, JOBS)));
                byPhase.computeIfAbsent("learned", k -> new LinkedHashMap<>())
                        .put(contender.name(), Outcome.of(all.subList(JOBS / 2, JOBS)));
                byPhase.computeIfAbsent("shifted", k -> new LinkedHashMap<>()).put(contender.name(), Outcome.of(all.subList(JOBS, all.size())));
                byPhase.computeIfAbsent("firstAfterShift", k -> new LinkedHashMap<>())
                        .put(contender.name(), Outcome.of(all.subList(JOBS, JOBS + FIRST_AFTER_SHIFT)));
            }
            json.put("classSigma " + classSigma, workloadJson(classSigma, jobs, byPhase));
            targets(report, classSigma, byPhase);
            md.append(details(classSigma, jobs, byPhase));
        }
        report.part("waitEfficiency", json);
        report.details(md.toString());
    }

    /**
     * Runs every job under one policy.
     *
     * @return per job {polls, detection lag in seconds (or -1 when the wait timed out)}
     */
    private static double[][] simulate(WaitPolicy policy, List<Workload.Job> jobs, double[] arrivals) {
        AdaptivePollSchedule schedule = new AdaptivePollSchedule();
        double[][] results = new double[jobs.size()][];
        // A poll due at a time: {time, job index, polls made before it, elapsed at the last poll that saw it running}.
        PriorityQueue<double[]> polls = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));
        double timeout = seconds(policy.timeout());
        int next = 0;
        while (next < jobs.size() || !polls.isEmpty()) {
            if (polls.isEmpty() || (next < jobs.size() && arrivals[next] <= polls.peek()[0])) {
                // A create: its wait asks for its first delay at elapsed 0.
                double delay = delay(policy, schedule, jobs.get(next).jobClass(), 0, 0);
                polls.add(new double[] {arrivals[next] + delay, next, 0, -1});
                next++;
                continue;
            }
            double[] poll = polls.poll();
            int i = (int) poll[1];
            int made = (int) poll[2] + 1;
            Workload.Job job = jobs.get(i);
            double elapsed = poll[0] - arrivals[i];
            double duration = seconds(job.duration());
            if (elapsed >= duration) {
                // Recorded as WaitRun records it: the middle between the last running and the first complete poll.
                schedule.recordCompletion(job.jobClass(), poll[3] < 0 ? null : duration(poll[3]), duration(elapsed));
                results[i] = new double[] {made, elapsed - duration};
            } else if (elapsed >= timeout) {
                results[i] = new double[] {made, -1};
            } else {
                double delay = Math.min(delay(policy, schedule, job.jobClass(), elapsed, made), timeout - elapsed);
                polls.add(new double[] {poll[0] + delay, i, made, elapsed});
            }
        }
        return results;
    }

    /**
     * The delay a wait under the policy asks for. Adaptive: the SDK's schedule, capped by the
     * policy's max delay, as the SDK's wait does. Fixed and exponential: the formula WaitPolicy
     * documents, initial × multiplier^polls capped at max delay, from its public accessors.
     */
    private static double delay(WaitPolicy policy, AdaptivePollSchedule schedule, JobClass cls, double elapsed, int made) {
        double cap = seconds(policy.maxDelay());
        if (policy.isAdaptive()) {
            return Math.min(seconds(schedule.nextDelay(cls, duration(elapsed), made)), cap);
        }
        return Math.min(seconds(policy.initialDelay()) * Math.pow(policy.multiplier(), Math.min(made, 64)), cap);
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }

    private static Duration duration(double seconds) {
        return Duration.ofNanos(Math.round(seconds * 1e9));
    }

    private static Map<String, Object> workloadJson(double classSigma, List<Workload.Job> jobs,
            Map<String, Map<String, Outcome>> byPhase) {
        double[] normal = durations(jobs);
        Map<String, Object> workload = new LinkedHashMap<>();
        workload.put("jobs", JOBS);
        workload.put("shiftedJobs", SHIFTED_JOBS);
        workload.put("slowdown", SLOWDOWN);
        workload.put("classes", classes(jobs));
        workload.put("classSigma", classSigma);
        workload.put("meanArrivalGapS", MEAN_ARRIVAL_GAP_SECONDS);
        workload.put("durationP50s", Stats.round3(Stats.median(normal)));
        workload.put("durationP90s", Stats.round3(Stats.percentile(normal, 90)));
        workload.put("durationP99s", Stats.round3(Stats.percentile(normal, 99)));
        workload.put("durationMaxS", Stats.round3(Stats.percentile(normal, 100)));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("workload", workload);
        byPhase.forEach((phase, outcomes) -> {
            Map<String, Object> perPolicy = new LinkedHashMap<>();
            outcomes.forEach((name, outcome) -> perPolicy.put(name, outcome.json()));
            json.put(phase, perPolicy);
        });
        return json;
    }

    /** The targets on the default mix; on a wider spread the same ratios, reported. */
    private static void targets(Report report, double classSigma, Map<String, Map<String, Outcome>> byPhase) {
        boolean judged = classSigma == Workload.CLASS_SIGMA;
        String spread = judged ? "" : String.format("sigma %.2f: ", classSigma);
        Outcome adaptive = byPhase.get("normal").get(CONTENDERS.get(0).name());
        Outcome fixed1 = byPhase.get("normal").get(CONTENDERS.get(1).name());
        double pollRatio = adaptive.meanPolls() / fixed1.meanPolls();
        boolean allDone = adaptive.timedOut() == 0;
        report.target("2 Wait efficiency", spread + "mean polls per job, adaptive / fixed 1 s", String.format("%.2fx", pollRatio),
                judged ? "<= " + POLL_RATIO_TARGET + "x" : "reported", judged ? pollRatio <= POLL_RATIO_TARGET : allDone);
        report.target("2 Wait efficiency", spread + "detection lag p95, adaptive vs fixed 1 s",
                String.format("%.2f s vs %.2f s", adaptive.lagP95(), fixed1.lagP95()), judged ? "no worse" : "reported",
                judged ? adaptive.lagP95() <= fixed1.lagP95() : allDone);
        Outcome shiftedAdaptive = byPhase.get("shifted").get(CONTENDERS.get(0).name());
        Outcome shiftedFixed1 = byPhase.get("shifted").get(CONTENDERS.get(1).name());
        report.target("2 Wait efficiency", spread + "3x slower than learned: polls / fixed 1 s, lag p95 vs fixed 1 s",
                String.format("%.2fx, %.2f s vs %.2f s", shiftedAdaptive.meanPolls() / shiftedFixed1.meanPolls(),
                        shiftedAdaptive.lagP95(), shiftedFixed1.lagP95()),
                "robust (reported)", shiftedAdaptive.timedOut() == 0);
    }

    private static String details(double classSigma, List<Workload.Job> jobs, Map<String, Map<String, Outcome>> byPhase) {
        double[] normal = durations(jobs);
        StringBuilder md = new StringBuilder(String.format("""

                ### Within-class sigma %.2f%s

                Workload: %d jobs in %d classes (model x size x image count), log-normal within a class \
                (sigma %.2f), class medians from model base time x megapixels^0.6 x (1 + 0.35 x (images - 1)); \
                Poisson arrivals every %.1f s on average. Durations: p50 %.1f s, p90 %.1f s, p99 %.1f s, max %.1f s. \
                Then %d jobs %.0fx slower, with what the adaptive schedule learned before. Lags in seconds.
                """, classSigma, classSigma == Workload.CLASS_SIGMA ? " (the default mix, targets judged here)" : "",
                JOBS, classes(jobs), classSigma, MEAN_ARRIVAL_GAP_SECONDS, Stats.median(normal),
                Stats.percentile(normal, 90), Stats.percentile(normal, 99), Stats.percentile(normal, 100),
                SHIFTED_JOBS, SLOWDOWN));
        Map<String, String> titles = Map.of("normal", "Normal workload",
                "learned", "Normal workload, second half only (every class seen before)", "shifted", "Every job 3x slower than learned",
                "firstAfterShift", "First " + FIRST_AFTER_SHIFT + " jobs after the shift");
        byPhase.forEach((phase, outcomes) -> {
            Outcome base = outcomes.get(CONTENDERS.get(1).name());
            md.append("\n#### ").append(titles.get(phase)).append(String.format(" (sigma %.2f)", classSigma)).append("\n\n")
                    .append("| Policy | polls/job | vs fixed 1 s | lag p50 | lag p95 | lag max | timed out |\n")
                    .append("|---|---|---|---|---|---|---|\n");
            outcomes.forEach((name, o) -> md.append(String.format("| %s | %.2f | %.2fx | %.2f | %.2f | %.2f | %d |%n",
                    name, o.meanPolls(), o.meanPolls() / base.meanPolls(), o.lagP50(), o.lagP95(), o.lagMax(), o.timedOut())));
        });
        return md.toString();
    }

    /** @return the durations of the normal phase's jobs, in seconds */
    private static double[] durations(List<Workload.Job> jobs) {
        return jobs.subList(0, JOBS).stream().mapToDouble(j -> seconds(j.duration())).toArray();
    }

    private static long classes(List<Workload.Job> jobs) {
        return jobs.subList(0, JOBS).stream().map(Workload.Job::jobClass).distinct().count();
    }
}

package ai.leonardo.sdk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What the adaptive schedule learns from finished jobs, and how it behaves past the expected end. */
class AdaptivePollScheduleTest {
    private static final JobClass SMALL = JobClass.of("model-a", 512L, 512L, 1L);
    private static final JobClass LARGE = JobClass.of("model-b", 1536L, 1536L, 8L);

    private static void train(AdaptivePollSchedule schedule, JobClass cls, double seconds, int jobs) {
        for (int i = 0; i < jobs; i++) {
            // Seen running half a second before, complete half a second after: it ended in between.
            schedule.recordCompletion(cls, Duration.ofMillis(Math.round((seconds - 0.5) * 1000)),
                    Duration.ofMillis(Math.round((seconds + 0.5) * 1000)));
        }
    }

    private static double firstPollSeconds(AdaptivePollSchedule schedule, JobClass cls) {
        return schedule.nextDelay(cls, Duration.ZERO, 0).toMillis() / 1000.0;
    }

    @Test
    void aJobSlowerThanExpectedIsPolledAtFifteenPercentOfItsElapsedTime() {
        AdaptivePollSchedule schedule = new AdaptivePollSchedule();

        // The prior expects about 6 s (99th percentile about 24 s); 100 s and 200 s are deep in the tail.
        assertThat(schedule.nextDelay(JobClass.UNKNOWN, Duration.ofSeconds(100), 20)).isEqualTo(Duration.ofSeconds(15));
        assertThat(schedule.nextDelay(JobClass.UNKNOWN, Duration.ofSeconds(200), 30)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void theFirstPollIsPlannedFromTheCreateSoAWaitStartedLateWaitsLess() {
        AdaptivePollSchedule schedule = new AdaptivePollSchedule();

        Duration fromTheCreate = schedule.nextDelay(JobClass.UNKNOWN, Duration.ZERO, 0);
        Duration oneSecondLater = schedule.nextDelay(JobClass.UNKNOWN, Duration.ofSeconds(1), 0);

        assertThat(fromTheCreate.minus(oneSecondLater).toMillis()).isEqualTo(1000);
    }

    @Test
    void aCompletionSeenAtElapsedZeroTeachesNothing() {
        AdaptivePollSchedule trained = new AdaptivePollSchedule();
        trained.recordCompletion(SMALL, null, Duration.ZERO);

        AdaptivePollSchedule fresh = new AdaptivePollSchedule();
        for (Duration elapsed : new Duration[] {Duration.ZERO, Duration.ofSeconds(5), Duration.ofSeconds(60)}) {
            assertThat(trained.nextDelay(SMALL, elapsed, 1)).isEqualTo(fresh.nextDelay(SMALL, elapsed, 1));
            assertThat(trained.nextDelay(JobClass.UNKNOWN, elapsed, 1)).isEqualTo(fresh.nextDelay(JobClass.UNKNOWN, elapsed, 1));
        }
    }

    @Test
    void aResumedJobOfUnknownClassIsScheduledFromEveryJobSeen() {
        AdaptivePollSchedule schedule = new AdaptivePollSchedule();
        train(schedule, SMALL, 30, 20);

        // The prior alone (about 6 s) would poll within 3 s.
        assertThat(firstPollSeconds(schedule, JobClass.UNKNOWN)).isGreaterThan(15.0);
    }

    @Test
    void aSizeNeverSeenIsPredictedFromTheModelsOtherSizes() {
        AdaptivePollSchedule schedule = new AdaptivePollSchedule();
        for (int i = 0; i < 40; i++) {
            train(schedule, JobClass.of("model-a", 512L, 512L, 1L), 4, 1);
            train(schedule, JobClass.of("model-a", 1024L, 1024L, 1L), 16, 1);
        }

        // Four times the pixels took four times as long; 1536x1536 is nine times 512x512 (about 32 s),
        // where the mix of all jobs (geometric mean 8 s) would poll within seconds.
        assertThat(firstPollSeconds(schedule, JobClass.of("model-a", 1536L, 1536L, 1L))).isBetween(15.0, 33.0);
    }

    @Test
    void aClassIsScheduledFromItsOwnHistoryWhereTheModelWideFitMissesIt() {
        AdaptivePollSchedule schedule = new AdaptivePollSchedule();
        JobClass twoImages = JobClass.of("model-a", 512L, 512L, 2L);
        for (int i = 0; i < 30; i++) {
            train(schedule, JobClass.of("model-a", 512L, 512L, 1L), 5, 1);
            train(schedule, twoImages, 40, 1);
            train(schedule, JobClass.of("model-a", 512L, 512L, 4L), 5, 1);
        }

        // No line through image counts fits 5 s, 40 s, 5 s; the class's own 40 s decides.
        assertThat(firstPollSeconds(schedule, twoImages)).isBetween(15.0, 41.0);
    }

    @Test
    void aClassThatTakesTenSecondsIsFirstPolledShortlyBeforeTenSeconds() {
        AdaptivePollSchedule schedule = new AdaptivePollSchedule();
        train(schedule, SMALL, 10, 40);

        // The learned duration is the middle of the last-running and first-complete polls: 10 s (not 40 s), so the first poll comes one step after the learned low end.
        assertThat(firstPollSeconds(schedule, SMALL)).isBetween(6.0, 11.0);
    }

    @Test
    void eachClassIsScheduledFromItsOwnHistory() {
        AdaptivePollSchedule schedule = new AdaptivePollSchedule();
        train(schedule, SMALL, 5, 30);
        train(schedule, LARGE, 60, 30);

        assertThat(firstPollSeconds(schedule, SMALL)).isLessThan(6.5);
        assertThat(firstPollSeconds(schedule, LARGE)).isGreaterThan(30.0).isLessThan(61.0);
    }
}

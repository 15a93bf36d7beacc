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

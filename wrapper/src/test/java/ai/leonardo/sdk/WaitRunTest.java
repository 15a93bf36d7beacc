package ai.leonardo.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.leonardo.sdk.internal.AdaptivePollSchedule;
import ai.leonardo.sdk.internal.JobClass;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One wait's decisions on a virtual clock: when it polls next and which failures it outlives. */
class WaitRunTest {
    private static final ErrorBody NO_BODY = new ErrorBody(null, null, List.of(), "");

    private final MutableClock clock = new MutableClock();

    private WaitRun wait(WaitPolicy policy) {
        GenerationJob job = new GenerationJob(null, "gen-1", null, JobClass.UNKNOWN, clock.instant());
        return new WaitRun(job, WaitOptions.of(policy), new AdaptivePollSchedule(), new CallbackWakeups(clock), clock);
    }

    @Test
    void theAdaptiveScheduleCountsAJobsAgeFromItsCreateNotFromTheWait() {
        // No history: the prior expects about 6 s, so a job already 100 s old is deep in the tail.
        GenerationJob old = new GenerationJob(null, "gen-1", null, JobClass.UNKNOWN, clock.instant().minusSeconds(100));
        WaitRun run = new WaitRun(old, WaitOptions.of(WaitPolicy.defaults()), new AdaptivePollSchedule(), new CallbackWakeups(clock), clock);

        assertThat(run.nextDelay()).as("15% of its 100 s").isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void aWaitNeverPollsSoonerThanARateLimitsRetryAfter() {
        WaitRun run = wait(WaitPolicy.fixed(Duration.ofSeconds(1)));

        run.onPoll(null, new RateLimitException("HTTP 429", 429, Map.of(), NO_BODY, Duration.ofSeconds(20)));

        assertThat(run.nextDelay()).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void jitterShortensDelaysByUpToItsFraction() {
        WaitRun run = wait(WaitPolicy.fixed(Duration.ofSeconds(10)).withJitter(0.5));

        List<Duration> delays = java.util.stream.Stream.generate(run::nextDelay).limit(50).toList();

        assertThat(delays).allSatisfy(d -> assertThat(d).isBetween(Duration.ofSeconds(5), Duration.ofSeconds(10)));
        assertThat(delays).anySatisfy(d -> assertThat(d).isLessThan(Duration.ofMillis(9_500)));
    }

    @Test
    void aRequestTimeoutDuringAWaitDoesNotEndIt() {
        WaitRun run = wait(WaitPolicy.fixed(Duration.ofSeconds(1)));

        assertThat(run.onPoll(null, new UnexpectedStatusException("HTTP 408", 408, Map.of(), NO_BODY))).isEmpty();
        assertThat(run.nextDelay()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void anotherClientErrorOrAnUnreadableBodyEndsTheWaitWithThatException() {
        UnexpectedStatusException conflict = new UnexpectedStatusException("HTTP 409", 409, Map.of(), NO_BODY);
        InvalidResponseException unreadable = new InvalidResponseException("unreadable", 200, "<html>", null);

        assertThatThrownBy(() -> wait(WaitPolicy.fixed(Duration.ofSeconds(1))).onPoll(null, conflict)).isSameAs(conflict);
        assertThatThrownBy(() -> wait(WaitPolicy.fixed(Duration.ofSeconds(1))).onPoll(null, unreadable))
                .isSameAs(unreadable);
    }
}

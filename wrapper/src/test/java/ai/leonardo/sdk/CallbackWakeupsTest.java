package ai.leonardo.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Which waits a webhook callback wakes, and how long a callback that came before its wait is
 * remembered, on a virtual clock.
 */
class CallbackWakeupsTest {
    private static final String A = "gen-a";
    private static final String B = "gen-b";

    private final MutableClock clock = new MutableClock();
    private final CallbackWakeups wakeups = new CallbackWakeups(clock);

    /** Shared polls keep a page's ended jobs only for the generations a wait is running for. */
    @Test
    void aGenerationIsWaitedForFromItsFirstWaitsStartUntilItsLastWaitEnds() {
        Runnable first = () -> { };
        Runnable second = () -> { };
        assertThat(wakeups.isWaiting(A)).isFalse();

        wakeups.register(A, first);
        wakeups.register(A, second);
        wakeups.unregister(A, first);

        assertThat(wakeups.isWaiting(A)).isTrue();
        assertThat(wakeups.isWaiting(B)).isFalse();
        wakeups.unregister(A, second);
        assertThat(wakeups.isWaiting(A)).isFalse();
    }

    @Test
    void aCallbackWakesEveryRunningWaitForItsGenerationAndNoOther() {
        AtomicInteger first = new AtomicInteger();
        AtomicInteger second = new AtomicInteger();
        AtomicInteger other = new AtomicInteger();
        wakeups.register(A, first::incrementAndGet);
        wakeups.register(A, second::incrementAndGet);
        wakeups.register(B, other::incrementAndGet);

        assertThat(wakeups.onCallback(A)).isTrue();

        assertThat(first).hasValue(1);
        assertThat(second).hasValue(1);
        assertThat(other).hasValue(0);
    }

    @Test
    void aWaitThatEndedIsNoLongerWokenWhileTheOthersStillAre() {
        AtomicInteger ended = new AtomicInteger();
        AtomicInteger running = new AtomicInteger();
        Runnable endedWake = ended::incrementAndGet;
        wakeups.register(A, endedWake);
        wakeups.register(A, running::incrementAndGet);

        wakeups.unregister(A, endedWake);

        assertThat(wakeups.onCallback(A)).isTrue();
        assertThat(ended).hasValue(0);
        assertThat(running).hasValue(1);
    }

    @Test
    void aCallbackAfterTheLastWaitEndedIsRememberedForTheNextWait() {
        Runnable wake = () -> { };
        wakeups.register(A, wake);
        wakeups.unregister(A, wake);

        assertThat(wakeups.onCallback(A)).as("nobody to wake").isFalse();
        assertThat(wakeups.register(A, wake)).as("the next wait polls at once").isTrue();
    }

    @Test
    void anEarlyCallbackIsConsumedByTheFirstWaitOnly() {
        assertThat(wakeups.onCallback(A)).isFalse();

        assertThat(wakeups.register(A, () -> { })).isTrue();
        assertThat(wakeups.register(A, () -> { })).isFalse();
        assertThat(wakeups.register(B, () -> { })).as("a callback is for its own generation only").isFalse();
    }

    @Test
    void anEarlyCallbackIsRememberedForTenMinutesAndNoLonger() {
        wakeups.onCallback(A);
        wakeups.onCallback(B);

        clock.advance(CallbackWakeups.REMEMBER_FOR);
        assertThat(wakeups.register(A, () -> { })).as("exactly ten minutes old").isTrue();
        clock.advance(Duration.ofNanos(1));
        assertThat(wakeups.register(B, () -> { })).as("older").isFalse();
    }

    @Test
    void aRepeatedCallbackIsRememberedFromItsLatestArrival() {
        wakeups.onCallback(A);
        clock.advance(Duration.ofMinutes(1));
        wakeups.onCallback(B);
        clock.advance(Duration.ofMinutes(4));
        wakeups.onCallback(A); // a duplicate five minutes after the first

        clock.advance(Duration.ofMinutes(6).plusSeconds(30));

        assertThat(wakeups.register(B, () -> { })).as("B came 10.5 minutes ago").isFalse();
        assertThat(wakeups.register(A, () -> { })).as("A last came 6.5 minutes ago").isTrue();
    }

    @Test
    void atMostTenThousandEarlyCallbacksAreRememberedTheOldestGoingFirst() {
        for (int i = 0; i < CallbackWakeups.MAX_REMEMBERED; i++) {
            wakeups.onCallback("gen-" + i);
        }

        wakeups.onCallback("gen-new");

        assertThat(wakeups.register("gen-0", () -> { })).as("the oldest went").isFalse();
        assertThat(wakeups.register("gen-1", () -> { })).as("the next oldest stayed").isTrue();
        assertThat(wakeups.register("gen-new", () -> { })).isTrue();
    }

    @Test
    void callbacksCountAsArrivingFromTheFirstUntilTenMinutesPassWithNone() {
        assertThat(wakeups.arriving()).as("none yet").isFalse();
        wakeups.onCallback(A);
        assertThat(wakeups.arriving()).isTrue();

        clock.advance(CallbackWakeups.TRUSTED_FOR);
        assertThat(wakeups.arriving()).isTrue();
        clock.advance(Duration.ofNanos(1));
        assertThat(wakeups.arriving()).isFalse();
        wakeups.onCallback(B);
        assertThat(wakeups.arriving()).isTrue();
    }

    @Test
    void unannouncedCompletionsStopTheTrustOnlyWhenNoCallbackCameSinceTheirWaitsPreviousPoll() {
        wakeups.onCallback(A);
        Instant beforeTheCallback = clock.instant().minusSeconds(30);
        clock.advance(Duration.ofSeconds(30));
        for (int i = 0; i < 10; i++) {
            wakeups.missed(beforeTheCallback); // lost callbacks found together: others came meanwhile
        }
        assertThat(wakeups.arriving()).isTrue();

        wakeups.missed(clock.instant());
        wakeups.missed(clock.instant());
        assertThat(wakeups.arriving()).isTrue();
        wakeups.missed(clock.instant());
        assertThat(wakeups.arriving()).as("three in a row with no callback at all").isFalse();

        wakeups.onCallback(B);
        assertThat(wakeups.arriving()).as("the next callback restores it").isTrue();
    }
}

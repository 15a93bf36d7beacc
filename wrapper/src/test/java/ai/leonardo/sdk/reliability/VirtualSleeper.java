package ai.leonardo.sdk.reliability;

import ai.leonardo.sdk.Sleeper;
import ai.leonardo.testkit.FakeLeonardo;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Returns at once, so retry backoff and Retry-After cost no wall time, and moves a manual-clock
 * FakeLeonardo forward by the same amount, so jobs progress as if the time had passed.
 */
final class VirtualSleeper implements Sleeper {
    final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    private final FakeLeonardo fake;

    VirtualSleeper(FakeLeonardo fake) {
        this.fake = fake;
    }

    @Override
    public void sleep(Duration duration) {
        sleeps.add(duration);
        fake.advance(duration);
    }
}

package ai.leonardo.sdk;

import java.time.Duration;

/** The one instance behind {@link Sleeper#system()}, so a wait can tell it from a test's virtual sleeper. */
final class SystemSleeper implements Sleeper {
    static final SystemSleeper INSTANCE = new SystemSleeper();

    private SystemSleeper() {
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }
}

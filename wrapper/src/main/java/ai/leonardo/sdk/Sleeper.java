package ai.leonardo.sdk;

import java.time.Duration;

/**
 * How the client waits between retries and blocking polls. The default sleeps the calling
 * thread; tests inject one that advances a virtual clock so minutes pass in milliseconds.
 */
@FunctionalInterface
public interface Sleeper {
    /**
     * Waits for the duration.
     *
     * @param duration how long to wait, never negative
     * @throws InterruptedException when the thread is interrupted while waiting
     */
    void sleep(Duration duration) throws InterruptedException;

    /**
     * The client's default. Blocking waits that use it can also be woken early by a webhook callback.
     *
     * @return a sleeper that blocks the calling thread with {@link Thread#sleep(long)}
     */
    static Sleeper system() {
        return SystemSleeper.INSTANCE;
    }
}

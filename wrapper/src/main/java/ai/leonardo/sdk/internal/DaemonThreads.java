package ai.leonardo.sdk.internal;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Names and marks the client's threads: daemon, so a client the caller forgot to close never keeps
 * the JVM alive; named {@code prefix-N}, so they can be told apart (and counted) in a thread dump.
 */
public final class DaemonThreads {
    private DaemonThreads() {
    }

    /**
     * Returns a factory of daemon threads named {@code prefix-1}, {@code prefix-2}, ...
     *
     * @param prefix the name prefix, for example {@code leonardo-scheduler}
     * @return the factory
     */
    public static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}

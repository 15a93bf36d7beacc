package ai.leonardo.sdk.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The executor OkHttp runs a client's async calls on. OkHttp holds one thread per call in flight
 * for the whole response time, so a fixed small pool makes polls queue at real latency (at 150 ms
 * per GET, 4 threads carry ~27 polls a second). On JDK 21+ each call gets a virtual thread (found
 * reflectively, the baseline being 17): no platform thread is held while a response is awaited.
 * On JDK 17 the pool grows with the calls actually in flight and lets a thread go after
 * {@value #IDLE_SECONDS} s idle, so a burst leaves nothing behind.
 */
final class AsyncCallExecutor {
    private static final long IDLE_SECONDS = 10;

    private AsyncCallExecutor() {
    }

    /** @return a new executor: virtual thread per call where the runtime has them, else an elastic pool */
    static ExecutorService create() {
        ThreadFactory virtual = virtualThreadFactory();
        if (virtual != null) {
            try {
                return (ExecutorService) Executors.class.getMethod("newThreadPerTaskExecutor", ThreadFactory.class)
                        .invoke(null, virtual);
            } catch (ReflectiveOperationException e) {
                // Runtime without the JDK 21 API: fall through to platform threads.
            }
        }
        return new ThreadPoolExecutor(0, Integer.MAX_VALUE, IDLE_SECONDS, TimeUnit.SECONDS,
                new SynchronousQueue<>(), DaemonThreads.named("leonardo-http"));
    }

    /** @return a factory of virtual threads named leonardo-http-N, or null before JDK 21 */
    static ThreadFactory virtualThreadFactory() {
        try {
            Object builder = Thread.class.getMethod("ofVirtual").invoke(null);
            Class<?> builderType = Class.forName("java.lang.Thread$Builder");
            builder = builderType.getMethod("name", String.class, long.class).invoke(builder, "leonardo-http-", 1L);
            return (ThreadFactory) builderType.getMethod("factory").invoke(builder);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }
}

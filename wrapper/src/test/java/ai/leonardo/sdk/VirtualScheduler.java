package ai.leonardo.sdk;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * A test-only scheduler on virtual time: tasks run only when {@link #runUntil} advances the
 * {@link MutableClock} to them, and only once no HTTP call is in flight (so the order of events
 * is the same on a loaded machine as on an idle one). Minutes of waiting take milliseconds.
 */
final class VirtualScheduler extends AbstractExecutorService implements ScheduledExecutorService {
    private final MutableClock clock;
    private final Dispatcher dispatcher;
    private final PriorityQueue<Task> queue = new PriorityQueue<>(Task::order);
    private long sequence;

    VirtualScheduler(MutableClock clock, Dispatcher dispatcher) {
        this.clock = clock;
        this.dispatcher = dispatcher;
    }

    /**
     * An HTTP client for tests on this scheduler. Its dispatcher has limits of its own choosing, so
     * the SDK runs the calls on it (instead of a dispatcher of its own) and the scheduler can see
     * every call in flight.
     */
    static OkHttpClient trackedClient() {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(256);
        dispatcher.setMaxRequestsPerHost(256);
        return new OkHttpClient.Builder().dispatcher(dispatcher).build();
    }

    /** Runs due tasks, advancing virtual time, until the condition holds or nothing is left to run. */
    void runUntil(BooleanSupplier done) {
        // Each round's calls get 20 s to finish; the whole run gets more, since a thousand waits
        // make thousands of real calls, slow under PIT's coverage run on a busy machine. The outer
        // bound only stops a loop that never ends.
        long realDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (true) {
            if (System.nanoTime() > realDeadline) {
                throw new AssertionError("still running after 120 s");
            }
            awaitHttpIdle(System.nanoTime() + TimeUnit.SECONDS.toNanos(20));
            if (done.getAsBoolean()) {
                return;
            }
            Task next;
            synchronized (this) {
                next = queue.poll();
            }
            if (next == null) {
                return;
            }
            clock.advanceTo(next.due);
            next.run();
        }
    }

    /** Runs every task there is, advancing virtual time (for "nothing more happens" checks). */
    void runAll() {
        runUntil(() -> false);
    }

    synchronized int pendingTasks() {
        return queue.size();
    }

    private void awaitHttpIdle(long realDeadline) {
        while (dispatcher.runningCallsCount() + dispatcher.queuedCallsCount() > 0) {
            if (System.nanoTime() > realDeadline) {
                throw new AssertionError("HTTP calls did not finish");
            }
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @Override
    public synchronized ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        Task task = new Task(command, clock.instant().plus(Duration.ofNanos(unit.toNanos(Math.max(0, delay)))), sequence++);
        queue.add(task);
        return task;
    }

    @Override
    public void execute(Runnable command) {
        schedule(command, 0, TimeUnit.NANOSECONDS);
    }

    private synchronized boolean remove(Task task) {
        return queue.remove(task);
    }

    private final class Task implements ScheduledFuture<Object>, Runnable {
        private final Runnable command;
        private final Instant due;
        private final long seq;
        private volatile boolean cancelled;
        private volatile boolean done;

        Task(Runnable command, Instant due, long seq) {
            this.command = command;
            this.due = due;
            this.seq = seq;
        }

        @Override
        public void run() {
            if (!cancelled) {
                done = true;
                command.run();
            }
        }

        int order(Task o) {
            int c = due.compareTo(o.due);
            return c != 0 ? c : Long.compare(seq, o.seq);
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(Duration.between(clock.instant(), due));
        }

        @Override
        public int compareTo(Delayed o) {
            return Long.compare(getDelay(TimeUnit.NANOSECONDS), o.getDelay(TimeUnit.NANOSECONDS));
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            cancelled = true;
            return remove(this);
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public boolean isDone() {
            return done || cancelled;
        }

        @Override
        public Object get() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Object get(long timeout, TimeUnit unit) {
            throw new UnsupportedOperationException();
        }
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void shutdown() {
    }

    @Override
    public List<Runnable> shutdownNow() {
        return List.of();
    }

    @Override
    public boolean isShutdown() {
        return false;
    }

    @Override
    public boolean isTerminated() {
        return false;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return true;
    }
}

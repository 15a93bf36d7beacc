package ai.leonardo.sdk;

import ai.leonardo.sdk.model.Generation;

import ai.leonardo.sdk.internal.AdaptivePollSchedule;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives waits: blocking ones on the caller's thread with the client's {@link Sleeper}, async
 * ones as tasks on the client's scheduler (no thread is held between polls). The decisions live
 * in {@link WaitRun}, shared by both.
 */
final class Waiter {
    private static final Logger LOG = LoggerFactory.getLogger(Waiter.class);

    private final Generations generations;
    private final ScheduledExecutorService scheduler;
    private final Sleeper sleeper;
    private final Clock clock;
    private final AdaptivePollSchedule schedule;
    private final CallbackWakeups wakeups;
    /** Where polls go when the user id is known; null: each wait GETs its own job. */
    private final SharedPolls shared;
    /** Async waits not yet ended, so closing the client can end them instead of leaving them hanging. */
    private final Set<CompletableFuture<Generation>> active = ConcurrentHashMap.newKeySet();

    Waiter(Generations generations, ScheduledExecutorService scheduler, Sleeper sleeper, Clock clock,
            AdaptivePollSchedule schedule, CallbackWakeups wakeups, SharedPolls shared) {
        this.generations = generations;
        this.scheduler = scheduler;
        this.sleeper = sleeper;
        this.clock = clock;
        this.schedule = schedule;
        this.wakeups = wakeups;
        this.shared = shared;
    }

    Clock clock() {
        return clock;
    }

    ScheduledExecutorService scheduler() {
        return scheduler;
    }

    Generation await(GenerationJob job, WaitOptions options) {
        WaitRun run = new WaitRun(job, options, schedule, wakeups, clock);
        // A callback ends the current sleep early; one that comes during a GET leaves a permit that
        // makes the next sleep end at once.
        Semaphore woken = new Semaphore(0);
        Runnable wake = () -> {
            run.calledBack();
            woken.release();
        };
        if (wakeups.register(job.id(), wake)) {
            wake.run();
        }
        try {
            while (true) {
                sleep(run.nextDelay(), job.id(), run.rateLimited() ? null : woken);
                Generation generation = null;
                LeonardoException error = null;
                try {
                    generation = fetch(job.id(), run.deadline());
                } catch (LeonardoException e) {
                    error = e;
                }
                Optional<Generation> done = run.onPoll(generation, error);
                if (done.isPresent()) {
                    return done.get();
                }
            }
        } finally {
            wakeups.unregister(job.id(), wake);
        }
    }

    CompletableFuture<Generation> awaitAsync(GenerationJob job, WaitOptions options) {
        AsyncWait wait = new AsyncWait(new WaitRun(job, options, schedule, wakeups, clock), options);
        active.add(wait.result);
        Runnable wake = wait::wake;
        if (wakeups.register(job.id(), wake)) {
            wait.run.wake();
        }
        wait.result.whenComplete((g, e) -> {
            active.remove(wait.result);
            wakeups.unregister(job.id(), wake);
        });
        wait.next();
        return wait.result;
    }

    /** Fails the async waits still running: their scheduled polls are about to be dropped. */
    void close() {
        for (CompletableFuture<Generation> wait : active) {
            wait.completeExceptionally(new LeonardoException("The client was closed during the wait; "
                    + "the generation goes on on the server"));
        }
    }

    /** Sends a best-effort DELETE for a wait the caller cancelled; failures are only logged. */
    void deleteAfterCancel(String id) {
        generations.deleteAsync(id).whenComplete((deleted, e) -> {
            if (e != null) {
                LOG.warn("Could not delete cancelled generation {}: {}", id, unwrap(e).toString());
            }
        });
    }

    /** One poll of a blocking wait. */
    private Generation fetch(String id, Instant deadline) {
        if (shared == null) {
            return generations.fetch(id, deadline);
        }
        try {
            return shared.poll(id, deadline).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LeonardoException("Interrupted while waiting for generation " + id
                    + "; it goes on running on the server", e);
        } catch (ExecutionException e) {
            throw unwrap(e);
        }
    }

    /** Sleeps the delay; a callback's permit on {@code woken} ends it early, unless that is null. */
    private void sleep(Duration delay, String id, Semaphore woken) {
        if (delay.isZero()) {
            if (woken != null) {
                woken.drainPermits(); // this poll answers the callbacks so far
            }
            return;
        }
        try {
            if (woken != null && sleeper == Sleeper.system()) {
                // A Semaphore, not Object.wait: a virtual thread waiting on it does not pin its carrier.
                woken.tryAcquire(delay.toNanos(), TimeUnit.NANOSECONDS);
                woken.drainPermits();
            } else {
                sleeper.sleep(delay); // a test's virtual time: not woken
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LeonardoException("Interrupted while waiting for generation " + id
                    + "; it goes on running on the server", e);
        }
    }

    static LeonardoException unwrap(Throwable t) {
        Throwable cause = t;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause instanceof LeonardoException e ? e : new LeonardoException("Unexpected failure: " + cause, cause);
    }

    /** One async wait: a chain of scheduled polls, each scheduling the next. */
    private final class AsyncWait {
        private final WaitRun run;
        private final CompletableFuture<Generation> result = new CompletableFuture<>();
        /** The scheduled poll or the GET in flight, cancelled with the wait. */
        private volatile Future<?> pending;

        AsyncWait(WaitRun run, WaitOptions options) {
            this.run = run;
            result.whenComplete((generation, error) -> {
                if (result.isCancelled()) {
                    Future<?> current = pending;
                    if (current != null) {
                        current.cancel(true);
                    }
                    if (options.deleteOnCancel()) {
                        deleteAfterCancel(run.id());
                    }
                }
            });
        }

        /**
         * A callback came: a planned poll runs now; a GET in flight (which may have read the job
         * just before it finished) is followed by another at once.
         */
        synchronized void wake() {
            run.wake();
            Future<?> current = pending;
            if (current instanceof ScheduledFuture<?> planned && planned.cancel(false)) {
                next();
            }
        }

        synchronized void next() {
            if (result.isDone()) {
                return;
            }
            try {
                Duration delay = run.nextDelay();
                pending = scheduler.schedule(this::poll, delay.toNanos(), TimeUnit.NANOSECONDS);
            } catch (LeonardoException e) {
                result.completeExceptionally(e);
            } catch (RuntimeException e) { // RejectedExecutionException: the client was closed
                result.completeExceptionally(new LeonardoException("Cannot schedule the next poll: " + e, e));
            }
        }

        private void poll() {
            if (result.isDone()) {
                return;
            }
            CompletableFuture<Generation> call = shared == null ? generations.fetchAsync(run.id(), run.deadline())
                    : shared.poll(run.id(), run.deadline());
            pending = call;
            if (result.isDone()) { // cancelled while the GET was being started
                call.cancel(true);
                return;
            }
            call.whenComplete((generation, failure) -> {
                if (result.isDone()) {
                    return;
                }
                try {
                    Optional<Generation> done = run.onPoll(generation, failure == null ? null : unwrap(failure));
                    if (done.isPresent()) {
                        result.complete(done.get());
                    } else {
                        next();
                    }
                } catch (LeonardoException e) {
                    result.completeExceptionally(e);
                }
            });
        }
    }
}

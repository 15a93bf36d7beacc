package ai.leonardo.sdk;

import ai.leonardo.sdk.model.Generation;
import ai.leonardo.sdk.model.GenerationRequest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of {@link Generations#generateAllAsync(List, BatchOptions)}. Holds no thread: a job
 * starts when a permit (a concurrency slot and room in the sliding one-minute window of creates)
 * is free, from the callback that freed it or from a task scheduled for when the window opens.
 * All state is guarded by {@code this}.
 */
final class Batch {
    private static final Logger LOG = LoggerFactory.getLogger(Batch.class);
    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final Generations generations;
    private final Waiter waiter;
    private final List<GenerationRequest> requests;
    private final BatchOptions options;
    private final BatchResult[] results;
    private final CompletableFuture<List<BatchResult>> result = new CompletableFuture<>();
    /** When recent creates were sent, oldest first; only those within the last minute are kept. */
    private final Deque<Instant> recentCreates = new ArrayDeque<>();
    private final Set<Future<?>> inFlight = ConcurrentHashMap.newKeySet();
    private Future<?> wakeUp;
    private boolean pumping;
    private int next;
    private int active;
    private int completed;
    private int failed;

    Batch(Generations generations, Waiter waiter, List<GenerationRequest> requests, BatchOptions options) {
        this.generations = generations;
        this.waiter = waiter;
        this.requests = requests;
        this.options = options;
        this.results = new BatchResult[requests.size()];
    }

    CompletableFuture<List<BatchResult>> start() {
        result.whenComplete((list, error) -> {
            if (result.isCancelled()) {
                synchronized (this) {
                    if (wakeUp != null) {
                        wakeUp.cancel(false);
                    }
                }
                inFlight.forEach(f -> f.cancel(true));
            }
        });
        if (requests.isEmpty()) {
            result.complete(List.of());
        } else {
            pump();
        }
        return result;
    }

    /** Blocks the caller of the synchronous {@code generateAll} only. */
    static List<BatchResult> join(CompletableFuture<List<BatchResult>> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new LeonardoException("Interrupted while running a batch; jobs already started go on on the server", e);
        } catch (ExecutionException e) {
            throw Waiter.unwrap(e);
        }
    }

    /** Starts as many jobs as the permits allow. Re-entrant calls (a job failing at once) leave it to the outer loop. */
    private synchronized void pump() {
        if (pumping) {
            return;
        }
        pumping = true;
        try {
            while (!result.isDone() && next < requests.size() && active < options.maxConcurrent()) {
                Instant now = waiter.clock().instant();
                while (!recentCreates.isEmpty() && !recentCreates.peekFirst().plus(WINDOW).isAfter(now)) {
                    recentCreates.removeFirst();
                }
                if (recentCreates.size() >= options.maxCreatesPerMinute()) {
                    scheduleWakeUp(Duration.between(now, recentCreates.peekFirst().plus(WINDOW)));
                    return;
                }
                recentCreates.addLast(now);
                int index = next++;
                active++;
                launch(index);
            }
        } finally {
            pumping = false;
        }
    }

    private void scheduleWakeUp(Duration delay) {
        if (wakeUp == null || wakeUp.isDone()) {
            wakeUp = waiter.scheduler().schedule(this::pump, delay.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    private void launch(int index) {
        GenerationRequest request = requests.get(index);
        CompletableFuture<GenerationJob> create;
        try {
            create = generations.createAsync(request);
        } catch (RuntimeException e) {
            recentCreates.removeLast(); // rejected before sending: it used no create
            finish(index, null, null, Waiter.unwrap(e));
            return;
        }
        notifyListener();
        inFlight.add(create);
        create.whenComplete((job, createError) -> {
            inFlight.remove(create);
            if (createError != null) {
                finish(index, null, null, Waiter.unwrap(createError));
                return;
            }
            CompletableFuture<Generation> wait = waiter.awaitAsync(job, options.waitOptions());
            inFlight.add(wait);
            if (result.isCancelled()) {
                wait.cancel(true);
            }
            wait.whenComplete((generation, waitError) -> {
                inFlight.remove(wait);
                finish(index, job.id(), generation, waitError == null ? null : Waiter.unwrap(waitError));
            });
        });
    }

    private synchronized void finish(int index, String id, Generation generation, LeonardoException error) {
        GenerationRequest request = requests.get(index);
        results[index] = error == null
                ? BatchResult.success(index, request, generation)
                : BatchResult.failure(index, request, id, error);
        active--;
        if (error == null) {
            completed++;
        } else {
            failed++;
        }
        notifyListener();
        if (completed + failed == requests.size()) {
            result.complete(List.copyOf(Arrays.asList(results)));
        } else {
            pump();
        }
    }

    private synchronized void notifyListener() {
        try {
            options.listener().onProgress(new BatchProgress(requests.size(), next, completed, failed));
        } catch (RuntimeException e) {
            LOG.warn("Batch listener failed; ignored", e);
        }
    }
}

package ai.leonardo.sdk;

import ai.leonardo.sdk.model.JobStatus;

import ai.leonardo.sdk.model.Generation;
import ai.leonardo.sdk.model.GenerationRequest;

import ai.leonardo.sdk.BatchResume.Kind;
import ai.leonardo.sdk.BatchResume.Step;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of {@link Generations#generateAllAsync(List, BatchOptions)}. Without a journal or a
 * download directory it holds no thread: a job starts when a permit (a concurrency slot and room in
 * the sliding one-minute window of creates; only creates need the latter) is free, from the
 * callback that freed it or from a task scheduled for when the window opens. Blocking work (reading
 * the journal, checking and writing files, searching for lost creates) runs on the batch's own
 * small pool of daemon threads, ended with the batch. All state is guarded by {@code this}.
 */
final class Batch {
    private static final Logger LOG = LoggerFactory.getLogger(Batch.class);
    private static final Duration WINDOW = Duration.ofMinutes(1);
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final Generations generations;
    private final Waiter waiter;
    private final List<GenerationRequest> requests;
    private final BatchOptions options;
    private final BatchLog log;
    private final ExecutorService io;
    private final BatchResult[] results;
    private final CompletableFuture<List<BatchResult>> result = new CompletableFuture<>();
    /** When recent creates were sent, oldest first; only those within the last minute are kept. */
    private final Deque<Instant> recentCreates = new ArrayDeque<>();
    private final Set<Future<?>> inFlight = ConcurrentHashMap.newKeySet();
    private List<Step> steps;
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
        this.log = new BatchLog(options.journal().orElse(null), waiter.clock());
        this.io = log.enabled() || options.downloadDirectory().isPresent() ? ioPool(options.maxConcurrent()) : null;
        this.results = new BatchResult[requests.size()];
    }

    private static ExecutorService ioPool(int threads) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 10, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "leonardo-batch-io-" + THREADS.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    CompletableFuture<List<BatchResult>> start() {
        result.whenComplete((list, error) -> {
            if (io != null) {
                io.shutdown();
            }
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
        } else if (io == null) {
            planThenPump();
        } else {
            io.execute(this::planThenPump);
        }
        return result;
    }

    private void planThenPump() {
        try {
            List<Step> planned = new BatchResume(generations, options, log).plan(requests);
            synchronized (this) {
                steps = planned;
            }
        } catch (RuntimeException e) {
            result.completeExceptionally(Waiter.unwrap(e));
            return;
        }
        pump();
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
                if (steps.get(next).kind() == Kind.CREATE && !takeCreatePermit()) {
                    return;
                }
                int index = next++;
                active++;
                launch(index);
            }
        } finally {
            pumping = false;
        }
    }

    /** @return whether the one-minute window has room for a create (and takes it); else schedules a wake-up */
    private boolean takeCreatePermit() {
        Instant now = waiter.clock().instant();
        while (!recentCreates.isEmpty() && !recentCreates.peekFirst().plus(WINDOW).isAfter(now)) {
            recentCreates.removeFirst();
        }
        if (recentCreates.size() >= options.maxCreatesPerMinute()) {
            scheduleWakeUp(Duration.between(now, recentCreates.peekFirst().plus(WINDOW)));
            return false;
        }
        recentCreates.addLast(now);
        return true;
    }

    private void scheduleWakeUp(Duration delay) {
        if (wakeUp == null || wakeUp.isDone()) {
            wakeUp = waiter.scheduler().schedule(this::pump, delay.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    private void launch(int index) {
        Step step = steps.get(index);
        switch (step.kind()) {
            case SKIP -> finish(index, step, step.generationId(), null, step.files(), null);
            case FAIL -> finish(index, step, null, null, List.of(), step.error());
            // A journal's id is checked (a UUID) before it goes into a URL.
            case RESUME -> guard(index, step, null, () -> follow(index, step, generations.job(step.generationId())));
            case CREATE -> create(index, step);
        }
    }

    private void create(int index, Step step) {
        CompletableFuture<GenerationJob> create;
        try {
            // Durable before the POST leaves: a crash from here on cannot lead to a blind second create.
            log.createSent(step.key(), index, step.body());
            create = generations.createPrepared(step.wire());
        } catch (RuntimeException e) {
            recentCreates.removeLast(); // nothing was sent: it used no create
            finish(index, step, null, null, List.of(), Waiter.unwrap(e));
            return;
        }
        notifyListener();
        inFlight.add(create);
        create.whenComplete((job, createError) -> {
            inFlight.remove(create);
            guard(index, step, null, () -> {
                if (createError != null) {
                    LeonardoException e = Waiter.unwrap(createError);
                    if (e instanceof LeonardoServiceException refused && refused.statusCode() >= 400
                            && refused.statusCode() < 500 && refused.statusCode() != 408) {
                        log.rejected(step.key(), refused.statusCode());
                    }
                    finish(index, step, null, null, List.of(), e);
                    return;
                }
                log.created(step.key(), job.id(), false);
                follow(index, step, job);
            });
        });
    }

    private void follow(int index, Step step, GenerationJob job) {
        CompletableFuture<Generation> wait = waiter.awaitAsync(job, options.waitOptions());
        inFlight.add(wait);
        if (result.isCancelled()) {
            wait.cancel(true);
        }
        wait.whenComplete((generation, waitError) -> {
            inFlight.remove(wait);
            guard(index, step, job.id(), () -> {
                if (waitError != null) {
                    LeonardoException e = Waiter.unwrap(waitError);
                    if (e instanceof GenerationFailedException) {
                        log.finished(step.key(), job.id(), JobStatus.FAILED);
                    }
                    finish(index, step, job.id(), null, List.of(), e);
                    return;
                }
                log.finished(step.key(), job.id(), BatchFields.status(generation));
                if (options.downloadDirectory().isEmpty()) {
                    finish(index, step, job.id(), generation, List.of(), null);
                    return;
                }
                io.execute(() -> guard(index, step, job.id(), () -> {
                    List<Path> files = download(generation, options.downloadDirectory().get());
                    log.files(step.key(), job.id(), files);
                    finish(index, step, job.id(), generation, files, null);
                }));
            });
        });
    }

    /** Runs one step of a job; whatever it throws (a journal or file failure) ends that job, not the batch. */
    private void guard(int index, Step step, String id, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            finish(index, step, id, null, List.of(), e instanceof LeonardoException l ? l
                    : new LeonardoException(e.getMessage(), e));
        }
    }

    private List<Path> download(Generation generation, Path directory) {
        return BatchFields.images(generation).stream().map(image -> {
            removePartials(directory, BatchFields.id(image));
            return generations.images().download(image, directory);
        }).toList();
    }

    /** A download killed mid-way leaves its temporary file ({@code <image id>*.part}, see GeneratedImage). */
    private static void removePartials(Path directory, String imageId) {
        if (!ImageFileName.isSafe(imageId) || !Files.isDirectory(directory)) {
            return; // the download itself rejects an unsafe id
        }
        try (DirectoryStream<Path> partials = Files.newDirectoryStream(directory, imageId + "*.part")) {
            for (Path partial : partials) {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove partial downloads in " + directory, e);
        }
    }

    private synchronized void finish(int index, Step step, String id, Generation generation, List<Path> files,
            LeonardoException error) {
        if (results[index] != null) {
            return; // a late failure of a step that already ended (cannot double count)
        }
        GenerationRequest request = requests.get(index);
        results[index] = error == null
                ? BatchResult.success(index, request, step.action(), id, generation, files)
                : BatchResult.failure(index, request, step.action(), id, error);
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

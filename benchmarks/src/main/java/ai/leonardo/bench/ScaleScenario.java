package ai.leonardo.bench;

import ai.leonardo.sdk.model.Generation;
import ai.leonardo.sdk.GenerationJob;
import ai.leonardo.sdk.model.GenerationRequest;
import ai.leonardo.sdk.model.JobStatus;
import ai.leonardo.sdk.Leonardo;
import com.google.gson.Gson;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The child process of the scale test: N generations created and waited for at once against a
 * FakeLeonardo run by the parent, either all with {@code awaitAsync()} or each with a blocking
 * {@code await()} on its own platform thread. Live threads are sampled every
 * {@value #SAMPLE_MILLIS} ms; the heap is measured after {@link System#gc()} once every create has
 * returned, when the most waits are in flight. Prints one line, {@value #RESULT} + JSON.
 * Arguments: {@code async|blocking baseUrl apiKey count}.
 */
public final class ScaleScenario {
    static final String RESULT = "result ";
    private static final long SAMPLE_MILLIS = 50;

    private ScaleScenario() {
    }

    /**
     * @param args {@code async|blocking baseUrl apiKey count}
     * @throws Exception when the run cannot finish; the parent then reports the failure
     */
    public static void main(String[] args) throws Exception {
        boolean async = switch (args[0]) {
            case "async" -> true;
            case "blocking" -> false;
            default -> throw new IllegalArgumentException("async or blocking, not " + args[0]);
        };
        int count = Integer.parseInt(args[3]);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        AtomicInteger peakThreads = new AtomicInteger();
        Map<String, Long> namesAtPeak = new ConcurrentSkipListMap<>();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                int live = threads.getThreadCount();
                if (live > peakThreads.getAndAccumulate(live, Math::max)) {
                    // Who the threads are, by name with numbers folded: the profile of a missed thread target.
                    Map<String, Long> names = threadNames();
                    namesAtPeak.clear();
                    namesAtPeak.putAll(names);
                }
                try {
                    Thread.sleep(SAMPLE_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "sampler");
        sampler.setDaemon(true);

        try (Leonardo leonardo = Leonardo.builder().apiKey(args[2]).baseUrl(args[1]).build()) {
            GenerationRequest request = GenerationRequest.builder().prompt("scale test").width(512).height(512).build();
            long heapBefore = heapAfterGc();
            sampler.start();
            int baselineThreads = threads.getThreadCount();
            peakThreads.set(baselineThreads);
            Map<String, Long> namesAtBaseline = threadNames();
            // One wait first, so the threads any single call starts (OkHttp's pools, the scheduler) are
            // told apart from those that grow with the number of waits.
            start(async, leonardo, request, new CountDownLatch(1)).get(1, TimeUnit.MINUTES);
            int warmThreads = threads.getThreadCount();

            long start = System.nanoTime();
            CountDownLatch created = new CountDownLatch(count);
            List<CompletableFuture<Generation>> waits = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                waits.add(start(async, leonardo, request, created));
            }
            if (!created.await(2, TimeUnit.MINUTES)) {
                throw new IllegalStateException("creates did not finish: " + created.getCount() + " left");
            }
            long inFlight = waits.stream().filter(w -> !w.isDone()).count();
            long heapAtPeak = heapAfterGc();
            CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new)).get(3, TimeUnit.MINUTES);
            double wallSeconds = (System.nanoTime() - start) / 1e9;
            sampler.interrupt();
            long complete = waits.stream().map(CompletableFuture::join).filter(g -> g.status() == JobStatus.COMPLETE).count();

            Map<String, Object> result = new LinkedHashMap<>();
            result.put("mode", args[0]);
            result.put("waits", count);
            result.put("completed", complete);
            result.put("inFlightAtHeapSample", inFlight);
            result.put("baselineThreads", baselineThreads);
            result.put("peakThreads", peakThreads.get());
            result.put("peakExtraThreads", peakThreads.get() - baselineThreads);
            result.put("threadsAfterOneWait", warmThreads);
            result.put("peakExtraThreadsAfterOneWait", peakThreads.get() - warmThreads);
            result.put("threadsAtBaseline", namesAtBaseline);
            result.put("threadsAtPeak", namesAtPeak);
            result.put("heapBeforeMiB", mib(heapBefore));
            result.put("heapAtPeakMiB", mib(heapAtPeak));
            result.put("wallSeconds", Stats.round3(wallSeconds));
            System.out.println(RESULT + new Gson().toJson(result));
        }
        System.exit(0);
    }

    private static CompletableFuture<Generation> start(boolean async, Leonardo leonardo, GenerationRequest request,
            CountDownLatch created) {
        return async ? waitAsync(leonardo, request, created) : waitOnThread(leonardo, request, created);
    }

    /** Create, then wait, without holding a thread: both are chained futures on the client's executors. */
    private static CompletableFuture<Generation> waitAsync(Leonardo leonardo, GenerationRequest request,
            CountDownLatch created) {
        return leonardo.generations().createAsync(request)
                .whenComplete((job, e) -> created.countDown())
                .thenCompose(GenerationJob::awaitAsync);
    }

    /** Create, then wait, on a platform thread of its own, as code without async support does. */
    private static CompletableFuture<Generation> waitOnThread(Leonardo leonardo, GenerationRequest request,
            CountDownLatch created) {
        CompletableFuture<Generation> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                GenerationJob job;
                try {
                    job = leonardo.generations().create(request);
                } finally {
                    created.countDown();
                }
                result.complete(job.await());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        thread.start();
        return result;
    }

    /** Live threads by name, numbers folded ("OkHttp Dispatcher #"), so a pool reads as one row. */
    private static Map<String, Long> threadNames() {
        return Thread.getAllStackTraces().keySet().stream().collect(
                Collectors.groupingBy(t -> t.getName().replaceAll("\\d+", "#"), TreeMap::new, Collectors.counting()));
    }

    private static long heapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double mib(long bytes) {
        return Stats.round3(bytes / (1024.0 * 1024.0));
    }
}

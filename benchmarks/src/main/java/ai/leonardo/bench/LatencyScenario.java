package ai.leonardo.bench;

import ai.leonardo.sdk.model.Generation;
import ai.leonardo.sdk.GenerationJob;
import ai.leonardo.sdk.model.GenerationRequest;
import ai.leonardo.sdk.model.JobStatus;
import ai.leonardo.sdk.Leonardo;
import com.google.gson.Gson;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;

/**
 * The child process of the latency part: N generations created with {@code createAsync} and
 * waited for with {@code awaitAsync()} at once, against a FakeLeonardo with per-response latency
 * run by the parent. Prints one line, {@value #RESULT} + JSON: how many completed, the peak of
 * live platform threads over the count before the first call (sampled every
 * {@value #SAMPLE_MILLIS} ms), and for each job the instant its wait completed, from which the
 * parent computes detection lag against the fake's finish time.
 * Arguments: {@code baseUrl apiKey userId|- count clients rounds}; with more than one client they
 * share one OkHttpClient and one scheduler, as a service with one key per tenant does. With more
 * than one round the N waits run that many times one after another (the client learning as it
 * goes), so a small N still gives enough samples for a p95.
 */
public final class LatencyScenario {
    static final String RESULT = "result ";
    private static final long SAMPLE_MILLIS = 20;

    private LatencyScenario() {
    }

    /**
     * @param args {@code baseUrl apiKey userId|- count clients rounds}
     * @throws Exception when the run cannot finish; the parent then reports the failure
     */
    public static void main(String[] args) throws Exception {
        String userId = args[2].equals("-") ? null : args[2];
        int count = Integer.parseInt(args[3]);
        int clientCount = Integer.parseInt(args[4]);
        int rounds = Integer.parseInt(args[5]);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int baseline = threads.getThreadCount();
        AtomicInteger peak = new AtomicInteger(baseline);
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sampler");
            t.setDaemon(true);
            return t;
        });
        // The sampler itself is not the client's: count it in the baseline.
        sampler.scheduleAtFixedRate(() -> peak.accumulateAndGet(threads.getThreadCount(), Math::max),
                0, SAMPLE_MILLIS, TimeUnit.MILLISECONDS);
        Thread.sleep(3 * SAMPLE_MILLIS);
        baseline = threads.getThreadCount();
        peak.set(baseline);

        OkHttpClient sharedHttp = clientCount > 1 ? new OkHttpClient() : null;
        ScheduledExecutorService sharedScheduler = clientCount > 1 ? Executors.newScheduledThreadPool(1) : null;
        List<Leonardo> clients = new ArrayList<>();
        for (int i = 0; i < clientCount; i++) {
            // A budget that does not bind: this part measures queueing and sharing, not the budget.
            Leonardo.Builder builder = Leonardo.builder().apiKey(args[1]).baseUrl(args[0]).userId(userId)
                    .maxPollsPerSecond(100_000);
            if (sharedHttp != null) {
                builder.okHttpClient(sharedHttp).scheduler(sharedScheduler);
            }
            clients.add(builder.build());
        }
        GenerationRequest request = GenerationRequest.builder().prompt("latency test").width(512).height(512).build();
        Map<String, Instant> doneAt = new ConcurrentHashMap<>();
        List<CompletableFuture<Generation>> waits = new ArrayList<>(count * rounds);
        long start = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            List<CompletableFuture<Generation>> batch = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                batch.add(clients.get(i % clientCount).generations().createAsync(request)
                        .thenCompose(GenerationJob::awaitAsync)
                        .whenComplete((g, e) -> {
                            if (g != null) {
                                doneAt.put(g.id(), Instant.now());
                            }
                        }));
            }
            CompletableFuture.allOf(batch.toArray(CompletableFuture[]::new)).get(3, TimeUnit.MINUTES);
            waits.addAll(batch);
        }
        double wallSeconds = (System.nanoTime() - start) / 1e9;
        sampler.shutdownNow();
        long complete = waits.stream().map(CompletableFuture::join).filter(g -> g.status() == JobStatus.COMPLETE).count();
        clients.forEach(Leonardo::close);

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("completed", complete);
        result.put("peakExtraThreads", peak.get() - baseline);
        result.put("wallSeconds", Stats.round3(wallSeconds));
        Map<String, String> done = new LinkedHashMap<>();
        doneAt.forEach((id, at) -> done.put(id, at.toString()));
        result.put("doneAt", done);
        System.out.println(RESULT + new Gson().toJson(result));
        System.exit(0);
    }
}

package ai.leonardo.bench;

import ai.leonardo.sdk.model.Generation;
import ai.leonardo.sdk.GenerationJob;
import ai.leonardo.sdk.model.GenerationRequest;
import ai.leonardo.sdk.model.JobStatus;
import ai.leonardo.sdk.Leonardo;
import com.google.gson.Gson;
import java.io.IOException;
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
import java.util.concurrent.atomic.AtomicIntegerArray;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Response;

/**
 * The child process of the latency part: N generations created with {@code createAsync} and
 * waited for with {@code awaitAsync()} at once, against a FakeLeonardo with per-response latency
 * run by the parent. Prints one line, {@value #RESULT} + JSON: how many completed, the peak of
 * live platform threads over the count before the first call (sampled every
 * {@value #SAMPLE_MILLIS} ms) with the creates and the polls in flight at that peak, the peaks of
 * creates and of polls (GETs by id and list pages) in flight at once, and for each job the
 * instant its wait completed, from which the parent computes detection lag against the fake's
 * finish time. Calls in flight are counted by an application interceptor on every client: OkHttp
 * runs it on the thread that carries the call, so on JDK 17 each call it counts holds one
 * platform thread, and a pool thread outlives its last call by some seconds: the thread peak of
 * the whole run is at least the larger of the two call peaks.
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
        CallsInFlight calls = new CallsInFlight();
        int[] inFlightAtPeak = new int[2];
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sampler");
            t.setDaemon(true);
            return t;
        });
        // The sampler itself is not the client's: count it in the baseline.
        sampler.scheduleAtFixedRate(() -> {
            int live = threads.getThreadCount();
            if (live > peak.get()) {
                peak.set(live);
                inFlightAtPeak[0] = calls.now(CallsInFlight.CREATES);
                inFlightAtPeak[1] = calls.now(CallsInFlight.POLLS);
            }
        }, 0, SAMPLE_MILLIS, TimeUnit.MILLISECONDS);
        Thread.sleep(3 * SAMPLE_MILLIS);
        baseline = threads.getThreadCount();
        peak.set(baseline);

        OkHttpClient sharedHttp = clientCount > 1 ? new OkHttpClient() : null;
        ScheduledExecutorService sharedScheduler = clientCount > 1 ? Executors.newScheduledThreadPool(1) : null;
        List<Leonardo> clients = new ArrayList<>();
        for (int i = 0; i < clientCount; i++) {
            // A budget that does not bind: this part measures queueing and sharing, not the budget.
            Leonardo.Builder builder = Leonardo.builder().apiKey(args[1]).baseUrl(args[0]).userId(userId)
                    .maxPollsPerSecond(100_000).addInterceptor(calls);
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
        sampler.awaitTermination(1, TimeUnit.SECONDS); // its last sample's numbers are then all written
        long complete = waits.stream().map(CompletableFuture::join).filter(g -> g.status() == JobStatus.COMPLETE).count();
        clients.forEach(Leonardo::close);

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("completed", complete);
        result.put("peakExtraThreads", peak.get() - baseline);
        result.put("wallSeconds", Stats.round3(wallSeconds));
        result.put("createsInFlightAtThreadPeak", inFlightAtPeak[0]);
        result.put("pollsInFlightAtThreadPeak", inFlightAtPeak[1]);
        result.put("peakCreatesInFlight", calls.peak(CallsInFlight.CREATES));
        result.put("peakPollsInFlight", calls.peak(CallsInFlight.POLLS));
        Map<String, String> done = new LinkedHashMap<>();
        doneAt.forEach((id, at) -> done.put(id, at.toString()));
        result.put("doneAt", done);
        System.out.println(RESULT + new Gson().toJson(result));
        System.exit(0);
    }

    /** Creates and polls (GETs by id, list pages) in flight now and at most, counted around each call. */
    private static final class CallsInFlight implements Interceptor {
        static final int CREATES = 0;
        static final int POLLS = 1;
        private final AtomicIntegerArray now = new AtomicIntegerArray(2);
        private final AtomicIntegerArray peak = new AtomicIntegerArray(2);

        @Override
        public Response intercept(Chain chain) throws IOException {
            int kind = chain.request().method().equals("POST") ? CREATES : POLLS;
            int inFlight = now.incrementAndGet(kind);
            peak.accumulateAndGet(kind, inFlight, Math::max);
            try {
                return chain.proceed(chain.request());
            } finally {
                now.decrementAndGet(kind);
            }
        }

        int now(int kind) {
            return now.get(kind);
        }

        int peak(int kind) {
            return peak.get(kind);
        }
    }
}

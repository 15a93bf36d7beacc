package ai.leonardo.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The fake's webhook callbacks: when a generation completes, a POST of the vendor's callback shape
 * to the configured URL with {@code authorization: Bearer <webhook key>}, after a delay, with a
 * seeded share lost and a seeded share sent twice. Status is computed from the clock, so delivery
 * needs a trigger: on a system clock a daemon scheduler here, on the manual clock
 * {@link FakeLeonardo#advance(Duration)}, on any other clock {@link FakeLeonardo#deliverCallbacks()}.
 */
final class CallbackSender implements AutoCloseable {
    /** Mixed into the fake's seed so the callback draws neither share nor shift the job draws. */
    private static final long SEED_SALT = 0x9E3779B97F4A7C15L;

    private final FakeLeonardo.Builder config;
    private final Clock clock;
    private final boolean realTime;
    private final Function<StoredGeneration, String> bodies;
    private final HttpClient http;
    /** Callbacks not yet sent, earliest first; guarded by itself. */
    private final PriorityQueue<Due> queue = new PriorityQueue<>();
    private final List<String> lost = new ArrayList<>();
    private final Map<Integer, AtomicLong> answers = new ConcurrentHashMap<>();
    private Random random;
    private long sequence;
    private ScheduledExecutorService scheduler;

    private record Due(Instant at, long sequence, StoredGeneration generation, int copies) implements Comparable<Due> {
        @Override
        public int compareTo(Due other) {
            int byTime = at.compareTo(other.at);
            return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
        }
    }

    CallbackSender(FakeLeonardo.Builder config, Clock clock, Function<StoredGeneration, String> bodies) {
        this.config = config;
        this.clock = clock;
        this.realTime = config.manualStart == null && clock.getClass() == Clock.systemUTC().getClass();
        this.bodies = bodies;
        this.http = config.callbackUrl == null ? null
                : HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        reset();
    }

    /** Plans the callback of a new generation; called in creation order, so the seeded draws are reproducible. */
    void planned(StoredGeneration generation) {
        if (config.callbackUrl == null) {
            return;
        }
        boolean drop;
        boolean duplicate;
        Due due;
        synchronized (queue) {
            drop = random.nextDouble() < config.callbackLossRate;
            duplicate = random.nextDouble() < config.callbackDuplicateRate;
            if (generation.fails) {
                return; // the vendor documents a callback for complete generations only
            }
            if (drop) {
                lost.add(generation.id);
                return;
            }
            due = new Due(generation.finishesAt.plus(config.callbackDelay), sequence++, generation, duplicate ? 2 : 1);
            queue.add(due);
        }
        if (realTime) {
            // The scheduler's time and the clock's may differ by a hair: this callback is sent when its task runs.
            long nanos = Math.max(0, Duration.between(clock.instant(), due.at).toNanos());
            scheduler().schedule(() -> {
                boolean unsent;
                synchronized (queue) {
                    unsent = queue.remove(due);
                }
                if (unsent) {
                    send(due);
                }
            }, nanos, TimeUnit.NANOSECONDS);
        }
    }

    /** Sends every callback due by the clock, in the order they fell due; each POST is answered before the next. */
    void deliverDue() {
        List<Due> ready = new ArrayList<>();
        synchronized (queue) {
            Instant now = clock.instant();
            while (!queue.isEmpty() && !queue.peek().at.isAfter(now)) {
                ready.add(queue.poll());
            }
        }
        ready.forEach(this::send);
    }

    private void send(Due due) {
        if (due.generation.deleted) {
            return;
        }
        String body = bodies.apply(due.generation);
        for (int i = 0; i < due.copies; i++) {
            answers.computeIfAbsent(post(body), s -> new AtomicLong()).incrementAndGet();
        }
    }

    /** @return the status of the answer, or 0 when none came (connection refused, timeout) */
    private int post(String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(config.callbackUrl))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + config.callbackKey)
                .header("User-Agent", "FakeLeonardo")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    List<String> lost() {
        synchronized (queue) {
            return List.copyOf(lost);
        }
    }

    long answered(int status) {
        AtomicLong count = answers.get(status);
        return count == null ? 0 : count.get();
    }

    void reset() {
        synchronized (queue) {
            queue.clear();
            lost.clear();
            random = new Random(config.seed ^ SEED_SALT);
            sequence = 0;
        }
        answers.clear();
    }

    private synchronized ScheduledExecutorService scheduler() {
        if (scheduler == null) {
            scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "fake-leonardo-callbacks");
                thread.setDaemon(true);
                return thread;
            });
        }
        return scheduler;
    }

    /** Stops the scheduler; callbacks not yet sent are dropped. */
    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
        synchronized (queue) {
            queue.clear();
        }
    }
}

package ai.leonardo.sdk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import ai.leonardo.sdk.GenerationFailedException;
import ai.leonardo.sdk.GenerationJob;
import ai.leonardo.sdk.Leonardo;
import ai.leonardo.sdk.LeonardoException;
import ai.leonardo.sdk.WaitOptions;
import ai.leonardo.sdk.WaitPolicy;
import ai.leonardo.sdk.WaitTimeoutException;
import ai.leonardo.testkit.DurationDistribution;
import ai.leonardo.testkit.FakeLeonardo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Fifty threads share one client and run a mix of create+wait (blocking and async), get, list and delete against
 * FakeLeonardo for a few seconds, in real time, with 5% of API requests failing (half 503, half
 * connection reset) and 5% of jobs failing. Afterwards every job is accounted for exactly once
 * (completed, failed, or timed out with its id), every failure was a typed SDK exception, and the
 * fake created exactly as many generations as the client reported ids: no POST was sent twice and
 * none was lost.
 */
class LoadTest {
    static final int THREADS = 50;
    static final Duration RUN_FOR = Duration.ofSeconds(6);
    static final Duration WAIT_AT_MOST = Duration.ofSeconds(4);

    /**
     * The fake checks every request against the vendor spec; on a two-core CI runner fifty POST bodies
     * validated at once take seconds each, past the read timeout, and a timed-out POST is a job whose id
     * the client never learns. Bounding creates in flight, as a real caller under a concurrency plan
     * would, keeps the server answering in time so that every create is either reported or refused.
     */
    static final Semaphore CREATES_IN_FLIGHT = new Semaphore(8);

    enum Outcome { COMPLETED, FAILED, TIMED_OUT }

    /** Everything the threads observed; each map rejects a second entry for the same id. */
    static final class Ledger {
        final Set<String> created = ConcurrentHashMap.newKeySet();
        final Map<String, Outcome> outcomes = new ConcurrentHashMap<>();
        final Set<String> deleted = ConcurrentHashMap.newKeySet();
        final ConcurrentLinkedQueue<String> duplicates = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Throwable> untyped = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<LeonardoException> typed = new ConcurrentLinkedQueue<>();

        void created(String id) {
            if (!created.add(id)) {
                duplicates.add("created twice: " + id);
            }
        }

        void settled(String id, Outcome outcome) {
            Outcome previous = outcomes.putIfAbsent(id, outcome);
            if (previous != null) {
                duplicates.add(id + " settled as " + previous + " and " + outcome);
            }
        }

        void failed(Throwable e) {
            if (e instanceof LeonardoException typedFailure) {
                typed.add(typedFailure);
            } else {
                untyped.add(e);
            }
        }
    }

    @Test
    void fiftyThreadsLoseAndDuplicateNothing() throws Exception {
        try (FakeLeonardo fake = FakeLeonardo.builder().concurrencyLimit(THREADS * 2)
                .jobDurations(DurationDistribution.uniform(Duration.ofMillis(200), Duration.ofMillis(500)))
                .failureRate(0.05).randomFaults(0.05, 7).seed(7).build().start();
                Leonardo leonardo = Leonardo.builder().apiKey(fake.apiKey()).baseUrl(fake.baseUrl())
                        .timeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5)).build()) {
            Ledger ledger = new Ledger();
            long end = System.nanoTime() + RUN_FOR.toNanos();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<?>> workers = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    workers.add(pool.submit(() -> {
                        while (System.nanoTime() < end) {
                            runOne(leonardo, fake.userId(), ledger);
                        }
                    }));
                }
                for (Future<?> worker : workers) {
                    worker.get(RUN_FOR.plus(WAIT_AT_MOST).plusSeconds(20).toMillis(), TimeUnit.MILLISECONDS);
                }
            } finally {
                pool.shutdownNow();
            }

            assertThat(ledger.untyped).as("failures that were not typed SDK exceptions").isEmpty();
            assertThat(ledger.duplicates).as("ids created or settled twice").isEmpty();
            assertThat(ledger.outcomes.keySet()).as("every created job is accounted for").isEqualTo(ledger.created);
            assertThat(fake.createTimestamps()).as("generations the fake created = ids the client reported")
                    .hasSize(ledger.created.size());
            assertThat(ledger.deleted).as("deleted generations are gone").allMatch(id -> fake.generation(id) == null);
            // The run must have exercised what it claims to.
            assertThat(ledger.created).as("jobs created").hasSizeGreaterThan(THREADS);
            assertThat(ledger.outcomes).as("some jobs completed").containsValue(Outcome.COMPLETED);
            assertThat(ledger.typed).as("injected faults surfaced as typed exceptions").isNotEmpty();
        }
    }

    /** One randomly chosen operation; create+wait is the most common, as in real use. */
    private static void runOne(Leonardo leonardo, String userId, Ledger ledger) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        try {
            double pick = random.nextDouble();
            if (pick < 0.5) {
                createAndWait(leonardo, ledger, random.nextDouble() < 0.3);
            } else if (pick < 0.8) {
                List<String> known = List.copyOf(ledger.outcomes.keySet());
                if (!known.isEmpty()) {
                    leonardo.generations().find(known.get(random.nextInt(known.size())));
                }
            } else {
                leonardo.generations().listPage(userId, 0, 20);
            }
        } catch (RuntimeException e) {
            ledger.failed(e);
        }
    }

    /** Half the waits run on the client's scheduler, so the async path sees the same faults. */
    private static void awaitAsync(GenerationJob job) {
        try {
            job.awaitAsync(WaitOptions.of(WaitPolicy.defaults().withTimeout(WAIT_AT_MOST))).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static void createAndWait(Leonardo leonardo, Ledger ledger, boolean deleteAfter) {
        GenerationJob job;
        CREATES_IN_FLIGHT.acquireUninterruptibly();
        try {
            job = leonardo.generations().create(Operation.request());
        } finally {
            CREATES_IN_FLIGHT.release();
        }
        ledger.created(job.id());
        Outcome outcome = await(job, ledger);
        ledger.settled(job.id(), outcome);
        if (deleteAfter && outcome != Outcome.TIMED_OUT) {
            leonardo.generations().delete(job.id());
            ledger.deleted.add(job.id());
        }
    }

    /**
     * Waits under a deadline (polls that fail transiently are retried by the wait itself); every way
     * a wait ends is one outcome for the job's id.
     */
    private static Outcome await(GenerationJob job, Ledger ledger) {
        try {
            if (ThreadLocalRandom.current().nextBoolean()) {
                job.await(WAIT_AT_MOST);
            } else {
                awaitAsync(job);
            }
            return Outcome.COMPLETED;
        } catch (WaitTimeoutException e) {
            assertThat(e.generationId()).as("a timed-out wait names its job").isEqualTo(job.id());
            return Outcome.TIMED_OUT;
        } catch (GenerationFailedException e) {
            return Outcome.FAILED;
        } catch (LeonardoException e) {
            ledger.failed(e); // a failure the wait does not outlive ends it, typed
            return Outcome.FAILED;
        }
    }
}

package ai.leonardo.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void failureRateOneFailsEveryJobWithoutImages() throws Exception {
        try (FakeLeonardo fake = FakeLeonardo.builder().manualClock().failureRate(1.0).build().start()) {
            Http http = new Http(fake);
            String id = http.create("{\"prompt\":\"doomed\",\"num_images\":1}");
            fake.advance(Duration.ofMinutes(1));
            var g = http.get("/generations/" + id).json().get("generations_by_pk");
            assertThat(g.get("status").asText()).isEqualTo("FAILED");
            assertThat(g.get("generated_images")).isEmpty();
        }
    }

    @Test
    void seededDistributionIsReproducibleAndDifferentSeedsDiffer() throws Exception {
        DurationDistribution logNormal = DurationDistribution.logNormal(Duration.ofSeconds(5), 0.8);
        List<Duration> first = durations(FakeLeonardo.builder().seed(99).jobDurations(logNormal).failureRate(0.5));
        List<Duration> second = durations(FakeLeonardo.builder().seed(99).jobDurations(logNormal).failureRate(0.5));
        List<Duration> other = durations(FakeLeonardo.builder().seed(100).jobDurations(logNormal).failureRate(0.5));
        assertThat(first).isEqualTo(second).isNotEqualTo(other);
        assertThat(first).doesNotHaveDuplicates();

        List<Duration> uniform = durations(FakeLeonardo.builder().seed(1)
                .jobDurations(DurationDistribution.uniform(Duration.ofSeconds(2), Duration.ofSeconds(4))));
        assertThat(uniform).allSatisfy(d -> assertThat(d).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(4)));
    }

    private static List<Duration> durations(FakeLeonardo.Builder builder) throws Exception {
        try (FakeLeonardo fake = builder.manualClock().concurrencyLimit(100).build().start()) {
            Http http = new Http(fake);
            List<Duration> out = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                GenerationSnapshot g = fake.generation(http.create("{\"prompt\":\"d\",\"num_images\":1}"));
                out.add(Duration.between(g.createdAt(), g.finishesAt()));
            }
            return out;
        }
    }

    @Test
    void latencyHoldsEveryResponseAndManyAreHeldAtOnce() throws Exception {
        Duration latency = Duration.ofMillis(300);
        try (FakeLeonardo fake = FakeLeonardo.builder().latency(latency).build().start()) {
            Http http = new Http(fake);
            long start = System.nanoTime();
            String id = http.create("{\"prompt\":\"slow network\",\"num_images\":1}");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(latency);

            // 20 GETs in flight together: held side by side, not one after another (which would take 6 s).
            ExecutorService pool = Executors.newFixedThreadPool(20);
            try {
                List<Callable<Integer>> gets = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    gets.add(() -> http.get("/generations/" + id).status());
                }
                start = System.nanoTime();
                for (Future<Integer> status : pool.invokeAll(gets)) {
                    assertThat(status.get()).isEqualTo(200);
                }
                Duration all = Duration.ofNanos(System.nanoTime() - start);
                assertThat(all).isGreaterThanOrEqualTo(latency).isLessThan(Duration.ofSeconds(3));
            } finally {
                pool.shutdown();
            }

            fake.faults().on(Endpoint.GET_GENERATION).times(1).respondWith(Fault.delay(Duration.ofMillis(400)));
            start = System.nanoTime();
            http.get("/generations/" + id);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(700));
        }
    }

    @Test
    void notFoundAs404AnswersTheVendorErrorBody() throws Exception {
        try (FakeLeonardo fake = FakeLeonardo.builder().notFoundAs404(true).build().start()) {
            Http http = new Http(fake);
            String id = http.create("{\"prompt\":\"gone\",\"num_images\":1}");
            assertThat(http.delete("/generations/" + id).status()).isEqualTo(200);
            Http.Reply get = http.get("/generations/" + id);
            assertThat(get.status()).isEqualTo(404);
            assertThat(get.json().get("code").asText()).isEqualTo("not-found");
            assertThat(get.json().has("error")).isTrue();
            assertThat(http.delete("/generations/" + id).status()).isEqualTo(404);
        }
    }

    @Test
    void realTimeClockCompletesJobsOnItsOwn() throws Exception {
        try (FakeLeonardo fake = FakeLeonardo.builder().jobDuration(Duration.ofMillis(100)).build().start()) {
            Http http = new Http(fake);
            String id = http.create("{\"prompt\":\"quick\",\"num_images\":1,\"width\":64,\"height\":64}");
            Thread.sleep(150);
            assertThat(fake.generation(id).status()).isEqualTo("COMPLETE");
        }
    }

    @Test
    void authCanBeSwitchedOffAndTheKeyConfigured() throws Exception {
        try (FakeLeonardo open = FakeLeonardo.builder().requireAuth(false).build().start();
                FakeLeonardo keyed = FakeLeonardo.builder().apiKey("k-123").build().start()) {
            assertThat(new Http(open, null).post("{\"prompt\":\"x\",\"num_images\":1}").status()).isEqualTo(200);
            assertThat(keyed.apiKey()).isEqualTo("k-123");
            assertThat(new Http(keyed).post("{\"prompt\":\"x\",\"num_images\":1}").status()).isEqualTo(200);
            assertThat(new Http(keyed, FakeLeonardo.DEFAULT_API_KEY).post("{\"prompt\":\"x\"}").status())
                    .isEqualTo(401);
        }
    }

    @Test
    void concurrencyLimitRejectsTheEleventhPendingJobWith429AndCreatesNothing() throws Exception {
        try (FakeLeonardo fake = FakeLeonardo.builder().manualClock().jobDuration(Duration.ofSeconds(30))
                .build().start()) {
            Http http = new Http(fake);
            for (int i = 0; i < 10; i++) {
                http.create("{\"prompt\":\"job " + i + "\",\"num_images\":1}");
            }
            Http.Reply eleventh = http.post("{\"prompt\":\"one too many\",\"num_images\":1}");
            assertThat(eleventh.status()).isEqualTo(429);
            assertThat(eleventh.headers().get("Retry-After")).isEqualTo("1");
            assertThat(eleventh.json().get("error").asText()).contains("concurrent job limit");
            assertThat(eleventh.json().get("path").asText()).isEqualTo("$");
            assertThat(fake.generationCount()).isEqualTo(10);
            assertThat(fake.createTimestamps()).hasSize(10);
            assertThat(fake.maxObservedConcurrentJobs()).isEqualTo(10);

            fake.advance(Duration.ofSeconds(30));
            assertThat(http.post("{\"prompt\":\"room again\",\"num_images\":1}").status()).isEqualTo(200);
        }
    }

    @Test
    void manyConcurrentClientsNeverExceedTheLimit() throws Exception {
        try (FakeLeonardo fake = FakeLeonardo.builder().manualClock().concurrencyLimit(5).build().start()) {
            Http http = new Http(fake);
            List<Thread> threads = new ArrayList<>();
            java.util.concurrent.atomic.AtomicInteger accepted = new java.util.concurrent.atomic.AtomicInteger();
            for (int t = 0; t < 20; t++) {
                Thread thread = new Thread(() -> {
                    try {
                        if (http.post("{\"prompt\":\"race\",\"num_images\":1}").status() == 200) {
                            accepted.incrementAndGet();
                        }
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                thread.start();
                threads.add(thread);
            }
            for (Thread t : threads) {
                t.join();
            }
            assertThat(accepted.get()).isEqualTo(5);
            assertThat(fake.generationCount()).isEqualTo(5);
            assertThat(fake.maxObservedConcurrentJobs()).isEqualTo(5);
            assertThat(fake.requestCount(Endpoint.CREATE_GENERATION)).isEqualTo(20);
        }
    }
}

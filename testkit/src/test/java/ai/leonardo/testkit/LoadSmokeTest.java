package ai.leonardo.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class LoadSmokeTest {

    @Test
    void fiftyClientsPollingConcurrentlyAllGetConsistentAnswers() throws Exception {
        try (FakeLeonardo fake = FakeLeonardo.builder().concurrencyLimit(1000)
                .jobDuration(Duration.ofMillis(200)).build().start()) {
            Http http = new Http(fake);
            ExecutorService pool = Executors.newFixedThreadPool(50);
            try {
                List<Future<String>> results = new ArrayList<>();
                for (int t = 0; t < 50; t++) {
                    results.add(pool.submit(() -> {
                        String id = http.create("{\"prompt\":\"load\",\"num_images\":1,\"width\":64,\"height\":64}");
                        for (int i = 0; i < 100; i++) {
                            String status = http.get("/generations/" + id).json()
                                    .at("/generations_by_pk/status").asText();
                            if (!"PENDING".equals(status)) {
                                return status;
                            }
                            Thread.sleep(20);
                        }
                        return "TIMED_OUT";
                    }));
                }
                for (Future<String> result : results) {
                    assertThat(result.get()).isEqualTo("COMPLETE");
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(fake.generationCount()).isEqualTo(50);
            assertThat(fake.maxObservedConcurrentJobs()).isBetween(1, 50);
            assertThat(fake.requestCount(Endpoint.ANY))
                    .isEqualTo(fake.requestCount(Endpoint.CREATE_GENERATION) + fake.requestCount(Endpoint.GET_GENERATION));
        }
    }
}

package ai.leonardo.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FakeLeonardoExtension.class)
class FaultsTest {

    private static final String BODY = "{\"prompt\":\"fault\",\"num_images\":1,\"width\":64,\"height\":64}";

    @Test
    void statusFaultFiresNTimesThenNormalBehaviourResumes(FakeLeonardo fake) throws Exception {
        Http http = new Http(fake);
        String id = http.create(BODY);
        fake.faults().on(Endpoint.GET_GENERATION).times(2).respondWith(Fault.status(503));

        for (int i = 0; i < 2; i++) {
            Http.Reply reply = http.get("/generations/" + id);
            assertThat(reply.status()).isEqualTo(503);
            assertThat(reply.json().get("path").asText()).isEqualTo("$");
            assertThat(reply.json().has("error")).isTrue();
        }
        assertThat(http.get("/generations/" + id).status()).isEqualTo(200);
        assertThat(fake.faults().remaining()).isZero();
        assertThat(fake.requestCount(Endpoint.GET_GENERATION)).isEqualTo(3);
    }

    @Test
    void faultedPostCreatesNoGeneration(FakeLeonardo fake) throws Exception {
        Http http = new Http(fake);
        fake.faults().on(Endpoint.CREATE_GENERATION).respondWith(Fault.status(500));
        assertThat(http.post(BODY).status()).isEqualTo(500);
        fake.faults().on(Endpoint.CREATE_GENERATION).connectionReset();
        assertThatThrownBy(() -> http.post(BODY)).isInstanceOf(IOException.class);
        assertThat(fake.generationCount()).isZero();
        assertThat(fake.createTimestamps()).isEmpty();
        assertThat(http.post(BODY).status()).isEqualTo(200);
        assertThat(fake.generationCount()).isEqualTo(1);
    }

    @Test
    void afterProcessingCreatesTheGenerationThenFails(FakeLeonardo fake) throws Exception {
        Http http = new Http(fake);
        fake.faults().on(Endpoint.CREATE_GENERATION).afterProcessing().respondWith(Fault.connectionReset());
        assertThatThrownBy(() -> http.post(BODY)).isInstanceOf(IOException.class);
        assertThat(fake.generationCount()).isEqualTo(1);
    }

    @Test
    void rateLimitedAnswers429WithRetryAfter(FakeLeonardo fake) throws Exception {
        Http http = new Http(fake);
        fake.faults().on(Endpoint.LIST_GENERATIONS).rateLimited(Duration.ofMillis(2500));
        Http.Reply limited = http.get("/generations/user/" + fake.userId());
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.headers().get("Retry-After")).isEqualTo("3");
        assertThat(limited.json().get("code").asText()).isEqualTo("rate-limited");
        assertThat(http.get("/generations/user/" + fake.userId()).status()).isEqualTo(200);
    }

    @Test
    void delayHoldsTheNormalResponse(FakeLeonardo fake) throws Exception {
        Http http = new Http(fake);
        fake.faults().on(Endpoint.CREATE_GENERATION).delay(Duration.ofMillis(300));
        long start = System.nanoTime();
        assertThat(http.post(BODY).status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        start = System.nanoTime();
        assertThat(http.post(BODY).status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(300));
    }

    @Test
    void wireFaultsBreakTheResponseNTimesThenResume(FakeLeonardo fake) throws Exception {
        String id = new Http(fake).create(BODY);
        assertWireFault(fake, id, rule -> rule.connectionReset());
        assertWireFault(fake, id, rule -> rule.emptyResponse());
        assertWireFault(fake, id, rule -> rule.malformedChunk());
        assertWireFault(fake, id, rule -> rule.randomDataThenClose());
    }

    private static void assertWireFault(FakeLeonardo fake, String id, Consumer<Faults.Rule> arm) throws Exception {
        arm.accept(fake.faults().on(Endpoint.ANY).times(2));
        for (int i = 0; i < 2; i++) {
            // A fresh client per attempt: the broken connection must not poison the next one.
            Http http = new Http(fake);
            assertThatThrownBy(() -> http.get("/generations/" + id)).isInstanceOf(IOException.class);
        }
        assertThat(new Http(fake).get("/generations/" + id).status()).isEqualTo(200);
    }

    @Test
    void imageFaultsTargetOnlyImages(FakeLeonardo fake) throws Exception {
        Http http = new Http(fake);
        String id = http.create(BODY);
        fake.faults().on(Endpoint.IMAGE).status(502);
        Thread.sleep(1100);
        String url = fake.generation(id).imageUrls().get(0);
        assertThat(http.get("/generations/" + id).status()).isEqualTo(200);
        assertThat(http.getUrl(url).status()).isEqualTo(502);
        assertThat(http.getUrl(url).status()).isEqualTo(200);
    }

    @Test
    void randomFaultsHitTheConfiguredShareOfApiRequests() throws Exception {
        try (FakeLeonardo fake = FakeLeonardo.builder().randomFaults(0.3, 7).build().start()) {
            int failed = 0;
            int total = 200;
            for (int i = 0; i < total; i++) {
                try {
                    if (new Http(fake).get("/generations/user/" + fake.userId()).status() == 503) {
                        failed++;
                    }
                } catch (IOException reset) {
                    failed++;
                }
            }
            assertThat(failed).isBetween(40, 80);
        }
    }
}

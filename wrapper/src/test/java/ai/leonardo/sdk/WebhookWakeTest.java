package ai.leonardo.sdk;

import ai.leonardo.sdk.model.Generation;
import ai.leonardo.sdk.model.GenerationRequest;
import ai.leonardo.sdk.model.JobStatus;

import static org.assertj.core.api.Assertions.assertThat;

import ai.leonardo.testkit.Endpoint;
import ai.leonardo.testkit.FakeLeonardo;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A webhook callback wakes the async wait for its generation; the GET that follows decides. Waits
 * here poll every 20 s on their own, so a wait that ends within seconds was ended by a callback.
 */
class WebhookWakeTest {
    private static final String KEY = "whk-test-key";
    private static final WaitOptions SLOW_POLLS = WaitOptions.of(WaitPolicy.fixed(Duration.ofSeconds(20)));

    private FakeLeonardo fake;
    private Leonardo leonardo;

    private void start(Duration jobDuration) {
        fake = FakeLeonardo.builder().jobDuration(jobDuration).build().start();
        leonardo = Leonardo.builder().apiKey(fake.apiKey()).baseUrl(fake.baseUrl()).webhookApiKey(KEY).build();
    }

    @AfterEach
    void stop() {
        leonardo.close();
        fake.stop();
    }

    private int callback(String id) {
        String body = "{\"type\":\"image_generation.complete\",\"data\":{\"object\":{\"id\":\"" + id
                + "\",\"status\":\"COMPLETE\"}}}";
        return leonardo.webhooks().handle(Map.of("Authorization", List.of("Bearer " + KEY)),
                body.getBytes(StandardCharsets.UTF_8));
    }

    private GenerationJob create() {
        return leonardo.generations().create(GenerationRequest.builder().prompt("a lighthouse").build());
    }

    @Test
    void aCallbackForAFinishedJobEndsItsWaitAtOnceWithOneGet() throws Exception {
        start(Duration.ofMillis(200));
        GenerationJob job = create();
        CompletableFuture<Generation> wait = job.awaitAsync(SLOW_POLLS);
        Thread.sleep(400); // the job is COMPLETE on the server; the wait's first poll is 20 s away

        assertThat(callback(job.id())).isEqualTo(200);

        Generation done = wait.get(5, TimeUnit.SECONDS);
        assertThat(done.status()).isEqualTo(JobStatus.COMPLETE);
        assertThat(done.images()).hasSize(1);
        assertThat(fake.requestCount(Endpoint.GET_GENERATION)).isEqualTo(1);

        // Duplicates and replays after the wait ended complete nothing and cost no GET.
        for (int i = 0; i < 3; i++) {
            assertThat(callback(job.id())).isEqualTo(200);
        }
        Thread.sleep(200);
        assertThat(fake.requestCount(Endpoint.GET_GENERATION)).isEqualTo(1);
    }

    @Test
    void aCallbackEndsTheSleepOfABlockingWait() throws Exception {
        start(Duration.ofMillis(200));
        GenerationJob job = create();
        CompletableFuture<Generation> wait = CompletableFuture.supplyAsync(() -> job.await(SLOW_POLLS));
        Thread.sleep(400);

        assertThat(callback(job.id())).isEqualTo(200);

        assertThat(wait.get(5, TimeUnit.SECONDS).status()).isEqualTo(JobStatus.COMPLETE);
        assertThat(fake.requestCount(Endpoint.GET_GENERATION)).isEqualTo(1);
    }

    @Test
    void aCallbackWakesEveryWaitForItsGeneration() throws Exception {
        start(Duration.ofMillis(200));
        GenerationJob job = create();
        CompletableFuture<Generation> first = job.awaitAsync(SLOW_POLLS);
        CompletableFuture<Generation> resumed = leonardo.generations().job(job.id()).awaitAsync(SLOW_POLLS);
        Thread.sleep(400);

        assertThat(callback(job.id())).isEqualTo(200);

        assertThat(first.get(5, TimeUnit.SECONDS).status()).isEqualTo(JobStatus.COMPLETE);
        assertThat(resumed.get(5, TimeUnit.SECONDS).status()).isEqualTo(JobStatus.COMPLETE);
        assertThat(fake.requestCount(Endpoint.GET_GENERATION)).isEqualTo(2);
    }

    @Test
    void aForgedCallbackForAPendingJobCostsOneGetAndCompletesNothing() throws Exception {
        start(Duration.ofMinutes(5));
        GenerationJob job = create();
        CompletableFuture<Generation> wait = job.awaitAsync(SLOW_POLLS);

        assertThat(callback(job.id())).isEqualTo(200);

        assertStillWaitingAfter(wait, 1);
    }

    @Test
    void aCallbackWithAWrongKeyOrNoKeyIsRefusedAndWakesNothing() throws Exception {
        start(Duration.ofMillis(200));
        GenerationJob job = create();
        CompletableFuture<Generation> wait = job.awaitAsync(SLOW_POLLS);
        Thread.sleep(400); // complete on the server: a woken wait would end at once
        byte[] body = ("{\"type\":\"image_generation.complete\",\"data\":{\"object\":{\"id\":\"" + job.id()
                + "\",\"status\":\"COMPLETE\"}}}").getBytes(StandardCharsets.UTF_8);

        assertThat(leonardo.webhooks().handle(Map.of("Authorization", List.of("Bearer not-" + KEY)), body)).isEqualTo(401);
        assertThat(leonardo.webhooks().handle(Map.of(), body)).isEqualTo(401);

        assertStillWaitingAfter(wait, 0);
        assertThat(leonardo.generations().wakeups().arriving()).as("refused callbacks teach nothing").isFalse();
    }

    @Test
    void aCallbackThatCameBeforeTheWaitMakesItsFirstPollImmediate() throws Exception {
        start(Duration.ofMillis(200));
        GenerationJob job = create();
        Thread.sleep(400);
        assertThat(callback(job.id())).isEqualTo(200); // nobody waits yet: remembered

        Generation done = leonardo.generations().job(job.id()).awaitAsync(SLOW_POLLS).get(5, TimeUnit.SECONDS);

        assertThat(done.status()).isEqualTo(JobStatus.COMPLETE);
        assertThat(fake.requestCount(Endpoint.GET_GENERATION)).isEqualTo(1);
    }

    @Test
    void aCallbackForAnotherGenerationLeavesTheWaitAlone() throws Exception {
        start(Duration.ofMillis(200));
        GenerationJob job = create();
        CompletableFuture<Generation> wait = job.awaitAsync(SLOW_POLLS);
        Thread.sleep(400);

        assertThat(callback("0d2f6a4e-6b1c-4e8a-9f3d-2c5b7a1e9d40")).isEqualTo(200);

        assertStillWaitingAfter(wait, 0);
    }

    private void assertStillWaitingAfter(CompletableFuture<Generation> wait, long gets) throws InterruptedException {
        Thread.sleep(1000);
        assertThat(wait).isNotDone();
        assertThat(fake.requestCount(Endpoint.GET_GENERATION)).isEqualTo(gets);
        wait.cancel(true);
    }
}

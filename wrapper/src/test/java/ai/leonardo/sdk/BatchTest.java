package ai.leonardo.sdk;

import ai.leonardo.sdk.model.GenerationRequest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link Generations#generateAll} against the stateful fake. */
class BatchTest {
    private final MutableClock clock = new MutableClock();
    private final OkHttpClient http = VirtualScheduler.trackedClient();
    private final VirtualScheduler scheduler = new VirtualScheduler(clock, http.dispatcher());
    private FakeApi api;
    private Leonardo client;

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        api.shutdown();
    }

    private static List<GenerationRequest> requests(int n) {
        return IntStream.range(0, n).mapToObj(i -> GenerationRequest.builder().prompt("picture " + i).build()).toList();
    }

    @Test
    void respectsConcurrencyAndCreateRateLimits() {
        api = new FakeApi(clock);
        client = Leonardo.builder().apiKey("k").baseUrl(api.baseUrl()).okHttpClient(http).clock(clock)
                .scheduler(scheduler).build();
        api.durations(prompt -> Duration.ofSeconds(5 + prompt.length() % 3));
        List<BatchProgress> progress = new CopyOnWriteArrayList<>();
        BatchOptions options = BatchOptions.builder().maxConcurrent(3).maxCreatesPerMinute(6)
                .waitOptions(WaitOptions.of(WaitPolicy.fixed(Duration.ofSeconds(1)))).listener(progress::add).build();

        CompletableFuture<List<BatchResult>> future = client.generations().generateAllAsync(requests(14), options);
        scheduler.runUntil(future::isDone);
        List<BatchResult> results = future.join();

        assertThat(results).hasSize(14).allMatch(BatchResult::isSuccess);
        assertThat(results).extracting(BatchResult::index).containsExactlyElementsOf(IntStream.range(0, 14).boxed().toList());
        assertThat(api.maxRunning()).isEqualTo(3);
        List<Instant> posts = api.seen().stream().filter(s -> s.method().equals("POST")).map(FakeApi.Seen::at).toList();
        assertThat(posts).hasSize(14);
        for (int i = 6; i < posts.size(); i++) {
            // Any 7 consecutive creates span at least a minute: never more than 6 in a minute.
            assertThat(Duration.between(posts.get(i - 6), posts.get(i))).isGreaterThanOrEqualTo(Duration.ofMinutes(1));
        }
        assertThat(progress.get(progress.size() - 1)).isEqualTo(new BatchProgress(14, 14, 14, 0));
    }

    @Test
    void createsRejectedWith429AreRetriedAndTheBatchGoesOn() {
        api = new FakeApi(clock);
        client = Leonardo.builder().apiKey("k").baseUrl(api.baseUrl()).okHttpClient(http).clock(clock)
                .scheduler(scheduler).build();
        api.durations(prompt -> Duration.ofSeconds(4)).rejectCreates(2, "5");

        CompletableFuture<List<BatchResult>> future = client.generations().generateAllAsync(requests(4),
                BatchOptions.builder().waitOptions(WaitOptions.of(WaitPolicy.fixed(Duration.ofSeconds(1)))).build());
        scheduler.runUntil(future::isDone);

        assertThat(future.join()).hasSize(4).allMatch(BatchResult::isSuccess);
        assertThat(api.count("POST")).isEqualTo(6);
    }

    @Test
    void oneFailureKeepsTheOthersInOrder() {
        // A real scheduler and small real delays: the synchronous generateAll blocks only this thread.
        api = new FakeApi(java.time.Clock.systemUTC());
        client = Leonardo.builder().apiKey("k").baseUrl(api.baseUrl()).build();
        api.durations(prompt -> prompt.equals("picture 1") ? null : Duration.ofMillis(30));
        BatchOptions options = BatchOptions.builder()
                .waitOptions(WaitOptions.of(WaitPolicy.fixed(Duration.ofMillis(20)).withTimeout(Duration.ofSeconds(10))))
                .build();

        List<BatchResult> results = client.generations().generateAll(requests(4), options);

        assertThat(results).extracting(BatchResult::isSuccess).containsExactly(true, false, true, true);
        assertThat(results.get(1).error()).get().isInstanceOf(GenerationFailedException.class);
        assertThat(results.get(1).generationId()).isPresent();
        assertThat(results).extracting(r -> r.request().prompt())
                .containsExactly("picture 0", "picture 1", "picture 2", "picture 3");
    }
}

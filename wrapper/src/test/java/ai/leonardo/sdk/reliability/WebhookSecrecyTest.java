package ai.leonardo.sdk.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ai.leonardo.sdk.Leonardo;
import ai.leonardo.sdk.WaitOptions;
import ai.leonardo.sdk.WaitPolicy;
import ai.leonardo.sdk.model.Generation;
import ai.leonardo.sdk.model.GenerationRequest;
import ai.leonardo.testkit.FakeLeonardo;
import com.sun.net.httpserver.HttpServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The webhook key stays secret along the whole callback path: FakeLeonardo's callbacks with the
 * right key, a wrong one and none reach the client's {@code httpHandler()} while waits run, every
 * SDK logger at TRACE, and the key shows in no log line, no exception and no {@code toString}.
 */
class WebhookSecrecyTest {
    private static final String KEY = "whk-secret-51c0e2d9";
    private static final WaitOptions SLOW_POLLS = WaitOptions.of(WaitPolicy.fixed(Duration.ofSeconds(20)));

    @Test
    void theKeyIsInNoLogLineExceptionOrToStringAlongTheCallbackPath() throws Exception {
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
        List<Throwable> failures = new ArrayList<>();
        try (CapturedLogs logs = new CapturedLogs();
                FakeLeonardo fake = FakeLeonardo.builder().jobDuration(Duration.ofMillis(100)).callbacks(url, KEY)
                        .callbackDuplicateRate(1).build().start();
                FakeLeonardo forger = FakeLeonardo.builder().jobDuration(Duration.ofMillis(100))
                        .callbacks(url, "not-" + KEY).build().start();
                Leonardo leonardo = Leonardo.builder().apiKey(fake.apiKey()).baseUrl(fake.baseUrl())
                        .webhookApiKey(KEY).logBodies(true).build()) {
            receiver.createContext("/hook", leonardo.webhooks().httpHandler());
            receiver.start();

            CompletableFuture<Generation> wait = leonardo.generations()
                    .create(GenerationRequest.builder().prompt("a secret lighthouse").build()).awaitAsync(SLOW_POLLS);
            assertThat(wait.get(10, TimeUnit.SECONDS).images()).isNotEmpty(); // woken by the callback, not a 20 s poll
            try (Leonardo forged = Leonardo.builder().apiKey(forger.apiKey()).baseUrl(forger.baseUrl()).build()) {
                forged.generations().create(GenerationRequest.builder().prompt("forged").build());
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while ((fake.callbacksAnswered(200) < 2 || forger.callbacksAnswered(401) < 1) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(fake.callbacksAnswered(200)).as("the callback and its duplicate").isEqualTo(2);
            assertThat(forger.callbacksAnswered(401)).isEqualTo(1);

            failures.add(catchThrowable(() -> Leonardo.builder().webhookApiKey(KEY).build())); // no API key
            failures.add(catchThrowable(() -> Leonardo.builder().apiKey("k").webhookApiKey(KEY).baseUrl("not a url").build()));
            leonardo.close();
            failures.add(catchThrowable(() -> leonardo.generations().get(wait.join().id())));

            assertThat(logs.lines()).isNotEmpty().noneMatch(line -> line.contains(KEY));
            assertThat(logs.lines()).anyMatch(line -> line.contains("rejected: missing or wrong bearer token"));
            assertThat(failures).allSatisfy(failure -> assertThat(stackTrace(failure)).doesNotContain(KEY));
            assertThat(leonardo.toString()).doesNotContain(KEY);
            assertThat(leonardo.webhooks().toString()).doesNotContain(KEY);
            assertThat(Leonardo.builder().webhookApiKey(KEY).toString()).doesNotContain(KEY);
        } finally {
            receiver.stop(0);
        }
    }

    private static String stackTrace(Throwable failure) {
        assertThat(failure).isNotNull();
        StringWriter out = new StringWriter();
        failure.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}

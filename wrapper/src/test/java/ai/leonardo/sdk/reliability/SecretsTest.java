package ai.leonardo.sdk.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import ai.leonardo.sdk.model.GeneratedImage;
import ai.leonardo.sdk.model.Generation;
import ai.leonardo.sdk.GenerationJob;
import ai.leonardo.sdk.model.GenerationRequest;
import ai.leonardo.sdk.InvalidResponseException;
import ai.leonardo.sdk.Leonardo;
import ai.leonardo.sdk.LeonardoServiceException;
import ai.leonardo.sdk.RetryPolicy;
import ai.leonardo.sdk.WaitOptions;
import ai.leonardo.testkit.Endpoint;
import ai.leonardo.testkit.FakeLeonardo;
import ai.leonardo.testkit.FakeLeonardoExtension;
import ai.leonardo.testkit.Fault;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import okhttp3.logging.HttpLoggingInterceptor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API key never leaves the SDK except in the Authorization header to the API host: not in a
 * log line at TRACE (SDK loggers, body logging, a user's OkHttp logger at BODY level), not in an
 * exception's message or stack trace, not in any object's toString, not to the image host.
 */
class SecretsTest {
    static final String KEY = "sk-SECRET-0123456789";

    @RegisterExtension
    static final FakeLeonardoExtension LEONARDO = FakeLeonardoExtension.perClass(
            FakeLeonardo.builder().apiKey(KEY).manualClock().jobDuration(Duration.ofSeconds(1)));

    @BeforeAll
    static void warmUp(FakeLeonardo fake) {
        Operation.warmUp(fake);
    }

    /** Everything a user might print: results, handles, exceptions, the client and its configuration. */
    private final List<Object> printed = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();

    @Test
    void theKeyAppearsNowhereWhileEveryOperationSucceedsAndFails(FakeLeonardo fake, @TempDir Path out) throws Exception {
        List<String> okHttpLines = new CopyOnWriteArrayList<>();
        HttpLoggingInterceptor userLogger = new HttpLoggingInterceptor(okHttpLines::add);
        userLogger.setLevel(HttpLoggingInterceptor.Level.BODY);
        Leonardo.Builder builder = Leonardo.builder().apiKey(KEY).baseUrl(fake.baseUrl()).logBodies(true)
                .addInterceptor(userLogger).sleeper(new VirtualSleeper(fake)).clock(fake.clock())
                .timeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5));
        printed.add(builder);

        try (CapturedLogs logs = new CapturedLogs()) {
            try (Leonardo leonardo = builder.build()) {
                printed.add(leonardo);
                printed.add(RetryPolicy.defaults());
                printed.add(WaitOptions.of(Operation.WAIT_POLICY));
                GenerationRequest request = Operation.request();
                printed.add(request);
                GenerationJob job = leonardo.generations().create(request);
                printed.add(job);
                Generation done = job.await(WaitOptions.of(Operation.WAIT_POLICY));
                printed.add(done);
                for (GeneratedImage image : done.images()) {
                    printed.add(image);
                    leonardo.images().download(image, out);
                    try (InputStream in = leonardo.images().openStream(image)) {
                        in.readAllBytes();
                    }
                }
                printed.addAll(leonardo.generations().listByUser(fake.userId()).stream().toList());
                printed.add(leonardo.generations().find(job.id()));
                printed.add(leonardo.generations().delete(job.id()));

                // Failures: gone, invalid input, and every kind of transport fault.
                attempt(() -> leonardo.generations().get(job.id()));
                attempt(() -> leonardo.generations().delete(job.id()));
                attempt(() -> leonardo.generations().get("not-a-uuid"));
                attempt(() -> leonardo.generations().create(GenerationRequest.builder().prompt(" ").build()));
                String id = leonardo.generations().create(request).id();
                fail(fake, Endpoint.GET_GENERATION, Fault.status(503), () -> leonardo.generations().get(id));
                fake.faults().on(Endpoint.GET_GENERATION).times(1000).respondWith(Fault.connectionReset());
                attempt(() -> leonardo.generations().job(id).await(WaitOptions.of(Operation.WAIT_POLICY)));
                fake.faults().clear();
                fail(fake, Endpoint.GET_GENERATION, Fault.delay(Duration.ofSeconds(6)), () -> leonardo.generations().get(id));
                fail(fake, Endpoint.LIST_GENERATIONS, Fault.malformedChunk(), () -> leonardo.generations().listPage(fake.userId(), 0, 5));
                fail(fake, Endpoint.DELETE_GENERATION, Fault.randomDataThenClose(), () -> leonardo.generations().delete(id));
                fail(fake, Endpoint.CREATE_GENERATION, Fault.connectionReset(), () -> leonardo.generations().create(request));
                fail(fake, Endpoint.CREATE_GENERATION, Fault.rateLimited(Duration.ofSeconds(1)),
                        () -> leonardo.generations().create(request));
            }
            try (Leonardo wrongKey = Leonardo.builder().apiKey(KEY + "-revoked").baseUrl(fake.baseUrl()).build()) {
                attempt(() -> wrongKey.generations().listPage(fake.userId(), 0, 5));
            }

            assertThat(failures).as("every failure above happened").hasSize(12);
            assertThat(logs.lines()).as("the SDK logged at TRACE, bodies included").isNotEmpty()
                    .anyMatch(line -> line.contains("response body"));
            assertKeyAbsent(logs.lines(), "SDK log lines");
        }
        assertThat(okHttpLines).as("the user's OkHttp logger saw the traffic").anyMatch(line -> line.startsWith("--> POST"));
        assertThat(okHttpLines).as("it runs before the SDK adds credentials")
                .noneMatch(line -> line.toLowerCase().startsWith("authorization"));
        assertKeyAbsent(okHttpLines, "user OkHttp log lines");
        assertKeyAbsent(printed.stream().map(String::valueOf).toList(), "toString of results and configuration");
        assertKeyAbsent(failures.stream().map(SecretsTest::everythingPrintable).toList(), "exceptions");
        assertThat(fake.imageRequestsWithAuthorization()).as("image downloads carry no Authorization").isZero();
    }

    /** A server that echoes the key back (in an error, or in a broken success body) does not get it into the SDK's output. */
    @Test
    void aKeyEchoedByTheServerIsRedacted() {
        WireMockServer echo = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        echo.start();
        try (CapturedLogs logs = new CapturedLogs();
                Leonardo leonardo = Leonardo.builder().apiKey(KEY).baseUrl(echo.baseUrl() + "/api/rest/v1")
                        .logBodies(true).maxRetries(0).build()) {
            String error = "{\"error\":\"Invalid token Bearer " + KEY + "\",\"code\":\"invalid-jwt\"}";
            String truncated = error.substring(0, error.length() - 1);
            String keyAsNumber = "{\"generations\":[{\"imageWidth\":\"" + KEY + "\"}]}";
            for (var reply : List.of(aResponse().withStatus(401).withBody(error), aResponse().withStatus(500).withBody(error),
                    aResponse().withStatus(200).withBody(truncated), aResponse().withStatus(200).withBody(keyAsNumber))) {
                echo.stubFor(any(anyUrl()).willReturn(reply.withHeader("Content-Type", "application/json")));
                attempt(() -> leonardo.generations().listPage(HostileResponsesTest.USER, 0, 5));
            }
            assertThat(failures).hasSize(4);
            assertKeyAbsent(failures.stream().map(SecretsTest::everythingPrintable).toList(), "exceptions");
            assertKeyAbsent(logs.lines(), "SDK log lines");
        } finally {
            echo.stop();
        }
    }

    private void fail(FakeLeonardo fake, Endpoint endpoint, Fault fault, Supplier<?> operation) {
        fake.faults().on(endpoint).times(3).respondWith(fault);
        attempt(operation);
        fake.faults().clear();
    }

    private void attempt(Supplier<?> operation) {
        try {
            printed.add(operation.get());
        } catch (RuntimeException e) {
            failures.add(e);
        }
    }

    /** Message, toString, the whole printed stack trace with causes, and the body fields the typed exceptions carry. */
    private static String everythingPrintable(Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        String bodies = e instanceof InvalidResponseException invalid ? invalid.body()
                : e instanceof LeonardoServiceException service ? service.error().raw() + service.error().message() : "";
        return e.getMessage() + "\n" + e + "\n" + trace + "\n" + bodies;
    }

    private static void assertKeyAbsent(List<String> texts, String what) {
        assertThat(texts).as(what).noneMatch(text -> text != null && text.contains(KEY));
        assertThat(texts).as(what + " (key without its prefix)").noneMatch(text -> text != null && text.contains("0123456789"));
    }
}

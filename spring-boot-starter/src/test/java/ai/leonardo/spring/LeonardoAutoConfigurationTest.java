package ai.leonardo.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.leonardo.sdk.model.Generation;
import ai.leonardo.sdk.GenerationJob;
import ai.leonardo.sdk.model.GenerationRequest;
import ai.leonardo.sdk.model.JobStatus;
import ai.leonardo.sdk.InternalServerException;
import ai.leonardo.sdk.Leonardo;
import ai.leonardo.sdk.LeonardoException;
import ai.leonardo.sdk.WaitTimeoutException;
import ai.leonardo.testkit.Endpoint;
import ai.leonardo.testkit.FakeLeonardo;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@ExtendWith(OutputCaptureExtension.class)
class LeonardoAutoConfigurationTest {

    private static FakeLeonardo api;

    /** Contexts see only the properties a test sets, never this machine's LEONARDO_* variables. */
    static final ApplicationContextRunner RUNNER = new ApplicationContextRunner()
            .withInitializer(context -> context.getEnvironment().getPropertySources()
                    .remove("systemEnvironment"))
            .withConfiguration(AutoConfigurations.of(LeonardoAutoConfiguration.class));

    @BeforeAll
    static void startApi() {
        api = FakeLeonardo.builder().jobDuration(Duration.ofMillis(100)).build().start();
    }

    @AfterAll
    static void stopApi() {
        api.close();
    }

    private static Generation generate(Leonardo leonardo) {
        return leonardo.generations().createAndWait(GenerationRequest.builder().prompt("A lighthouse at dusk").build());
    }

    @Test
    void theApiKeyAndBaseUrlPropertiesMakeOneWorkingClient() {
        RUNNER.withPropertyValues("leonardo.api-key=" + api.apiKey(), "leonardo.base-url=" + api.baseUrl(),
                        "leonardo.wait.interval=50ms")
                .run(context -> {
                    assertThat(context).hasSingleBean(Leonardo.class);
                    Generation done = generate(context.getBean(Leonardo.class));
                    assertThat(done.status()).isEqualTo(JobStatus.COMPLETE);
                    assertThat(api.generation(done.id())).isNotNull();
                });
    }

    @Test
    void theEnvironmentVariablesAreTheFallback() {
        RUNNER.withPropertyValues("LEONARDO_API_KEY=" + api.apiKey(), "LEONARDO_BASE_URL=" + api.baseUrl(),
                        "leonardo.wait.interval=50ms")
                .run(context -> assertThat(generate(context.getBean(Leonardo.class)).status())
                        .isEqualTo(JobStatus.COMPLETE));
    }

    @Test
    void withoutAKeyThereIsNoClientAndTheStartupLogSaysHowToSetOne(CapturedOutput output) {
        RUNNER.run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(Leonardo.class);
            assertThat(output).contains("No Leonardo client configured: no API key: set leonardo.api-key or the "
                    + "LEONARDO_API_KEY environment variable (or leonardo.fake.enabled=true in tests)");
        });
    }

    @Test
    void anApplicationsOwnClientReplacesTheAutoConfiguredOne(CapturedOutput output) {
        RUNNER.withPropertyValues("leonardo.api-key=ignored").withUserConfiguration(OwnClient.class)
                .run(context -> {
                    assertThat(context).hasSingleBean(Leonardo.class);
                    assertThat(context.getBean(Leonardo.class).baseUrl()).isEqualTo(OwnClient.URL);
                });
        assertThat(output).doesNotContain("No Leonardo client configured");
    }

    @Test
    void theClientIsClosedWithTheContext() {
        Leonardo[] client = new Leonardo[1];
        RUNNER.withPropertyValues("leonardo.api-key=" + api.apiKey(), "leonardo.base-url=" + api.baseUrl())
                .run(context -> client[0] = context.getBean(Leonardo.class));
        assertThatThrownBy(() -> client[0].generations().get(UUID.randomUUID().toString()))
                .isInstanceOf(LeonardoException.class).hasMessageContaining("closed");
    }

    @Test
    void fakeEnabledBacksTheClientWithAFakeLeonardoForTheContextsLifetime() {
        FakeLeonardo[] fake = new FakeLeonardo[1];
        // A real-looking key in the environment must not matter: the client talks to the fake with the fake's key.
        RUNNER.withPropertyValues("leonardo.fake.enabled=true", "LEONARDO_API_KEY=real-key",
                        "leonardo.fake.job-duration=100ms", "leonardo.wait.interval=50ms")
                .run(context -> {
                    fake[0] = context.getBean(FakeLeonardo.class);
                    Leonardo leonardo = context.getBean(Leonardo.class);
                    assertThat(leonardo.baseUrl()).isEqualTo(fake[0].baseUrl() + "/");
                    Generation done = generate(leonardo);
                    assertThat(done.images()).isNotEmpty();
                    assertThat(fake[0].generation(done.id()).prompt()).isEqualTo("A lighthouse at dusk");
                });
        assertThat(fake[0].isRunning()).isFalse();
    }

    @Test
    void fakeEnabledWithoutTheTestkitSaysWhatIsMissing(CapturedOutput output) {
        RUNNER.withClassLoader(new FilteredClassLoader(FakeLeonardo.class))
                .withPropertyValues("leonardo.fake.enabled=true")
                .run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(Leonardo.class);
                    assertThat(output).contains("leonardo.fake.enabled=true but ai.leonardo.java:leonardo-testkit "
                            + "is not on the class path");
                });
    }

    @Test
    void theWaitDeadlineComesFromTheProperties() {
        RUNNER.withPropertyValues("leonardo.fake.enabled=true", "leonardo.fake.job-duration=1h",
                        "leonardo.wait.interval=50ms", "leonardo.wait.timeout=300ms")
                .run(context -> {
                    GenerationJob job = context.getBean(Leonardo.class).generations()
                            .create(GenerationRequest.builder().prompt("A slow one").build());
                    assertThatThrownBy(job::await).isInstanceOf(WaitTimeoutException.class);
                });
    }

    @Test
    void maxRetriesZeroSurfacesTheFirstServerError() {
        RUNNER.withPropertyValues("leonardo.fake.enabled=true", "leonardo.max-retries=0")
                .run(context -> {
                    FakeLeonardo fake = context.getBean(FakeLeonardo.class);
                    fake.faults().on(Endpoint.GET_GENERATION).times(1).status(500);
                    assertThatThrownBy(() -> context.getBean(Leonardo.class).generations().get(UUID.randomUUID().toString()))
                            .isInstanceOf(InternalServerException.class);
                    assertThat(fake.requestCount(Endpoint.GET_GENERATION)).isEqualTo(1);
                });
    }

    @Test
    void idesCompleteTheProperties() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("configuration metadata in the jar").isNotNull();
            String metadata = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(metadata).contains("\"leonardo.api-key\"", "\"leonardo.base-url\"",
                    "\"leonardo.webhook-api-key\"", "\"leonardo.connect-timeout\"", "\"leonardo.max-retries\"",
                    "\"leonardo.wait.timeout\"", "\"leonardo.wait.interval\"", "\"leonardo.fake.enabled\"",
                    "Falls back to the LEONARDO_API_KEY environment variable");
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnClient {
        static final String URL = "http://127.0.0.1:9/own/";

        @Bean
        Leonardo myLeonardo() {
            return Leonardo.builder().apiKey("mine").baseUrl(URL).build();
        }
    }
}

package ai.leonardo.spring;

import static org.assertj.core.api.Assertions.assertThat;

import ai.leonardo.sdk.GenerationJob;
import ai.leonardo.sdk.Leonardo;
import ai.leonardo.sdk.WaitOptions;
import ai.leonardo.sdk.WaitPolicy;
import ai.leonardo.sdk.model.Generation;
import ai.leonardo.sdk.model.GenerationRequest;
import ai.leonardo.sdk.model.JobStatus;
import ai.leonardo.testkit.FakeLeonardo;
import ai.leonardo.testkit.FakeLeonardoExtension;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletConfig;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.HandlerMapping;

/**
 * {@code leonardo.webhook.path} is the one property that exposes the webhook endpoint: a callback
 * POSTed there through Spring MVC's DispatcherServlet reaches the client's receiver and wakes its
 * wait. Nothing is registered without the property or without Spring MVC.
 */
class WebhookEndpointTest {
    private static final String KEY = "whk-spring-key";

    @RegisterExtension
    static final FakeLeonardoExtension API = FakeLeonardoExtension.perClass(
            FakeLeonardo.builder().jobDuration(Duration.ofMillis(100)));

    /** Web contexts that see only the properties a test sets, never this machine's LEONARDO_* variables. */
    private static final WebApplicationContextRunner WEB = new WebApplicationContextRunner()
            .withInitializer(context -> context.getEnvironment().getPropertySources().remove("systemEnvironment"))
            .withConfiguration(AutoConfigurations.of(LeonardoAutoConfiguration.class));

    private static int post(WebApplicationContext context, String path, String authorization, String body) throws Exception {
        DispatcherServlet servlet = new DispatcherServlet(context);
        servlet.init(new MockServletConfig(context.getServletContext()));
        MockHttpServletRequest request = new MockHttpServletRequest(context.getServletContext(), "POST", path);
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        request.setContentType("application/json");
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        MockHttpServletResponse response = new MockHttpServletResponse();
        servlet.service(request, response);
        return response.getStatus();
    }

    private static String callback(String id) {
        return "{\"type\":\"image_generation.complete\",\"object\":\"generation\",\"data\":{\"object\":{\"id\":\"" + id
                + "\",\"status\":\"COMPLETE\"}}}";
    }

    @Test
    void aCallbackPostedToThePathWakesTheWaitAndWrongTokensAreRefused(FakeLeonardo api) {
        WEB.withPropertyValues("leonardo.api-key=" + api.apiKey(), "leonardo.base-url=" + api.baseUrl(),
                "leonardo.webhook-api-key=" + KEY, "leonardo.webhook.path=/leonardo/webhook").run(context -> {
            Leonardo leonardo = context.getBean(Leonardo.class);
            GenerationJob job = leonardo.generations().create(GenerationRequest.builder().prompt("a lighthouse").build());
            CompletableFuture<Generation> wait = job.awaitAsync(WaitOptions.of(WaitPolicy.fixed(Duration.ofSeconds(20))));
            Thread.sleep(300); // complete on the server; the wait's first poll is 20 s away

            assertThat(post(context, "/leonardo/webhook", "Bearer wrong", callback(job.id()))).isEqualTo(401);
            assertThat(post(context, "/leonardo/webhook", null, callback(job.id()))).isEqualTo(401);
            assertThat(post(context, "/leonardo/webhook", "Bearer " + KEY, "{not json")).isEqualTo(400);
            assertThat(wait).isNotDone();
            assertThat(post(context, "/leonardo/webhook", "Bearer " + KEY, callback(job.id()))).isEqualTo(200);

            assertThat(wait.get(5, TimeUnit.SECONDS).status()).isEqualTo(JobStatus.COMPLETE);
        });
    }

    @Test
    void withoutThePathOrWithoutSpringMvcNoEndpointIsRegistered(FakeLeonardo api) {
        WEB.withPropertyValues("leonardo.api-key=" + api.apiKey(), "leonardo.webhook-api-key=" + KEY)
                .run(context -> assertThat(context).doesNotHaveBean(HandlerMapping.class));
        new ApplicationContextRunner().withClassLoader(new FilteredClassLoader("org.springframework.web.servlet"))
                .withInitializer(context -> context.getEnvironment().getPropertySources().remove("systemEnvironment"))
                .withConfiguration(AutoConfigurations.of(LeonardoAutoConfiguration.class))
                .withPropertyValues("leonardo.api-key=" + api.apiKey(), "leonardo.webhook-api-key=" + KEY,
                        "leonardo.webhook.path=/leonardo/webhook")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(Leonardo.class);
                    assertThat(context.getBeanNamesForType(Object.class)).doesNotContain("leonardoWebhookHandlerMapping");
                });
    }

    @Test
    void thePathWithoutAWebhookKeyFailsTheStartupSayingWhichPropertyToSet(FakeLeonardo api) {
        WEB.withPropertyValues("leonardo.api-key=" + api.apiKey(), "leonardo.webhook.path=/leonardo/webhook")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("leonardo.webhook.path is set but there is no webhook key: set "
                                + "leonardo.webhook-api-key"));
    }
}

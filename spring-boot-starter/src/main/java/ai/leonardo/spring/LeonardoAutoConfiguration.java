package ai.leonardo.spring;

import ai.leonardo.sdk.Leonardo;
import ai.leonardo.sdk.LeonardoException;
import ai.leonardo.sdk.WaitPolicy;
import ai.leonardo.sdk.WebhookReceiver;
import ai.leonardo.testkit.FakeLeonardo;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/**
 * Auto-configures one {@link Leonardo} client from {@link LeonardoProperties}: from {@code leonardo.api-key}
 * (or the LEONARDO_API_KEY environment variable), or from an embedded FakeLeonardo when
 * {@code leonardo.fake.enabled=true}. Without a key it creates no client and logs why at startup. The client
 * is closed with the context; an application's own {@code Leonardo} bean replaces it. With
 * {@code leonardo.webhook.path} set and Spring MVC on the class path, that path answers the vendor's webhook
 * callbacks with the client's {@link WebhookReceiver}.
 */
@AutoConfiguration
@EnableConfigurationProperties(LeonardoProperties.class)
public class LeonardoAutoConfiguration {

    static final String FAKE_CLASS = "ai.leonardo.testkit.FakeLeonardo";

    private static final Log LOG = LogFactory.getLog(LeonardoAutoConfiguration.class);

    /** Creates the auto-configuration; Spring calls this. */
    public LeonardoAutoConfiguration() {
    }

    /**
     * Logs, once the context is up, why it has no Leonardo client. Registered after the nested
     * configurations' beans (Spring registers member classes first), so it sees whether they made one.
     *
     * @param environment the application's environment
     * @return the startup check
     */
    @Bean
    @ConditionalOnMissingBean(Leonardo.class)
    static SmartInitializingSingleton leonardoNotConfiguredNotice(Environment environment) {
        boolean fake = environment.getProperty("leonardo.fake.enabled", Boolean.class, false);
        String reason = fake
                ? "leonardo.fake.enabled=true but ai.leonardo.java:leonardo-testkit is not on the class path"
                : "no API key: set leonardo.api-key or the " + Leonardo.API_KEY_ENV
                        + " environment variable (or leonardo.fake.enabled=true in tests)";
        return () -> LOG.info("No Leonardo client configured: " + reason);
    }

    /** The client for the real API (or the one at {@code leonardo.base-url}), when a key is set. */
    @Configuration(proxyBeanMethods = false)
    @Conditional(ApiKeyCondition.class)
    @ConditionalOnProperty(prefix = "leonardo.fake", name = "enabled", havingValue = "false", matchIfMissing = true)
    static class ApiClientConfiguration {

        @Bean(destroyMethod = "close")
        @ConditionalOnMissingBean
        Leonardo leonardo(LeonardoProperties properties, Environment environment) {
            Leonardo.Builder builder = configure(properties)
                    .apiKey(fallback(properties.getApiKey(), environment, Leonardo.API_KEY_ENV))
                    .webhookApiKey(fallback(properties.getWebhookApiKey(), environment, Leonardo.WEBHOOK_API_KEY_ENV));
            String baseUrl = fallback(properties.getBaseUrl(), environment, Leonardo.BASE_URL_ENV);
            return (baseUrl == null ? builder : builder.baseUrl(baseUrl)).build();
        }
    }

    /** A client backed by an embedded FakeLeonardo that lives as long as the context. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = FAKE_CLASS)
    @ConditionalOnProperty(prefix = "leonardo.fake", name = "enabled", havingValue = "true")
    static class FakeClientConfiguration {

        @Bean(destroyMethod = "close")
        @ConditionalOnMissingBean
        FakeLeonardo fakeLeonardo(LeonardoProperties properties) {
            return FakeLeonardo.builder().jobDuration(properties.getFake().getJobDuration()).build().start();
        }

        @Bean(destroyMethod = "close")
        @ConditionalOnMissingBean
        Leonardo leonardo(LeonardoProperties properties, FakeLeonardo fake) {
            // The fake's key and URL, so a real key in the environment never reaches a test's client.
            return configure(properties).apiKey(fake.apiKey()).baseUrl(fake.baseUrl())
                    .webhookApiKey(properties.getWebhookApiKey()).build();
        }
    }

    /**
     * The endpoint for the vendor's webhook callbacks at {@code leonardo.webhook.path}, served by Spring MVC's
     * DispatcherServlet through a plain {@link SimpleUrlHandlerMapping} (no Boot web auto-configuration class is
     * referenced, so one starter serves Boot 3.5 and 4.0).
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"org.springframework.web.servlet.DispatcherServlet", "jakarta.servlet.http.HttpServletRequest"})
    @ConditionalOnProperty(prefix = "leonardo.webhook", name = "path")
    static class WebhookEndpointConfiguration {

        @Bean
        SimpleUrlHandlerMapping leonardoWebhookHandlerMapping(LeonardoProperties properties, ObjectProvider<Leonardo> leonardo) {
            Leonardo client = leonardo.getIfAvailable();
            if (client == null) {
                throw new IllegalStateException("leonardo.webhook.path is set but there is no Leonardo client: set "
                        + "leonardo.api-key or the " + Leonardo.API_KEY_ENV + " environment variable");
            }
            WebhookReceiver receiver;
            try {
                receiver = client.webhooks();
            } catch (LeonardoException e) {
                throw new IllegalStateException("leonardo.webhook.path is set but there is no webhook key: set "
                        + "leonardo.webhook-api-key or the " + Leonardo.WEBHOOK_API_KEY_ENV + " environment variable", e);
            }
            HttpRequestHandler handler = (request, response) -> {
                if (!"POST".equals(request.getMethod())) {
                    response.setStatus(405);
                    return;
                }
                Map<String, List<String>> headers = new HashMap<>();
                for (String name : Collections.list(request.getHeaderNames())) {
                    headers.put(name, Collections.list(request.getHeaders(name)));
                }
                response.setStatus(receiver.handle(headers,
                        request.getInputStream().readNBytes(WebhookReceiver.MAX_BODY_BYTES + 1)));
            };
            // Ahead of the annotated controllers (order 0): this one path belongs to the callbacks.
            return new SimpleUrlHandlerMapping(Map.of(properties.getWebhook().getPath(), handler), -1);
        }
    }

    /** Matches when an API key is set as {@code leonardo.api-key} or LEONARDO_API_KEY. */
    static final class ApiKeyCondition extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String key = fallback(context.getEnvironment().getProperty("leonardo.api-key"), context.getEnvironment(),
                    Leonardo.API_KEY_ENV);
            return key == null
                    ? ConditionOutcome.noMatch("neither leonardo.api-key nor " + Leonardo.API_KEY_ENV + " is set")
                    : ConditionOutcome.match("a Leonardo API key is set");
        }
    }

    /** Everything but the key, URL and webhook key, which depend on where the client points. */
    static Leonardo.Builder configure(LeonardoProperties p) {
        LeonardoProperties.Wait w = p.getWait();
        // max-delay caps the adaptive schedule; a fixed interval is its own cap.
        WaitPolicy policy = (w.getInterval() == null
                ? WaitPolicy.defaults().withMaxDelay(w.getMaxDelay())
                : WaitPolicy.fixed(w.getInterval()))
                .withTimeout(w.getTimeout())
                .withJitter(w.getJitter());
        return Leonardo.builder()
                .timeouts(p.getConnectTimeout(), p.getReadTimeout(), p.getCallTimeout())
                .maxRetries(p.getMaxRetries())
                .validation(p.isValidation())
                .logBodies(p.isLogBodies())
                .waitPolicy(policy);
    }

    /** The property when set, else the environment variable (read through Spring, so tests can set it), else null. */
    static String fallback(String value, Environment environment, String variable) {
        String chosen = value != null && !value.isBlank() ? value : environment.getProperty(variable);
        return chosen == null || chosen.isBlank() ? null : chosen.trim();
    }
}

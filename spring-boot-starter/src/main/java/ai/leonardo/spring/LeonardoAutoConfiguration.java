package ai.leonardo.spring;

import ai.leonardo.sdk.Leonardo;
import ai.leonardo.sdk.WaitPolicy;
import ai.leonardo.testkit.FakeLeonardo;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
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

/**
 * Auto-configures one {@link Leonardo} client from {@link LeonardoProperties}: from {@code leonardo.api-key}
 * (or the LEONARDO_API_KEY environment variable), or from an embedded FakeLeonardo when
 * {@code leonardo.fake.enabled=true}. Without a key it creates no client and logs why at startup. The client
 * is closed with the context; an application's own {@code Leonardo} bean replaces it.
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

package ai.leonardo.spring;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code leonardo.*} properties the auto-configured {@link ai.leonardo.sdk.Leonardo} client is built from.
 * Every default is the SDK's own, so an application that sets only the API key gets the same client as
 * {@code Leonardo.fromEnv()}.
 */
@ConfigurationProperties(prefix = "leonardo")
public class LeonardoProperties {

    /**
     * API key, sent as a bearer token to the API host only. Falls back to the LEONARDO_API_KEY environment
     * variable; without either, no Leonardo bean is created.
     */
    private String apiKey;

    /** Base URL of the API, for a proxy or another endpoint. Falls back to LEONARDO_BASE_URL, then the spec's server. */
    private String baseUrl;

    /** Webhook callback API key the vendor sends on callbacks. Falls back to LEONARDO_WEBHOOK_API_KEY. */
    private String webhookApiKey;

    /** Connect timeout. */
    private Duration connectTimeout = Duration.ofSeconds(10);

    /** Read and write timeout. */
    private Duration readTimeout = Duration.ofSeconds(30);

    /** Whole-call timeout of one attempt. */
    private Duration callTimeout = Duration.ofSeconds(60);

    /** Retries after the first attempt (0 disables them); creates are retried only where no job can have started. */
    private int maxRetries = 2;

    /** Whether requests are checked against the documented rules before they are sent. */
    private boolean validation = true;

    /** Whether JSON bodies are logged at DEBUG on ai.leonardo.sdk.http.body (headers never are). */
    private boolean logBodies;

    private final Wait wait = new Wait();

    private final Fake fake = new Fake();

    private final Webhook webhook = new Webhook();

    /** @return the API key, or null to fall back to LEONARDO_API_KEY */
    public String getApiKey() {
        return apiKey;
    }

    /** @param apiKey the API key */
    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    /** @return the base URL, or null to fall back to LEONARDO_BASE_URL and the spec's server */
    public String getBaseUrl() {
        return baseUrl;
    }

    /** @param baseUrl an absolute http(s) URL */
    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** @return the webhook callback API key, or null to fall back to LEONARDO_WEBHOOK_API_KEY */
    public String getWebhookApiKey() {
        return webhookApiKey;
    }

    /** @param webhookApiKey the webhook callback API key */
    public void setWebhookApiKey(String webhookApiKey) {
        this.webhookApiKey = webhookApiKey;
    }

    /** @return the connect timeout */
    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    /** @param connectTimeout the connect timeout */
    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    /** @return the read and write timeout */
    public Duration getReadTimeout() {
        return readTimeout;
    }

    /** @param readTimeout the read and write timeout */
    public void setReadTimeout(Duration readTimeout) {
        this.readTimeout = readTimeout;
    }

    /** @return the whole-call timeout of one attempt */
    public Duration getCallTimeout() {
        return callTimeout;
    }

    /** @param callTimeout the whole-call timeout of one attempt */
    public void setCallTimeout(Duration callTimeout) {
        this.callTimeout = callTimeout;
    }

    /** @return retries after the first attempt */
    public int getMaxRetries() {
        return maxRetries;
    }

    /** @param maxRetries retries after the first attempt; 0 disables them */
    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    /** @return whether requests are validated before they are sent */
    public boolean isValidation() {
        return validation;
    }

    /** @param validation whether requests are validated before they are sent */
    public void setValidation(boolean validation) {
        this.validation = validation;
    }

    /** @return whether JSON bodies are logged at DEBUG */
    public boolean isLogBodies() {
        return logBodies;
    }

    /** @param logBodies whether JSON bodies are logged at DEBUG */
    public void setLogBodies(boolean logBodies) {
        this.logBodies = logBodies;
    }

    /** @return how waits for generations poll and how long they last */
    public Wait getWait() {
        return wait;
    }

    /** @return the FakeLeonardo switch for tests */
    public Fake getFake() {
        return fake;
    }

    /** @return the webhook endpoint settings */
    public Webhook getWebhook() {
        return webhook;
    }

    /** {@code leonardo.webhook.*}: the endpoint that receives the vendor's webhook callbacks. */
    public static class Webhook {

        /**
         * Path at which Spring MVC's DispatcherServlet answers the vendor's webhook callbacks with the client's
         * WebhookReceiver, e.g. /leonardo/webhook. Unset: no endpoint. Needs Spring MVC and a webhook key
         * (leonardo.webhook-api-key or LEONARDO_WEBHOOK_API_KEY).
         */
        private String path;

        /** @return the callback path, or null for no endpoint */
        public String getPath() {
            return path;
        }

        /** @param path the callback path, e.g. /leonardo/webhook */
        public void setPath(String path) {
            this.path = path;
        }
    }

    /** {@code leonardo.wait.*}: the policy of every wait that names none (Spring AI's calls included). */
    public static class Wait {

        /** Deadline of one wait; the generation goes on after it. */
        private Duration timeout = Duration.ofMinutes(5);

        /** Fixed interval between polls. Unset: adaptive polling around the expected completion time. */
        private Duration interval;

        /** Largest delay between polls of the adaptive policy (a fixed interval is its own cap). */
        private Duration maxDelay = Duration.ofSeconds(30);

        /** Largest random fraction, in [0, 1), by which a delay is shortened so waits started together drift apart. */
        private double jitter = 0;

        /** @return the deadline of one wait */
        public Duration getTimeout() {
            return timeout;
        }

        /** @param timeout the deadline of one wait */
        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }

        /** @return the fixed poll interval, or null for adaptive polling */
        public Duration getInterval() {
            return interval;
        }

        /** @param interval the fixed poll interval; null for adaptive polling */
        public void setInterval(Duration interval) {
            this.interval = interval;
        }

        /** @return the largest delay between polls */
        public Duration getMaxDelay() {
            return maxDelay;
        }

        /** @param maxDelay the largest delay between polls */
        public void setMaxDelay(Duration maxDelay) {
            this.maxDelay = maxDelay;
        }

        /** @return the jitter fraction */
        public double getJitter() {
            return jitter;
        }

        /** @param jitter the jitter fraction, in [0, 1) */
        public void setJitter(double jitter) {
            this.jitter = jitter;
        }
    }

    /** {@code leonardo.fake.*}: back the client with an embedded FakeLeonardo, for tests. */
    public static class Fake {

        /**
         * Whether the Leonardo bean talks to an embedded FakeLeonardo (started with the context, stopped with it)
         * instead of the API. Needs ai.leonardo.java:leonardo-testkit on the class path; no API key is needed.
         */
        private boolean enabled;

        /** How long each fake generation takes before it is COMPLETE. */
        private Duration jobDuration = Duration.ofSeconds(1);

        /** @return whether the client is backed by a FakeLeonardo */
        public boolean isEnabled() {
            return enabled;
        }

        /** @param enabled whether the client is backed by a FakeLeonardo */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /** @return how long each fake generation takes */
        public Duration getJobDuration() {
            return jobDuration;
        }

        /** @param jobDuration how long each fake generation takes */
        public void setJobDuration(Duration jobDuration) {
            this.jobDuration = jobDuration;
        }
    }
}

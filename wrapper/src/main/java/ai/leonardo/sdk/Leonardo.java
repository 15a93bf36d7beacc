package ai.leonardo.sdk;

import ai.leonardo.sdk.internal.DaemonThreads;
import ai.leonardo.sdk.internal.RequestValidator;
import ai.leonardo.sdk.internal.Transport;
import ai.leonardo.sdk.internal.TransportSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/**
 * The Leonardo.AI client: the entry point of the SDK.
 *
 * <pre>{@code
 * try (Leonardo leonardo = Leonardo.fromEnv()) {
 *     Generation done = leonardo.generations().createAndWait(
 *             GenerationRequest.builder().prompt("A lighthouse at dusk").build());
 *     done.images().forEach(image -> leonardo.images().download(image, Path.of("out")));
 * }
 * }</pre>
 *
 * <p>Thread-safe and meant to be shared: create one per application and close it at shutdown.
 * {@link #close()} releases the HTTP dispatcher and connection pool (unless they belong to an
 * {@link OkHttpClient} the caller passed in, see {@link Builder#okHttpClient(OkHttpClient)}) and
 * the scheduler the client owns; async waits still
 * running end with a {@link LeonardoException} (their generations go on on the server).
 */
public final class Leonardo implements AutoCloseable {
    /** Environment variable holding the API key. */
    public static final String API_KEY_ENV = "LEONARDO_API_KEY";
    /** Environment variable overriding the base URL. */
    public static final String BASE_URL_ENV = "LEONARDO_BASE_URL";
    /** Environment variable holding the webhook callback API key. */
    public static final String WEBHOOK_API_KEY_ENV = "LEONARDO_WEBHOOK_API_KEY";
    /** Environment variable holding the account's user id, which lets waits share their polls. */
    public static final String USER_ID_ENV = "LEONARDO_USER_ID";
    /** Poll requests per second a client sends at most unless {@link Builder#maxPollsPerSecond(int)} says otherwise. */
    public static final int DEFAULT_MAX_POLLS_PER_SECOND = 10;

    private final HttpUrl baseUrl;
    private final RetryPolicy retryPolicy;
    private final Transport transport;
    private final Generations generations;
    private final Images images;
    private final ScheduledExecutorService scheduler;
    private final boolean ownsScheduler;
    private final WebhookReceiver webhooks;

    private Leonardo(Builder b) {
        this.baseUrl = b.baseUrl;
        this.retryPolicy = b.retryPolicy;
        this.transport = new Transport(new TransportSettings(b.baseUrl, b.apiKey, userAgent(), b.okHttpClient,
                b.connectTimeout, b.readTimeout, b.writeTimeout, b.callTimeout, b.retryPolicy, b.sleeper, b.clock,
                List.copyOf(b.interceptors), b.logBodies, b.maxPollsPerSecond));
        this.ownsScheduler = b.scheduler == null;
        this.scheduler = ownsScheduler ? newScheduler() : b.scheduler;
        this.generations = new Generations(transport, b.defaults, b.validation,
                b.waitPolicy, scheduler, b.sleeper, b.clock, b.userId);
        this.images = generations.images();
        this.webhooks = b.webhookApiKey == null ? null : new WebhookReceiver(b.webhookApiKey, generations.wakeups());
    }

    /** @return a builder; {@link Builder#apiKey(String)} is required */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Creates a client from the environment: {@value #API_KEY_ENV} (required) and
     * {@value #BASE_URL_ENV} (optional; the spec's server by default).
     *
     * @return the client
     * @throws LeonardoException when {@value #API_KEY_ENV} is not set
     */
    public static Leonardo fromEnv() {
        return builder().fromEnv(System.getenv()).build();
    }

    /**
     * Low-level access: a generated Retrofit interface (package {@code ai.leonardo.sdk.generated.api},
     * for example {@code ImageApi}) bound to this client's transport, so endpoints the wrapper has no
     * method for yet are callable with the SDK's auth, retries, timeouts, typed errors
     * ({@link LeonardoException} subclasses), logging and key redaction. {@code call.execute().body()}
     * returns the decoded body; POST calls are retried only when the server cannot have accepted them.
     *
     * @param apiType the generated interface
     * @param <A> the interface type
     * @return the interface bound to this client
     */
    public <A> A api(Class<A> apiType) {
        return transport.lowLevel(apiType);
    }

    /** @return the generation operations: create, get, list, delete, wait */
    public Generations generations() {
        return generations;
    }

    /**
     * Downloads and opens the files of generated images through this client's HTTP stack.
     *
     * @return the image files of this client
     */
    public Images images() {
        return images;
    }

    /**
     * The receiver for the vendor's webhook callbacks, authenticated by the webhook callback API
     * key set with {@link Builder#webhookApiKey(String)} or {@value #WEBHOOK_API_KEY_ENV}.
     *
     * @return the receiver
     * @throws LeonardoException when no webhook key was configured
     */
    public WebhookReceiver webhooks() {
        if (webhooks == null) {
            throw new LeonardoException("No webhook callback API key: set the " + WEBHOOK_API_KEY_ENV
                    + " environment variable or call Leonardo.builder().webhookApiKey(...)");
        }
        return webhooks;
    }

    /** @return the scheduler async waits use (owned by the client unless one was injected) */
    ScheduledExecutorService scheduler() {
        return scheduler;
    }

    /** @return the HTTP client in use; for tests that check connections are released */
    OkHttpClient http() {
        return transport.http();
    }

    /** @return the base URL requests go to */
    public String baseUrl() {
        return baseUrl.toString();
    }

    /**
     * Releases the client's resources. Calls in flight fail; the client cannot be used after.
     */
    @Override
    public void close() {
        generations.close();
        if (ownsScheduler) {
            scheduler.shutdownNow();
        }
        transport.close();
    }

    @Override
    public String toString() {
        return "Leonardo{baseUrl=" + baseUrl + ", apiKey=<redacted>, retryPolicy=" + retryPolicy + "}";
    }

    static String userAgent() {
        return "leonardo-java/" + SpecInfo.sdkVersion() + " Java/" + System.getProperty("java.version");
    }

    private static ScheduledExecutorService newScheduler() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, DaemonThreads.named("leonardo-scheduler"));
        executor.setRemoveOnCancelPolicy(true);
        executor.setKeepAliveTime(30, TimeUnit.SECONDS);
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }

    /**
     * Configures a {@link Leonardo} client. Defaults: the spec's server URL, connect timeout 10 s,
     * read and write timeouts 30 s, whole-call timeout 60 s per attempt, {@link RetryPolicy#defaults()},
     * {@link GenerationDefaults#recommended()}, validation on, {@link WaitPolicy#defaults()} for waits.
     */
    public static final class Builder {
        private String apiKey;
        private String webhookApiKey;
        private HttpUrl baseUrl = normalize(SpecInfo.defaultBaseUrl());
        private OkHttpClient okHttpClient;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(30);
        private Duration writeTimeout = Duration.ofSeconds(30);
        private Duration callTimeout = Duration.ofSeconds(60);
        private boolean timeoutsSet;
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private Sleeper sleeper = Sleeper.system();
        private Clock clock = Clock.systemUTC();
        private ScheduledExecutorService scheduler;
        private GenerationDefaults defaults = GenerationDefaults.recommended();
        private boolean validation = true;
        private WaitPolicy waitPolicy = WaitPolicy.defaults();
        private boolean logBodies;
        private int maxPollsPerSecond = DEFAULT_MAX_POLLS_PER_SECOND;
        private String userId;
        private final List<Interceptor> interceptors = new ArrayList<>();

        private Builder() {
        }

        /**
         * Sets the API key sent as a bearer token to the API host (never to other hosts).
         *
         * @param apiKey the key
         * @return this builder
         */
        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        /**
         * Sets the webhook callback API key: the token the vendor sends as
         * {@code authorization: Bearer ...} on every callback, and which {@link Leonardo#webhooks()}
         * requires. Never logged.
         *
         * @param webhookApiKey the key set with your production API key
         * @return this builder
         */
        public Builder webhookApiKey(String webhookApiKey) {
            this.webhookApiKey = webhookApiKey == null || webhookApiKey.isBlank() ? null : webhookApiKey;
            return this;
        }

        /**
         * Sets the base URL, for example a FakeLeonardo's or a proxy's.
         *
         * @param baseUrl an absolute http(s) URL
         * @return this builder
         */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = normalize(baseUrl);
            return this;
        }

        /**
         * Reads {@value #API_KEY_ENV}, {@value #BASE_URL_ENV}, {@value #WEBHOOK_API_KEY_ENV} and
         * {@value #USER_ID_ENV} from the given environment.
         *
         * @param env the environment, usually {@link System#getenv()}
         * @return this builder
         */
        public Builder fromEnv(Map<String, String> env) {
            String key = env.get(API_KEY_ENV);
            if (key != null && !key.isBlank()) {
                apiKey(key.trim());
            }
            String url = env.get(BASE_URL_ENV);
            if (url != null && !url.isBlank()) {
                baseUrl(url.trim());
            }
            String webhookKey = env.get(WEBHOOK_API_KEY_ENV);
            if (webhookKey != null && !webhookKey.isBlank()) {
                webhookApiKey(webhookKey.trim());
            }
            String user = env.get(USER_ID_ENV);
            if (user != null && !user.isBlank()) {
                userId(user.trim());
            }
            return this;
        }

        /**
         * Shares an existing OkHttpClient's connection pool. The client derives its own settings
         * from it; {@link Leonardo#close()} then leaves the shared pool open. Its timeouts are kept
         * unless set on this builder. Its dispatcher is shared only if you set its limits: one with
         * OkHttp's defaults (5 requests per host) would queue async waits at real latency, so the
         * client then runs its calls on a dispatcher of the SDK's, one for every client on that
         * OkHttpClient: together they keep at most 256 calls in flight, as one client does (it is
         * shut down with the last of them). A dispatcher of your own limits is kept as is, and its
         * per-host limit caps these clients' async waits and calls in flight (a warning is logged
         * when it is below 256). The pool stays yours: OkHttp's default keeps 5 idle connections,
         * so with many waits every burst of polls connects again; give it a larger
         * {@code ConnectionPool} (the SDK's own keeps 64).
         *
         * @param client the client to share
         * @return this builder
         */
        public Builder okHttpClient(OkHttpClient client) {
            this.okHttpClient = Objects.requireNonNull(client, "client");
            return this;
        }

        /**
         * Sets the connect, read/write and whole-call (per attempt) timeouts.
         *
         * @param connect connect timeout
         * @param read read and write timeout
         * @param call whole-call timeout for one attempt
         * @return this builder
         */
        public Builder timeouts(Duration connect, Duration read, Duration call) {
            this.connectTimeout = Objects.requireNonNull(connect, "connect");
            this.readTimeout = Objects.requireNonNull(read, "read");
            this.writeTimeout = read;
            this.callTimeout = Objects.requireNonNull(call, "call");
            this.timeoutsSet = true;
            return this;
        }

        /**
         * Sets when and how failed requests are retried.
         *
         * @param retryPolicy the policy; {@link RetryPolicy#none()} disables retries
         * @return this builder
         */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        /**
         * Shorthand for a retry policy with another retry count.
         *
         * @param maxRetries retries after the first attempt; 0 disables retries
         * @return this builder
         */
        public Builder maxRetries(int maxRetries) {
            return retryPolicy(retryPolicy.withMaxRetries(maxRetries));
        }

        /**
         * Replaces how the client waits between retries and polls (tests use a virtual one).
         *
         * @param sleeper the sleeper
         * @return this builder
         */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /**
         * Replaces the clock used for deadlines and Retry-After dates.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Uses the caller's scheduler for async waits instead of the client's own one-thread
         * scheduler. The client does not shut it down.
         *
         * @param scheduler the scheduler
         * @return this builder
         */
        public Builder scheduler(ScheduledExecutorService scheduler) {
            this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
            return this;
        }

        /**
         * Sets the defaults applied to fields a request leaves unset. A request's own values win.
         *
         * @param defaults the defaults
         * @return this builder
         */
        public Builder defaults(GenerationDefaults defaults) {
            this.defaults = Objects.requireNonNull(defaults, "defaults");
            return this;
        }

        /**
         * Sets the policy of waits that name none ({@link GenerationJob#await()},
         * {@link Generations#createAndWait(GenerationRequest)}, ...).
         *
         * @param waitPolicy the policy; {@link WaitPolicy#defaults()} unless set
         * @return this builder
         */
        public Builder waitPolicy(WaitPolicy waitPolicy) {
            this.waitPolicy = Objects.requireNonNull(waitPolicy, "waitPolicy");
            return this;
        }

        /**
         * Turns client-side validation of requests on (the default) or off, for when the vendor
         * relaxes a rule before a new spec arrives.
         *
         * @param enabled whether to validate
         * @return this builder
         */
        public Builder validation(boolean enabled) {
            this.validation = enabled;
            return this;
        }

        /**
         * Logs JSON request and response bodies at DEBUG on logger {@code ai.leonardo.sdk.http.body}.
         * Off by default; headers are never logged.
         *
         * @param enabled whether to log bodies
         * @return this builder
         */
        public Builder logBodies(boolean enabled) {
            this.logBodies = enabled;
            return this;
        }

        /**
         * Caps the poll requests of this client: every GET of a wait (its polls and their retries)
         * and each shared list page take a slot; a call the caller makes itself
         * ({@link Generations#get(String)}, {@link GenerationJob#poll()}) is not held back. At most
         * {@code perSecond} a second, with bursts of one second's worth; a poll past the budget is
         * held back, never dropped. A 429 on any of the
         * client's GETs or DELETEs holds back every wait of the client until its {@code Retry-After}.
         * Creates are not counted here (batches have {@link BatchOptions#maxCreatesPerMinute()}).
         * Default {@value Leonardo#DEFAULT_MAX_POLLS_PER_SECOND}: raise it when thousands of waits
         * run without a user id (see {@link #userId(String)}), lower it when other processes share the key.
         *
         * @param perSecond poll requests per second, at least 1
         * @return this builder
         */
        public Builder maxPollsPerSecond(int perSecond) {
            if (perSecond < 1) {
                throw new LeonardoException("maxPollsPerSecond must be at least 1: " + perSecond);
            }
            this.maxPollsPerSecond = perSecond;
            return this;
        }

        /**
         * Sets the account's user id (no endpoint returns it; the web app shows it), so the waits of
         * this client share their polls: one {@code GET /generations/user/{userId}} page answers for
         * every job on it, and only jobs not on the page are fetched by id. Unset, each wait polls
         * its own job.
         *
         * @param userId the user id, a UUID
         * @return this builder
         */
        public Builder userId(String userId) {
            this.userId = userId == null || userId.isBlank() ? null : userId;
            return this;
        }

        /**
         * Adds an OkHttp application interceptor. It runs before the SDK adds the Authorization
         * header, so a logging interceptor here never sees the key.
         *
         * @param interceptor the interceptor
         * @return this builder
         */
        public Builder addInterceptor(Interceptor interceptor) {
            interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
            return this;
        }

        /**
         * Builds the client.
         *
         * @return the client
         * @throws LeonardoException when no API key was given
         */
        public Leonardo build() {
            if (apiKey == null || apiKey.isBlank()) {
                throw new LeonardoException("No API key: set the " + API_KEY_ENV
                        + " environment variable or call Leonardo.builder().apiKey(...)");
            }
            if (userId != null) {
                RequestValidator.requireId("getGenerationsByUserId", "userId", userId);
            }
            if (okHttpClient != null && !timeoutsSet) {
                connectTimeout = null;
                readTimeout = null;
                writeTimeout = null;
                callTimeout = null;
            }
            return new Leonardo(this);
        }

        private static HttpUrl normalize(String url) {
            HttpUrl parsed = HttpUrl.parse(Objects.requireNonNull(url, "baseUrl"));
            if (parsed == null) {
                throw new LeonardoException("Not an http(s) URL: " + url);
            }
            return parsed.encodedPath().endsWith("/") ? parsed : parsed.newBuilder().addPathSegment("").build();
        }

        @Override
        public String toString() {
            return "Leonardo.Builder{baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "unset" : "<redacted>") + "}";
        }
    }
}

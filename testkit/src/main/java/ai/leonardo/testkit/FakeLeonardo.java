package ai.leonardo.testkit;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An in-process, stateful fake of the Leonardo.AI Image Generation API for tests and offline runs,
 * served by WireMock on a free loopback port.
 *
 * <pre>{@code
 * try (FakeLeonardo fake = FakeLeonardo.builder().manualClock().build().start()) {
 *     // point a client at fake.baseUrl() with fake.apiKey()
 *     fake.advance(Duration.ofSeconds(5));   // pending jobs complete
 * }
 * }</pre>
 *
 * <p><b>Behaviour</b>, modelled on the real service:
 * <ul>
 *   <li>{@code POST /generations} creates a PENDING generation and answers
 *       {@code {"sdGenerationJob":{"generationId","apiCreditCost":null,"cost":{"amount","unit":"DOLLARS"}}}}.
 *       The amount is {@code num_images} times a per-image price, by default $0.003675 (so the spec's
 *       default of 4 images costs "0.0147", the spec's example). Absent fields take the spec's defaults
 *       (width 1024, height 768, num_images 4, the spec's default modelId) and a random seed is chosen.
 *       The documented limits are enforced with 400: width and height 32..1536 and multiples of 8,
 *       num_images 1..8 (1..4 when a side exceeds 768).</li>
 *   <li>A job stays PENDING for a duration drawn from {@link Builder#jobDurations(DurationDistribution)}
 *       (default 1 s), then is COMPLETE with {@code num_images} images, or FAILED for a seeded share
 *       {@link Builder#failureRate(double)} of jobs. Status is computed from the clock when read, so no
 *       background thread runs and {@link #advance(Duration)} completes jobs at once.</li>
 *   <li>{@code GET /generations/{id}} answers the spec's full generation shape. An unknown or deleted id
 *       answers 200 {@code {"generations_by_pk":null}}, as the Hasura-based real API does, or 404 with the
 *       vendor error body under {@link Builder#notFoundAs404(boolean)}. {@code DELETE} answers
 *       {@code {"delete_generations_by_pk":{"id"}}} or {@code null} likewise.</li>
 *   <li>{@code GET /generations/user/{userId}?offset=&limit=} pages newest first (defaults 0 and 10).
 *       Every generation belongs to {@link #userId()}.</li>
 *   <li>Image URLs point back at the fake ({@code /_images/{generationId}/{index}.png}) and serve real PNGs
 *       of the requested size, deterministic from prompt, seed and index. They need no API key, like a CDN.</li>
 *   <li>API requests need {@code Authorization: Bearer <apiKey>}; otherwise 401
 *       {@code {"error":"Invalid token","path":"$","code":"invalid-jwt"}}.</li>
 *   <li>Concurrency limit: at most {@link Builder#concurrencyLimit(int)} (default 10) jobs PENDING at once.
 *       Past it, {@code POST /generations} answers 429 with {@code Retry-After: 1} and the vendor error body
 *       (code {@code concurrent-job-limit}), and creates nothing.</li>
 *   <li>Contract: every API request is validated against the bundled vendor spec; a violation answers 400
 *       {@code {"error":"<messages joined by '; '>","path":"$","code":"validation-failed","violations":[{key,message}]}}.</li>
 *   <li>Faults on demand through {@link #faults()}; see {@link Faults}.</li>
 *   <li>Webhook callbacks, when {@link Builder#callbacks(String, String)} is set: when a generation completes,
 *       a {@code POST} to the callback URL with {@code authorization: Bearer <webhook key>} and the vendor's
 *       {@code image_generation.complete} body ({@code {"type","object":"generation","timestamp","api_version",
 *       "data":{"object":{"id","status","images":[...],...}}}}), after {@link Builder#callbackDelay(Duration)},
 *       with seeded shares lost ({@link Builder#callbackLossRate(double)}) and sent twice
 *       ({@link Builder#callbackDuplicateRate(double)}). FAILED and deleted generations get none. On a system
 *       clock a daemon thread sends them on time; on the manual clock {@link #advance(Duration)} sends those that
 *       fell due; on any other clock {@link #deliverCallbacks()} does.</li>
 * </ul>
 * Order of handling: armed fault, authentication, contract validation, then the operation.
 *
 * <p>Thread-safe: any number of clients may use one fake concurrently.
 */
public final class FakeLeonardo implements AutoCloseable {

    /** The default API key: an obviously fake value. */
    public static final String DEFAULT_API_KEY = "fake-leonardo-key";
    /** The default owner of every generation: a fixed UUID v4. */
    public static final String DEFAULT_USER_ID = "6c0b5ab0-2d54-4f4e-9d0e-6f1e3a1c7b42";

    private final Builder config;
    private final Clock clock;
    private final FakeClock fakeClock;
    private final Engine engine;
    private final WireMockServer server;

    private FakeLeonardo(Builder builder) {
        this.config = builder.copy();
        this.fakeClock = config.manualStart == null ? null : new FakeClock(config.manualStart);
        this.clock = fakeClock != null ? fakeClock : config.clock;
        this.engine = new Engine(config, clock);
        WireMockConfiguration options = WireMockConfiguration.options()
                .bindAddress("127.0.0.1")
                .port(config.port)
                .containerThreads(config.containerThreads)
                // Delays are served from a scheduler instead of parking a Jetty thread.
                .asynchronousResponseEnabled(true)
                .asynchronousResponseThreads(8)
                // The journal would keep every request for the life of the fake; counters replace it.
                .disableRequestJournal()
                .stubRequestLoggingDisabled(true)
                .notifier(new ConsoleNotifier(false))
                .gzipDisabled(true)
                .extensions(engine);
        this.server = new WireMockServer(options);
    }

    /**
     * Starts configuring a fake.
     *
     * @return a builder with the defaults described on {@link Builder}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts the server on its port. Calling it again on a running fake does nothing.
     *
     * @return this fake
     */
    public synchronized FakeLeonardo start() {
        if (!server.isRunning()) {
            server.start();
            // One catch-all stub; the engine answers everything from the fake's state.
            server.stubFor(WireMock.any(WireMock.anyUrl()).willReturn(WireMock.ok()));
            engine.origin("http://127.0.0.1:" + server.port());
        }
        return this;
    }

    /** Stops the server and frees its port, and the callback thread; callbacks not yet sent are dropped. Idempotent. */
    public synchronized void stop() {
        engine.callbacks().close();
        if (server.isRunning()) {
            server.stop();
        }
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    /**
     * Whether the server is running.
     *
     * @return true between {@link #start()} and {@link #stop()}
     */
    public boolean isRunning() {
        return server.isRunning();
    }

    /**
     * The base URL a client uses, with the spec's server path, e.g. {@code http://127.0.0.1:54321/api/rest/v1}.
     *
     * @return the base URL, without a trailing slash
     * @throws IllegalStateException if the fake is not running
     */
    public String baseUrl() {
        return origin() + SpecValidator.BASE_PATH;
    }

    /**
     * Scheme, host and port of the fake, which also serves the images, e.g. {@code http://127.0.0.1:54321}.
     *
     * @return the origin
     * @throws IllegalStateException if the fake is not running
     */
    public String origin() {
        if (!server.isRunning()) {
            throw new IllegalStateException("FakeLeonardo is not running; call start()");
        }
        return "http://127.0.0.1:" + server.port();
    }

    /**
     * The port the fake listens on.
     *
     * @return the port
     * @throws IllegalStateException if the fake is not running
     */
    public int port() {
        origin();
        return server.port();
    }

    /**
     * The API key the fake accepts.
     *
     * @return the key
     */
    public String apiKey() {
        return config.apiKey;
    }

    /**
     * The user id that owns every generation created on this fake.
     *
     * @return a UUID v4 string
     */
    public String userId() {
        return config.userId;
    }

    /**
     * The fake's clock: the system clock, a custom one, or the {@link FakeClock} of {@link Builder#manualClock()}.
     *
     * @return the clock job times are measured on
     */
    public Clock clock() {
        return clock;
    }

    /**
     * Moves the manual clock forward; pending jobs whose duration has passed are complete on their next read.
     *
     * @param duration how far; not negative
     * @return the new fake time
     * @throws IllegalStateException unless built with {@link Builder#manualClock()}
     */
    public Instant advance(Duration duration) {
        if (fakeClock == null) {
            throw new IllegalStateException("advance() needs FakeLeonardo.builder().manualClock()");
        }
        Instant now = fakeClock.advance(duration);
        engine.callbacks().deliverDue();
        return now;
    }

    /**
     * Sends the webhook callbacks that fell due by the fake's clock, in that order, each answered before the
     * next is sent. Needed only on a clock of your own ({@link Builder#clock(Clock)} other than a system clock):
     * {@link #advance(Duration)} and, on a system clock, the fake's callback thread call it.
     */
    public void deliverCallbacks() {
        engine.callbacks().deliverDue();
    }

    /**
     * The generations whose webhook callback the fake dropped on purpose ({@link Builder#callbackLossRate(double)}),
     * in creation order, since start or {@link #reset()}.
     *
     * @return an immutable list of generation ids
     */
    public List<String> lostCallbacks() {
        return engine.callbacks().lost();
    }

    /**
     * How many webhook callback POSTs the receiver answered with a status, duplicates included.
     *
     * @param status an HTTP status, or 0 for POSTs that got no answer (connection refused, timeout)
     * @return the count since start or {@link #reset()}
     */
    public long callbacksAnswered(int status) {
        return engine.callbacks().answered(status);
    }

    /**
     * Arms faults for the following requests.
     *
     * @return the fault registry of this fake
     */
    public Faults faults() {
        return engine.faults();
    }

    /**
     * Clears generations, armed faults and observations, re-seeds the random sources and rewinds a manual
     * clock, so each test starts from the state of a new fake. The server keeps running on the same port.
     */
    public void reset() {
        engine.reset();
        if (fakeClock != null) {
            fakeClock.rewind();
        }
    }

    /**
     * How many requests reached the fake for an endpoint since start or {@link #reset()}, whatever the answer
     * (faults, 401 and 400 included).
     *
     * @param endpoint the endpoint; {@link Endpoint#ANY} counts every request, unknown paths included
     * @return the count
     */
    public long requestCount(Endpoint endpoint) {
        return engine.requestCount(Objects.requireNonNull(endpoint, "endpoint"));
    }

    /**
     * The largest number of jobs that were PENDING at the same time, as seen at each accepted POST.
     *
     * @return the maximum observed concurrency
     */
    public int maxObservedConcurrentJobs() {
        return engine.maxObservedPending();
    }

    /**
     * When each accepted {@code POST /generations} arrived, in fake clock time and arrival order.
     * Rejected and faulted POSTs are not included.
     *
     * @return an immutable list
     */
    public List<Instant> createTimestamps() {
        return engine.createTimestamps();
    }

    /**
     * How many image requests carried an {@code Authorization} header. A client should send its API key only
     * to the API, never to the image host.
     *
     * @return the count
     */
    public long imageRequestsWithAuthorization() {
        return engine.imageRequestsWithAuthorization();
    }

    /**
     * The stored generation, as of the fake's clock now.
     *
     * @param id a generation id
     * @return its snapshot, or null if unknown or deleted
     */
    public GenerationSnapshot generation(String id) {
        return engine.snapshot(id);
    }

    /**
     * How many generations exist (created and not deleted).
     *
     * @return the count
     */
    public int generationCount() {
        return engine.generationCount();
    }

    /**
     * Configuration of a {@link FakeLeonardo}. Defaults: API key {@value FakeLeonardo#DEFAULT_API_KEY},
     * user {@value FakeLeonardo#DEFAULT_USER_ID}, authentication required, request validation on, real time,
     * jobs take 1 s, failure rate 0, seed 0, concurrency limit 10, not-found as 200 with null, no random faults,
     * $0.003675 per image, a free port, 64 server threads, no added latency, no webhook callbacks.
     */
    public static final class Builder {
        String apiKey = DEFAULT_API_KEY;
        String userId = DEFAULT_USER_ID;
        boolean requireAuth = true;
        boolean validateRequests = true;
        Clock clock = Clock.systemUTC();
        Instant manualStart;
        DurationDistribution durations = DurationDistribution.fixed(Duration.ofSeconds(1));
        double failureRate;
        long seed;
        int concurrencyLimit = 10;
        boolean notFoundAs404;
        double randomFaultRate;
        long randomFaultSeed;
        BigDecimal pricePerImage = new BigDecimal("0.003675");
        int port;
        int containerThreads = 64;
        Duration latency = Duration.ZERO;
        String callbackUrl;
        String callbackKey;
        Duration callbackDelay = Duration.ZERO;
        double callbackLossRate;
        double callbackDuplicateRate;

        private Builder() {
        }

        Builder copy() {
            Builder b = new Builder();
            b.apiKey = apiKey;
            b.userId = userId;
            b.requireAuth = requireAuth;
            b.validateRequests = validateRequests;
            b.clock = clock;
            b.manualStart = manualStart;
            b.durations = durations;
            b.failureRate = failureRate;
            b.seed = seed;
            b.concurrencyLimit = concurrencyLimit;
            b.notFoundAs404 = notFoundAs404;
            b.randomFaultRate = randomFaultRate;
            b.randomFaultSeed = randomFaultSeed;
            b.pricePerImage = pricePerImage;
            b.port = port;
            b.containerThreads = containerThreads;
            b.latency = latency;
            b.callbackUrl = callbackUrl;
            b.callbackKey = callbackKey;
            b.callbackDelay = callbackDelay;
            b.callbackLossRate = callbackLossRate;
            b.callbackDuplicateRate = callbackDuplicateRate;
            return b;
        }

        /**
         * The API key the fake accepts as {@code Authorization: Bearer <key>}.
         *
         * @param apiKey a non-blank key
         * @return this builder
         */
        public Builder apiKey(String apiKey) {
            if (Objects.requireNonNull(apiKey, "apiKey").isBlank()) {
                throw new IllegalArgumentException("apiKey must not be blank");
            }
            this.apiKey = apiKey;
            return this;
        }

        /**
         * The user id that owns every generation and that {@code GET /generations/user/{userId}} lists.
         *
         * @param userId a UUID v4 string (the spec's pattern for user ids)
         * @return this builder
         */
        public Builder userId(String userId) {
            UUID parsed = UUID.fromString(Objects.requireNonNull(userId, "userId"));
            if (parsed.version() != 4) {
                throw new IllegalArgumentException("userId must be a UUID v4: " + userId);
            }
            this.userId = userId.toLowerCase(java.util.Locale.ROOT);
            return this;
        }

        /**
         * Whether API requests must carry the API key (images never need it).
         *
         * @param requireAuth false to accept any or no {@code Authorization} header
         * @return this builder
         */
        public Builder requireAuth(boolean requireAuth) {
            this.requireAuth = requireAuth;
            return this;
        }

        /**
         * Whether API requests are validated against the vendor spec (400 on a violation).
         *
         * @param validateRequests false to skip the contract check
         * @return this builder
         */
        public Builder validateRequests(boolean validateRequests) {
            this.validateRequests = validateRequests;
            return this;
        }

        /**
         * Measures job times on the given clock instead of the system clock.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            this.manualStart = null;
            return this;
        }

        /**
         * Uses a {@link FakeClock} starting at 2026-01-01T00:00:00Z that moves only with
         * {@link FakeLeonardo#advance(Duration)}.
         *
         * @return this builder
         */
        public Builder manualClock() {
            return manualClock(Instant.parse("2026-01-01T00:00:00Z"));
        }

        /**
         * Uses a {@link FakeClock} starting at the given instant.
         *
         * @param start the initial fake time
         * @return this builder
         */
        public Builder manualClock(Instant start) {
            this.manualStart = Objects.requireNonNull(start, "start");
            return this;
        }

        /**
         * Every job stays PENDING for the same time.
         *
         * @param duration the job duration; not negative
         * @return this builder
         */
        public Builder jobDuration(Duration duration) {
            this.durations = DurationDistribution.fixed(duration);
            return this;
        }

        /**
         * Job durations drawn from a distribution with the fake's seeded random source.
         *
         * @param distribution e.g. {@link DurationDistribution#logNormal(Duration, double)}
         * @return this builder
         */
        public Builder jobDurations(DurationDistribution distribution) {
            this.durations = Objects.requireNonNull(distribution, "distribution");
            return this;
        }

        /**
         * The share of jobs that end FAILED instead of COMPLETE, drawn with the seeded random source.
         *
         * @param failureRate from 0 (none) to 1 (all)
         * @return this builder
         */
        public Builder failureRate(double failureRate) {
            if (!(failureRate >= 0 && failureRate <= 1)) {
                throw new IllegalArgumentException("failureRate must be in [0, 1]: " + failureRate);
            }
            this.failureRate = failureRate;
            return this;
        }

        /**
         * Seeds the random source for job durations, failures and missing seeds, so a run that creates
         * jobs in the same order is reproducible.
         *
         * @param seed the seed; default 0
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * At most this many jobs PENDING at once; further POSTs get 429 with {@code Retry-After: 1}.
         *
         * @param limit at least 1; default 10, like the vendor's standard plans
         * @return this builder
         */
        public Builder concurrencyLimit(int limit) {
            if (limit < 1) {
                throw new IllegalArgumentException("concurrencyLimit must be at least 1: " + limit);
            }
            this.concurrencyLimit = limit;
            return this;
        }

        /**
         * Answers an unknown or deleted id with 404 and the vendor error body instead of 200 with null.
         *
         * @param notFoundAs404 true for 404
         * @return this builder
         */
        public Builder notFoundAs404(boolean notFoundAs404) {
            this.notFoundAs404 = notFoundAs404;
            return this;
        }

        /**
         * For load tests: a seeded share of API requests (not images) fails, half with 503 and the vendor
         * error body, half with a connection reset. A faulted request is not handled, so a faulted POST
         * creates nothing.
         *
         * @param rate from 0 (off, the default) to 1
         * @param seed seeds the draws
         * @return this builder
         */
        public Builder randomFaults(double rate, long seed) {
            if (!(rate >= 0 && rate <= 1)) {
                throw new IllegalArgumentException("rate must be in [0, 1]: " + rate);
            }
            this.randomFaultRate = rate;
            this.randomFaultSeed = seed;
            return this;
        }

        /**
         * The dollar price per image quoted in {@code cost.amount}.
         *
         * @param price not negative; default 0.003675
         * @return this builder
         */
        public Builder pricePerImage(BigDecimal price) {
            if (Objects.requireNonNull(price, "price").signum() < 0) {
                throw new IllegalArgumentException("price must not be negative: " + price);
            }
            this.pricePerImage = price;
            return this;
        }

        /**
         * A fixed port instead of a free one.
         *
         * @param port 1..65535, or 0 for a free port (the default)
         * @return this builder
         */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * The number of server threads; raise it for heavy concurrent load.
         *
         * @param threads at least 8; default 64
         * @return this builder
         */
        public Builder containerThreads(int threads) {
            if (threads < 8) {
                throw new IllegalArgumentException("containerThreads must be at least 8: " + threads);
            }
            this.containerThreads = threads;
            return this;
        }

        /**
         * Holds every response (API and images) this long before sending it, as a real server across a network
         * would: waits and benchmarks then see the round trips users see, not loopback's sub-millisecond ones.
         * Responses are held without occupying a server thread, so many concurrent clients still get through.
         *
         * @param latency added to every response, on top of any {@link Fault#delay(Duration)}; not negative;
         *                default zero
         * @return this builder
         */
        public Builder latency(Duration latency) {
            if (latency == null || latency.isNegative()) {
                throw new IllegalArgumentException("latency must be zero or positive: " + latency);
            }
            this.latency = latency;
            return this;
        }

        /**
         * Sends a webhook callback for every generation that completes, as the vendor does for a production API
         * key with a webhook callback URL and key. A key other than the receiver's tests its 401 path.
         *
         * @param url where to POST, e.g. a loopback receiver's {@code http://127.0.0.1:8081/leonardo/webhook}
         * @param webhookApiKey sent as {@code authorization: Bearer <webhookApiKey>}; not blank
         * @return this builder
         */
        public Builder callbacks(String url, String webhookApiKey) {
            URI parsed = URI.create(Objects.requireNonNull(url, "url"));
            if (!"http".equals(parsed.getScheme()) && !"https".equals(parsed.getScheme())) {
                throw new IllegalArgumentException("callback url must be http(s): " + url);
            }
            if (Objects.requireNonNull(webhookApiKey, "webhookApiKey").isBlank()) {
                throw new IllegalArgumentException("webhookApiKey must not be blank");
            }
            this.callbackUrl = url;
            this.callbackKey = webhookApiKey;
            return this;
        }

        /**
         * How long after a generation completes its callback is sent.
         *
         * @param delay not negative; default zero
         * @return this builder
         */
        public Builder callbackDelay(Duration delay) {
            if (delay == null || delay.isNegative()) {
                throw new IllegalArgumentException("callbackDelay must be zero or positive: " + delay);
            }
            this.callbackDelay = delay;
            return this;
        }

        /**
         * The share of callbacks never sent, drawn per generation with a random source of their own seeded from
         * {@link #seed(long)} (so job durations stay those of the seed). The vendor documents no retries.
         *
         * @param rate from 0 (none, the default) to 1 (all)
         * @return this builder
         */
        public Builder callbackLossRate(double rate) {
            this.callbackLossRate = rate(rate, "callbackLossRate");
            return this;
        }

        /**
         * The share of callbacks sent twice, one right after the other, drawn like {@link #callbackLossRate(double)}.
         *
         * @param rate from 0 (none, the default) to 1 (all)
         * @return this builder
         */
        public Builder callbackDuplicateRate(double rate) {
            this.callbackDuplicateRate = rate(rate, "callbackDuplicateRate");
            return this;
        }

        private static double rate(double rate, String name) {
            if (!(rate >= 0 && rate <= 1)) {
                throw new IllegalArgumentException(name + " must be in [0, 1]: " + rate);
            }
            return rate;
        }

        /**
         * Creates the fake, not yet started.
         *
         * @return a new fake; call {@link FakeLeonardo#start()}
         */
        public FakeLeonardo build() {
            return new FakeLeonardo(this);
        }
    }
}

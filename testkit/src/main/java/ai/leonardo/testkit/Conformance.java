package ai.leonardo.testkit;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * A conformance suite for any server that claims to be the Leonardo.AI Image Generation API: the vendor's
 * own, a gateway, proxy, cache or mock. It drives the API over plain HTTP and reports, check by check,
 * whether every exchange matches the verbatim spec bundled in this jar and whether the server follows the
 * documented lifecycle (create, PENDING then COMPLETE or FAILED, images, newest-first paged lists, delete,
 * 401 for a wrong key, malformed ids refused).
 *
 * <pre>{@code
 * ConformanceReport report = Conformance.builder()
 *         .baseUrl("http://localhost:8080/api/rest/v1").apiKey(key).userId(userId)
 *         .mode(Conformance.Mode.FULL).build().run();
 * System.out.print(report.toTable());
 * }</pre>
 *
 * <p>{@link Mode#READ_ONLY} creates nothing (for production accounts); {@link Mode#FULL} creates at most
 * {@link Builder#maxGenerations(int)} generations of one image at the smallest documented size, deletes them
 * afterwards and reports their cost. For JUnit, see {@link ConformanceTests}.
 */
public final class Conformance {

    /** What the suite may do to the account it runs against. */
    public enum Mode {
        /** Only GETs, plus deliberately refused requests (a wrong key, a malformed id): creates nothing. */
        READ_ONLY("read-only"),
        /** Also creates a few one-image generations, waits for them and deletes them. */
        FULL("full");

        private final String label;

        Mode(String label) {
            this.label = label;
        }

        /**
         * The mode's name on a command line.
         *
         * @return {@code read-only} or {@code full}
         */
        public String label() {
            return label;
        }

        /**
         * The mode of a command-line name.
         *
         * @param label {@code read-only} or {@code full}, in any case
         * @return the mode
         * @throws IllegalArgumentException for any other name
         */
        public static Mode of(String label) {
            for (Mode m : values()) {
                if (m.label.equals(label.toLowerCase(Locale.ROOT))) {
                    return m;
                }
            }
            throw new IllegalArgumentException("mode must be read-only or full, not " + label);
        }
    }

    private final Builder config;

    private Conformance(Builder config) {
        this.config = config;
    }

    /**
     * Starts configuring a run.
     *
     * @return a builder; base URL and API key are required
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Runs every check of the configured mode against the server, once. In full mode the generations it
     * created are deleted before it returns, whatever failed.
     *
     * @return the report
     */
    public ConformanceReport run() {
        return new ConformanceRun(config).run();
    }

    /**
     * Settings of a run. Defaults: full mode, 2 generations, polls every second, a job may take 3 minutes,
     * each request 30 s.
     */
    public static final class Builder {
        String baseUrl;
        String apiKey;
        Mode mode = Mode.FULL;
        String generationId;
        String userId;
        int maxGenerations = 2;
        Duration pollInterval = Duration.ofSeconds(1);
        Duration jobTimeout = Duration.ofMinutes(3);
        Duration requestTimeout = Duration.ofSeconds(30);

        private Builder() {
        }

        /**
         * The server's base URL, with the API's base path, e.g. {@code https://cloud.leonardo.ai/api/rest/v1}.
         *
         * @param baseUrl an http or https URL
         * @return this builder
         */
        public Builder baseUrl(String baseUrl) {
            String url = Objects.requireNonNull(baseUrl, "baseUrl");
            if (!url.startsWith("http://") && !url.startsWith("https://")) {
                throw new IllegalArgumentException("baseUrl must be an http or https URL: " + url);
            }
            this.baseUrl = url;
            return this;
        }

        /**
         * The API key to send as {@code Authorization: Bearer <key>}. It appears in no report.
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
         * Read-only or full.
         *
         * @param mode the mode; default full
         * @return this builder
         */
        public Builder mode(Mode mode) {
            this.mode = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /**
         * An existing generation to read: required in read-only mode, ignored in full mode.
         *
         * @param generationId a generation id
         * @return this builder
         */
        public Builder generationId(String generationId) {
            this.generationId = uuid(generationId, "generationId");
            return this;
        }

        /**
         * The account's user id, whose list the list checks page through. Required in read-only mode; in full
         * mode the list checks are skipped without it (the API has no call that tells it).
         *
         * @param userId a user id (UUID)
         * @return this builder
         */
        public Builder userId(String userId) {
            this.userId = uuid(userId, "userId");
            return this;
        }

        /**
         * How many generations full mode creates, each of one image at 32x32.
         *
         * @param n 1 to 10; default 2 (two make the newest-first order observable on an empty account)
         * @return this builder
         */
        public Builder maxGenerations(int n) {
            if (n < 1 || n > 10) {
                throw new IllegalArgumentException("maxGenerations must be 1..10: " + n);
            }
            this.maxGenerations = n;
            return this;
        }

        /**
         * How often a created generation is read while it is PENDING.
         *
         * @param interval positive; default 1 s
         * @return this builder
         */
        public Builder pollInterval(Duration interval) {
            this.pollInterval = positive(interval, "pollInterval");
            return this;
        }

        /**
         * How long a created generation may stay PENDING before the lifecycle check fails.
         *
         * @param timeout positive; default 3 minutes
         * @return this builder
         */
        public Builder jobTimeout(Duration timeout) {
            this.jobTimeout = positive(timeout, "jobTimeout");
            return this;
        }

        /**
         * Connect and response timeout of each request.
         *
         * @param timeout positive; default 30 s
         * @return this builder
         */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = positive(timeout, "requestTimeout");
            return this;
        }

        /**
         * Checks the settings fit the mode.
         *
         * @return the suite, ready to {@link Conformance#run()}
         * @throws IllegalStateException if base URL or key is missing, or read-only mode lacks a generation id
         *                               or user id
         */
        public Conformance build() {
            if (baseUrl == null || apiKey == null) {
                throw new IllegalStateException("baseUrl and apiKey are required");
            }
            if (mode == Mode.READ_ONLY && (generationId == null || userId == null)) {
                throw new IllegalStateException("read-only mode needs an existing generationId and the userId");
            }
            Builder copy = new Builder();
            copy.baseUrl = baseUrl;
            copy.apiKey = apiKey;
            copy.mode = mode;
            copy.generationId = generationId;
            copy.userId = userId;
            copy.maxGenerations = maxGenerations;
            copy.pollInterval = pollInterval;
            copy.jobTimeout = jobTimeout;
            copy.requestTimeout = requestTimeout;
            return new Conformance(copy);
        }

        private static String uuid(String value, String name) {
            UUID.fromString(Objects.requireNonNull(value, name));
            return value.toLowerCase(Locale.ROOT);
        }

        private static Duration positive(Duration d, String name) {
            if (d == null || d.isZero() || d.isNegative()) {
                throw new IllegalArgumentException(name + " must be positive: " + d);
            }
            return d;
        }
    }
}

package ai.leonardo.sdk;

import java.util.Objects;

/**
 * How {@link Generations#generateAll(java.util.List, BatchOptions)} runs a batch. Immutable; build
 * with {@link #builder()}. The defaults follow the vendor's documented limits: at most
 * {@value #DEFAULT_MAX_CONCURRENT} jobs running at once and {@value #DEFAULT_MAX_CREATES_PER_MINUTE}
 * POST /generations per minute. Lower them when other processes share the same API key.
 */
public final class BatchOptions {
    /** Default limit of jobs running at once. */
    public static final int DEFAULT_MAX_CONCURRENT = 10;
    /** Default limit of creates in any sliding minute. */
    public static final int DEFAULT_MAX_CREATES_PER_MINUTE = 100;

    private final int maxConcurrent;
    private final int maxCreatesPerMinute;
    private final WaitOptions waitOptions;
    private final BatchListener listener;

    private BatchOptions(Builder b) {
        if (b.maxConcurrent < 1) {
            throw new IllegalArgumentException("maxConcurrent must be >= 1: " + b.maxConcurrent);
        }
        if (b.maxCreatesPerMinute < 1) {
            throw new IllegalArgumentException("maxCreatesPerMinute must be >= 1: " + b.maxCreatesPerMinute);
        }
        this.maxConcurrent = b.maxConcurrent;
        this.maxCreatesPerMinute = b.maxCreatesPerMinute;
        this.waitOptions = b.waitOptions;
        this.listener = b.listener;
    }

    /** @return the vendor's limits, the default wait options, no listener */
    public static BatchOptions defaults() {
        return builder().build();
    }

    /** @return a builder with the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the most jobs running at once (from the POST until the wait ends) */
    public int maxConcurrent() {
        return maxConcurrent;
    }

    /** @return the most POST /generations in any sliding minute */
    public int maxCreatesPerMinute() {
        return maxCreatesPerMinute;
    }

    /** @return how each job is waited for */
    public WaitOptions waitOptions() {
        return waitOptions;
    }

    /** @return the progress listener */
    public BatchListener listener() {
        return listener;
    }

    @Override
    public String toString() {
        return "BatchOptions{maxConcurrent=" + maxConcurrent + ", maxCreatesPerMinute=" + maxCreatesPerMinute
                + ", waitOptions=" + waitOptions + "}";
    }

    /** Builds {@link BatchOptions}. */
    public static final class Builder {
        private int maxConcurrent = DEFAULT_MAX_CONCURRENT;
        private int maxCreatesPerMinute = DEFAULT_MAX_CREATES_PER_MINUTE;
        private WaitOptions waitOptions = WaitOptions.defaults();
        private BatchListener listener = BatchListener.none();

        private Builder() {
        }

        /**
         * Sets the most jobs running at once.
         *
         * @param maxConcurrent at least 1
         * @return this builder
         */
        public Builder maxConcurrent(int maxConcurrent) {
            this.maxConcurrent = maxConcurrent;
            return this;
        }

        /**
         * Sets the most creates in any sliding minute.
         *
         * @param maxCreatesPerMinute at least 1
         * @return this builder
         */
        public Builder maxCreatesPerMinute(int maxCreatesPerMinute) {
            this.maxCreatesPerMinute = maxCreatesPerMinute;
            return this;
        }

        /**
         * Sets how each job is waited for (policy, per-job listener, delete on cancel).
         *
         * @param waitOptions the options
         * @return this builder
         */
        public Builder waitOptions(WaitOptions waitOptions) {
            this.waitOptions = Objects.requireNonNull(waitOptions, "waitOptions");
            return this;
        }

        /**
         * Sets the listener that sees the batch's counts.
         *
         * @param listener the listener
         * @return this builder
         */
        public Builder listener(BatchListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /** @return the options */
        public BatchOptions build() {
            return new BatchOptions(this);
        }
    }
}

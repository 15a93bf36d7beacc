package ai.leonardo.sdk;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@link Generations#generateAll(java.util.List, BatchOptions)} runs a batch. Immutable; build
 * with {@link #builder()}. The defaults follow the vendor's documented limits: at most
 * {@value #DEFAULT_MAX_CONCURRENT} jobs running at once and {@value #DEFAULT_MAX_CREATES_PER_MINUTE}
 * POST /generations per minute. Lower them when other processes share the same API key.
 *
 * <p>With a {@link #journal()} the batch survives a crash: a rerun with the same journal skips
 * finished items, waits again for created ones and creates only the items never sent. An item
 * whose create was sent but never answered is looked up in the {@link #userId()}'s list; when it
 * cannot be found it is reported as {@link CreateOutcomeUnknownException} and not created again
 * unless {@link #retryUnknown()}. With a {@link #downloadDirectory()} every image is written there
 * (and, with a journal, its size and SHA-256 recorded, so a rerun can tell a whole file).
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
    private final BatchJournal journal;
    private final String userId;
    private final boolean retryUnknown;
    private final Path downloadDirectory;

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
        this.journal = b.journal;
        this.userId = b.userId;
        this.retryUnknown = b.retryUnknown;
        this.downloadDirectory = b.downloadDirectory;
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

    /** @return where the batch records its progress, if anywhere */
    public Optional<BatchJournal> journal() {
        return Optional.ofNullable(journal);
    }

    /** @return the user whose list is searched for a create whose answer was lost, if known */
    public Optional<String> userId() {
        return Optional.ofNullable(userId);
    }

    /** @return whether an item of unknown outcome is created again (it may then be paid twice) */
    public boolean retryUnknown() {
        return retryUnknown;
    }

    /** @return where each completed generation's images are written, if anywhere */
    public Optional<Path> downloadDirectory() {
        return Optional.ofNullable(downloadDirectory);
    }

    @Override
    public String toString() {
        return "BatchOptions{maxConcurrent=" + maxConcurrent + ", maxCreatesPerMinute=" + maxCreatesPerMinute
                + ", waitOptions=" + waitOptions + ", journal=" + journal + ", userId=" + userId
                + ", retryUnknown=" + retryUnknown + ", downloadDirectory=" + downloadDirectory + "}";
    }

    /** Builds {@link BatchOptions}. */
    public static final class Builder {
        private int maxConcurrent = DEFAULT_MAX_CONCURRENT;
        private int maxCreatesPerMinute = DEFAULT_MAX_CREATES_PER_MINUTE;
        private WaitOptions waitOptions = WaitOptions.defaults();
        private BatchListener listener = BatchListener.none();
        private BatchJournal journal;
        private String userId;
        private boolean retryUnknown;
        private Path downloadDirectory;

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

        /**
         * Keeps the batch's progress in a journal, so a rerun with the same journal and the same
         * requests resumes instead of paying again. Items are told apart by the SHA-256 of the
         * JSON body the client sends for them (after defaults) and, for equal bodies, by their
         * order among them: an edited request is new, a reordered list changes nothing.
         *
         * @param journal for example {@link BatchJournal#file(Path)}
         * @return this builder
         */
        public Builder journal(BatchJournal journal) {
            this.journal = Objects.requireNonNull(journal, "journal");
            return this;
        }

        /**
         * Sets the user whose generations are searched (same prompt and size, created after the
         * create was sent) for a create whose answer a crash lost. Without it such an item's
         * outcome is unknown.
         *
         * @param userId the API key's user id
         * @return this builder
         */
        public Builder userId(String userId) {
            this.userId = Objects.requireNonNull(userId, "userId");
            return this;
        }

        /**
         * Creates items of unknown outcome again instead of reporting them. Each may then be
         * generated, and paid for, twice.
         *
         * @param retryUnknown whether to create them again
         * @return this builder
         */
        public Builder retryUnknown(boolean retryUnknown) {
            this.retryUnknown = retryUnknown;
            return this;
        }

        /**
         * Writes every image of each completed generation into a directory (as
         * {@link Images#download} names them), before the item counts as finished.
         *
         * @param directory created if needed
         * @return this builder
         */
        public Builder downloadTo(Path directory) {
            this.downloadDirectory = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /** @return the options */
        public BatchOptions build() {
            return new BatchOptions(this);
        }
    }
}

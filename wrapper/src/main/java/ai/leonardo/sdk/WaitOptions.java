package ai.leonardo.sdk;

import java.util.Objects;

/**
 * Everything about one wait: its {@link WaitPolicy}, a progress listener, and what cancelling
 * does. Immutable; build with {@link #builder()}.
 *
 * <p><b>Cancelling</b> the future of an async wait stops local polling only: the generation goes
 * on running on the server and still costs what it costs. With {@link Builder#deleteOnCancel(boolean)}
 * the client also sends a best-effort DELETE for it, which removes it (and its images) from the
 * account; whether the server then stops the work is the vendor's business.
 */
public final class WaitOptions {
    private final WaitPolicy policy;
    private final WaitListener listener;
    private final boolean deleteOnCancel;

    private WaitOptions(Builder b) {
        this.policy = b.policy;
        this.listener = b.listener;
        this.deleteOnCancel = b.deleteOnCancel;
    }

    /** @return the default policy, no listener, no delete on cancel */
    public static WaitOptions defaults() {
        return builder().build();
    }

    /**
     * Shorthand for options with only a policy.
     *
     * @param policy the policy
     * @return the options
     */
    public static WaitOptions of(WaitPolicy policy) {
        return builder().policy(policy).build();
    }

    /** @return a builder with the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these options */
    public Builder toBuilder() {
        return new Builder().policy(policy).listener(listener).deleteOnCancel(deleteOnCancel);
    }

    /** @return the poll policy and deadline */
    public WaitPolicy policy() {
        return policy;
    }

    /** @return the progress listener */
    public WaitListener listener() {
        return listener;
    }

    /** @return whether cancelling an async wait also deletes the generation */
    public boolean deleteOnCancel() {
        return deleteOnCancel;
    }

    @Override
    public String toString() {
        return "WaitOptions{policy=" + policy + ", deleteOnCancel=" + deleteOnCancel + "}";
    }

    /** Builds {@link WaitOptions}. */
    public static final class Builder {
        private WaitPolicy policy = WaitPolicy.defaults();
        private WaitListener listener = WaitListener.none();
        private boolean deleteOnCancel;

        private Builder() {
        }

        /**
         * Sets the poll policy and deadline.
         *
         * @param policy the policy; {@link WaitPolicy#defaults()} unless set
         * @return this builder
         */
        public Builder policy(WaitPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Sets the listener that sees each poll.
         *
         * @param listener the listener
         * @return this builder
         */
        public Builder listener(WaitListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Makes cancelling an async wait also delete the generation (off by default).
         *
         * @param deleteOnCancel whether to delete on cancel
         * @return this builder
         */
        public Builder deleteOnCancel(boolean deleteOnCancel) {
            this.deleteOnCancel = deleteOnCancel;
            return this;
        }

        /** @return the options */
        public WaitOptions build() {
            return new WaitOptions(this);
        }
    }
}

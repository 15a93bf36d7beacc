package ai.leonardo.sdk;

import java.time.Duration;
import java.util.Objects;

/**
 * When and how long the client retries a failed request.
 *
 * <p>GET and DELETE are retried on I/O failures, timeouts, 408, 429 and 5xx. A create
 * (POST /generations) spends credits and has no idempotency key, so it is retried only where the
 * server cannot have accepted the job: the connection could not be made, or the server answered
 * 429. It is never resent after its body may have reached the server (read timeout, reset after
 * sending, 5xx).
 *
 * <p>The delay before retry {@code n} (from 0) is {@code initialBackoff * 2^n}, capped at
 * {@code maxBackoff}, reduced by up to 25% at random; a {@code Retry-After} (seconds or HTTP
 * date) or {@code retry-after-ms} header replaces it, capped at {@code maxRetryAfter}.
 *
 * @param maxRetries retries after the first attempt; 0 disables retrying
 * @param initialBackoff the first delay
 * @param maxBackoff the largest computed delay
 * @param maxRetryAfter the largest server-requested delay honoured
 */
public record RetryPolicy(int maxRetries, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {
    /** Checks the values. */
    public RetryPolicy {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be >= 0");
        }
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
    }

    /** @return 2 retries, 0.5 s doubling up to 8 s, Retry-After honoured up to 60 s */
    public static RetryPolicy defaults() {
        return new RetryPolicy(2, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(60));
    }

    /** @return a policy that never retries */
    public static RetryPolicy none() {
        return defaults().withMaxRetries(0);
    }

    /**
     * Returns a copy with another retry count.
     *
     * @param retries retries after the first attempt
     * @return the new policy
     */
    public RetryPolicy withMaxRetries(int retries) {
        return new RetryPolicy(retries, initialBackoff, maxBackoff, maxRetryAfter);
    }
}

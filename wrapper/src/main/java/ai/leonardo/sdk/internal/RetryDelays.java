package ai.leonardo.sdk.internal;

import ai.leonardo.sdk.RetryPolicy;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.Headers;

/** Computes how long to wait before a retry: exponential backoff with jitter, or the server's word. */
final class RetryDelays {
    private RetryDelays() {
    }

    static Duration backoff(RetryPolicy policy, int retry) {
        double base = policy.initialBackoff().toMillis() * Math.pow(2, Math.min(retry, 20));
        double capped = Math.min(base, policy.maxBackoff().toMillis());
        // Up to 25% less, so many clients failing together do not retry in lock step.
        double jittered = capped * (1 - 0.25 * ThreadLocalRandom.current().nextDouble());
        return Duration.ofMillis(Math.round(jittered));
    }

    /**
     * Reads {@code retry-after-ms}, then {@code Retry-After} as seconds or an HTTP date.
     *
     * @return the requested delay capped at the policy's maximum, or null when none was given
     */
    static Duration retryAfter(Headers headers, RetryPolicy policy, Instant now) {
        Duration requested = parse(headers, now);
        if (requested == null) {
            return null;
        }
        if (requested.isNegative()) {
            return Duration.ZERO;
        }
        return Durations.shorter(requested, policy.maxRetryAfter());
    }

    static Duration parse(Headers headers, Instant now) {
        String millis = headers.get("retry-after-ms");
        if (millis != null) {
            try {
                return Duration.ofMillis(Math.round(Double.parseDouble(millis.trim())));
            } catch (NumberFormatException ignored) {
                // fall through to Retry-After
            }
        }
        String value = headers.get("Retry-After");
        if (value == null) {
            return null;
        }
        try {
            return Duration.ofMillis(Math.round(Double.parseDouble(value.trim()) * 1000));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return Duration.between(now, at);
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }
}

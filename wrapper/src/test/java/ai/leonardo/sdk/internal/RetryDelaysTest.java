package ai.leonardo.sdk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.leonardo.sdk.RetryPolicy;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import okhttp3.Headers;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** How long the client waits before a retry: its own backoff, or what the server asked for. */
class RetryDelaysTest {
    private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");
    private static final RetryPolicy POLICY =
            new RetryPolicy(3, Duration.ofMillis(400), Duration.ofSeconds(8), Duration.ofSeconds(60));

    @Test
    void retryAfterMsIsReadInMillisecondsBeforeRetryAfter() {
        Headers headers = Headers.of("retry-after-ms", "1500", "Retry-After", "30");

        assertThat(RetryDelays.retryAfter(headers, POLICY, NOW)).isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void unreadableRetryAfterMsFallsBackToRetryAfterSeconds() {
        Headers headers = Headers.of("retry-after-ms", "soon", "Retry-After", "2");

        assertThat(RetryDelays.retryAfter(headers, POLICY, NOW)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void retryAfterAsAnHttpDateWaitsUntilThatInstant() {
        String at = DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(7).atOffset(ZoneOffset.UTC));

        assertThat(RetryDelays.retryAfter(Headers.of("Retry-After", at), POLICY, NOW)).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void anHttpDateInThePastMeansRetryNow() {
        String at = DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.minusSeconds(5).atOffset(ZoneOffset.UTC));

        assertThat(RetryDelays.retryAfter(Headers.of("Retry-After", at), POLICY, NOW)).isZero();
    }

    @Test
    void theServersDelayIsCappedAtThePolicysMaximum() {
        assertThat(RetryDelays.retryAfter(Headers.of("Retry-After", "3600"), POLICY, NOW))
                .isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void noOrUnreadableRetryAfterLeavesTheDelayToTheClient() {
        assertThat(RetryDelays.retryAfter(Headers.of(), POLICY, NOW)).isNull();
        assertThat(RetryDelays.retryAfter(Headers.of("Retry-After", "tomorrow"), POLICY, NOW)).isNull();
    }

    @RepeatedTest(20)
    void backoffDoublesPerRetryWithUpToAQuarterOfJitterBelowTheCap() {
        assertThat(RetryDelays.backoff(POLICY, 0).toMillis()).isBetween(300L, 400L);
        assertThat(RetryDelays.backoff(POLICY, 2).toMillis()).isBetween(1200L, 1600L);
        assertThat(RetryDelays.backoff(POLICY, 30).toMillis()).isBetween(6000L, 8000L);
    }
}

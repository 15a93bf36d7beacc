package ai.leonardo.sdk.internal;

import ai.leonardo.sdk.RetryPolicy;
import ai.leonardo.sdk.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/**
 * Everything the transport needs from the client builder. Not part of the public API.
 *
 * @param baseUrl the API base URL
 * @param apiKey the bearer token
 * @param userAgent the User-Agent header value
 * @param userClient an OkHttpClient to share pools with, or null to own one
 * @param connectTimeout connect timeout, or null to keep the user client's
 * @param readTimeout read timeout, or null to keep the user client's
 * @param writeTimeout write timeout, or null to keep the user client's
 * @param callTimeout whole-call timeout per attempt, or null to keep the user client's
 * @param retryPolicy when to retry
 * @param sleeper how to wait between retries
 * @param clock for Retry-After dates
 * @param interceptors user interceptors, run before the SDK adds credentials
 * @param logBodies whether bodies are logged at DEBUG
 * @param pollsPerSecond the client-wide budget of poll requests ({@link Transport.Kind#POLL})
 */
public record TransportSettings(HttpUrl baseUrl, String apiKey, String userAgent, OkHttpClient userClient,
        Duration connectTimeout, Duration readTimeout, Duration writeTimeout, Duration callTimeout,
        RetryPolicy retryPolicy, Sleeper sleeper, Clock clock, List<Interceptor> interceptors, boolean logBodies,
        int pollsPerSecond) {

    @Override
    public String toString() {
        return "TransportSettings{baseUrl=" + baseUrl + ", apiKey=<redacted>, retryPolicy=" + retryPolicy + "}";
    }
}

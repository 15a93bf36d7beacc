package ai.leonardo.sdk.internal;

import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds the User-Agent to every request, and Accept plus the bearer token only to requests for
 * the API's own scheme, host, port and base path: an image URL on a CDN (or anywhere outside the
 * API's path) never sees the key. Runs after any
 * interceptors the user added, so their loggers never see the Authorization header.
 */
final class ApiHeadersInterceptor implements Interceptor {
    private final HttpUrl apiBase;
    private final String authorization;
    private final String userAgent;

    ApiHeadersInterceptor(HttpUrl apiBase, String apiKey, String userAgent) {
        this.apiBase = apiBase;
        this.authorization = "Bearer " + apiKey;
        this.userAgent = userAgent;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        Request.Builder builder = request.newBuilder().header("User-Agent", userAgent);
        if (isApi(request.url())) {
            builder.header("Authorization", authorization);
            if (request.header("Accept") == null) {
                builder.header("Accept", "application/json");
            }
        } else {
            builder.removeHeader("Authorization");
        }
        Response response = chain.proceed(builder.build());
        ResponseStatus.set(response.code());
        return response;
    }

    private boolean isApi(HttpUrl url) {
        return url.scheme().equals(apiBase.scheme()) && url.host().equalsIgnoreCase(apiBase.host())
                && url.port() == apiBase.port() && url.encodedPath().startsWith(apiBase.encodedPath());
    }

    @Override
    public String toString() {
        return "ApiHeadersInterceptor{api=" + apiBase + ", authorization=<redacted>}";
    }
}

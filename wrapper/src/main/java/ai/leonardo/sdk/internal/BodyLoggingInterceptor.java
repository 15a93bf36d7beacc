package ai.leonardo.sdk.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs request and response bodies at DEBUG, only when the user turned it on. Never headers. */
final class BodyLoggingInterceptor implements Interceptor {
    private static final Logger LOG = LoggerFactory.getLogger("ai.leonardo.sdk.http.body");
    private static final long MAX_LOGGED = 16 * 1024;

    private final SecretRedactor redactor;

    BodyLoggingInterceptor(SecretRedactor redactor) {
        this.redactor = redactor;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        if (LOG.isDebugEnabled() && request.body() != null && !request.body().isOneShot()) {
            Buffer buffer = new Buffer();
            request.body().writeTo(buffer);
            LOG.debug("{} {} request body: {}", request.method(), request.url().encodedPath(),
                    redactor.redact(buffer.readUtf8(Math.min(buffer.size(), MAX_LOGGED))));
        }
        Response response = chain.proceed(request);
        String type = response.header("Content-Type", "");
        if (LOG.isDebugEnabled() && type.contains("json")) {
            LOG.debug("{} {} response body: {}", request.method(), request.url().encodedPath(),
                    redactor.redact(response.peekBody(MAX_LOGGED).string()));
        }
        return response;
    }
}

package ai.leonardo.sdk.internal;

import ai.leonardo.sdk.InvalidResponseException;
import ai.leonardo.sdk.LeonardoException;
import ai.leonardo.sdk.LeonardoIoException;
import ai.leonardo.sdk.LeonardoServiceException;
import ai.leonardo.sdk.LeonardoTimeoutException;
import ai.leonardo.sdk.generated.api.ImageApi;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import static ai.leonardo.sdk.internal.Durations.longer;
import static ai.leonardo.sdk.internal.Durations.shorter;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.ConnectionPool;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;
import retrofit2.Retrofit;

/**
 * The SDK's HTTP stack: OkHttp with the SDK's headers, Retrofit around the generated
 * {@link ImageApi}, and one retry loop shared by blocking and asynchronous calls. Not part of the
 * public API.
 */
public final class Transport implements AutoCloseable {
    /** Whether a request may be repeated freely or spends credits. */
    public enum Kind {
        /** GET and DELETE: retried on I/O failures, timeouts, 408, 429 and 5xx. */
        IDEMPOTENT,
        /**
         * A wait's GET: retried like {@link #IDEMPOTENT}, and every attempt (retries too) takes a
         * slot of the client's poll budget first.
         */
        POLL,
        /** POST /generations: retried only when the server cannot have accepted it. */
        CREATE
    }

    private static final Logger LOG = LoggerFactory.getLogger("ai.leonardo.sdk.http");
    /**
     * Idle connections a stack the SDK owns keeps. OkHttp's 5 closed most of them after every burst
     * of polls, so the next burst connected again (968 connects for 1,000 waits at 150 ms; 262 with
     * 64), each a TLS handshake against the real API.
     */
    private static final int IDLE_CONNECTIONS = 64;

    private final TransportSettings settings;
    private final OkHttpClient http;
    private final boolean ownsHttp;
    /** The SDK's dispatcher the calls run on, or null when they run on the user's own. */
    private final SdkDispatcher sdkDispatcher;
    /** This client's calls in flight, cancelled when it closes (a shared dispatcher carries others' too). */
    private final Set<Call<?>> calls = ConcurrentHashMap.newKeySet();
    private final ImageApi api;
    private final DownloadApi downloads;
    private final Retrofit lowLevel;
    private final ErrorMapper errors;
    private final SecretRedactor redactor;
    private final Gson gson;
    private final PollBudget pollBudget;
    private volatile boolean closed;

    /**
     * Builds the stack.
     *
     * @param settings the client's settings
     */
    public Transport(TransportSettings settings) {
        this.settings = settings;
        this.redactor = new SecretRedactor(settings.apiKey());
        this.errors = new ErrorMapper(redactor);
        this.pollBudget = new PollBudget(settings.pollsPerSecond(), settings.clock());
        this.ownsHttp = settings.userClient() == null;
        OkHttpClient.Builder builder = ownsHttp
                ? new OkHttpClient.Builder().connectionPool(new ConnectionPool(IDLE_CONNECTIONS, 5, TimeUnit.MINUTES))
                : settings.userClient().newBuilder();
        this.sdkDispatcher = ownsHttp ? SdkDispatcher.own()
                : SdkDispatcher.hasOkHttpDefaultLimits(settings.userClient().dispatcher())
                        ? SdkDispatcher.sharedFor(settings.userClient().dispatcher()) : null;
        if (sdkDispatcher != null) {
            // A shared client keeps its connection pool; its default dispatcher would queue polls.
            builder.dispatcher(sdkDispatcher.dispatcher());
            // OkHttp's fast fallback races connects on its own platform threads (one per connect in
            // progress: 16 at the peak of 1,000 waits); without it a connect runs on the call's
            // thread, virtual on JDK 21+. Routes are then tried in DNS order, IPv4 first by the JDK's
            // default, and the next one still follows a failed connect.
            builder.fastFallback(false);
        } else if (settings.userClient().dispatcher().getMaxRequestsPerHost() < SdkDispatcher.MAX_CALLS) {
            LOG.warn("The OkHttpClient passed to the SDK has a dispatcher of its own limits ({} per host, {} in all): "
                    + "async waits and calls beyond them queue", settings.userClient().dispatcher().getMaxRequestsPerHost(),
                    settings.userClient().dispatcher().getMaxRequests());
        }
        // The SDK decides what is retried: OkHttp's own silent retry could resend a create.
        builder.retryOnConnectionFailure(false);
        if (settings.connectTimeout() != null) {
            builder.connectTimeout(settings.connectTimeout());
        }
        if (settings.readTimeout() != null) {
            builder.readTimeout(settings.readTimeout());
        }
        if (settings.writeTimeout() != null) {
            builder.writeTimeout(settings.writeTimeout());
        }
        if (settings.callTimeout() != null) {
            builder.callTimeout(settings.callTimeout());
        }
        for (Interceptor interceptor : settings.interceptors()) {
            builder.addInterceptor(interceptor);
        }
        builder.addInterceptor(new ApiHeadersInterceptor(settings.baseUrl(), settings.apiKey(), settings.userAgent()));
        if (settings.logBodies()) {
            builder.addInterceptor(new BodyLoggingInterceptor(redactor));
        }
        this.http = builder.build();
        this.gson = new GsonBuilder().create();
        Retrofit retrofit = new Retrofit.Builder()
                .baseUrl(settings.baseUrl())
                .client(http)
                .addConverterFactory(new JsonBodyConverterFactory(gson))
                .build();
        this.api = retrofit.create(ImageApi.class);
        this.downloads = retrofit.create(DownloadApi.class);
        this.lowLevel = retrofit.newBuilder().addCallAdapterFactory(new TransportCallAdapterFactory(this)).build();
    }

    /**
     * Binds any generated Retrofit interface to this stack; its calls get the SDK's retries and
     * typed errors on top of the headers, timeouts and logging every request gets.
     *
     * @param apiType a generated interface from {@code ai.leonardo.sdk.generated.api}
     * @param <A> the interface type
     * @return the bound interface
     */
    public <A> A lowLevel(Class<A> apiType) {
        return lowLevel.create(apiType);
    }

    /** @return the generated API interface, bound to this stack */
    public ImageApi api() {
        return api;
    }

    /**
     * @param body a request body of the generated API
     * @return the JSON text this transport sends for it (the same Gson that writes request bodies)
     */
    public String json(Object body) {
        return gson.toJson(body);
    }

    /** @return the OkHttp client in use (shares the user's pools when one was given) */
    public OkHttpClient http() {
        return http;
    }

    /**
     * Runs a call, retrying under the client's policy, and returns its body.
     *
     * @param call the call to run (cloned for each retry)
     * @param kind whether the call may be repeated
     * @param <T> the body type
     * @return the parsed body, never null
     */
    public <T> T execute(Call<T> call, Kind kind) {
        return execute(call, kind, () -> { }, null);
    }

    /**
     * Runs a call like {@link #execute(Call, Kind)}, but makes no retry that would start after
     * {@code retryDeadline}: a wait's last poll must not outlive the wait's deadline by more than
     * one HTTP attempt.
     *
     * @param call the call to run (cloned for each retry)
     * @param kind whether the call may be repeated
     * @param retryDeadline no retry starts after this instant; null for no limit
     * @param <T> the body type
     * @return the parsed body, never null
     */
    public <T> T execute(Call<T> call, Kind kind, Instant retryDeadline) {
        return execute(call, kind, () -> { }, retryDeadline);
    }

    /**
     * Runs a call like {@link #execute(Call, Kind)}, telling the caller when it resends a request an
     * earlier attempt may already have carried out (its response was lost or failed with 5xx), so an
     * operation whose repeat answers differently (a second DELETE finds nothing) can tell.
     *
     * @param call the call to run (cloned for each retry)
     * @param kind whether the call may be repeated
     * @param onResend run before each such resend
     * @param <T> the body type
     * @return the parsed body, never null
     */
    public <T> T execute(Call<T> call, Kind kind, Runnable onResend) {
        return execute(call, kind, onResend, null);
    }

    private <T> T execute(Call<T> call, Kind kind, Runnable onResend, Instant retryDeadline) {
        Call<T> current = call;
        for (int attempt = 0; ; attempt++) {
            requireOpen();
            if (attempt > 0) {
                current = current.clone();
            } else {
                Duration hold = budgetHold(kind, retryDeadline);
                if (!hold.isZero()) {
                    sleep(hold);
                }
            }
            long start = System.nanoTime();
            Response<T> response = null;
            Throwable failure = null;
            track(current);
            try {
                response = current.execute();
            } catch (IOException | RuntimeException e) {
                failure = e;
            } finally {
                calls.remove(current);
            }
            Outcome<T> outcome = classify(current, response, failure, kind, attempt, start, retryDeadline);
            if (outcome.retryDelay() == null) {
                return outcome.value();
            }
            if (mayHaveReachedServer(response, failure)) {
                onResend.run();
            }
            // The retry's budget slot is taken now, so one sleep covers it and the backoff.
            sleep(longer(outcome.retryDelay(), budgetHold(kind, retryDeadline)));
        }
    }

    /**
     * Runs a call without blocking a thread, retrying under the client's policy; retries wait on
     * the given scheduler. Cancelling the returned future cancels the call in flight.
     *
     * @param call the call to run (cloned for each retry)
     * @param kind whether the call may be repeated
     * @param scheduler where retry delays are scheduled
     * @param <T> the body type
     * @return the parsed body, or the typed failure
     */
    public <T> CompletableFuture<T> executeAsync(Call<T> call, Kind kind, ScheduledExecutorService scheduler) {
        return executeAsync(call, kind, scheduler, null);
    }

    /**
     * Runs a call like {@link #executeAsync(Call, Kind, ScheduledExecutorService)}, making no retry
     * that would start after {@code retryDeadline}.
     *
     * @param call the call to run (cloned for each retry)
     * @param kind whether the call may be repeated
     * @param scheduler where retry delays are scheduled
     * @param retryDeadline no retry starts after this instant; null for no limit
     * @param <T> the body type
     * @return the parsed body, or the typed failure
     */
    public <T> CompletableFuture<T> executeAsync(Call<T> call, Kind kind, ScheduledExecutorService scheduler,
            Instant retryDeadline) {
        CompletableFuture<T> result = new CompletableFuture<>();
        AtomicReference<Call<T>> inFlight = new AtomicReference<>(call);
        result.whenComplete((value, error) -> {
            if (result.isCancelled()) {
                inFlight.get().cancel();
            }
        });
        attemptAsync(call, kind, 0, result, inFlight, scheduler, retryDeadline, budgetHold(kind, retryDeadline));
        return result;
    }

    /** Sends the attempt after {@code delay}: at once when it is zero, else from the scheduler. */
    private <T> void attemptAsync(Call<T> call, Kind kind, int attempt, CompletableFuture<T> result,
            AtomicReference<Call<T>> inFlight, ScheduledExecutorService scheduler, Instant retryDeadline,
            Duration delay) {
        if (delay.isZero()) {
            sendAsync(call, kind, attempt, result, inFlight, scheduler, retryDeadline);
            return;
        }
        try {
            scheduler.schedule(() -> sendAsync(call, kind, attempt, result, inFlight, scheduler, retryDeadline),
                    delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RuntimeException e) { // RejectedExecutionException: the client was closed
            result.completeExceptionally(new LeonardoException("Cannot schedule the request: " + e, e));
        }
    }

    private <T> void sendAsync(Call<T> call, Kind kind, int attempt, CompletableFuture<T> result,
            AtomicReference<Call<T>> inFlight, ScheduledExecutorService scheduler, Instant retryDeadline) {
        if (result.isDone()) {
            return;
        }
        if (closed) {
            result.completeExceptionally(closedException());
            return;
        }
        if (kind == Kind.POLL && pollBudget.paused()
                && (retryDeadline == null || settings.clock().instant().isBefore(retryDeadline))) {
            // Held back since before a 429 of another wait: queue again behind the pause.
            attemptAsync(call, kind, attempt, result, inFlight, scheduler, retryDeadline, budgetHold(kind, retryDeadline));
            return;
        }
        inFlight.set(call);
        track(call);
        long start = System.nanoTime();
        call.enqueue(new Callback<>() {
            @Override
            public void onResponse(Call<T> c, Response<T> response) {
                settle(c, response, null);
            }

            @Override
            public void onFailure(Call<T> c, Throwable t) {
                settle(c, null, t);
            }

            private void settle(Call<T> c, Response<T> response, Throwable failure) {
                calls.remove(c);
                if (result.isDone()) {
                    return;
                }
                try {
                    Outcome<T> outcome = classify(c, response, failure, kind, attempt, start, retryDeadline);
                    if (outcome.retryDelay() == null) {
                        result.complete(outcome.value());
                    } else {
                        attemptAsync(c.clone(), kind, attempt + 1, result, inFlight, scheduler, retryDeadline,
                                longer(outcome.retryDelay(), budgetHold(kind, retryDeadline)));
                    }
                } catch (LeonardoException e) {
                    result.completeExceptionally(e);
                } catch (RuntimeException e) {
                    result.completeExceptionally(new LeonardoException("Unexpected failure: " + e, e));
                }
            }
        });
    }

    /** Keeps a call until it ends, for {@link #close()} to cancel; cancels it at once if the client closed meanwhile. */
    private void track(Call<?> call) {
        calls.add(call);
        if (closed) {
            call.cancel();
        }
    }

    /**
     * Takes a slot of the poll budget for a {@link Kind#POLL} attempt and returns how long to hold
     * it back, never past {@code retryDeadline}: a wait's last poll at its deadline goes then, even
     * while the budget is paused, instead of outliving the wait.
     */
    private Duration budgetHold(Kind kind, Instant retryDeadline) {
        if (kind != Kind.POLL) {
            return Duration.ZERO;
        }
        Duration hold = pollBudget.reserve();
        if (retryDeadline != null) {
            Duration left = Duration.between(settings.clock().instant(), retryDeadline);
            hold = left.isNegative() ? Duration.ZERO : shorter(hold, left);
        }
        return hold;
    }

    /** The result of one attempt: a value, or a delay before the next attempt. Failures throw. */
    private record Outcome<T>(T value, Duration retryDelay) {
    }

    private <T> Outcome<T> classify(Call<T> call, Response<T> response, Throwable failure, Kind kind,
            int attempt, long startNanos, Instant retryDeadline) {
        Request request = call.request();
        String operation = request.method() + " " + request.url().encodedPath();
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
        boolean retriesLeft = attempt < settings.retryPolicy().maxRetries();
        if (failure != null) {
            LOG.debug("{} failed after {} ms (attempt {}): {}", operation, millis, attempt + 1,
                    redactor.redact(failure.toString()));
            if (failure instanceof MalformedBodyException malformed) {
                // The parser's exceptions quote the body (Gson: "Expected a long but was <text>"), so
                // they are not attached as the cause: the message carries their redacted text instead.
                throw new InvalidResponseException(
                        operation + " returned an unreadable body: " + redactor.redact(malformed.getMessage()),
                        malformed.statusCode(), redactor.redact(malformed.body()), null);
            }
            if (closed) {
                throw new LeonardoException("The client was closed during " + operation, failure);
            }
            if (!(failure instanceof IOException io)) {
                throw new LeonardoException(operation + " failed unexpectedly: " + failure, failure);
            }
            if (retriesLeft && !cancelledByUser(call, io) && retryableIo(io, kind)) {
                Duration delay = RetryDelays.backoff(settings.retryPolicy(), attempt);
                if (startsBy(delay, retryDeadline)) {
                    return new Outcome<>(null, delay);
                }
            }
            throw ioException(operation, io);
        }
        LOG.debug("{} -> {} in {} ms (attempt {})", operation, response.code(), millis, attempt + 1);
        if (response.isSuccessful()) {
            if (response.body() == null) {
                // Retrofit skips the converter for 204 and 205: there is no body to return.
                throw new InvalidResponseException(operation + " returned HTTP " + response.code() + " with no body",
                        response.code(), "", null);
            }
            return new Outcome<>(response.body(), null);
        }
        int status = response.code();
        Duration retryAfter = RetryDelays.retryAfter(response.headers(), settings.retryPolicy(), settings.clock().instant());
        if (status == 429 && kind != Kind.CREATE) {
            // The server's rate limit counts every request of the key: all waits hold back, not only this one.
            pollBudget.pause(retryAfter != null ? retryAfter : RetryDelays.backoff(settings.retryPolicy(), attempt));
        }
        if (retriesLeft && retryableStatus(status, kind)) {
            Duration delay = retryAfter != null ? retryAfter : RetryDelays.backoff(settings.retryPolicy(), attempt);
            if (startsBy(delay, retryDeadline)) {
                // Nothing to close: Retrofit read the error body into memory and closed the connection's stream.
                return new Outcome<>(null, delay);
            }
        }
        LeonardoServiceException error = errors.toException(status, response.headers(), response.errorBody(),
                operation, retryAfter);
        throw error;
    }

    private static boolean retryableIo(IOException e, Kind kind) {
        if (neverLeft(e)) {
            return true; // safe even for a create
        }
        return kind != Kind.CREATE;
    }

    /**
     * Cancelled through the user's OkHttp dispatcher: final, whatever I/O error it surfaced as. The
     * call timeout cancels a call too, but fails it with an InterruptedIOException, and is retried.
     */
    private static boolean cancelledByUser(Call<?> call, IOException e) {
        return call.isCanceled() && !(e instanceof InterruptedIOException);
    }

    /** Whether a retry after this delay starts by the deadline (none: always). */
    private boolean startsBy(Duration delay, Instant retryDeadline) {
        return retryDeadline == null || !settings.clock().instant().plus(delay).isAfter(retryDeadline);
    }

    private static boolean mayHaveReachedServer(Response<?> response, Throwable failure) {
        if (failure != null) {
            return !neverLeft(failure);
        }
        return response.code() != 429;
    }

    /** The connection could not be made, so the request cannot have reached the server. */
    private static boolean neverLeft(Throwable failure) {
        return failure instanceof ConnectException || failure instanceof UnknownHostException
                || failure instanceof NoRouteToHostException;
    }

    private static boolean retryableStatus(int status, Kind kind) {
        if (status == 429) {
            return true; // rejected before any work started
        }
        return kind != Kind.CREATE && (status == 408 || status >= 500);
    }

    private static LeonardoIoException ioException(String operation, IOException e) {
        if (e instanceof InterruptedIOException) {
            return new LeonardoTimeoutException(operation + " timed out: " + e.getMessage(), e);
        }
        return new LeonardoIoException(operation + " failed: " + e, e);
    }

    private void sleep(Duration delay) {
        try {
            settings.sleeper().sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LeonardoException("Interrupted while waiting to retry", e);
        }
    }

    /**
     * Opens an absolute URL (an image) through the same stack, with the same retries as a GET.
     *
     * @param url the URL
     * @return the body stream; the caller closes it
     */
    public InputStream open(String url) {
        ResponseBody body = execute(downloads.download(url), Kind.IDEMPOTENT);
        return body.byteStream();
    }

    private void requireOpen() {
        if (closed) {
            throw closedException();
        }
    }

    private static LeonardoException closedException() {
        return new LeonardoException("The client is closed");
    }

    /**
     * Cancels this client's calls in flight and releases the SDK's dispatcher (shut down by the
     * last client using it) and the connection pool when this stack created them.
     */
    @Override
    public void close() {
        closed = true;
        calls.forEach(Call::cancel);
        if (sdkDispatcher != null) {
            sdkDispatcher.release();
        }
        if (ownsHttp) {
            // After the calls ended: their connections are back in the pool, idle, and closed here too.
            http.connectionPool().evictAll();
        }
    }

    @Override
    public String toString() {
        return "Transport{" + settings + "}";
    }
}

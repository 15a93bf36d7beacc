package ai.leonardo.sdk;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives the vendor's webhook callbacks, framework-neutral: pass the request's headers and body
 * to {@link #handle(Map, byte[])} and answer with the status it returns. Obtain it from
 * {@link Leonardo#webhooks()}; thread-safe.
 *
 * <p>The vendor sends {@code POST} with {@code authorization: Bearer <webhook callback API key>}
 * and a JSON body; it documents no signature and no retry policy, so a callback can be lost, late,
 * duplicated or forged by anyone who learns the URL. The receiver therefore checks the token in
 * constant time and reads only the generation id and the event type from the body; nothing in the
 * body is ever taken as a generation's state.
 *
 * <p>An accepted callback wakes this client's wait for that generation ({@link
 * GenerationJob#await()} with the default {@link Sleeper}, or {@link GenerationJob#awaitAsync()}):
 * it polls at once and completes from the GET's answer, so a forged or stale body costs at most one
 * GET and completes nothing, and a duplicate or a replay after the wait ended costs nothing. A
 * callback that comes before its wait starts is remembered for 10 minutes (at most 10,000 of them),
 * so that wait polls at once.
 *
 * <p><b>Sparse polling.</b> Polling stays as the fallback for a lost callback. Once callbacks are
 * known to arrive, every wait of the client polls at most every {@link #FALLBACK_POLL_INTERVAL}
 * (30 s) instead of on its policy's schedule (when the policy's own delay is longer, that one).
 * <b>Bound:</b> a wait whose callback is lost ends at most {@link #FALLBACK_POLL_INTERVAL}, or its
 * policy's delay when that is longer, plus one GET after its job ends (a 429's {@code Retry-After}
 * can hold it longer, as it holds any poll); it is never lost. Callbacks count as arriving from the
 * first accepted callback until 10 minutes pass with none, or until three waits in a row saw their
 * job complete on a sparse poll while no callback at all had come since their previous poll; then
 * waits poll on their policy's schedule again, until the next accepted callback. Only
 * complete jobs count: the vendor documents a callback for those only, so a failed job is found by
 * the fallback poll.
 *
 * <p>Statuses: {@value #OK} for an accepted callback, and also for one it ignores (an event type
 * other than {@value #COMPLETE_EVENT}, logged at DEBUG); {@value #UNAUTHORIZED} for a missing or
 * wrong bearer token; {@value #BAD_REQUEST} for a body that is not JSON or names no generation id;
 * {@value #TOO_LARGE} for a body over {@value #MAX_BODY_BYTES} bytes. The key appears in no log
 * line, exception or {@code toString}.
 */
public final class WebhookReceiver {
    /** The event type the vendor's webhook guide documents for a finished image generation. */
    public static final String COMPLETE_EVENT = "image_generation.complete";
    /** Largest body accepted, in bytes: a callback describes one generation, far below this. */
    public static final int MAX_BODY_BYTES = 1 << 20;
    /** Status for an accepted or deliberately ignored callback. */
    public static final int OK = 200;
    /** Status for a body that cannot be read. */
    public static final int BAD_REQUEST = 400;
    /** Status for a missing or wrong bearer token. */
    public static final int UNAUTHORIZED = 401;
    /**
     * The longest a wait's poll waits once callbacks are known to arrive (30 s), unless its policy's
     * delay is longer: the bound on how late a lost callback makes a wait.
     */
    public static final Duration FALLBACK_POLL_INTERVAL = Duration.ofSeconds(30);
    /** Status for a body over {@link #MAX_BODY_BYTES}. */
    public static final int TOO_LARGE = 413;

    private static final Logger LOG = LoggerFactory.getLogger(WebhookReceiver.class);
    private static final String BEARER = "bearer ";

    private final byte[] expectedAuthorization;
    private final CallbackWakeups wakeups;

    WebhookReceiver(String webhookApiKey, CallbackWakeups wakeups) {
        this.expectedAuthorization = webhookApiKey.getBytes(StandardCharsets.UTF_8);
        this.wakeups = wakeups;
    }

    /**
     * Judges one callback request.
     *
     * @param headers the request's headers; names are matched case-insensitively
     * @param body the raw request body
     * @return the HTTP status to answer with
     */
    public int handle(Map<String, ? extends Collection<String>> headers, byte[] body) {
        if (!authorized(headers)) {
            LOG.debug("Webhook callback rejected: missing or wrong bearer token");
            return UNAUTHORIZED;
        }
        if (body == null || body.length > MAX_BODY_BYTES) {
            LOG.debug("Webhook callback rejected: body of {} bytes", body == null ? 0 : body.length);
            return body == null ? BAD_REQUEST : TOO_LARGE;
        }
        JsonObject json;
        try {
            JsonElement parsed = JsonParser.parseString(new String(body, StandardCharsets.UTF_8));
            if (!parsed.isJsonObject()) {
                LOG.debug("Webhook callback rejected: body is not a JSON object");
                return BAD_REQUEST;
            }
            json = parsed.getAsJsonObject();
        } catch (RuntimeException e) { // JsonParseException, or a nesting too deep for the parser
            LOG.debug("Webhook callback rejected: body is not JSON");
            return BAD_REQUEST;
        }
        Optional<String> type = text(json, "type");
        if (type.isPresent() && !COMPLETE_EVENT.equals(type.get())) {
            LOG.debug("Webhook callback ignored: event type {}", printable(type.get()));
            return OK;
        }
        Optional<String> id = generationId(json);
        if (id.isEmpty()) {
            LOG.debug("Webhook callback rejected: no generation id in the body");
            return BAD_REQUEST;
        }
        if (wakeups.onCallback(id.get())) {
            LOG.debug("Webhook callback for generation {} woke its wait", id.get());
        } else {
            LOG.debug("Webhook callback for generation {}: no wait for it yet; remembered for {}", id.get(),
                    CallbackWakeups.REMEMBER_FOR);
        }
        return OK;
    }

    /**
     * A handler for the JDK's built-in {@code com.sun.net.httpserver.HttpServer}: reads at most
     * {@value #MAX_BODY_BYTES} + 1 bytes, answers {@link #handle(Map, byte[])}'s status with an
     * empty body, and 405 for anything but POST.
     *
     * <pre>{@code
     * HttpServer server = HttpServer.create(new InetSocketAddress(8080), 0);
     * server.createContext("/leonardo/callback", leonardo.webhooks().httpHandler());
     * server.start();
     * }</pre>
     *
     * @return the handler
     */
    public HttpHandler httpHandler() {
        return exchange -> {
            try (exchange; InputStream in = exchange.getRequestBody()) {
                int status = "POST".equalsIgnoreCase(exchange.getRequestMethod())
                        ? handle(exchange.getRequestHeaders(), in.readNBytes(MAX_BODY_BYTES + 1))
                        : 405;
                exchange.sendResponseHeaders(status, -1);
            } catch (IOException e) {
                LOG.debug("Webhook callback connection failed: {}", e.toString());
                throw e;
            }
        };
    }

    /**
     * Where the id may be: the public descriptions of {@value #COMPLETE_EVENT} put the generation
     * under {@code data.object} with {@code id}; other observed envelopes use {@code generationId}
     * or a flat object. The first UUID-shaped value wins; anything else is not an id.
     */
    static Optional<String> generationId(JsonObject json) {
        JsonObject data = object(json, "data");
        JsonObject dataObject = data == null ? null : object(data, "object");
        for (JsonObject holder : new JsonObject[] {dataObject, data, json}) {
            if (holder == null) {
                continue;
            }
            for (String field : List.of("id", "generationId", "generation_id")) {
                Optional<String> value = text(holder, field).filter(v -> v.matches(
                        "[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}"));
                if (value.isPresent()) {
                    return value;
                }
            }
        }
        return Optional.empty();
    }

    private boolean authorized(Map<String, ? extends Collection<String>> headers) {
        if (headers == null) {
            return false;
        }
        for (Map.Entry<String, ? extends Collection<String>> header : headers.entrySet()) {
            if (header.getKey() != null && header.getKey().equalsIgnoreCase("authorization") && header.getValue() != null) {
                for (String value : header.getValue()) {
                    if (value != null && value.length() > BEARER.length()
                            && value.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
                        byte[] token = value.substring(BEARER.length()).trim().getBytes(StandardCharsets.UTF_8);
                        if (MessageDigest.isEqual(token, expectedAuthorization)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    private static JsonObject object(JsonObject json, String field) {
        JsonElement value = json.get(field);
        return value != null && value.isJsonObject() ? value.getAsJsonObject() : null;
    }

    private static Optional<String> text(JsonObject json, String field) {
        JsonElement value = json.get(field);
        return value instanceof JsonPrimitive p && p.isString() ? Optional.of(p.getAsString()) : Optional.empty();
    }

    /** A sender-chosen string cut short for a log line. */
    private static String printable(String s) {
        String cut = s.length() > 64 ? s.substring(0, 64) + "..." : s;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }

    @Override
    public String toString() {
        return "WebhookReceiver{webhookApiKey=<redacted>}";
    }
}

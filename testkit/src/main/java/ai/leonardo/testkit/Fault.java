package ai.leonardo.testkit;

import java.time.Duration;
import java.util.Objects;

/**
 * A misbehaviour FakeLeonardo can answer with instead of (or, with {@link Faults.Rule#afterProcessing()},
 * after) the normal handling of a request. Create one with the static factories and arm it with
 * {@link Faults.Rule#respondWith(Fault)}.
 */
public final class Fault {

    enum Kind { STATUS, RATE_LIMITED, DELAY, WIRE }

    private final Kind kind;
    private final int status;
    private final Duration duration;
    private final com.github.tomakehurst.wiremock.http.Fault wire;

    private Fault(Kind kind, int status, Duration duration, com.github.tomakehurst.wiremock.http.Fault wire) {
        this.kind = kind;
        this.status = status;
        this.duration = duration;
        this.wire = wire;
    }

    /**
     * An HTTP error status with the vendor's error body {@code {"error","path","code"}}.
     *
     * @param status an HTTP status code from 400 to 599
     * @return the fault
     */
    public static Fault status(int status) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("status must be 400..599: " + status);
        }
        return new Fault(Kind.STATUS, status, null, null);
    }

    /**
     * HTTP 429 with a {@code Retry-After} header (whole seconds, rounded up) and the vendor error body.
     *
     * @param retryAfter the advertised wait; not negative
     * @return the fault
     */
    public static Fault rateLimited(Duration retryAfter) {
        requireNonNegative(retryAfter);
        return new Fault(Kind.RATE_LIMITED, 429, retryAfter, null);
    }

    /**
     * The normal response, held back for a fixed time. The request is handled on arrival, so a
     * client that times out on a delayed POST has still created a generation, as with a slow real server.
     *
     * @param delay how long to hold the response; not negative
     * @return the fault
     */
    public static Fault delay(Duration delay) {
        requireNonNegative(delay);
        return new Fault(Kind.DELAY, 0, delay, null);
    }

    /**
     * The connection is reset (TCP RST) without a response.
     *
     * @return the fault
     */
    public static Fault connectionReset() {
        return wire(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER);
    }

    /**
     * The connection is closed without sending any response bytes.
     *
     * @return the fault
     */
    public static Fault emptyResponse() {
        return wire(com.github.tomakehurst.wiremock.http.Fault.EMPTY_RESPONSE);
    }

    /**
     * A 200 status line and headers, then a corrupt chunked body, then the connection closes.
     *
     * @return the fault
     */
    public static Fault malformedChunk() {
        return wire(com.github.tomakehurst.wiremock.http.Fault.MALFORMED_RESPONSE_CHUNK);
    }

    /**
     * Garbage bytes instead of an HTTP response, then the connection closes.
     *
     * @return the fault
     */
    public static Fault randomDataThenClose() {
        return wire(com.github.tomakehurst.wiremock.http.Fault.RANDOM_DATA_THEN_CLOSE);
    }

    private static Fault wire(com.github.tomakehurst.wiremock.http.Fault wire) {
        return new Fault(Kind.WIRE, 0, null, wire);
    }

    private static void requireNonNegative(Duration d) {
        if (Objects.requireNonNull(d, "duration").isNegative()) {
            throw new IllegalArgumentException("duration must not be negative: " + d);
        }
    }

    Kind kind() {
        return kind;
    }

    int status() {
        return status;
    }

    Duration duration() {
        return duration;
    }

    com.github.tomakehurst.wiremock.http.Fault wire() {
        return wire;
    }

    /**
     * Describes the fault for test failure messages.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        switch (kind) {
            case STATUS:
                return "Fault.status(" + status + ")";
            case RATE_LIMITED:
                return "Fault.rateLimited(" + duration + ")";
            case DELAY:
                return "Fault.delay(" + duration + ")";
            default:
                return "Fault." + wire;
        }
    }
}

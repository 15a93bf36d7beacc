package ai.leonardo.testkit;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Faults armed on demand: {@code fake.faults().on(Endpoint.GET_GENERATION).times(2).respondWith(Fault.status(503))}.
 *
 * <p>An armed fault answers the next {@code times} matching requests (default 1), then normal behaviour
 * resumes. When several armed faults match a request, the one armed first fires. By default a fault
 * replaces the request's handling entirely: a faulted {@code POST /generations} creates no generation.
 * {@link Rule#afterProcessing()} instead handles the request first and then answers with the fault,
 * which simulates a request that reached the server and lost its response.
 *
 * <p>Faults fire before authentication and contract validation, like a failing proxy in front of the API.
 * Thread-safe.
 */
public final class Faults {

    private final ConcurrentLinkedQueue<Armed> armed = new ConcurrentLinkedQueue<>();

    Faults() {
    }

    /**
     * Starts arming a fault for requests to one endpoint ({@link Endpoint#ANY} for all).
     *
     * @param endpoint which requests the fault applies to
     * @return a rule to configure and arm
     */
    public Rule on(Endpoint endpoint) {
        return new Rule(Objects.requireNonNull(endpoint, "endpoint"));
    }

    /** Disarms every fault not yet fired. */
    public void clear() {
        armed.clear();
    }

    /**
     * How many more requests armed faults will answer.
     *
     * @return the sum of remaining firings of all armed faults
     */
    public int remaining() {
        return armed.stream().mapToInt(a -> Math.max(0, a.remaining.get())).sum();
    }

    /** Claims one firing of the first armed fault that matches, or returns null. */
    Armed claim(Endpoint endpoint) {
        for (Armed a : armed) {
            if (a.endpoint.matches(endpoint)) {
                int left = a.remaining.getAndDecrement();
                if (left > 0) {
                    if (left == 1) {
                        armed.remove(a);
                    }
                    return a;
                }
                armed.remove(a);
            }
        }
        return null;
    }

    static final class Armed {
        final Endpoint endpoint;
        final Fault fault;
        final boolean afterProcessing;
        final AtomicInteger remaining;

        Armed(Endpoint endpoint, Fault fault, boolean afterProcessing, int times) {
            this.endpoint = endpoint;
            this.fault = fault;
            this.afterProcessing = afterProcessing;
            this.remaining = new AtomicInteger(times);
        }
    }

    /** A fault being configured; arming methods ({@code respondWith} and the shortcuts) end the chain. */
    public final class Rule {
        private final Endpoint endpoint;
        private int times = 1;
        private boolean afterProcessing;

        private Rule(Endpoint endpoint) {
            this.endpoint = endpoint;
        }

        /**
         * How many matching requests the fault answers before normal behaviour resumes.
         *
         * @param times at least 1; default 1
         * @return this rule
         */
        public Rule times(int times) {
            if (times < 1) {
                throw new IllegalArgumentException("times must be at least 1: " + times);
            }
            this.times = times;
            return this;
        }

        /**
         * Handles the request normally first (a POST creates its generation) and then answers with the
         * fault instead of the normal response: the request "reached the server, then failed". Use it to
         * check that a client never re-sends a POST it cannot know failed.
         *
         * @return this rule
         */
        public Rule afterProcessing() {
            this.afterProcessing = true;
            return this;
        }

        /**
         * Arms the fault.
         *
         * @param fault what to answer with
         */
        public void respondWith(Fault fault) {
            armed.add(new Armed(endpoint, Objects.requireNonNull(fault, "fault"), afterProcessing, times));
        }

        /**
         * Arms {@link Fault#status(int)}.
         *
         * @param status an HTTP status from 400 to 599
         */
        public void status(int status) {
            respondWith(Fault.status(status));
        }

        /**
         * Arms {@link Fault#rateLimited(Duration)}.
         *
         * @param retryAfter the advertised {@code Retry-After}
         */
        public void rateLimited(Duration retryAfter) {
            respondWith(Fault.rateLimited(retryAfter));
        }

        /**
         * Arms {@link Fault#delay(Duration)}.
         *
         * @param delay how long to hold the normal response
         */
        public void delay(Duration delay) {
            respondWith(Fault.delay(delay));
        }

        /** Arms {@link Fault#connectionReset()}. */
        public void connectionReset() {
            respondWith(Fault.connectionReset());
        }

        /** Arms {@link Fault#emptyResponse()}. */
        public void emptyResponse() {
            respondWith(Fault.emptyResponse());
        }

        /** Arms {@link Fault#malformedChunk()}. */
        public void malformedChunk() {
            respondWith(Fault.malformedChunk());
        }

        /** Arms {@link Fault#randomDataThenClose()}. */
        public void randomDataThenClose() {
            respondWith(Fault.randomDataThenClose());
        }
    }
}

package ai.leonardo.sdk.reliability;

import static ai.leonardo.sdk.reliability.Operation.CREATE;
import static ai.leonardo.sdk.reliability.Operation.DELETE;
import static ai.leonardo.sdk.reliability.Operation.GET;
import static ai.leonardo.sdk.reliability.Operation.LIST;
import static ai.leonardo.sdk.reliability.Operation.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ai.leonardo.sdk.InternalServerException;
import ai.leonardo.sdk.Leonardo;
import ai.leonardo.sdk.LeonardoIoException;
import ai.leonardo.sdk.LeonardoTimeoutException;
import ai.leonardo.sdk.RateLimitException;
import ai.leonardo.sdk.WaitTimeoutException;
import ai.leonardo.testkit.Endpoint;
import ai.leonardo.testkit.FakeLeonardo;
import ai.leonardo.testkit.FakeLeonardoExtension;
import ai.leonardo.testkit.Fault;
import java.io.IOException;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every operation does under every transport fault, as a table: one row per cell, reading
 * "operation, fault, times injected, expected outcome, requests the server saw".
 *
 * <p>The client retries twice (three attempts). Reads (GET, DELETE, list) recover when a fault
 * is injected as often as the budget allows and surface the fault's typed exception when it
 * persists one attempt longer. A create is sent once whenever it may have reached the server
 * (faults are armed after the fake processed the POST, the worst case: the job exists and its
 * response is lost), and only 429, a rejection before any work, is retried.
 *
 * <p>Retries sleep on a virtual sleeper; the wall time measured is the transport's own, which must
 * stay within one second of the configured deadline: the per-attempt call timeout times the attempts.
 */
class FaultMatrixTest {
    static final int RETRIES = 2;
    static final Duration READ_TIMEOUT = Duration.ofMillis(300);
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(1);
    static final Duration SLACK = Duration.ofSeconds(1);

    @RegisterExtension
    static final FakeLeonardoExtension LEONARDO = FakeLeonardoExtension.perClass(FakeLeonardo.builder().manualClock());

    /** The injected faults, with the typed exception each one surfaces as when retries cannot help. */
    enum Injected {
        CONNECTION_RESET_BY_PEER(Fault.connectionReset(), LeonardoIoException.class),
        EMPTY_RESPONSE(Fault.emptyResponse(), LeonardoIoException.class),
        MALFORMED_RESPONSE_CHUNK(Fault.malformedChunk(), LeonardoIoException.class),
        RANDOM_DATA_THEN_CLOSE(Fault.randomDataThenClose(), LeonardoIoException.class),
        DELAY_PAST_READ_TIMEOUT(Fault.delay(READ_TIMEOUT.multipliedBy(3)), LeonardoTimeoutException.class),
        HTTP_500(Fault.status(500), InternalServerException.class),
        HTTP_502(Fault.status(502), InternalServerException.class),
        HTTP_503(Fault.status(503), InternalServerException.class),
        HTTP_429(Fault.rateLimited(Duration.ofSeconds(1)), RateLimitException.class);

        final Fault fault;
        final Class<? extends RuntimeException> error;

        Injected(Fault fault, Class<? extends RuntimeException> error) {
            this.fault = fault;
            this.error = error;
        }
    }

    /**
     * One cell of the matrix.
     *
     * @param operation what the user calls
     * @param injected the fault
     * @param times how many requests the fault answers
     * @param error the exception expected, exactly this class, or null when the call must succeed
     * @param requests how many requests the server must have seen
     */
    record Cell(Operation operation, Injected injected, int times, Class<? extends RuntimeException> error, int requests) {
        @Override
        public String toString() {
            return operation + " | " + injected + " x" + times + " | "
                    + (error == null ? "recovers" : error.getSimpleName()) + " | " + requests + " request(s)";
        }
    }

    static Stream<Cell> matrix() {
        Stream<Cell> reads = Stream.of(GET, DELETE, LIST).flatMap(op -> Stream.of(Injected.values()).flatMap(f -> Stream.of(
                new Cell(op, f, RETRIES, null, RETRIES + 1),
                new Cell(op, f, RETRIES + 1, f.error, RETRIES + 1))));
        // A wait outlives a poll whose retries ran out: it polls again at its next tick.
        Stream<Cell> waits = Stream.of(Injected.values()).flatMap(f -> Stream.of(
                new Cell(WAIT, f, RETRIES, null, RETRIES + 1),
                new Cell(WAIT, f, RETRIES + 1, null, RETRIES + 2)));
        Stream<Cell> creates = Stream.of(
                new Cell(CREATE, Injected.CONNECTION_RESET_BY_PEER, 1, LeonardoIoException.class, 1),
                new Cell(CREATE, Injected.EMPTY_RESPONSE, 1, LeonardoIoException.class, 1),
                new Cell(CREATE, Injected.MALFORMED_RESPONSE_CHUNK, 1, LeonardoIoException.class, 1),
                new Cell(CREATE, Injected.RANDOM_DATA_THEN_CLOSE, 1, LeonardoIoException.class, 1),
                new Cell(CREATE, Injected.DELAY_PAST_READ_TIMEOUT, 1, LeonardoTimeoutException.class, 1),
                new Cell(CREATE, Injected.HTTP_500, 1, InternalServerException.class, 1),
                new Cell(CREATE, Injected.HTTP_502, 1, InternalServerException.class, 1),
                new Cell(CREATE, Injected.HTTP_503, 1, InternalServerException.class, 1),
                new Cell(CREATE, Injected.HTTP_429, RETRIES, null, RETRIES + 1),
                new Cell(CREATE, Injected.HTTP_429, RETRIES + 1, RateLimitException.class, RETRIES + 1));
        return Stream.of(reads, waits, creates).flatMap(cells -> cells);
    }

    @BeforeAll
    static void warmUp(FakeLeonardo fake) {
        Operation.warmUp(fake);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void cell(Cell cell, FakeLeonardo fake) {
        try (Leonardo leonardo = client(fake)) {
            String existing = CREATE.equals(cell.operation()) ? null : leonardo.generations().create(Operation.request()).id();
            long before = fake.requestCount(cell.operation().endpoint);
            int generationsBefore = fake.generationCount();
            var rule = fake.faults().on(cell.operation().endpoint).times(cell.times());
            if (cell.operation() == CREATE && cell.injected() != Injected.HTTP_429) {
                rule.afterProcessing(); // the job exists and its response is lost: a resend would pay twice
            }
            rule.respondWith(cell.injected().fault);

            long start = System.nanoTime();
            Throwable thrown = catchThrowable(() -> cell.operation().run(leonardo, existing, fake.userId()));
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

            if (cell.error() == null) {
                assertThat(thrown).as("recovers within the retry budget").isNull();
            } else {
                assertThat(thrown).as("the documented typed exception").isExactlyInstanceOf(cell.error());
            }
            assertThat(fake.requestCount(cell.operation().endpoint) - before).as("requests the server saw")
                    .isEqualTo(cell.requests());
            assertThat(elapsed).as("no call outlives its deadline by more than a second")
                    .isLessThanOrEqualTo(CALL_TIMEOUT.multipliedBy(cell.requests()).plus(SLACK));
            if (cell.operation() == CREATE) {
                // Exactly one job exists when the server processed the POST, none when it refused it.
                int created = cell.injected() == Injected.HTTP_429 && cell.error() != null ? 0 : 1;
                assertThat(fake.generationCount() - generationsBefore).as("generations created").isEqualTo(created);
            }
        }
    }

    /**
     * A wait whose every poll fails ends at its deadline, not a retry later, with
     * {@link WaitTimeoutException}, which names the generation (to resume) and carries the last
     * poll's typed failure as its cause.
     */
    @ParameterizedTest(name = "WAIT | {0} on every poll | WaitTimeoutException caused by the typed failure")
    @EnumSource(Injected.class)
    void aWaitOutlivedByItsFaultTimesOutWithTheTypedCause(Injected injected, FakeLeonardo fake) {
        try (Leonardo leonardo = client(fake)) {
            String id = leonardo.generations().create(Operation.request()).id();
            fake.faults().on(Endpoint.GET_GENERATION).times(1000).respondWith(injected.fault);

            long start = System.nanoTime();
            Throwable thrown = catchThrowable(() -> WAIT.run(leonardo, id, fake.userId()));
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

            assertThat(thrown).isExactlyInstanceOf(WaitTimeoutException.class);
            assertThat(((WaitTimeoutException) thrown).generationId()).isEqualTo(id);
            // A poll's retries do not start past the wait's deadline (counted in the client's clock).
            assertThat(((WaitTimeoutException) thrown).waited()).as("waited")
                    .isLessThanOrEqualTo(Operation.WAIT_POLICY.timeout().plus(SLACK));
            assertThat(thrown.getCause()).as("the last poll's failure").isExactlyInstanceOf(injected.error);
            long requests = fake.requestCount(Endpoint.GET_GENERATION);
            assertThat(requests).as("the first poll used its whole retry budget").isGreaterThanOrEqualTo(RETRIES + 1);
            assertThat(elapsed).isLessThanOrEqualTo(CALL_TIMEOUT.multipliedBy(requests).plus(SLACK));
        }
    }

    /**
     * A Retry-After longer than the time a wait has left is not slept through: the wait ends at its
     * deadline, not when the server's delay is over.
     */
    @Test
    void aRetryAfterBeyondTheWaitsDeadlineIsNotSleptThrough(FakeLeonardo fake) {
        try (Leonardo leonardo = client(fake)) {
            String id = leonardo.generations().create(Operation.request()).id();
            fake.faults().on(Endpoint.GET_GENERATION).times(1000).respondWith(Fault.rateLimited(Duration.ofSeconds(30)));

            Throwable thrown = catchThrowable(() -> WAIT.run(leonardo, id, fake.userId()));

            assertThat(thrown).isExactlyInstanceOf(WaitTimeoutException.class).cause().isExactlyInstanceOf(RateLimitException.class);
            assertThat(((WaitTimeoutException) thrown).waited()).as("waited")
                    .isLessThanOrEqualTo(Operation.WAIT_POLICY.timeout().plus(SLACK));
        }
    }

    /**
     * A server that keeps sending, a byte at a time, never trips the read timeout; the per-attempt
     * call timeout must end each attempt, so the whole call (three attempts) ends within its deadline.
     */
    @ParameterizedTest(name = "{0} | body trickling past the call timeout | LeonardoTimeoutException")
    @EnumSource(value = Operation.class, names = {"GET", "LIST"})
    void theCallTimeoutBoundsATricklingResponse(Operation operation) throws IOException {
        try (TricklingServer slow = new TricklingServer(READ_TIMEOUT.dividedBy(6));
                Leonardo leonardo = Leonardo.builder().apiKey("sk-slow").baseUrl(slow.baseUrl())
                        .timeouts(READ_TIMEOUT, READ_TIMEOUT, CALL_TIMEOUT).maxRetries(RETRIES).sleeper(duration -> { })
                        .build()) {
            long start = System.nanoTime();
            Throwable thrown = catchThrowable(() -> operation.run(leonardo, HostileResponsesTest.ID, HostileResponsesTest.USER));
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

            assertThat(thrown).isExactlyInstanceOf(LeonardoTimeoutException.class);
            assertThat(slow.requests()).as("requests the server saw").isEqualTo(RETRIES + 1);
            // At least one attempt outlived the read timeout (on a loaded runner a starved server
            // thread may let the read timeout end another one early), none its call timeout.
            assertThat(elapsed).isGreaterThanOrEqualTo(CALL_TIMEOUT)
                    .isLessThanOrEqualTo(CALL_TIMEOUT.multipliedBy(RETRIES + 1).plus(SLACK));
        }
    }

    static Leonardo client(FakeLeonardo fake) {
        return Leonardo.builder().apiKey(fake.apiKey()).baseUrl(fake.baseUrl())
                .timeouts(READ_TIMEOUT, READ_TIMEOUT, CALL_TIMEOUT).maxRetries(RETRIES)
                .sleeper(new VirtualSleeper(fake)).clock(fake.clock()).build();
    }
}

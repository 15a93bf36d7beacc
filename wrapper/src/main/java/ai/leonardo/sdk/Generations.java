package ai.leonardo.sdk;

import ai.leonardo.sdk.internal.AdaptivePollSchedule;
import ai.leonardo.sdk.internal.JobClass;
import ai.leonardo.sdk.internal.RequestValidator;
import ai.leonardo.sdk.internal.Transport;
import ai.leonardo.sdk.internal.WireRequests;
import ai.leonardo.sdk.model.CreateGenerationResponse;
import ai.leonardo.sdk.model.CreatedGeneration;
import ai.leonardo.sdk.model.DeleteGenerationResponse;
import ai.leonardo.sdk.model.GetGenerationResponse;
import ai.leonardo.sdk.model.Generation;
import ai.leonardo.sdk.model.GenerationRequest;
import ai.leonardo.sdk.model.UserGenerationsResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Operations on image generations. Obtain it from {@link Leonardo#generations()}; thread-safe.
 *
 * <p><b>Not found.</b> The API reports a missing or deleted generation either as HTTP 404 or as
 * HTTP 200 with a null object. Both become the same outcome: {@link #find(String)} returns
 * empty, {@link #get(String)} and {@link #delete(String)} throw {@link NotFoundException}.
 *
 * <p><b>Ids</b> are checked against the spec's UUID pattern before any request is sent; a bad id
 * throws {@link ValidationException}.
 *
 * <p><b>Waiting.</b> A generation runs asynchronously (PENDING, then COMPLETE or FAILED).
 * {@link #createAndWait(GenerationRequest)} starts one and waits; {@link GenerationJob#await()}
 * and {@link GenerationJob#awaitAsync()} wait for a started one; {@link #await(String, WaitPolicy)}
 * resumes a wait from a saved id. Waits poll under a {@link WaitPolicy} (adaptive by default, see
 * there) until the job is terminal or the deadline passes. Outcomes:
 * <ul>
 *   <li>COMPLETE: the generation.</li>
 *   <li>FAILED: {@link GenerationFailedException} with the id and the last generation.</li>
 *   <li>Deadline: {@link WaitTimeoutException} with the id and the last status; resume later.</li>
 *   <li>Gone (HTTP 404 or a null generation): {@link NotFoundException} with the id.</li>
 *   <li>Transient failures (I/O, timeouts, 408, 429, 5xx) are first retried by the client's
 *       {@link RetryPolicy}; when a GET still fails the wait does <em>not</em> end but polls on
 *       until the deadline (a 429's {@code Retry-After} is honoured). Authentication, permission
 *       and bad-request errors end the wait at once: polling again cannot fix them.</li>
 *   <li>A status this SDK does not know is not terminal: the wait polls on until the deadline.</li>
 * </ul>
 * Async waits of one client share its one small scheduler: no thread is blocked per wait.
 */
public final class Generations {
    /** Page size {@link #listByUser(String)} fetches with. */
    public static final int DEFAULT_PAGE_SIZE = 50;

    private final Transport transport;
    private final Images images;
    private final GenerationDefaults defaults;
    private final boolean validation;
    private final WaitPolicy waitPolicy;
    private final Waiter waiter;
    private final CallbackWakeups wakeups;

    Generations(Transport transport, GenerationDefaults defaults, boolean validation,
            WaitPolicy waitPolicy, ScheduledExecutorService scheduler, Sleeper sleeper, Clock clock, String userId) {
        this.transport = transport;
        this.images = new Images(transport::open);
        this.defaults = defaults;
        this.validation = validation;
        this.waitPolicy = waitPolicy;
        // One schedule per client: it learns from every job this client sees finish.
        this.wakeups = new CallbackWakeups(clock);
        SharedPolls shared = userId == null ? null : new SharedPolls(userId, this, wakeups, clock);
        this.waiter = new Waiter(this, scheduler, sleeper, clock, new AdaptivePollSchedule(), wakeups, shared);
    }

    /** @return the image files of this client */
    Images images() {
        return images;
    }

    /** @return where accepted webhook callbacks wake this client's waits */
    CallbackWakeups wakeups() {
        return wakeups;
    }

    /**
     * Starts a generation. The client's defaults fill the fields the request leaves unset, the
     * result is validated, and one POST is sent. The POST is retried only when the server cannot
     * have accepted it (the connection could not be made, or HTTP 429); never after its body may
     * have reached the server, so a generation is never started twice by the SDK.
     *
     * @param request what to generate
     * @return a handle with the generation id and cost, from which to wait for the result
     * @throws ValidationException when the request breaks a documented rule (nothing is sent)
     */
    public GenerationJob create(GenerationRequest request) {
        Objects.requireNonNull(request, "request");
        GenerationRequest wire = WireRequests.toWire(request, defaults, validation);
        return toJob(wire, transport.execute(transport.api().createGeneration(wire), Transport.Kind.CREATE));
    }

    /**
     * Starts a generation without blocking; the same rules as {@link #create(GenerationRequest)}.
     * Cancelling the future cancels the POST if it is still in flight; the server may already have
     * accepted it.
     *
     * @param request what to generate
     * @return the handle, or the typed failure
     * @throws ValidationException at once when the request breaks a documented rule (nothing is sent)
     */
    public CompletableFuture<GenerationJob> createAsync(GenerationRequest request) {
        return createPrepared(prepare(request));
    }

    /** The client's defaults applied and the result validated: the body a create would send. */
    GenerationRequest prepare(GenerationRequest request) {
        Objects.requireNonNull(request, "request");
        return WireRequests.toWire(request, defaults, validation);
    }

    /** @return the JSON text a create sends for this body */
    String json(GenerationRequest wire) {
        return transport.json(wire);
    }

    /** Sends a prepared create; see {@link #createAsync(GenerationRequest)}. */
    CompletableFuture<GenerationJob> createPrepared(GenerationRequest wire) {
        CompletableFuture<CreateGenerationResponse> call = transport.executeAsync(
                transport.api().createGeneration(wire), Transport.Kind.CREATE, waiter.scheduler());
        return cancelling(call, call.thenApply(response -> toJob(wire, response)));
    }

    /**
     * Starts a generation and waits for it under the client's wait policy
     * ({@link WaitPolicy#defaults()} unless the builder set one).
     *
     * @param request what to generate
     * @return the complete generation
     * @throws GenerationFailedException when the generation failed
     * @throws WaitTimeoutException when the deadline passed first (the id lets you resume)
     */
    public Generation createAndWait(GenerationRequest request) {
        return createAndWait(request, WaitOptions.of(waitPolicy));
    }

    /**
     * Starts a generation and waits for it.
     *
     * @param request what to generate
     * @param options the wait's policy and listener
     * @return the complete generation
     * @throws GenerationFailedException when the generation failed
     * @throws WaitTimeoutException when the deadline passed first
     */
    public Generation createAndWait(GenerationRequest request, WaitOptions options) {
        Objects.requireNonNull(options, "options");
        return create(request).await(options);
    }

    /**
     * Starts a generation and waits for it without blocking, under the client's wait policy.
     *
     * @param request what to generate
     * @return the complete generation, or the typed failure
     */
    public CompletableFuture<Generation> createAndWaitAsync(GenerationRequest request) {
        return createAndWaitAsync(request, WaitOptions.of(waitPolicy));
    }

    /**
     * Starts a generation and waits for it without blocking. Cancelling the future stops the
     * wait; the generation goes on on the server unless {@link WaitOptions#deleteOnCancel()}
     * (a create cancelled in flight may still have been accepted, with an id never learned).
     *
     * @param request what to generate
     * @param options the wait's policy, listener and cancel behaviour
     * @return the complete generation, or the typed failure
     * @throws ValidationException at once when the request breaks a documented rule
     */
    public CompletableFuture<Generation> createAndWaitAsync(GenerationRequest request, WaitOptions options) {
        Objects.requireNonNull(options, "options");
        CompletableFuture<Generation> result = new CompletableFuture<>();
        CompletableFuture<GenerationJob> create = createAsync(request);
        AtomicReference<CompletableFuture<?>> stage = new AtomicReference<>(create);
        result.whenComplete((g, e) -> {
            if (result.isCancelled()) {
                stage.get().cancel(true);
            }
        });
        create.whenComplete((job, e) -> {
            if (e != null) {
                result.completeExceptionally(Waiter.unwrap(e));
                return;
            }
            CompletableFuture<Generation> wait = waiter.awaitAsync(job, options);
            stage.set(wait);
            if (result.isCancelled()) {
                wait.cancel(true); // cancelled while the create was answered: apply the wait's cancel rules
                return;
            }
            wait.whenComplete((generation, failure) -> {
                if (failure != null) {
                    result.completeExceptionally(Waiter.unwrap(failure));
                } else {
                    result.complete(generation);
                }
            });
        });
        return result;
    }

    /**
     * Waits for a generation by id, as after a restart.
     *
     * @param id the generation id
     * @param policy how to poll and for how long
     * @return the complete generation
     * @throws GenerationFailedException when the generation failed
     * @throws WaitTimeoutException when the deadline passed first
     * @throws NotFoundException when it does not exist
     */
    public Generation await(String id, WaitPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        return job(id).await(WaitOptions.of(policy));
    }

    /**
     * Runs many generations, respecting the vendor's limits, and blocks until all have ended.
     *
     * @param requests what to generate
     * @param options limits, wait options and progress listener
     * @return one result per request, in input order; a failure never hides the others
     */
    public List<BatchResult> generateAll(List<GenerationRequest> requests, BatchOptions options) {
        return Batch.join(generateAllAsync(requests, options));
    }

    /**
     * Runs many generations without blocking a thread per job: at most
     * {@link BatchOptions#maxConcurrent()} at a time and {@link BatchOptions#maxCreatesPerMinute()}
     * POSTs in any sliding minute. Cancelling the future stops submitting and cancels the waits
     * in flight (under the wait options' cancel rules).
     *
     * @param requests what to generate
     * @param options limits, wait options and progress listener
     * @return one result per request, in input order
     */
    public CompletableFuture<List<BatchResult>> generateAllAsync(List<GenerationRequest> requests, BatchOptions options) {
        return new Batch(this, waiter, List.copyOf(requests), Objects.requireNonNull(options, "options")).start();
    }

    /** The client's default wait policy. */
    WaitPolicy waitPolicy() {
        return waitPolicy;
    }

    Waiter waiter() {
        return waiter;
    }

    /** Ends the async waits still running, before the client's scheduler stops. */
    void close() {
        waiter.close();
    }

    private GenerationJob toJob(GenerationRequest wire, CreateGenerationResponse response) {
        CreatedGeneration job = response.sdGenerationJob();
        if (job == null || job.generationId() == null || job.generationId().isBlank()) {
            throw new InvalidResponseException("POST /generations returned no generation id", 200,
                    String.valueOf(response), null);
        }
        // The class and the start instant feed the adaptive wait schedule.
        JobClass jobClass = JobClass.of(wire.modelId(), wire.width(), wire.height(), wire.numImages());
        return new GenerationJob(this, job.generationId(), job, jobClass, waiter.clock().instant());
    }

    /**
     * Resumes a job from a saved id (another process, a restart). Sends nothing.
     *
     * @param id the generation id
     * @return the handle
     * @throws ValidationException when the id is not a UUID
     */
    public GenerationJob job(String id) {
        RequestValidator.requireId("getGenerationById", "id", id);
        return new GenerationJob(this, id, null, JobClass.UNKNOWN, null);
    }

    /**
     * Fetches a generation.
     *
     * @param id the generation id
     * @return the generation as the API reports it now
     * @throws NotFoundException when it does not exist (HTTP 404 or a null generation)
     */
    public Generation get(String id) {
        RequestValidator.requireId("getGenerationById", "id", id);
        // A call the user makes is theirs to pace: only waits draw on the poll budget.
        return fetch(id, null, Transport.Kind.IDEMPOTENT);
    }

    /**
     * One GET for a wait, on the poll budget: the generation, or NotFoundException with the id and
     * the real status. No retry starts after {@code retryDeadline} (null for no limit).
     */
    Generation fetch(String id, Instant retryDeadline) {
        return fetch(id, retryDeadline, Transport.Kind.POLL);
    }

    private Generation fetch(String id, Instant retryDeadline, Transport.Kind kind) {
        try {
            return present(id, transport.execute(transport.api().getGenerationById(id), kind, retryDeadline));
        } catch (NotFoundException e) {
            throw withId(id, e);
        }
    }

    /** {@link #fetch(String, Instant)} without blocking; cancelling the result cancels the GET. */
    CompletableFuture<Generation> fetchAsync(String id, Instant retryDeadline) {
        CompletableFuture<GetGenerationResponse> call = transport.executeAsync(
                transport.api().getGenerationById(id), Transport.Kind.POLL, waiter.scheduler(), retryDeadline);
        return cancelling(call, call.handle((response, error) -> {
            if (error != null) {
                LeonardoException e = Waiter.unwrap(error);
                throw e instanceof NotFoundException notFound ? withId(id, notFound) : e;
            }
            return present(id, response);
        }));
    }

    /** Deletes without blocking, for delete-on-cancel. */
    CompletableFuture<String> deleteAsync(String id) {
        return transport.executeAsync(transport.api().deleteGenerationById(id), Transport.Kind.IDEMPOTENT,
                waiter.scheduler()).thenApply(response -> id);
    }

    private Generation present(String id, GetGenerationResponse response) {
        Generation generation = response.generationsByPk();
        if (generation == null) {
            throw missing(id, "generations_by_pk");
        }
        return generation;
    }

    private static NotFoundException missing(String id, String field) {
        return new NotFoundException("Generation " + id + " not found", 200, Map.of(),
                new ErrorBody(field + " is null", null, List.of(), ""), id);
    }

    private static NotFoundException withId(String id, NotFoundException e) {
        return new NotFoundException("Generation " + id + " not found", e.statusCode(), e.headers(), e.error(), id);
    }

    /** Makes cancelling {@code derived} cancel {@code source} too (CompletableFuture does not propagate it). */
    private static <T> CompletableFuture<T> cancelling(CompletableFuture<?> source, CompletableFuture<T> derived) {
        derived.whenComplete((value, error) -> {
            if (derived.isCancelled()) {
                source.cancel(true);
            }
        });
        return derived;
    }

    /**
     * Fetches a generation, if it exists.
     *
     * @param id the generation id
     * @return the generation, or empty when the API says it does not exist
     */
    public Optional<Generation> find(String id) {
        try {
            return Optional.of(get(id));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /**
     * Deletes a generation.
     *
     * <p>A DELETE whose response was lost (a reset, a timeout, a 5xx) is retried; when the retry then
     * finds nothing, the lost attempt deleted it, and this returns the id rather than throwing.
     *
     * @param id the generation id
     * @return the id the API confirmed deleted
     * @throws NotFoundException when it does not exist (HTTP 404 or a null result)
     */
    public String delete(String id) {
        RequestValidator.requireId("deleteGenerationById", "id", id);
        AtomicBoolean resent = new AtomicBoolean();
        DeleteGenerationResponse response;
        try {
            response = transport.execute(transport.api().deleteGenerationById(id), Transport.Kind.IDEMPOTENT,
                    () -> resent.set(true));
        } catch (NotFoundException e) {
            if (resent.get()) {
                return id;
            }
            throw withId(id, e);
        }
        if (response.deleteGenerationsByPk() == null) {
            if (resent.get()) {
                return id; // the lost attempt deleted it
            }
            throw missing(id, "delete_generations_by_pk");
        }
        String deleted = response.deleteGenerationsByPk().id();
        return deleted == null ? id : deleted;
    }

    /**
     * Lists all of a user's generations, newest first, fetching pages of
     * {@value #DEFAULT_PAGE_SIZE} only as the iteration reaches them and stopping at the first
     * short page.
     *
     * @param userId the user id
     * @return a lazy, re-iterable sequence; each iteration starts from the first page
     */
    public GenerationList listByUser(String userId) {
        return listByUser(userId, DEFAULT_PAGE_SIZE);
    }

    /**
     * Lists all of a user's generations with a chosen page size.
     *
     * @param userId the user id
     * @param pageSize generations per request, at least 1
     * @return a lazy, re-iterable sequence
     */
    public GenerationList listByUser(String userId, int pageSize) {
        RequestValidator.requireId("getGenerationsByUserId", "userId", userId);
        if (pageSize < 1) {
            throw new ValidationException(List.of(new Violation("limit", pageSize, "must be at least 1")));
        }
        return new GenerationList(offset -> listPage(userId, offset, pageSize), pageSize);
    }

    /**
     * Fetches one page of a user's generations.
     *
     * @param userId the user id
     * @param offset how many generations to skip, at least 0
     * @param limit the most to return, at least 1
     * @return the page, possibly empty
     */
    public List<Generation> listPage(String userId, int offset, int limit) {
        RequestValidator.requireId("getGenerationsByUserId", "userId", userId);
        List<Violation> violations = new ArrayList<>();
        if (offset < 0) {
            violations.add(new Violation("offset", offset, "must be at least 0"));
        }
        if (limit < 1) {
            violations.add(new Violation("limit", limit, "must be at least 1"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return toList(transport.execute(
                transport.api().getGenerationsByUserId(userId, (long) offset, (long) limit), Transport.Kind.IDEMPOTENT));
    }

    /** One page of a user's generations without blocking, for shared polls (on the poll budget). */
    CompletableFuture<List<Generation>> listPageAsync(String userId, int offset, int limit) {
        return transport.executeAsync(transport.api().getGenerationsByUserId(userId, (long) offset, (long) limit),
                Transport.Kind.POLL, waiter.scheduler()).thenApply(this::toList);
    }

    private List<Generation> toList(UserGenerationsResponse response) {
        return response.generations().stream().filter(Objects::nonNull).toList();
    }
}

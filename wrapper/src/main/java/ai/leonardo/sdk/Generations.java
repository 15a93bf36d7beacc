package ai.leonardo.sdk;

import ai.leonardo.sdk.generated.model.CreateGenerationRequest;
import ai.leonardo.sdk.generated.model.CreateGenerationResponse;
import ai.leonardo.sdk.generated.model.CreatedGeneration;
import ai.leonardo.sdk.generated.model.DeleteGenerationResponse;
import ai.leonardo.sdk.generated.model.GetGenerationResponse;
import ai.leonardo.sdk.generated.model.UserGenerationsResponse;
import ai.leonardo.sdk.internal.RequestValidator;
import ai.leonardo.sdk.internal.Transport;
import ai.leonardo.sdk.internal.WireRequests;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Operations on image generations. Obtain it from {@link Leonardo#generations()}; thread-safe.
 *
 * <p><b>Not found.</b> The API reports a missing or deleted generation either as HTTP 404 or as
 * HTTP 200 with a null object. Both become the same outcome: {@link #find(String)} returns
 * empty, {@link #get(String)} and {@link #delete(String)} throw {@link NotFoundException}.
 *
 * <p><b>Ids</b> are checked against the spec's UUID pattern before any request is sent; a bad id
 * throws {@link ValidationException}.
 */
public final class Generations {
    /** Page size {@link #listByUser(String)} fetches with. */
    public static final int DEFAULT_PAGE_SIZE = 50;

    private final Transport transport;
    private final GenerationMapper mapper;
    private final GenerationDefaults defaults;
    private final boolean validation;

    Generations(Transport transport, GenerationMapper mapper, GenerationDefaults defaults, boolean validation) {
        this.transport = transport;
        this.mapper = mapper;
        this.defaults = defaults;
        this.validation = validation;
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
        CreateGenerationRequest wire = WireRequests.toWire(request, defaults, validation);
        CreateGenerationResponse response = transport.execute(transport.api().createGeneration(wire),
                Transport.Kind.CREATE);
        CreatedGeneration job = response.getSdGenerationJob();
        if (job == null || job.getGenerationId() == null || job.getGenerationId().isBlank()) {
            throw new InvalidResponseException("POST /generations returned no generation id", 200,
                    String.valueOf(response), null);
        }
        return new GenerationJob(this, job.getGenerationId(), cost(job), job.getApiCreditCost());
    }

    /**
     * Resumes a job from a saved id (another process, a restart). Sends nothing.
     *
     * @param id the generation id
     * @return the handle
     * @throws ValidationException when the id is not a UUID
     */
    public GenerationJob job(String id) {
        RequestValidator.requireUuid("id", id);
        return new GenerationJob(this, id, null, null);
    }

    /**
     * Fetches a generation.
     *
     * @param id the generation id
     * @return the generation as the API reports it now
     * @throws NotFoundException when it does not exist (HTTP 404 or a null generation)
     */
    public Generation get(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("Generation " + id + " not found", 200, Map.of(),
                new ErrorBody("generations_by_pk is null", null, List.of(), ""), id));
    }

    /**
     * Fetches a generation, if it exists.
     *
     * @param id the generation id
     * @return the generation, or empty when the API says it does not exist
     */
    public Optional<Generation> find(String id) {
        RequestValidator.requireUuid("id", id);
        try {
            GetGenerationResponse response = transport.execute(transport.api().getGenerationById(id),
                    Transport.Kind.IDEMPOTENT);
            return Optional.ofNullable(response.getGenerationsByPk()).map(mapper::toGeneration);
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /**
     * Deletes a generation.
     *
     * @param id the generation id
     * <p>A DELETE whose response was lost (a reset, a timeout, a 5xx) is retried; when the retry then
     * finds nothing, the lost attempt deleted it, and this returns the id rather than throwing.
     *
     * @return the id the API confirmed deleted
     * @throws NotFoundException when it does not exist (HTTP 404 or a null result)
     */
    public String delete(String id) {
        RequestValidator.requireUuid("id", id);
        AtomicBoolean resent = new AtomicBoolean();
        DeleteGenerationResponse response;
        try {
            response = transport.execute(transport.api().deleteGenerationById(id), Transport.Kind.IDEMPOTENT,
                    () -> resent.set(true));
        } catch (NotFoundException e) {
            if (resent.get()) {
                return id;
            }
            throw new NotFoundException("Generation " + id + " not found", e.statusCode(), e.headers(), e.error(), id);
        }
        if (response.getDeleteGenerationsByPk() == null && resent.get()) {
            return id;
        }
        if (response.getDeleteGenerationsByPk() == null) {
            throw new NotFoundException("Generation " + id + " not found", 200, Map.of(),
                    new ErrorBody("delete_generations_by_pk is null", null, List.of(), ""), id);
        }
        String deleted = response.getDeleteGenerationsByPk().getId();
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
        RequestValidator.requireUuid("userId", userId);
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
        RequestValidator.requireUuid("userId", userId);
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
        UserGenerationsResponse response = transport.execute(
                transport.api().getGenerationsByUserId(userId, (long) offset, (long) limit), Transport.Kind.IDEMPOTENT);
        if (response.getGenerations() == null) {
            return List.of();
        }
        return response.getGenerations().stream().filter(Objects::nonNull).map(mapper::toGeneration).toList();
    }

    private static Cost cost(CreatedGeneration job) {
        if (job.getCost() == null || job.getCost().getAmount() == null) {
            return null;
        }
        try {
            String unit = job.getCost().getUnit() == null ? "UNKNOWN" : job.getCost().getUnit().getValue();
            return new Cost(new BigDecimal(job.getCost().getAmount().trim()), unit);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

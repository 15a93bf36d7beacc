package ai.leonardo.sdk;

import ai.leonardo.sdk.internal.JobClass;
import ai.leonardo.sdk.model.Cost;
import ai.leonardo.sdk.model.CreatedGeneration;
import ai.leonardo.sdk.model.Generation;
import ai.leonardo.sdk.model.GenerationRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A started generation: its id and cost, and the way to follow it to the end. Cheap to create
 * and safe to share; it holds no connection. Save {@link #id()} to resume from another process
 * with {@link Generations#job(String)}.
 *
 * <p>The waits poll until the generation is terminal; their outcomes are described on
 * {@link Generations}. A handle from {@link Generations#create(GenerationRequest)} knows the kind of
 * job it is (model, size, image count) and when it started, which the adaptive
 * {@link WaitPolicy#defaults()} uses; a resumed handle does not, and falls back to the client's
 * overall estimate.
 */
public final class GenerationJob {
    private final Generations generations;
    private final String id;
    private final CreatedGeneration created;
    private final JobClass jobClass;
    private final Instant createdAt;

    GenerationJob(Generations generations, String id, CreatedGeneration created, JobClass jobClass,
            Instant createdAt) {
        this.generations = generations;
        this.id = id;
        this.created = created;
        this.jobClass = jobClass;
        this.createdAt = createdAt;
    }

    /** @return the generation id */
    public String id() {
        return id;
    }

    /** @return what the API said the generation costs; empty for a resumed job */
    public Optional<Cost> cost() {
        return created == null ? Optional.empty() : Optional.ofNullable(created.cost());
    }

    /**
     * Returns the create call's answer as the API sent it, additional properties included.
     *
     * @return the {@code sdGenerationJob} object; empty for a resumed job
     */
    public Optional<CreatedGeneration> created() {
        return Optional.ofNullable(created);
    }

    /**
     * Returns the deprecated API credit cost, when the API still sends it.
     *
     * @return the credit cost
     * @deprecated the API deprecates {@code apiCreditCost}; use {@link #cost()}
     */
    @Deprecated
    public Optional<Long> apiCreditCost() {
        return created == null ? Optional.empty() : Optional.ofNullable(created.apiCreditCost());
    }

    /**
     * Fetches the generation's current state once.
     *
     * @return the generation now
     * @throws NotFoundException when it no longer exists
     */
    public Generation poll() {
        return generations.get(id);
    }

    /**
     * Blocks until the generation is terminal, under the client's wait policy
     * ({@link WaitPolicy#defaults()} unless the builder set one).
     *
     * @return the complete generation
     * @throws GenerationFailedException when it failed
     * @throws WaitTimeoutException when the deadline passed first; the job goes on
     * @throws NotFoundException when it disappeared
     */
    public Generation await() {
        return await(WaitOptions.of(generations.waitPolicy()));
    }

    /**
     * Blocks until the generation is terminal or the timeout passes, under the client's wait
     * policy with that deadline.
     *
     * @param timeout the deadline, from now
     * @return the complete generation
     * @throws GenerationFailedException when it failed
     * @throws WaitTimeoutException when the deadline passed first; the job goes on
     */
    public Generation await(Duration timeout) {
        return await(WaitOptions.of(generations.waitPolicy().withTimeout(timeout)));
    }

    /**
     * Blocks until the generation is terminal, polling on the calling thread with the client's
     * {@link Sleeper}. Interrupting the thread ends the wait with a {@link LeonardoException} (the
     * interrupt flag stays set); the job goes on on the server.
     *
     * @param options the policy and listener ({@link WaitOptions#deleteOnCancel()} applies to async waits)
     * @return the complete generation
     * @throws GenerationFailedException when it failed
     * @throws WaitTimeoutException when the deadline passed first; the job goes on
     */
    public Generation await(WaitOptions options) {
        return generations.waiter().await(this, Objects.requireNonNull(options, "options"));
    }

    /**
     * Waits without blocking, under the client's wait policy.
     *
     * @return the complete generation, or the typed failure
     */
    public CompletableFuture<Generation> awaitAsync() {
        return awaitAsync(WaitOptions.of(generations.waitPolicy()));
    }

    /**
     * Waits without blocking: each poll is a task on the client's scheduler, so no thread is held
     * between polls. Cancelling the future stops local polling only: the generation goes on on
     * the server unless {@link WaitOptions#deleteOnCancel()} is set, in which case the client
     * also sends a DELETE for it.
     *
     * @param options the policy, listener and cancel behaviour
     * @return the complete generation, or the typed failure
     */
    public CompletableFuture<Generation> awaitAsync(WaitOptions options) {
        return generations.waiter().awaitAsync(this, Objects.requireNonNull(options, "options"));
    }

    /** The kind of job, for the adaptive schedule; {@link JobClass#UNKNOWN} when resumed. */
    JobClass jobClass() {
        return jobClass;
    }

    /** When the create returned, or null when resumed. */
    Instant createdAt() {
        return createdAt;
    }

    @Override
    public String toString() {
        return "GenerationJob{id=" + id + ", cost=" + cost().orElse(null) + "}";
    }
}

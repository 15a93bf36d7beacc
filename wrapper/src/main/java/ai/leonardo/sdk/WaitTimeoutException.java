package ai.leonardo.sdk;

import ai.leonardo.sdk.model.Generation;
import ai.leonardo.sdk.model.JobStatus;

import java.time.Duration;
import java.util.Optional;

/**
 * A wait reached its deadline before the generation finished. The generation may still finish:
 * resume with {@link Generations#await(String, WaitPolicy)} or {@link Generations#job(String)}
 * using {@link #generationId()}.
 */
public class WaitTimeoutException extends LeonardoException {
    private static final long serialVersionUID = 1L;

    private final String generationId;
    /** The status text: the open enum is not serializable. */
    private final String lastStatus;
    private final Duration waited;
    private final transient Generation lastGeneration;

    /**
     * Creates the exception.
     *
     * @param generationId the generation id
     * @param lastStatus the last status a poll saw (null if none succeeded)
     * @param waited how long the wait lasted
     * @param lastGeneration the last generation a poll returned, or null when none did
     * @param lastError the last poll failure, or null
     */
    public WaitTimeoutException(String generationId, JobStatus lastStatus, Duration waited,
            Generation lastGeneration, Throwable lastError) {
        super("Generation " + generationId + " still " + (lastStatus == null ? "without a status" : lastStatus)
                + " after waiting " + waited, lastError);
        this.generationId = generationId;
        this.lastStatus = lastStatus == null ? null : lastStatus.value();
        this.waited = waited;
        this.lastGeneration = lastGeneration;
    }

    /** @return the generation id, to resume the wait later */
    public String generationId() {
        return generationId;
    }

    /** @return the last status a poll saw; empty when no poll succeeded */
    public Optional<JobStatus> lastStatus() {
        return Optional.ofNullable(lastStatus).map(JobStatus::of);
    }

    /** @return how long the wait lasted */
    public Duration waited() {
        return waited;
    }

    /** @return the last generation a poll returned, if any */
    public Optional<Generation> lastGeneration() {
        return Optional.ofNullable(lastGeneration);
    }
}

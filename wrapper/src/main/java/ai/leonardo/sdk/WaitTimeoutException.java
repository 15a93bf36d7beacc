package ai.leonardo.sdk;

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
    private final GenerationStatus lastStatus;
    private final Duration waited;
    private final transient Generation lastGeneration;

    /**
     * Creates the exception.
     *
     * @param generationId the generation id
     * @param lastStatus the last status a poll saw ({@link GenerationStatus#UNKNOWN} if none succeeded)
     * @param waited how long the wait lasted
     * @param lastGeneration the last generation a poll returned, or null when none did
     * @param lastError the last poll failure, or null
     */
    public WaitTimeoutException(String generationId, GenerationStatus lastStatus, Duration waited,
            Generation lastGeneration, Throwable lastError) {
        super("Generation " + generationId + " still " + lastStatus + " after waiting " + waited, lastError);
        this.generationId = generationId;
        this.lastStatus = lastStatus;
        this.waited = waited;
        this.lastGeneration = lastGeneration;
    }

    /** @return the generation id, to resume the wait later */
    public String generationId() {
        return generationId;
    }

    /** @return the last status a poll saw */
    public GenerationStatus lastStatus() {
        return lastStatus;
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

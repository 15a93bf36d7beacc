package ai.leonardo.sdk;

import ai.leonardo.sdk.model.Generation;

/**
 * A waited-for generation ended {@link ai.leonardo.sdk.model.JobStatus#FAILED}. Carries its id and the
 * generation as the server last reported it.
 */
public class GenerationFailedException extends LeonardoException {
    private static final long serialVersionUID = 1L;

    private final String generationId;
    private final transient Generation generation;

    /**
     * Creates the exception.
     *
     * @param generation the failed generation as last reported
     */
    public GenerationFailedException(Generation generation) {
        super("Generation " + generation.id() + " failed");
        this.generationId = generation.id();
        this.generation = generation;
    }

    /** @return the generation id */
    public String generationId() {
        return generationId;
    }

    /** @return the generation as the server last reported it (null only after deserialisation) */
    public Generation generation() {
        return generation;
    }
}

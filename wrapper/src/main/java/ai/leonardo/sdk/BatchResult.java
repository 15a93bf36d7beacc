package ai.leonardo.sdk;

import ai.leonardo.sdk.model.Generation;
import ai.leonardo.sdk.model.GenerationRequest;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one request of a batch: the complete {@link Generation} or the typed
 * {@link LeonardoException} that ended it (validation, create failure, {@link GenerationFailedException},
 * {@link WaitTimeoutException}, ...). Immutable.
 */
public final class BatchResult {
    private final int index;
    private final GenerationRequest request;
    private final String generationId;
    private final Generation generation;
    private final LeonardoException error;

    private BatchResult(int index, GenerationRequest request, String generationId, Generation generation,
            LeonardoException error) {
        this.index = index;
        this.request = Objects.requireNonNull(request, "request");
        this.generationId = generationId;
        this.generation = generation;
        this.error = error;
    }

    static BatchResult success(int index, GenerationRequest request, Generation generation) {
        return new BatchResult(index, request, generation.id(), Objects.requireNonNull(generation), null);
    }

    static BatchResult failure(int index, GenerationRequest request, String generationId, LeonardoException error) {
        return new BatchResult(index, request, generationId, null, Objects.requireNonNull(error));
    }

    /** @return the request's position in the input list */
    public int index() {
        return index;
    }

    /** @return the request */
    public GenerationRequest request() {
        return request;
    }

    /** @return true when the generation completed */
    public boolean isSuccess() {
        return generation != null;
    }

    /** @return the generation id, when the create succeeded (useful to resume after a timeout) */
    public Optional<String> generationId() {
        return Optional.ofNullable(generationId);
    }

    /** @return the complete generation, when successful */
    public Optional<Generation> generation() {
        return Optional.ofNullable(generation);
    }

    /** @return what ended the request, when it failed */
    public Optional<LeonardoException> error() {
        return Optional.ofNullable(error);
    }

    /**
     * Returns the generation or throws what ended the request.
     *
     * @return the complete generation
     * @throws LeonardoException the failure, when the request failed
     */
    public Generation getOrThrow() {
        if (error != null) {
            throw error;
        }
        return generation;
    }

    @Override
    public String toString() {
        return "BatchResult{index=" + index + ", id=" + generationId
                + (error == null ? ", generation=" + generation : ", error=" + error) + "}";
    }
}

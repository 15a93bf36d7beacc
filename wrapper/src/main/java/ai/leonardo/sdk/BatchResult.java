package ai.leonardo.sdk;

import ai.leonardo.sdk.model.Generation;
import ai.leonardo.sdk.model.GenerationRequest;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one request of a batch: the complete {@link Generation} or the typed
 * {@link LeonardoException} that ended it (validation, create failure, {@link GenerationFailedException},
 * {@link WaitTimeoutException}, {@link CreateOutcomeUnknownException}, ...), what this run did for it
 * ({@link #action()}) and the files written. Immutable.
 */
public final class BatchResult {
    /** What a run did for one item; with a {@link BatchJournal}, a rerun does only what is left. */
    public enum Action {
        /** Finished by an earlier run, its files present and whole: nothing was sent. */
        SKIPPED,
        /** Created by an earlier run; this run waited for it by id (and wrote its files). */
        RESUMED,
        /** This run sent the create (or tried to: see {@link #error()}). */
        CREATED,
        /** An earlier run sent the create and lost the answer; not found, so not created again. */
        UNKNOWN
    }

    private final int index;
    private final GenerationRequest request;
    private final Action action;
    private final String generationId;
    private final Generation generation;
    private final List<Path> files;
    private final LeonardoException error;

    private BatchResult(int index, GenerationRequest request, Action action, String generationId,
            Generation generation, List<Path> files, LeonardoException error) {
        this.index = index;
        this.request = Objects.requireNonNull(request, "request");
        this.action = Objects.requireNonNull(action, "action");
        this.generationId = generationId;
        this.generation = generation;
        this.files = List.copyOf(files);
        this.error = error;
    }

    static BatchResult success(int index, GenerationRequest request, Action action, String generationId,
            Generation generation, List<Path> files) {
        return new BatchResult(index, request, action, Objects.requireNonNull(generationId), generation, files, null);
    }

    static BatchResult failure(int index, GenerationRequest request, Action action, String generationId,
            LeonardoException error) {
        return new BatchResult(index, request, action, generationId, null, List.of(), Objects.requireNonNull(error));
    }

    /** @return the request's position in the input list */
    public int index() {
        return index;
    }

    /** @return the request */
    public GenerationRequest request() {
        return request;
    }

    /** @return what this run did for the request */
    public Action action() {
        return action;
    }

    /** @return true when the generation completed (in this run or, for {@link Action#SKIPPED}, an earlier one) */
    public boolean isSuccess() {
        return error == null;
    }

    /** @return the generation id, when the create succeeded (useful to resume after a timeout) */
    public Optional<String> generationId() {
        return Optional.ofNullable(generationId);
    }

    /**
     * @return the complete generation, when it completed in this run; empty for a failure and for
     *     {@link Action#SKIPPED} (nothing was fetched: {@link #generationId()} and {@link #files()} remain)
     */
    public Optional<Generation> generation() {
        return Optional.ofNullable(generation);
    }

    /**
     * @return the image files in the directory of {@link BatchOptions#downloadDirectory()}, in image
     *     order; empty when the batch does not download or the request failed
     */
    public List<Path> files() {
        return files;
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
     * @throws IllegalStateException for {@link Action#SKIPPED}, which holds no generation
     */
    public Generation getOrThrow() {
        if (error != null) {
            throw error;
        }
        if (generation == null) {
            throw new IllegalStateException("Item " + index + " finished in an earlier run (generation "
                    + generationId + "); see files() or fetch it by id");
        }
        return generation;
    }

    @Override
    public String toString() {
        return "BatchResult{index=" + index + ", action=" + action + ", id=" + generationId
                + (error == null ? ", generation=" + generation + ", files=" + files : ", error=" + error) + "}";
    }
}

package ai.leonardo.sdk;

import ai.leonardo.sdk.generated.model.PresetStyle;
import ai.leonardo.sdk.generated.model.Scheduler;
import ai.leonardo.sdk.generated.model.SdVersion;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A generation as the API last reported it: its status, the parameters it ran with and, once
 * {@link GenerationStatus#COMPLETE}, its images. Immutable; fields the API did not send are
 * empty, never invented.
 */
public final class Generation {
    private final String id;
    private final GenerationStatus status;
    private final String prompt;
    private final String negativePrompt;
    private final String modelId;
    private final Long width;
    private final Long height;
    private final Long seed;
    private final PresetStyle presetStyle;
    private final Scheduler scheduler;
    private final SdVersion sdVersion;
    private final BigDecimal guidanceScale;
    private final Long inferenceSteps;
    private final Boolean isPublic;
    private final Instant createdAt;
    private final List<GeneratedImage> images;

    private Generation(Builder b) {
        this.id = b.id;
        this.status = b.status == null ? GenerationStatus.UNKNOWN : b.status;
        this.prompt = b.prompt;
        this.negativePrompt = b.negativePrompt;
        this.modelId = b.modelId;
        this.width = b.width;
        this.height = b.height;
        this.seed = b.seed;
        this.presetStyle = b.presetStyle;
        this.scheduler = b.scheduler;
        this.sdVersion = b.sdVersion;
        this.guidanceScale = b.guidanceScale;
        this.inferenceSteps = b.inferenceSteps;
        this.isPublic = b.isPublic;
        this.createdAt = b.createdAt;
        this.images = List.copyOf(b.images);
    }

    static Builder builder() {
        return new Builder();
    }

    /** @return the generation id */
    public String id() {
        return id;
    }

    /** @return the status; {@link GenerationStatus#UNKNOWN} for a status this SDK does not know */
    public GenerationStatus status() {
        return status;
    }

    /** @return the prompt, if sent */
    public Optional<String> prompt() {
        return Optional.ofNullable(prompt);
    }

    /** @return the negative prompt, if any */
    public Optional<String> negativePrompt() {
        return Optional.ofNullable(negativePrompt);
    }

    /** @return the model id, if sent */
    public Optional<String> modelId() {
        return Optional.ofNullable(modelId);
    }

    /** @return the image width in pixels, if sent */
    public Optional<Long> width() {
        return Optional.ofNullable(width);
    }

    /** @return the image height in pixels, if sent */
    public Optional<Long> height() {
        return Optional.ofNullable(height);
    }

    /** @return the seed, if sent (may exceed the int range) */
    public Optional<Long> seed() {
        return Optional.ofNullable(seed);
    }

    /**
     * Returns the preset style. A style this SDK version does not know is
     * {@code PresetStyle.UNKNOWN_DEFAULT_OPEN_API}; a null or missing style is empty.
     *
     * @return the preset style, if sent
     */
    public Optional<PresetStyle> presetStyle() {
        return Optional.ofNullable(presetStyle);
    }

    /** @return the scheduler, if sent */
    public Optional<Scheduler> scheduler() {
        return Optional.ofNullable(scheduler);
    }

    /** @return the Stable Diffusion version, if sent */
    public Optional<SdVersion> sdVersion() {
        return Optional.ofNullable(sdVersion);
    }

    /** @return the guidance scale, if sent */
    public Optional<BigDecimal> guidanceScale() {
        return Optional.ofNullable(guidanceScale);
    }

    /** @return the number of inference steps, if sent */
    public Optional<Long> inferenceSteps() {
        return Optional.ofNullable(inferenceSteps);
    }

    /** @return whether the generation shows in the community feed, if sent */
    public Optional<Boolean> isPublic() {
        return Optional.ofNullable(isPublic);
    }

    /** @return when the generation was created, if sent in a readable form */
    public Optional<Instant> createdAt() {
        return Optional.ofNullable(createdAt);
    }

    /** @return the images; empty until the generation is complete */
    public List<GeneratedImage> images() {
        return images;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Generation other
                && Objects.equals(id, other.id) && status == other.status
                && Objects.equals(prompt, other.prompt) && Objects.equals(negativePrompt, other.negativePrompt)
                && Objects.equals(modelId, other.modelId) && Objects.equals(width, other.width)
                && Objects.equals(height, other.height) && Objects.equals(seed, other.seed)
                && presetStyle == other.presetStyle && scheduler == other.scheduler && sdVersion == other.sdVersion
                && Objects.equals(guidanceScale, other.guidanceScale)
                && Objects.equals(inferenceSteps, other.inferenceSteps) && Objects.equals(isPublic, other.isPublic)
                && Objects.equals(createdAt, other.createdAt) && images.equals(other.images);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, status, prompt, modelId, width, height, seed, createdAt, images);
    }

    @Override
    public String toString() {
        return "Generation{id=" + id + ", status=" + status + ", modelId=" + modelId
                + ", size=" + width + "x" + height + ", images=" + images.size() + "}";
    }

    static final class Builder {
        private String id;
        private GenerationStatus status;
        private String prompt;
        private String negativePrompt;
        private String modelId;
        private Long width;
        private Long height;
        private Long seed;
        private PresetStyle presetStyle;
        private Scheduler scheduler;
        private SdVersion sdVersion;
        private BigDecimal guidanceScale;
        private Long inferenceSteps;
        private Boolean isPublic;
        private Instant createdAt;
        private List<GeneratedImage> images = List.of();

        Builder id(String v) { id = v; return this; }
        Builder status(GenerationStatus v) { status = v; return this; }
        Builder prompt(String v) { prompt = v; return this; }
        Builder negativePrompt(String v) { negativePrompt = v; return this; }
        Builder modelId(String v) { modelId = v; return this; }
        Builder width(Long v) { width = v; return this; }
        Builder height(Long v) { height = v; return this; }
        Builder seed(Long v) { seed = v; return this; }
        Builder presetStyle(PresetStyle v) { presetStyle = v; return this; }
        Builder scheduler(Scheduler v) { scheduler = v; return this; }
        Builder sdVersion(SdVersion v) { sdVersion = v; return this; }
        Builder guidanceScale(BigDecimal v) { guidanceScale = v; return this; }
        Builder inferenceSteps(Long v) { inferenceSteps = v; return this; }
        Builder isPublic(Boolean v) { isPublic = v; return this; }
        Builder createdAt(Instant v) { createdAt = v; return this; }
        Builder images(List<GeneratedImage> v) { images = v; return this; }

        Generation build() {
            return new Generation(this);
        }
    }
}

package ai.leonardo.sdk;

import ai.leonardo.sdk.generated.model.PresetStyle;
import ai.leonardo.sdk.generated.model.Scheduler;
import ai.leonardo.sdk.generated.model.SdVersion;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Client-wide values for the request fields a caller leaves unset. Immutable; configure the client
 * with one, and a request's own value always wins over it.
 *
 * <p>{@link #recommended()} is what a client uses unless told otherwise. It sets only
 * {@code num_images = 1}: the API's own default is 4, and every image costs credits, so a caller
 * who wants more asks for more. Everything else is left unset on purpose, so the server chooses per
 * model: the right size, Alchemy setting and style differ between models (Phoenix, Flux, SDXL, ...)
 * and a fixed client-side choice would be wrong for most of them. {@code public} is left unset
 * because private generations depend on the account's plan. {@link #none()} sends nothing the
 * caller did not set.
 */
public final class GenerationDefaults {
    private static final GenerationDefaults NONE = new Builder().build();
    private static final GenerationDefaults RECOMMENDED = new Builder().numImages(1).build();

    private final String modelId;
    private final SdVersion sdVersion;
    private final Integer width;
    private final Integer height;
    private final Integer numImages;
    private final Integer numInferenceSteps;
    private final Double guidanceScale;
    private final Scheduler scheduler;
    private final PresetStyle presetStyle;
    private final Boolean alchemy;
    private final String negativePrompt;
    private final Boolean isPublic;

    private GenerationDefaults(Builder b) {
        this.modelId = b.modelId;
        this.sdVersion = b.sdVersion;
        this.width = b.width;
        this.height = b.height;
        this.numImages = b.numImages;
        this.numInferenceSteps = b.numInferenceSteps;
        this.guidanceScale = b.guidanceScale;
        this.scheduler = b.scheduler;
        this.presetStyle = b.presetStyle;
        this.alchemy = b.alchemy;
        this.negativePrompt = b.negativePrompt;
        this.isPublic = b.isPublic;
    }

    /**
     * The SDK's chosen defaults: one image per request, everything else left to the server.
     *
     * @return the recommended defaults
     */
    public static GenerationDefaults recommended() {
        return RECOMMENDED;
    }

    /**
     * No defaults at all: a request sends exactly the fields its caller set.
     *
     * @return the empty defaults
     */
    public static GenerationDefaults none() {
        return NONE;
    }

    /**
     * Starts empty defaults; start from {@code recommended().toBuilder()} to keep the SDK's choices.
     *
     * @return a new builder with no field set
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder holding these defaults, to derive a variant.
     *
     * @return a new builder with every value of these defaults
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Returns the default for the model every request uses unless it names its own (wire name {@code modelId}).
     *
     * @return the default, or {@code null} when there is none
     */
    public String modelId() {
        return modelId;
    }

    /**
     * Returns the default for the base model version for requests without a model id (wire name {@code sd_version}).
     *
     * @return the default, or {@code null} when there is none
     */
    public SdVersion sdVersion() {
        return sdVersion;
    }

    /**
     * Returns the default for the input width in pixels (wire name {@code width}).
     *
     * @return the default, or {@code null} when there is none
     */
    public Integer width() {
        return width;
    }

    /**
     * Returns the default for the input height in pixels (wire name {@code height}).
     *
     * @return the default, or {@code null} when there is none
     */
    public Integer height() {
        return height;
    }

    /**
     * Returns the default for how many images each request generates (wire name {@code num_images}).
     *
     * @return the default, or {@code null} when there is none
     */
    public Integer numImages() {
        return numImages;
    }

    /**
     * Returns the default for the step count (wire name {@code num_inference_steps}).
     *
     * @return the default, or {@code null} when there is none
     */
    public Integer numInferenceSteps() {
        return numInferenceSteps;
    }

    /**
     * Returns the default for how strongly the images follow the prompt (wire name {@code guidance_scale}).
     *
     * @return the default, or {@code null} when there is none
     */
    public Double guidanceScale() {
        return guidanceScale;
    }

    /**
     * Returns the default for the sampler (wire name {@code scheduler}).
     *
     * @return the default, or {@code null} when there is none
     */
    public Scheduler scheduler() {
        return scheduler;
    }

    /**
     * Returns the default for the style (wire name {@code presetStyle}).
     *
     * @return the default, or {@code null} when there is none
     */
    public PresetStyle presetStyle() {
        return presetStyle;
    }

    /**
     * Returns the default for whether to use Alchemy (wire name {@code alchemy}).
     *
     * @return the default, or {@code null} when there is none
     */
    public Boolean alchemy() {
        return alchemy;
    }

    /**
     * Returns the default for what images should not show (wire name {@code negative_prompt}).
     *
     * @return the default, or {@code null} when there is none
     */
    public String negativePrompt() {
        return negativePrompt;
    }

    /**
     * Returns the default for whether images show in the community feed (wire name {@code public}).
     *
     * @return the default, or {@code null} when there is none
     */
    public Boolean isPublic() {
        return isPublic;
    }

    private Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("modelId", modelId);
        fields.put("sd_version", sdVersion);
        fields.put("width", width);
        fields.put("height", height);
        fields.put("num_images", numImages);
        fields.put("num_inference_steps", numInferenceSteps);
        fields.put("guidance_scale", guidanceScale);
        fields.put("scheduler", scheduler);
        fields.put("presetStyle", presetStyle);
        fields.put("alchemy", alchemy);
        fields.put("negative_prompt", negativePrompt);
        fields.put("public", isPublic);
        fields.values().removeIf(Objects::isNull);
        return fields;
    }

    /**
     * Two defaults are equal when every value is equal.
     *
     * @param o the other object
     * @return whether {@code o} holds the same defaults
     */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof GenerationDefaults other && fields().equals(other.fields());
    }

    /**
     * Hashes every value.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return fields().hashCode();
    }

    /**
     * Lists the set defaults by wire name.
     *
     * @return for example {@code GenerationDefaults{num_images=1}}
     */
    @Override
    public String toString() {
        return "GenerationDefaults" + fields();
    }

    /** Builds {@link GenerationDefaults}. Values are validated with each request they fill in. */
    public static final class Builder {
        private String modelId;
        private SdVersion sdVersion;
        private Integer width;
        private Integer height;
        private Integer numImages;
        private Integer numInferenceSteps;
        private Double guidanceScale;
        private Scheduler scheduler;
        private PresetStyle presetStyle;
        private Boolean alchemy;
        private String negativePrompt;
        private Boolean isPublic;

        private Builder() {
        }

        private Builder(GenerationDefaults d) {
            this.modelId = d.modelId;
            this.sdVersion = d.sdVersion;
            this.width = d.width;
            this.height = d.height;
            this.numImages = d.numImages;
            this.numInferenceSteps = d.numInferenceSteps;
            this.guidanceScale = d.guidanceScale;
            this.scheduler = d.scheduler;
            this.presetStyle = d.presetStyle;
            this.alchemy = d.alchemy;
            this.negativePrompt = d.negativePrompt;
            this.isPublic = d.isPublic;
        }

        /**
         * Sets the default for the model every request uses unless it names its own (wire name {@code modelId}).
         *
         * @param modelId the default
         * @return this builder
         */
        public Builder modelId(String modelId) {
            this.modelId = modelId;
            return this;
        }

        /**
         * Sets the default for the base model version for requests without a model id (wire name {@code sd_version}).
         *
         * @param sdVersion the default
         * @return this builder
         */
        public Builder sdVersion(SdVersion sdVersion) {
            this.sdVersion = sdVersion;
            return this;
        }

        /**
         * Sets the default for the input width in pixels (wire name {@code width}).
         *
         * @param width the default
         * @return this builder
         */
        public Builder width(int width) {
            this.width = width;
            return this;
        }

        /**
         * Sets the default for the input height in pixels (wire name {@code height}).
         *
         * @param height the default
         * @return this builder
         */
        public Builder height(int height) {
            this.height = height;
            return this;
        }

        /**
         * Sets the default for how many images each request generates (wire name {@code num_images}).
         *
         * @param numImages the default
         * @return this builder
         */
        public Builder numImages(int numImages) {
            this.numImages = numImages;
            return this;
        }

        /**
         * Sets the default for the step count (wire name {@code num_inference_steps}).
         *
         * @param numInferenceSteps the default
         * @return this builder
         */
        public Builder numInferenceSteps(int numInferenceSteps) {
            this.numInferenceSteps = numInferenceSteps;
            return this;
        }

        /**
         * Sets the default for how strongly the images follow the prompt (wire name {@code guidance_scale}).
         *
         * @param guidanceScale the default
         * @return this builder
         */
        public Builder guidanceScale(double guidanceScale) {
            this.guidanceScale = guidanceScale;
            return this;
        }

        /**
         * Sets the default for the sampler (wire name {@code scheduler}).
         *
         * @param scheduler the default
         * @return this builder
         */
        public Builder scheduler(Scheduler scheduler) {
            this.scheduler = scheduler;
            return this;
        }

        /**
         * Sets the default for the style (wire name {@code presetStyle}).
         *
         * @param presetStyle the default
         * @return this builder
         */
        public Builder presetStyle(PresetStyle presetStyle) {
            this.presetStyle = presetStyle;
            return this;
        }

        /**
         * Sets the default for whether to use Alchemy (wire name {@code alchemy}).
         *
         * @param alchemy the default
         * @return this builder
         */
        public Builder alchemy(boolean alchemy) {
            this.alchemy = alchemy;
            return this;
        }

        /**
         * Sets the default for what images should not show (wire name {@code negative_prompt}).
         *
         * @param negativePrompt the default
         * @return this builder
         */
        public Builder negativePrompt(String negativePrompt) {
            this.negativePrompt = negativePrompt;
            return this;
        }

        /**
         * Sets the default for whether images show in the community feed (wire name {@code public}).
         *
         * @param isPublic the default
         * @return this builder
         */
        public Builder isPublic(boolean isPublic) {
            this.isPublic = isPublic;
            return this;
        }

        /**
         * Builds the immutable defaults.
         *
         * @return the defaults
         */
        public GenerationDefaults build() {
            return new GenerationDefaults(this);
        }
    }
}

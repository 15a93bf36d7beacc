package ai.leonardo.sdk;

import ai.leonardo.sdk.generated.model.PresetStyle;

/**
 * What to generate. Immutable; build one with {@link #builder()}. Only the fields a caller sets
 * (plus the client's documented {@link GenerationDefaults}) are sent.
 */
public final class GenerationRequest {
    private final String prompt;
    private final String negativePrompt;
    private final String modelId;
    private final Integer width;
    private final Integer height;
    private final Integer numImages;
    private final Long seed;
    private final PresetStyle presetStyle;
    private final Boolean alchemy;

    private GenerationRequest(Builder b) {
        this.prompt = b.prompt;
        this.negativePrompt = b.negativePrompt;
        this.modelId = b.modelId;
        this.width = b.width;
        this.height = b.height;
        this.numImages = b.numImages;
        this.seed = b.seed;
        this.presetStyle = b.presetStyle;
        this.alchemy = b.alchemy;
    }

    /** @return a new, empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the prompt */
    public String prompt() { return prompt; }
    /** @return the negative prompt, or null when unset */
    public String negativePrompt() { return negativePrompt; }
    /** @return the model id, or null when unset */
    public String modelId() { return modelId; }
    /** @return the width, or null when unset */
    public Integer width() { return width; }
    /** @return the height, or null when unset */
    public Integer height() { return height; }
    /** @return the number of images, or null when unset */
    public Integer numImages() { return numImages; }
    /** @return the seed, or null when unset */
    public Long seed() { return seed; }
    /** @return the preset style, or null when unset */
    public PresetStyle presetStyle() { return presetStyle; }
    /** @return whether alchemy is on, or null when unset */
    public Boolean alchemy() { return alchemy; }

    /** Builds a {@link GenerationRequest}. */
    public static final class Builder {
        private String prompt;
        private String negativePrompt;
        private String modelId;
        private Integer width;
        private Integer height;
        private Integer numImages;
        private Long seed;
        private PresetStyle presetStyle;
        private Boolean alchemy;

        private Builder() {
        }

        /** @param prompt the prompt @return this builder */
        public Builder prompt(String prompt) { this.prompt = prompt; return this; }
        /** @param negativePrompt the negative prompt @return this builder */
        public Builder negativePrompt(String negativePrompt) { this.negativePrompt = negativePrompt; return this; }
        /** @param modelId the model @return this builder */
        public Builder modelId(String modelId) { this.modelId = modelId; return this; }
        /** @param width the width @return this builder */
        public Builder width(int width) { this.width = width; return this; }
        /** @param height the height @return this builder */
        public Builder height(int height) { this.height = height; return this; }
        /** @param numImages the number of images @return this builder */
        public Builder numImages(int numImages) { this.numImages = numImages; return this; }
        /** @param seed the seed @return this builder */
        public Builder seed(long seed) { this.seed = seed; return this; }
        /** @param presetStyle the style @return this builder */
        public Builder presetStyle(PresetStyle presetStyle) { this.presetStyle = presetStyle; return this; }
        /** @param alchemy whether to use alchemy @return this builder */
        public Builder alchemy(boolean alchemy) { this.alchemy = alchemy; return this; }

        /** @return the request */
        public GenerationRequest build() {
            return new GenerationRequest(this);
        }
    }
}

package ai.leonardo.sdk;

import ai.leonardo.sdk.generated.model.CanvasRequestType;
import ai.leonardo.sdk.generated.model.ControlnetType;
import ai.leonardo.sdk.generated.model.CreateGenerationRequest.TransparencyEnum;
import ai.leonardo.sdk.generated.model.PresetStyle;
import ai.leonardo.sdk.generated.model.Scheduler;
import ai.leonardo.sdk.generated.model.SdVersion;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What to generate: every field of the API's {@code POST /generations} body. Immutable; build one
 * with {@link #builder()} and derive variants with {@link #toBuilder()}.
 *
 * <p>Every field is optional here and its accessor returns {@code null} when unset. Only fields the
 * caller set, plus the client's documented {@link GenerationDefaults}, are sent: an unset field is
 * left out of the JSON so the server applies its own per-model behaviour. The request's own values
 * always win over the client's defaults.
 *
 * <p>Building never fails on a broken rule. The client checks every rule the API documents before
 * sending, and reports all broken ones at once in a {@link ValidationException}; see
 * {@code DEFAULTS-AND-VALIDATION.md}.
 */
public final class GenerationRequest {
    private final String prompt;
    private final String negativePrompt;
    private final String modelId;
    private final SdVersion sdVersion;
    private final Integer width;
    private final Integer height;
    private final Integer numImages;
    private final Integer numInferenceSteps;
    private final Double guidanceScale;
    private final Long seed;
    private final Scheduler scheduler;
    private final PresetStyle presetStyle;
    private final Boolean alchemy;
    private final Double contrastRatio;
    private final Double contrast;
    private final Boolean expandedDomain;
    private final Boolean highContrast;
    private final Boolean highResolution;
    private final Boolean fantasyAvatar;
    private final Boolean photoReal;
    private final String photoRealVersion;
    private final Double photoRealStrength;
    private final Boolean promptMagic;
    private final Double promptMagicStrength;
    private final String promptMagicVersion;
    private final Boolean ultra;
    private final String initImageId;
    private final String initGenerationImageId;
    private final Double initStrength;
    private final List<String> imagePrompts;
    private final Double imagePromptWeight;
    private final List<ControlNet> controlnets;
    private final List<ElementRef> elements;
    private final List<UserElementRef> userElements;
    private final Boolean isPublic;
    private final Boolean tiling;
    private final TransparencyEnum transparency;
    private final Boolean unzoom;
    private final Double unzoomAmount;
    private final Double upscaleRatio;
    @Deprecated
    private final Boolean controlNet;
    @Deprecated
    private final ControlnetType controlNetType;
    @Deprecated
    private final Double weighting;
    private final Boolean canvasRequest;
    private final CanvasRequestType canvasRequestType;
    private final String canvasInitId;
    private final String canvasMaskId;
    private final Boolean enhancePrompt;
    private final String enhancePromptInstruction;

    private GenerationRequest(Builder b) {
        this.prompt = b.prompt;
        this.negativePrompt = b.negativePrompt;
        this.modelId = b.modelId;
        this.sdVersion = b.sdVersion;
        this.width = b.width;
        this.height = b.height;
        this.numImages = b.numImages;
        this.numInferenceSteps = b.numInferenceSteps;
        this.guidanceScale = b.guidanceScale;
        this.seed = b.seed;
        this.scheduler = b.scheduler;
        this.presetStyle = b.presetStyle;
        this.alchemy = b.alchemy;
        this.contrastRatio = b.contrastRatio;
        this.contrast = b.contrast;
        this.expandedDomain = b.expandedDomain;
        this.highContrast = b.highContrast;
        this.highResolution = b.highResolution;
        this.fantasyAvatar = b.fantasyAvatar;
        this.photoReal = b.photoReal;
        this.photoRealVersion = b.photoRealVersion;
        this.photoRealStrength = b.photoRealStrength;
        this.promptMagic = b.promptMagic;
        this.promptMagicStrength = b.promptMagicStrength;
        this.promptMagicVersion = b.promptMagicVersion;
        this.ultra = b.ultra;
        this.initImageId = b.initImageId;
        this.initGenerationImageId = b.initGenerationImageId;
        this.initStrength = b.initStrength;
        this.imagePrompts = b.imagePrompts;
        this.imagePromptWeight = b.imagePromptWeight;
        this.controlnets = b.controlnets;
        this.elements = b.elements;
        this.userElements = b.userElements;
        this.isPublic = b.isPublic;
        this.tiling = b.tiling;
        this.transparency = b.transparency;
        this.unzoom = b.unzoom;
        this.unzoomAmount = b.unzoomAmount;
        this.upscaleRatio = b.upscaleRatio;
        this.controlNet = b.controlNet;
        this.controlNetType = b.controlNetType;
        this.weighting = b.weighting;
        this.canvasRequest = b.canvasRequest;
        this.canvasRequestType = b.canvasRequestType;
        this.canvasInitId = b.canvasInitId;
        this.canvasMaskId = b.canvasMaskId;
        this.enhancePrompt = b.enhancePrompt;
        this.enhancePromptInstruction = b.enhancePromptInstruction;
    }

    /**
     * Starts an empty request.
     *
     * @return a new builder with no field set
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder holding this request's values, to derive a variant.
     *
     * @return a new builder with every field of this request
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Returns the text describing the images to generate; required and not blank (wire name {@code prompt}).
     *
     * @return the value, or {@code null} when unset
     */
    public String prompt() {
        return prompt;
    }

    /**
     * Returns what the images should not show (wire name {@code negative_prompt}).
     *
     * @return the value, or {@code null} when unset
     */
    public String negativePrompt() {
        return negativePrompt;
    }

    /**
     * Returns the model to generate with; when unset the server picks one from {@code sd_version} (wire name {@code modelId}).
     *
     * @return the value, or {@code null} when unset
     */
    public String modelId() {
        return modelId;
    }

    /**
     * Returns the base Stable Diffusion (or Phoenix, Flux, ...) version to use when no model id is given (wire name {@code sd_version}).
     *
     * @return the value, or {@code null} when unset
     */
    public SdVersion sdVersion() {
        return sdVersion;
    }

    /**
     * Returns the input width in pixels: 32 to 1536 and a multiple of 8 (wire name {@code width}).
     *
     * @return the value, or {@code null} when unset
     */
    public Integer width() {
        return width;
    }

    /**
     * Returns the input height in pixels: 32 to 1536 and a multiple of 8 (wire name {@code height}).
     *
     * @return the value, or {@code null} when unset
     */
    public Integer height() {
        return height;
    }

    /**
     * Returns how many images to generate: 1 to 8, or 1 to 4 when width or height is over 768 (wire name {@code num_images}).
     *
     * @return the value, or {@code null} when unset
     */
    public Integer numImages() {
        return numImages;
    }

    /**
     * Returns the step count: 10 to 60 (wire name {@code num_inference_steps}).
     *
     * @return the value, or {@code null} when unset
     */
    public Integer numInferenceSteps() {
        return numInferenceSteps;
    }

    /**
     * Returns how strongly the images follow the prompt: 1 to 20 (the vendor recommends 7) (wire name {@code guidance_scale}).
     *
     * @return the value, or {@code null} when unset
     */
    public Double guidanceScale() {
        return guidanceScale;
    }

    /**
     * Returns a fixed seed for repeatable results: 0 to 9,999,999,998, or to 2,147,483,637 for Flux (wire name {@code seed}).
     *
     * @return the value, or {@code null} when unset
     */
    public Long seed() {
        return seed;
    }

    /**
     * Returns the sampler (wire name {@code scheduler}).
     *
     * @return the value, or {@code null} when unset
     */
    public Scheduler scheduler() {
        return scheduler;
    }

    /**
     * Returns the style; with alchemy off only LEONARDO or NONE, with alchemy on the alchemy styles (see the validation rules) (wire name {@code presetStyle}).
     *
     * @return the value, or {@code null} when unset
     */
    public PresetStyle presetStyle() {
        return presetStyle;
    }

    /**
     * Returns whether to use Alchemy (the server picks the Alchemy version for the model) (wire name {@code alchemy}).
     *
     * @return the value, or {@code null} when unset
     */
    public Boolean alchemy() {
        return alchemy;
    }

    /**
     * Returns the Alchemy contrast ratio: 0 to 1 (wire name {@code contrastRatio}).
     *
     * @return the value, or {@code null} when unset
     */
    public Double contrastRatio() {
        return contrastRatio;
    }

    /**
     * Returns the contrast for Phoenix and Flux: one of 1.0, 1.3, 1.8, 2.5, 3, 3.5, 4, 4.5 (wire name {@code contrast}).
     *
     * @return the value, or {@code null} when unset
     */
    public Double contrast() {
        return contrast;
    }

    /**
     * Returns whether to use Alchemy's Expanded Domain feature (wire name {@code expandedDomain}).
     *
     * @return the value, or {@code null} when unset
     */
    public Boolean expandedDomain() {
        return expandedDomain;
    }

    /**
     * Returns whether to use Prompt Magic's High Contrast feature; false enables RAW mode (wire name {@code highContrast}).
     *
     * @return the value, or {@code null} when unset
     */
    public Boolean highContrast() {
        return highContrast;
    }

    /**
     * Returns whether to use Prompt Magic's High Resolution feature (wire name {@code highResolution}).
     *
     * @return the value, or {@code null} when unset
     */
    public Boolean highResolution() {
        return highResolution;
    }

    /**
     * Returns whether to use the Fantasy Avatar feature (wire name {@code fantasyAvatar}).
     *
     * @return the value, or {@code null} when unset
     */
    public Boolean fantasyAvatar() {
        return fantasyAvatar;
    }

    /**
     * Returns whether to use PhotoReal; requires Alchemy, and no model id for PhotoReal v1 (wire name {@code photoReal}).
     *
     * @return the value, or {@code null} when unset
     */
    public Boolean photoReal() {
        return photoReal;
    }

    /**
     * Returns the PhotoReal version: {@code v1} or {@code v2} (wire name {@code photoRealVersion}).
     *
     * @return the value, or {@code null} when unset
     */
    public String photoRealVersion() {
        return photoRealVersion;
    }

    /**
     * Returns PhotoReal's depth of field: 0.55 (low), 0.5 (medium) or 0.45 (high) (wire name {@code photoRealStrength}).
     *
     * @return the value, or {@code null} when unset
     */
    public Double photoRealStrength() {
        return photoRealStrength;
    }

    /**
     * Returns whether to use Prompt Magic (wire name {@code promptMagic}).
     *
     * @return the value, or {@code null} when unset
     */
    public Boolean promptMagic() {
        return promptMagic;
    }

    /**
     * Returns the Prompt Magic strength: 0.1 to 1.0 (wire name {@code promptMagicStrength}).
     *
     * @return the value, or {@code null} when unset
     */
    public Double promptMagicStrength() {
        return promptMagicStrength;
    }

    /**
     * Returns the Prompt Magic version, {@code v2} or {@code v3}; only with Prompt Magic on (wire name {@code promptMagicVersion}).
     *
     * @return the value, or {@code null} when unset
     */
    public String promptMagicVersion() {
        return promptMagicVersion;
    }

    /**
     * Returns whether to use Ultra mode; cannot be combined with Alchemy (wire name {@code ultra}).
     *
     * @return the value, or {@code null} when unset
     */
    public Boolean ultra() {
        return ultra;
    }

    /**
     * Returns the id of an uploaded init image for image-to-image (wire name {@code init_image_id}).
     *
     * @return the value, or {@code null} when unset
     */
    public String initImageId() {
        return initImageId;
    }

    /**
     * Returns the id of a previously generated image for image-to-image (wire name {@code init_generation_image_id}).
     *
     * @return the value, or {@code null} when unset
     */
    public String initGenerationImageId() {
        return initGenerationImageId;
    }

    /**
     * Returns how strongly the images follow the init image: 0.1 to 0.9 (wire name {@code init_strength}).
     *
     * @return the value, or {@code null} when unset
     */
    public Double initStrength() {
        return initStrength;
    }

    /**
     * Returns the ids of images used as image prompts (wire name {@code imagePrompts}).
     *
     * @return the value, or {@code null} when unset
     */
    public List<String> imagePrompts() {
        return imagePrompts;
    }

    /**
     * Returns how strongly the image prompts apply (wire name {@code imagePromptWeight}).
     *
     * @return the value, or {@code null} when unset
     */
    public Double imagePromptWeight() {
        return imagePromptWeight;
    }

    /**
     * Returns the ControlNets guiding the generation (wire name {@code controlnets}).
     *
     * @return the value, or {@code null} when unset
     */
    public List<ControlNet> controlnets() {
        return controlnets;
    }

    /**
     * Returns the platform elements (LoRAs) to apply (wire name {@code elements}).
     *
     * @return the value, or {@code null} when unset
     */
    public List<ElementRef> elements() {
        return elements;
    }

    /**
     * Returns the caller's own trained elements to apply (wire name {@code userElements}).
     *
     * @return the value, or {@code null} when unset
     */
    public List<UserElementRef> userElements() {
        return userElements;
    }

    /**
     * Returns whether the images show in the community feed (wire name {@code public}).
     *
     * @return the value, or {@code null} when unset
     */
    public Boolean isPublic() {
        return isPublic;
    }

    /**
     * Returns whether the images tile on all axes (wire name {@code tiling}).
     *
     * @return the value, or {@code null} when unset
     */
    public Boolean tiling() {
        return tiling;
    }

    /**
     * Returns the kind of transparency the images use (wire name {@code transparency}).
     *
     * @return the value, or {@code null} when unset
     */
    public TransparencyEnum transparency() {
        return transparency;
    }

    /**
     * Returns whether to unzoom; requires {@code unzoomAmount} and {@code init_image_id} (wire name {@code unzoom}).
     *
     * @return the value, or {@code null} when unset
     */
    public Boolean unzoom() {
        return unzoom;
    }

    /**
     * Returns how much to unzoom; requires {@code unzoom} true and {@code init_image_id} (wire name {@code unzoomAmount}).
     *
     * @return the value, or {@code null} when unset
     */
    public Double unzoomAmount() {
        return unzoomAmount;
    }

    /**
     * Returns how much to upscale (Enterprise only) (wire name {@code upscaleRatio}).
     *
     * @return the value, or {@code null} when unset
     */
    public Double upscaleRatio() {
        return upscaleRatio;
    }

    /**
     * Returns the legacy single ControlNet switch (wire name {@code controlNet}).
     *
     * @return the value, or {@code null} when unset
     * @deprecated the vendor retires this field; use {@link #controlnets()} instead
     */
    @Deprecated
    public Boolean controlNet() {
        return controlNet;
    }

    /**
     * Returns the legacy single ControlNet type (wire name {@code controlNetType}).
     *
     * @return the value, or {@code null} when unset
     * @deprecated the vendor retires this field; use {@link #controlnets()} instead
     */
    @Deprecated
    public ControlnetType controlNetType() {
        return controlNetType;
    }

    /**
     * Returns the legacy single ControlNet weight (wire name {@code weighting}).
     *
     * @return the value, or {@code null} when unset
     * @deprecated the vendor retires this field; use {@link #controlnets()} instead
     */
    @Deprecated
    public Double weighting() {
        return weighting;
    }

    /**
     * Returns whether the generation is for the Canvas Editor (wire name {@code canvasRequest}).
     *
     * @return the value, or {@code null} when unset
     */
    public Boolean canvasRequest() {
        return canvasRequest;
    }

    /**
     * Returns the Canvas Editor request type (wire name {@code canvasRequestType}).
     *
     * @return the value, or {@code null} when unset
     */
    public CanvasRequestType canvasRequestType() {
        return canvasRequestType;
    }

    /**
     * Returns the id of the Canvas Editor's initial image (wire name {@code canvasInitId}).
     *
     * @return the value, or {@code null} when unset
     */
    public String canvasInitId() {
        return canvasInitId;
    }

    /**
     * Returns the id of the Canvas Editor's mask image (wire name {@code canvasMaskId}).
     *
     * @return the value, or {@code null} when unset
     */
    public String canvasMaskId() {
        return canvasMaskId;
    }

    /**
     * Returns whether the server expands the prompt with more detail (wire name {@code enhancePrompt}).
     *
     * @return the value, or {@code null} when unset
     */
    public Boolean enhancePrompt() {
        return enhancePrompt;
    }

    /**
     * Returns instructions for the prompt expansion; only with {@code enhancePrompt} on (wire name {@code enhancePromptInstruction}).
     *
     * @return the value, or {@code null} when unset
     */
    public String enhancePromptInstruction() {
        return enhancePromptInstruction;
    }

    /** The set fields by wire name, prompt first: one place for equality and display. */
    private Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("prompt", prompt);
        fields.put("negative_prompt", negativePrompt);
        fields.put("modelId", modelId);
        fields.put("sd_version", sdVersion);
        fields.put("width", width);
        fields.put("height", height);
        fields.put("num_images", numImages);
        fields.put("num_inference_steps", numInferenceSteps);
        fields.put("guidance_scale", guidanceScale);
        fields.put("seed", seed);
        fields.put("scheduler", scheduler);
        fields.put("presetStyle", presetStyle);
        fields.put("alchemy", alchemy);
        fields.put("contrastRatio", contrastRatio);
        fields.put("contrast", contrast);
        fields.put("expandedDomain", expandedDomain);
        fields.put("highContrast", highContrast);
        fields.put("highResolution", highResolution);
        fields.put("fantasyAvatar", fantasyAvatar);
        fields.put("photoReal", photoReal);
        fields.put("photoRealVersion", photoRealVersion);
        fields.put("photoRealStrength", photoRealStrength);
        fields.put("promptMagic", promptMagic);
        fields.put("promptMagicStrength", promptMagicStrength);
        fields.put("promptMagicVersion", promptMagicVersion);
        fields.put("ultra", ultra);
        fields.put("init_image_id", initImageId);
        fields.put("init_generation_image_id", initGenerationImageId);
        fields.put("init_strength", initStrength);
        fields.put("imagePrompts", imagePrompts);
        fields.put("imagePromptWeight", imagePromptWeight);
        fields.put("controlnets", controlnets);
        fields.put("elements", elements);
        fields.put("userElements", userElements);
        fields.put("public", isPublic);
        fields.put("tiling", tiling);
        fields.put("transparency", transparency);
        fields.put("unzoom", unzoom);
        fields.put("unzoomAmount", unzoomAmount);
        fields.put("upscaleRatio", upscaleRatio);
        fields.put("controlNet", controlNet);
        fields.put("controlNetType", controlNetType);
        fields.put("weighting", weighting);
        fields.put("canvasRequest", canvasRequest);
        fields.put("canvasRequestType", canvasRequestType);
        fields.put("canvasInitId", canvasInitId);
        fields.put("canvasMaskId", canvasMaskId);
        fields.put("enhancePrompt", enhancePrompt);
        fields.put("enhancePromptInstruction", enhancePromptInstruction);
        fields.values().removeIf(Objects::isNull);
        return fields;
    }

    /**
     * Two requests are equal when every field is equal.
     *
     * @param o the other object
     * @return whether {@code o} is an equal request
     */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof GenerationRequest other && fields().equals(other.fields());
    }

    /**
     * Hashes every field.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return fields().hashCode();
    }

    /**
     * Lists the set fields by wire name.
     *
     * @return for example {@code GenerationRequest{prompt=A lighthouse, num_images=2}}
     */
    @Override
    public String toString() {
        return "GenerationRequest" + fields();
    }

    /**
     * Builds a {@link GenerationRequest}. Each setter documents the API's rule for its field;
     * rules are checked when the request is sent, not here.
     */
    public static final class Builder {
        private String prompt;
        private String negativePrompt;
        private String modelId;
        private SdVersion sdVersion;
        private Integer width;
        private Integer height;
        private Integer numImages;
        private Integer numInferenceSteps;
        private Double guidanceScale;
        private Long seed;
        private Scheduler scheduler;
        private PresetStyle presetStyle;
        private Boolean alchemy;
        private Double contrastRatio;
        private Double contrast;
        private Boolean expandedDomain;
        private Boolean highContrast;
        private Boolean highResolution;
        private Boolean fantasyAvatar;
        private Boolean photoReal;
        private String photoRealVersion;
        private Double photoRealStrength;
        private Boolean promptMagic;
        private Double promptMagicStrength;
        private String promptMagicVersion;
        private Boolean ultra;
        private String initImageId;
        private String initGenerationImageId;
        private Double initStrength;
        private List<String> imagePrompts;
        private Double imagePromptWeight;
        private List<ControlNet> controlnets;
        private List<ElementRef> elements;
        private List<UserElementRef> userElements;
        private Boolean isPublic;
        private Boolean tiling;
        private TransparencyEnum transparency;
        private Boolean unzoom;
        private Double unzoomAmount;
        private Double upscaleRatio;
        @Deprecated
        private Boolean controlNet;
        @Deprecated
        private ControlnetType controlNetType;
        @Deprecated
        private Double weighting;
        private Boolean canvasRequest;
        private CanvasRequestType canvasRequestType;
        private String canvasInitId;
        private String canvasMaskId;
        private Boolean enhancePrompt;
        private String enhancePromptInstruction;

        private Builder() {
        }

        private Builder(GenerationRequest r) {
            this.prompt = r.prompt;
            this.negativePrompt = r.negativePrompt;
            this.modelId = r.modelId;
            this.sdVersion = r.sdVersion;
            this.width = r.width;
            this.height = r.height;
            this.numImages = r.numImages;
            this.numInferenceSteps = r.numInferenceSteps;
            this.guidanceScale = r.guidanceScale;
            this.seed = r.seed;
            this.scheduler = r.scheduler;
            this.presetStyle = r.presetStyle;
            this.alchemy = r.alchemy;
            this.contrastRatio = r.contrastRatio;
            this.contrast = r.contrast;
            this.expandedDomain = r.expandedDomain;
            this.highContrast = r.highContrast;
            this.highResolution = r.highResolution;
            this.fantasyAvatar = r.fantasyAvatar;
            this.photoReal = r.photoReal;
            this.photoRealVersion = r.photoRealVersion;
            this.photoRealStrength = r.photoRealStrength;
            this.promptMagic = r.promptMagic;
            this.promptMagicStrength = r.promptMagicStrength;
            this.promptMagicVersion = r.promptMagicVersion;
            this.ultra = r.ultra;
            this.initImageId = r.initImageId;
            this.initGenerationImageId = r.initGenerationImageId;
            this.initStrength = r.initStrength;
            this.imagePrompts = r.imagePrompts;
            this.imagePromptWeight = r.imagePromptWeight;
            this.controlnets = r.controlnets;
            this.elements = r.elements;
            this.userElements = r.userElements;
            this.isPublic = r.isPublic;
            this.tiling = r.tiling;
            this.transparency = r.transparency;
            this.unzoom = r.unzoom;
            this.unzoomAmount = r.unzoomAmount;
            this.upscaleRatio = r.upscaleRatio;
            this.controlNet = r.controlNet;
            this.controlNetType = r.controlNetType;
            this.weighting = r.weighting;
            this.canvasRequest = r.canvasRequest;
            this.canvasRequestType = r.canvasRequestType;
            this.canvasInitId = r.canvasInitId;
            this.canvasMaskId = r.canvasMaskId;
            this.enhancePrompt = r.enhancePrompt;
            this.enhancePromptInstruction = r.enhancePromptInstruction;
        }

        /**
         * Sets the text describing the images to generate; required and not blank (wire name {@code prompt}).
         *
         * @param prompt the value
         * @return this builder
         */
        public Builder prompt(String prompt) {
            this.prompt = prompt;
            return this;
        }

        /**
         * Sets what the images should not show (wire name {@code negative_prompt}).
         *
         * @param negativePrompt the value
         * @return this builder
         */
        public Builder negativePrompt(String negativePrompt) {
            this.negativePrompt = negativePrompt;
            return this;
        }

        /**
         * Sets the model to generate with; when unset the server picks one from {@code sd_version} (wire name {@code modelId}).
         *
         * @param modelId the value
         * @return this builder
         */
        public Builder modelId(String modelId) {
            this.modelId = modelId;
            return this;
        }

        /**
         * Sets the base Stable Diffusion (or Phoenix, Flux, ...) version to use when no model id is given (wire name {@code sd_version}).
         *
         * @param sdVersion the value
         * @return this builder
         */
        public Builder sdVersion(SdVersion sdVersion) {
            this.sdVersion = sdVersion;
            return this;
        }

        /**
         * Sets the input width in pixels: 32 to 1536 and a multiple of 8 (wire name {@code width}).
         *
         * @param width the value
         * @return this builder
         */
        public Builder width(int width) {
            this.width = width;
            return this;
        }

        /**
         * Sets the input height in pixels: 32 to 1536 and a multiple of 8 (wire name {@code height}).
         *
         * @param height the value
         * @return this builder
         */
        public Builder height(int height) {
            this.height = height;
            return this;
        }

        /**
         * Sets how many images to generate: 1 to 8, or 1 to 4 when width or height is over 768 (wire name {@code num_images}).
         *
         * @param numImages the value
         * @return this builder
         */
        public Builder numImages(int numImages) {
            this.numImages = numImages;
            return this;
        }

        /**
         * Sets the step count: 10 to 60 (wire name {@code num_inference_steps}).
         *
         * @param numInferenceSteps the value
         * @return this builder
         */
        public Builder numInferenceSteps(int numInferenceSteps) {
            this.numInferenceSteps = numInferenceSteps;
            return this;
        }

        /**
         * Sets how strongly the images follow the prompt: 1 to 20 (the vendor recommends 7) (wire name {@code guidance_scale}).
         *
         * @param guidanceScale the value
         * @return this builder
         */
        public Builder guidanceScale(double guidanceScale) {
            this.guidanceScale = guidanceScale;
            return this;
        }

        /**
         * Sets a fixed seed for repeatable results: 0 to 9,999,999,998, or to 2,147,483,637 for Flux (wire name {@code seed}).
         *
         * @param seed the value
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * Sets the sampler (wire name {@code scheduler}).
         *
         * @param scheduler the value
         * @return this builder
         */
        public Builder scheduler(Scheduler scheduler) {
            this.scheduler = scheduler;
            return this;
        }

        /**
         * Sets the style; with alchemy off only LEONARDO or NONE, with alchemy on the alchemy styles (see the validation rules) (wire name {@code presetStyle}).
         *
         * @param presetStyle the value
         * @return this builder
         */
        public Builder presetStyle(PresetStyle presetStyle) {
            this.presetStyle = presetStyle;
            return this;
        }

        /**
         * Sets whether to use Alchemy (the server picks the Alchemy version for the model) (wire name {@code alchemy}).
         *
         * @param alchemy the value
         * @return this builder
         */
        public Builder alchemy(boolean alchemy) {
            this.alchemy = alchemy;
            return this;
        }

        /**
         * Sets the Alchemy contrast ratio: 0 to 1 (wire name {@code contrastRatio}).
         *
         * @param contrastRatio the value
         * @return this builder
         */
        public Builder contrastRatio(double contrastRatio) {
            this.contrastRatio = contrastRatio;
            return this;
        }

        /**
         * Sets the contrast for Phoenix and Flux: one of 1.0, 1.3, 1.8, 2.5, 3, 3.5, 4, 4.5 (wire name {@code contrast}).
         *
         * @param contrast the value
         * @return this builder
         */
        public Builder contrast(double contrast) {
            this.contrast = contrast;
            return this;
        }

        /**
         * Sets whether to use Alchemy's Expanded Domain feature (wire name {@code expandedDomain}).
         *
         * @param expandedDomain the value
         * @return this builder
         */
        public Builder expandedDomain(boolean expandedDomain) {
            this.expandedDomain = expandedDomain;
            return this;
        }

        /**
         * Sets whether to use Prompt Magic's High Contrast feature; false enables RAW mode (wire name {@code highContrast}).
         *
         * @param highContrast the value
         * @return this builder
         */
        public Builder highContrast(boolean highContrast) {
            this.highContrast = highContrast;
            return this;
        }

        /**
         * Sets whether to use Prompt Magic's High Resolution feature (wire name {@code highResolution}).
         *
         * @param highResolution the value
         * @return this builder
         */
        public Builder highResolution(boolean highResolution) {
            this.highResolution = highResolution;
            return this;
        }

        /**
         * Sets whether to use the Fantasy Avatar feature (wire name {@code fantasyAvatar}).
         *
         * @param fantasyAvatar the value
         * @return this builder
         */
        public Builder fantasyAvatar(boolean fantasyAvatar) {
            this.fantasyAvatar = fantasyAvatar;
            return this;
        }

        /**
         * Sets whether to use PhotoReal; requires Alchemy, and no model id for PhotoReal v1 (wire name {@code photoReal}).
         *
         * @param photoReal the value
         * @return this builder
         */
        public Builder photoReal(boolean photoReal) {
            this.photoReal = photoReal;
            return this;
        }

        /**
         * Sets the PhotoReal version: {@code v1} or {@code v2} (wire name {@code photoRealVersion}).
         *
         * @param photoRealVersion the value
         * @return this builder
         */
        public Builder photoRealVersion(String photoRealVersion) {
            this.photoRealVersion = photoRealVersion;
            return this;
        }

        /**
         * Sets PhotoReal's depth of field: 0.55 (low), 0.5 (medium) or 0.45 (high) (wire name {@code photoRealStrength}).
         *
         * @param photoRealStrength the value
         * @return this builder
         */
        public Builder photoRealStrength(double photoRealStrength) {
            this.photoRealStrength = photoRealStrength;
            return this;
        }

        /**
         * Sets whether to use Prompt Magic (wire name {@code promptMagic}).
         *
         * @param promptMagic the value
         * @return this builder
         */
        public Builder promptMagic(boolean promptMagic) {
            this.promptMagic = promptMagic;
            return this;
        }

        /**
         * Sets the Prompt Magic strength: 0.1 to 1.0 (wire name {@code promptMagicStrength}).
         *
         * @param promptMagicStrength the value
         * @return this builder
         */
        public Builder promptMagicStrength(double promptMagicStrength) {
            this.promptMagicStrength = promptMagicStrength;
            return this;
        }

        /**
         * Sets the Prompt Magic version, {@code v2} or {@code v3}; only with Prompt Magic on (wire name {@code promptMagicVersion}).
         *
         * @param promptMagicVersion the value
         * @return this builder
         */
        public Builder promptMagicVersion(String promptMagicVersion) {
            this.promptMagicVersion = promptMagicVersion;
            return this;
        }

        /**
         * Sets whether to use Ultra mode; cannot be combined with Alchemy (wire name {@code ultra}).
         *
         * @param ultra the value
         * @return this builder
         */
        public Builder ultra(boolean ultra) {
            this.ultra = ultra;
            return this;
        }

        /**
         * Sets the id of an uploaded init image for image-to-image (wire name {@code init_image_id}).
         *
         * @param initImageId the value
         * @return this builder
         */
        public Builder initImageId(String initImageId) {
            this.initImageId = initImageId;
            return this;
        }

        /**
         * Sets the id of a previously generated image for image-to-image (wire name {@code init_generation_image_id}).
         *
         * @param initGenerationImageId the value
         * @return this builder
         */
        public Builder initGenerationImageId(String initGenerationImageId) {
            this.initGenerationImageId = initGenerationImageId;
            return this;
        }

        /**
         * Sets how strongly the images follow the init image: 0.1 to 0.9 (wire name {@code init_strength}).
         *
         * @param initStrength the value
         * @return this builder
         */
        public Builder initStrength(double initStrength) {
            this.initStrength = initStrength;
            return this;
        }

        /**
         * Sets the ids of images used as image prompts (wire name {@code imagePrompts}).
         *
         * @param imagePrompts the value, copied; neither the list nor its items may be null
         * @return this builder
         */
        public Builder imagePrompts(List<String> imagePrompts) {
            this.imagePrompts = List.copyOf(imagePrompts);
            return this;
        }

        /**
         * Sets the ids of images used as image prompts (wire name {@code imagePrompts}).
         *
         * @param imagePrompts the values; none may be null
         * @return this builder
         */
        public Builder imagePrompts(String... imagePrompts) {
            return imagePrompts(Arrays.asList(imagePrompts));
        }

        /**
         * Sets how strongly the image prompts apply (wire name {@code imagePromptWeight}).
         *
         * @param imagePromptWeight the value
         * @return this builder
         */
        public Builder imagePromptWeight(double imagePromptWeight) {
            this.imagePromptWeight = imagePromptWeight;
            return this;
        }

        /**
         * Sets the ControlNets guiding the generation (wire name {@code controlnets}).
         *
         * @param controlnets the value, copied; neither the list nor its items may be null
         * @return this builder
         */
        public Builder controlnets(List<ControlNet> controlnets) {
            this.controlnets = List.copyOf(controlnets);
            return this;
        }

        /**
         * Sets the ControlNets guiding the generation (wire name {@code controlnets}).
         *
         * @param controlnets the values; none may be null
         * @return this builder
         */
        public Builder controlnets(ControlNet... controlnets) {
            return controlnets(Arrays.asList(controlnets));
        }

        /**
         * Sets the platform elements (LoRAs) to apply (wire name {@code elements}).
         *
         * @param elements the value, copied; neither the list nor its items may be null
         * @return this builder
         */
        public Builder elements(List<ElementRef> elements) {
            this.elements = List.copyOf(elements);
            return this;
        }

        /**
         * Sets the platform elements (LoRAs) to apply (wire name {@code elements}).
         *
         * @param elements the values; none may be null
         * @return this builder
         */
        public Builder elements(ElementRef... elements) {
            return elements(Arrays.asList(elements));
        }

        /**
         * Sets the caller's own trained elements to apply (wire name {@code userElements}).
         *
         * @param userElements the value, copied; neither the list nor its items may be null
         * @return this builder
         */
        public Builder userElements(List<UserElementRef> userElements) {
            this.userElements = List.copyOf(userElements);
            return this;
        }

        /**
         * Sets the caller's own trained elements to apply (wire name {@code userElements}).
         *
         * @param userElements the values; none may be null
         * @return this builder
         */
        public Builder userElements(UserElementRef... userElements) {
            return userElements(Arrays.asList(userElements));
        }

        /**
         * Sets whether the images show in the community feed (wire name {@code public}).
         *
         * @param isPublic the value
         * @return this builder
         */
        public Builder isPublic(boolean isPublic) {
            this.isPublic = isPublic;
            return this;
        }

        /**
         * Sets whether the images tile on all axes (wire name {@code tiling}).
         *
         * @param tiling the value
         * @return this builder
         */
        public Builder tiling(boolean tiling) {
            this.tiling = tiling;
            return this;
        }

        /**
         * Sets the kind of transparency the images use (wire name {@code transparency}).
         *
         * @param transparency the value
         * @return this builder
         */
        public Builder transparency(TransparencyEnum transparency) {
            this.transparency = transparency;
            return this;
        }

        /**
         * Sets whether to unzoom; requires {@code unzoomAmount} and {@code init_image_id} (wire name {@code unzoom}).
         *
         * @param unzoom the value
         * @return this builder
         */
        public Builder unzoom(boolean unzoom) {
            this.unzoom = unzoom;
            return this;
        }

        /**
         * Sets how much to unzoom; requires {@code unzoom} true and {@code init_image_id} (wire name {@code unzoomAmount}).
         *
         * @param unzoomAmount the value
         * @return this builder
         */
        public Builder unzoomAmount(double unzoomAmount) {
            this.unzoomAmount = unzoomAmount;
            return this;
        }

        /**
         * Sets how much to upscale (Enterprise only) (wire name {@code upscaleRatio}).
         *
         * @param upscaleRatio the value
         * @return this builder
         */
        public Builder upscaleRatio(double upscaleRatio) {
            this.upscaleRatio = upscaleRatio;
            return this;
        }

        /**
         * Sets the legacy single ControlNet switch (wire name {@code controlNet}).
         *
         * @param controlNet the value
         * @return this builder
         * @deprecated the vendor retires this field; use {@link #controlnets(List)} instead
         */
        @Deprecated
        public Builder controlNet(boolean controlNet) {
            this.controlNet = controlNet;
            return this;
        }

        /**
         * Sets the legacy single ControlNet type (wire name {@code controlNetType}).
         *
         * @param controlNetType the value
         * @return this builder
         * @deprecated the vendor retires this field; use {@link #controlnets(List)} instead
         */
        @Deprecated
        public Builder controlNetType(ControlnetType controlNetType) {
            this.controlNetType = controlNetType;
            return this;
        }

        /**
         * Sets the legacy single ControlNet weight (wire name {@code weighting}).
         *
         * @param weighting the value
         * @return this builder
         * @deprecated the vendor retires this field; use {@link #controlnets(List)} instead
         */
        @Deprecated
        public Builder weighting(double weighting) {
            this.weighting = weighting;
            return this;
        }

        /**
         * Sets whether the generation is for the Canvas Editor (wire name {@code canvasRequest}).
         *
         * @param canvasRequest the value
         * @return this builder
         */
        public Builder canvasRequest(boolean canvasRequest) {
            this.canvasRequest = canvasRequest;
            return this;
        }

        /**
         * Sets the Canvas Editor request type (wire name {@code canvasRequestType}).
         *
         * @param canvasRequestType the value
         * @return this builder
         */
        public Builder canvasRequestType(CanvasRequestType canvasRequestType) {
            this.canvasRequestType = canvasRequestType;
            return this;
        }

        /**
         * Sets the id of the Canvas Editor's initial image (wire name {@code canvasInitId}).
         *
         * @param canvasInitId the value
         * @return this builder
         */
        public Builder canvasInitId(String canvasInitId) {
            this.canvasInitId = canvasInitId;
            return this;
        }

        /**
         * Sets the id of the Canvas Editor's mask image (wire name {@code canvasMaskId}).
         *
         * @param canvasMaskId the value
         * @return this builder
         */
        public Builder canvasMaskId(String canvasMaskId) {
            this.canvasMaskId = canvasMaskId;
            return this;
        }

        /**
         * Sets whether the server expands the prompt with more detail (wire name {@code enhancePrompt}).
         *
         * @param enhancePrompt the value
         * @return this builder
         */
        public Builder enhancePrompt(boolean enhancePrompt) {
            this.enhancePrompt = enhancePrompt;
            return this;
        }

        /**
         * Sets instructions for the prompt expansion; only with {@code enhancePrompt} on (wire name {@code enhancePromptInstruction}).
         *
         * @param enhancePromptInstruction the value
         * @return this builder
         */
        public Builder enhancePromptInstruction(String enhancePromptInstruction) {
            this.enhancePromptInstruction = enhancePromptInstruction;
            return this;
        }

        /**
         * Builds the immutable request. Does not validate: the client does, before sending.
         *
         * @return the request
         */
        public GenerationRequest build() {
            return new GenerationRequest(this);
        }
    }
}

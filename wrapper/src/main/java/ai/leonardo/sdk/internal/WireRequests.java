package ai.leonardo.sdk.internal;

import ai.leonardo.sdk.ControlNet;
import ai.leonardo.sdk.ElementRef;
import ai.leonardo.sdk.GenerationDefaults;
import ai.leonardo.sdk.GenerationRequest;
import ai.leonardo.sdk.UserElementRef;
import ai.leonardo.sdk.ValidationException;
import ai.leonardo.sdk.generated.model.ControlnetInput;
import ai.leonardo.sdk.generated.model.CreateGenerationRequest;
import ai.leonardo.sdk.generated.model.ElementInput;
import ai.leonardo.sdk.generated.model.UserElementsInput;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Turns a {@link GenerationRequest} into the generated wire model: the only place the wrapper's
 * request meets the generated layer, so a regenerated model changes only this file.
 */
public final class WireRequests {
    private WireRequests() {
    }

    /**
     * Applies the client's defaults (the request's own values always win), validates when asked,
     * then maps to the wire model. Unset fields stay null, so Gson leaves them out of the JSON.
     *
     * @param request the caller's request
     * @param defaults the client's defaults, {@link GenerationDefaults#none()} for none
     * @param validate whether to check every documented rule; when false only what cannot be sent
     *     at all is rejected: a missing prompt (the API requires one) and non-finite numbers
     * @return the wire request, ready to serialise
     * @throws ValidationException listing every broken rule; nothing is sent then
     */
    public static CreateGenerationRequest toWire(GenerationRequest request, GenerationDefaults defaults, boolean validate) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(defaults, "defaults");
        GenerationRequest effective = withDefaults(request, defaults);
        if (validate) {
            RequestValidator.validate(effective);
        } else {
            RequestValidator.requireSendable(effective);
        }
        return map(effective);
    }

    /**
     * Fills the request's unset fields from the defaults.
     *
     * @param request the caller's request
     * @param defaults the client's defaults
     * @return the request as it will be sent
     */
    public static GenerationRequest withDefaults(GenerationRequest request, GenerationDefaults defaults) {
        GenerationRequest.Builder b = request.toBuilder();
        fill(request.modelId(), defaults.modelId(), b::modelId);
        fill(request.sdVersion(), defaults.sdVersion(), b::sdVersion);
        fill(request.width(), defaults.width(), b::width);
        fill(request.height(), defaults.height(), b::height);
        fill(request.numImages(), defaults.numImages(), b::numImages);
        fill(request.numInferenceSteps(), defaults.numInferenceSteps(), b::numInferenceSteps);
        fill(request.guidanceScale(), defaults.guidanceScale(), b::guidanceScale);
        fill(request.scheduler(), defaults.scheduler(), b::scheduler);
        fill(request.presetStyle(), defaults.presetStyle(), b::presetStyle);
        fill(request.alchemy(), defaults.alchemy(), b::alchemy);
        fill(request.negativePrompt(), defaults.negativePrompt(), b::negativePrompt);
        fill(request.isPublic(), defaults.isPublic(), b::isPublic);
        return b.build();
    }

    private static <T> void fill(T own, T fallback, Consumer<T> setter) {
        if (own == null && fallback != null) {
            setter.accept(fallback);
        }
    }

    @SuppressWarnings("deprecation") // the legacy ControlNet fields are still part of the API
    private static CreateGenerationRequest map(GenerationRequest r) {
        CreateGenerationRequest w = new CreateGenerationRequest();
        w.setAlchemy(r.alchemy());
        w.setContrastRatio(decimal(r.contrastRatio()));
        w.setContrast(decimal(r.contrast()));
        w.setControlnets(mapList(r.controlnets(), WireRequests::controlnet));
        w.setElements(mapList(r.elements(), WireRequests::element));
        w.setUserElements(mapList(r.userElements(), WireRequests::userElement));
        w.setExpandedDomain(r.expandedDomain());
        w.setFantasyAvatar(r.fantasyAvatar());
        w.setGuidanceScale(decimal(r.guidanceScale()));
        w.setHeight(asLong(r.height()));
        w.setHighContrast(r.highContrast());
        w.setHighResolution(r.highResolution());
        w.setImagePrompts(r.imagePrompts() == null ? null : List.copyOf(r.imagePrompts()));
        w.setImagePromptWeight(decimal(r.imagePromptWeight()));
        w.setInitGenerationImageId(r.initGenerationImageId());
        w.setInitImageId(r.initImageId());
        w.setInitStrength(decimal(r.initStrength()));
        w.setModelId(r.modelId());
        w.setNegativePrompt(r.negativePrompt());
        w.setNumImages(asLong(r.numImages()));
        w.setNumInferenceSteps(asLong(r.numInferenceSteps()));
        w.setPhotoReal(r.photoReal());
        w.setPhotoRealVersion(r.photoRealVersion());
        w.setPhotoRealStrength(decimal(r.photoRealStrength()));
        w.setPresetStyle(r.presetStyle());
        w.setPrompt(r.prompt());
        w.setPromptMagic(r.promptMagic());
        w.setPromptMagicStrength(decimal(r.promptMagicStrength()));
        w.setPromptMagicVersion(r.promptMagicVersion());
        w.setPublic(r.isPublic());
        w.setScheduler(r.scheduler());
        w.setSdVersion(r.sdVersion());
        w.setSeed(r.seed());
        w.setTiling(r.tiling());
        w.setTransparency(r.transparency());
        w.setUltra(r.ultra());
        w.setUnzoom(r.unzoom());
        w.setUnzoomAmount(decimal(r.unzoomAmount()));
        w.setUpscaleRatio(decimal(r.upscaleRatio()));
        w.setWidth(asLong(r.width()));
        w.setControlNet(r.controlNet());
        w.setControlNetType(r.controlNetType());
        w.setWeighting(decimal(r.weighting()));
        w.setCanvasRequest(r.canvasRequest());
        w.setCanvasRequestType(r.canvasRequestType());
        w.setCanvasInitId(r.canvasInitId());
        w.setCanvasMaskId(r.canvasMaskId());
        w.setEnhancePrompt(r.enhancePrompt());
        w.setEnhancePromptInstruction(r.enhancePromptInstruction());
        return w;
    }

    private static ControlnetInput controlnet(ControlNet c) {
        ControlnetInput w = new ControlnetInput();
        w.setInitImageId(c.initImageId());
        w.setInitImageType(c.initImageType());
        w.setPreprocessorId(c.preprocessorId() == null ? null : BigDecimal.valueOf(c.preprocessorId()));
        w.setWeight(decimal(c.weight()));
        w.setStrengthType(c.strengthType());
        return w;
    }

    private static ElementInput element(ElementRef e) {
        ElementInput w = new ElementInput();
        w.setAkUUID(e.akUUID());
        w.setWeight(decimal(e.weight()));
        return w;
    }

    private static UserElementsInput userElement(UserElementRef e) {
        UserElementsInput w = new UserElementsInput();
        w.setUserLoraId(e.userLoraId() == null ? null : BigDecimal.valueOf(e.userLoraId()));
        w.setWeight(decimal(e.weight()));
        return w;
    }

    private static <A, B> List<B> mapList(List<A> items, Function<A, B> mapper) {
        return items == null ? null : items.stream().map(mapper).toList();
    }

    /** {@code BigDecimal.valueOf} goes through the double's shortest decimal form, so 1.3 is sent as 1.3. */
    private static BigDecimal decimal(Double value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }

    private static Long asLong(Integer value) {
        return value == null ? null : value.longValue();
    }
}

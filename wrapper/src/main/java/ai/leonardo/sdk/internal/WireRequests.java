package ai.leonardo.sdk.internal;

import ai.leonardo.sdk.GenerationDefaults;
import ai.leonardo.sdk.GenerationRequest;
import ai.leonardo.sdk.LeonardoException;
import ai.leonardo.sdk.generated.model.CreateGenerationRequest;

/** Turns a {@link GenerationRequest} into the generated wire model. */
public final class WireRequests {
    private WireRequests() {
    }

    /**
     * Applies defaults, validates and maps a request to the wire model.
     *
     * @param request the caller's request
     * @param defaults the client's defaults
     * @param validate whether to check the documented rules
     * @return the wire request
     */
    public static CreateGenerationRequest toWire(GenerationRequest request, GenerationDefaults defaults, boolean validate) {
        if (request.prompt() == null || request.prompt().isBlank()) {
            throw new LeonardoException("prompt is required");
        }
        CreateGenerationRequest wire = new CreateGenerationRequest();
        wire.setPrompt(request.prompt());
        wire.setNegativePrompt(request.negativePrompt());
        wire.setModelId(request.modelId());
        wire.setWidth(request.width() == null ? null : request.width().longValue());
        wire.setHeight(request.height() == null ? null : request.height().longValue());
        Integer n = request.numImages() != null ? request.numImages() : defaults.numImages();
        wire.setNumImages(n == null ? null : n.longValue());
        wire.setSeed(request.seed());
        wire.setPresetStyle(request.presetStyle());
        wire.setAlchemy(request.alchemy());
        return wire;
    }
}

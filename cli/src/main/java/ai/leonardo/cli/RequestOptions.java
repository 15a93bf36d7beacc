package ai.leonardo.cli;

import ai.leonardo.sdk.model.GenerationRequest;
import ai.leonardo.sdk.model.PresetStyle;
import picocli.CommandLine.Option;

/**
 * The request options {@code generate} and {@code batch} share. An option left out stays unset, so
 * the SDK's documented defaults apply (one image; size, model and Alchemy chosen by the server).
 */
public final class RequestOptions {
    @Option(names = "--model", paramLabel = "ID", description = "Model id; the server picks one when omitted.")
    String modelId;

    @Option(names = "--width", paramLabel = "N", description = "Width in pixels: 32 to 1536, a multiple of 8.")
    Integer width;

    @Option(names = "--height", paramLabel = "N", description = "Height in pixels: 32 to 1536, a multiple of 8.")
    Integer height;

    @Option(names = "--num-images", paramLabel = "N",
            description = "Images to generate: 1 to 8, at most 4 when a side is over 768 (default: 1).")
    Integer numImages;

    @Option(names = "--seed", paramLabel = "N", description = "Seed, for repeatable results.")
    Long seed;

    @Option(names = "--negative-prompt", paramLabel = "TEXT", description = "What the image should not contain.")
    String negativePrompt;

    @Option(names = "--style", paramLabel = "STYLE", converter = PresetStyles.class,
            completionCandidates = PresetStyles.class,
            description = "Preset style, one of: ${COMPLETION-CANDIDATES}.")
    PresetStyle style;

    @Option(names = "--alchemy", negatable = true,
            description = "Turn Alchemy on (--alchemy) or off (--no-alchemy); the server decides when omitted.")
    Boolean alchemy;

    /**
     * Builds the request for one prompt from the options given.
     *
     * @param prompt the prompt
     * @return the request; the SDK validates it when it is sent
     */
    GenerationRequest toRequest(String prompt) {
        GenerationRequest.Builder builder = GenerationRequest.builder().prompt(prompt);
        if (modelId != null) {
            builder.modelId(modelId);
        }
        if (width != null) {
            builder.width(width);
        }
        if (height != null) {
            builder.height(height);
        }
        if (numImages != null) {
            builder.numImages(numImages);
        }
        if (seed != null) {
            builder.seed(seed);
        }
        if (negativePrompt != null) {
            builder.negativePrompt(negativePrompt);
        }
        if (style != null) {
            builder.presetStyle(style);
        }
        if (alchemy != null) {
            builder.alchemy(alchemy);
        }
        return builder.build();
    }
}

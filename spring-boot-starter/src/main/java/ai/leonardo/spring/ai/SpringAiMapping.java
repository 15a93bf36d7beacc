package ai.leonardo.spring.ai;

import ai.leonardo.sdk.GenerationJob;
import ai.leonardo.sdk.ValidationException;
import ai.leonardo.sdk.internal.Timestamps;
import ai.leonardo.sdk.Violation;
import ai.leonardo.sdk.model.GeneratedImage;
import ai.leonardo.sdk.model.Generation;
import ai.leonardo.sdk.model.GenerationRequest;
import ai.leonardo.sdk.model.PresetStyle;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.ai.image.Image;
import org.springframework.ai.image.ImageGeneration;
import org.springframework.ai.image.ImageMessage;
import org.springframework.ai.image.ImageOptions;
import org.springframework.ai.image.ImagePrompt;
import org.springframework.ai.image.ImageResponse;
import org.springframework.ai.image.ImageResponseMetadata;

/**
 * The one place Spring AI's types meet the SDK's value types, both ways. Uses only what Spring AI 1.1 and 2.0
 * share: no ImageOptionsBuilder, no ModelOptionsUtils, and options and metadata may be null.
 */
final class SpringAiMapping {

    private SpringAiMapping() {
    }

    /** The prompt's messages joined into one prompt (Leonardo takes one), with its options over the defaults. */
    static GenerationRequest toRequest(ImagePrompt prompt, LeonardoImageOptions defaults) {
        ImageOptions options = prompt.getOptions();
        LeonardoImageOptions leonardo = options instanceof LeonardoImageOptions l ? l : null;
        GenerationRequest.Builder b = GenerationRequest.builder().prompt(text(prompt.getInstructions()));
        Integer n = pick(options, defaults, ImageOptions::getN, LeonardoImageOptions::getN);
        Integer width = pick(options, defaults, ImageOptions::getWidth, LeonardoImageOptions::getWidth);
        Integer height = pick(options, defaults, ImageOptions::getHeight, LeonardoImageOptions::getHeight);
        String model = pick(options, defaults, ImageOptions::getModel, LeonardoImageOptions::getModel);
        String style = pick(options, defaults, ImageOptions::getStyle, LeonardoImageOptions::getStyle);
        String negativePrompt = pick(leonardo, defaults, LeonardoImageOptions::getNegativePrompt,
                LeonardoImageOptions::getNegativePrompt);
        Long seed = pick(leonardo, defaults, LeonardoImageOptions::getSeed, LeonardoImageOptions::getSeed);
        if (n != null) {
            b.numImages(n);
        }
        if (width != null) {
            b.width(width);
        }
        if (height != null) {
            b.height(height);
        }
        if (model != null) {
            b.modelId(model);
        }
        if (style != null) {
            b.presetStyle(presetStyle(style));
        }
        if (negativePrompt != null) {
            b.negativePrompt(negativePrompt);
        }
        if (seed != null) {
            b.seed(seed);
        }
        return b.build();
    }

    /** One ImageGeneration per image, in the API's order, and the generation's id, cost and seed as metadata. */
    static ImageResponse toResponse(GenerationJob job, Generation generation) {
        List<ImageGeneration> images = generation.images().stream()
                .map(SpringAiMapping::toImage)
                .collect(Collectors.toList());
        Long created = createdMillis(generation.createdAt());
        ImageResponseMetadata metadata = created == null ? new ImageResponseMetadata() : new ImageResponseMetadata(created);
        metadata.put(LeonardoImageModel.GENERATION_ID, generation.id());
        job.cost().ifPresent(cost -> {
            BigDecimal amount = decimal(cost.amount());
            if (amount != null) {
                metadata.put(LeonardoImageModel.COST, amount);
            }
            if (cost.unit() != null) {
                metadata.put(LeonardoImageModel.COST_UNIT, cost.unit().value());
            }
        });
        if (generation.seed() != null) {
            metadata.put(LeonardoImageModel.SEED, generation.seed());
        }
        return new ImageResponse(images, metadata);
    }

    private static ImageGeneration toImage(GeneratedImage image) {
        return new ImageGeneration(new Image(image.url(), null), new LeonardoImageMetadata(image.id(), Boolean.TRUE.equals(image.nsfw())));
    }

    /** Null when there is no text, so the SDK's validation reports the missing prompt. */
    private static String text(List<ImageMessage> messages) {
        String joined = messages == null ? "" : messages.stream()
                .filter(Objects::nonNull)
                .map(ImageMessage::getText)
                .filter(t -> t != null && !t.isBlank())
                .map(String::strip)
                .collect(Collectors.joining(" "));
        return joined.isEmpty() ? null : joined;
    }

    /** The prompt's own value when it has one, else the model's default. */
    private static <O, T> T pick(O options, LeonardoImageOptions defaults, Function<? super O, T> getter,
            Function<LeonardoImageOptions, T> fallback) {
        T value = options == null ? null : getter.apply(options);
        return value != null ? value : fallback.apply(defaults);
    }

    private static PresetStyle presetStyle(String style) {
        return PresetStyle.knownValues().stream()
                .filter(p -> p.value().equalsIgnoreCase(style.strip()))
                .findFirst()
                .orElseThrow(() -> new ValidationException(List.of(new Violation("style", style,
                        "must be one of " + PresetStyle.knownValues().stream().map(PresetStyle::value)
                                .collect(Collectors.joining(", ")) + " (case-insensitive)"))));
    }

    /** The spec types the amount as text ("0.0147"); metadata promises a BigDecimal, so text that is no number is left out. */
    private static BigDecimal decimal(String amount) {
        try {
            return amount == null ? null : new BigDecimal(amount.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long createdMillis(String text) {
        Instant created = Timestamps.parse(text);
        return created == null ? null : created.toEpochMilli();
    }
}

package ai.leonardo.sdk;

import ai.leonardo.sdk.generated.model.GeneratedImageVariation;
import ai.leonardo.sdk.generated.model.JobStatus;
import ai.leonardo.sdk.internal.ImageFetcher;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Maps the generated wire models to the public value types, tolerating nulls the spec forbids. */
final class GenerationMapper {
    private final ImageFetcher fetcher;

    GenerationMapper(ImageFetcher fetcher) {
        this.fetcher = fetcher;
    }

    Generation toGeneration(ai.leonardo.sdk.generated.model.Generation wire) {
        return Generation.builder()
                .id(wire.getId())
                .status(status(wire.getStatus()))
                .prompt(wire.getPrompt())
                .negativePrompt(wire.getNegativePrompt())
                .modelId(wire.getModelId())
                .width(wire.getImageWidth())
                .height(wire.getImageHeight())
                .seed(wire.getSeed())
                .presetStyle(wire.getPresetStyle())
                .scheduler(wire.getScheduler())
                .sdVersion(wire.getSdVersion())
                .guidanceScale(wire.getGuidanceScale())
                .inferenceSteps(wire.getInferenceSteps())
                .isPublic(wire.getPublic())
                .createdAt(instant(wire.getCreatedAt()))
                .images(images(wire.getGeneratedImages()))
                .build();
    }

    static GenerationStatus status(JobStatus status) {
        if (status == null) {
            return GenerationStatus.UNKNOWN;
        }
        return switch (status) {
            case PENDING -> GenerationStatus.PENDING;
            case COMPLETE -> GenerationStatus.COMPLETE;
            case FAILED -> GenerationStatus.FAILED;
            default -> GenerationStatus.UNKNOWN;
        };
    }

    private List<GeneratedImage> images(List<ai.leonardo.sdk.generated.model.GeneratedImage> wire) {
        if (wire == null) {
            return List.of();
        }
        List<GeneratedImage> images = new ArrayList<>(wire.size());
        for (ai.leonardo.sdk.generated.model.GeneratedImage image : wire) {
            if (image != null) {
                images.add(new GeneratedImage(image.getId(), image.getUrl(), Boolean.TRUE.equals(image.getNsfw()),
                        image.getLikeCount() == null ? 0 : image.getLikeCount(),
                        variations(image.getGeneratedImageVariationGenerics()), fetcher));
            }
        }
        return images;
    }

    private static List<ImageVariation> variations(List<GeneratedImageVariation> wire) {
        if (wire == null) {
            return List.of();
        }
        return wire.stream().filter(Objects::nonNull)
                .map(v -> new ImageVariation(v.getId(), v.getUrl(), status(v.getStatus()),
                        v.getTransformType() == null ? null : v.getTransformType().getValue()))
                .toList();
    }

    /**
     * The spec types createdAt as a bare string; the API sends ISO-8601 without an offset (UTC),
     * and an offset is honoured when present. Parsed without throwing on the common form: this runs
     * for every generation read.
     */
    private static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text, OffsetDateTime::from,
                    LocalDateTime::from);
            return parsed instanceof OffsetDateTime offset ? offset.toInstant()
                    : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

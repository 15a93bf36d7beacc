package ai.leonardo.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** One generation as the fake stores it. Immutable except for deletion; status is derived from the clock. */
final class StoredGeneration {
    final long sequence;
    final String id;
    final String userId;
    final JsonNode request;
    final String prompt;
    final String negativePrompt;
    final String modelId;
    final int width;
    final int height;
    final int numImages;
    final long seed;
    final String presetStyle;
    final Instant createdAt;
    final Instant finishesAt;
    final boolean fails;
    final BigDecimal cost;
    final List<String> imageIds;
    volatile boolean deleted;

    StoredGeneration(long sequence, String id, String userId, JsonNode request, String prompt, String negativePrompt,
            String modelId, int width, int height, int numImages, long seed, String presetStyle, Instant createdAt,
            Instant finishesAt, boolean fails, BigDecimal cost, List<String> imageIds) {
        this.sequence = sequence;
        this.id = id;
        this.userId = userId;
        this.request = request;
        this.prompt = prompt;
        this.negativePrompt = negativePrompt;
        this.modelId = modelId;
        this.width = width;
        this.height = height;
        this.numImages = numImages;
        this.seed = seed;
        this.presetStyle = presetStyle;
        this.createdAt = createdAt;
        this.finishesAt = finishesAt;
        this.fails = fails;
        this.cost = cost;
        this.imageIds = List.copyOf(imageIds);
    }

    String status(Instant now) {
        if (now.isBefore(finishesAt)) {
            return "PENDING";
        }
        return fails ? "FAILED" : "COMPLETE";
    }

    boolean pending(Instant now) {
        return !deleted && now.isBefore(finishesAt);
    }
}

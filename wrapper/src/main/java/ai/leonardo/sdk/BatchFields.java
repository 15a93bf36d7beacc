package ai.leonardo.sdk;

import ai.leonardo.sdk.internal.Timestamps;
import ai.leonardo.sdk.model.GeneratedImage;
import ai.leonardo.sdk.model.Generation;
import ai.leonardo.sdk.model.JobStatus;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Every field the batch journal reads from value types and request bodies, in one place: ids,
 * status, prompt, size, creation time and the images. Request fields are read from the JSON body
 * by their wire names (from the spec), not through the request type's accessors.
 */
final class BatchFields {
    private BatchFields() {
    }

    static String id(Generation generation) {
        return generation.id();
    }

    static JobStatus status(Generation generation) {
        return generation.status();
    }

    static Optional<Instant> createdAt(Generation generation) {
        return Optional.ofNullable(Timestamps.parse(generation.createdAt()));
    }

    static List<GeneratedImage> images(Generation generation) {
        return generation.images();
    }

    static String id(GeneratedImage image) {
        return image.id();
    }

    static String prompt(JsonObject body) {
        JsonElement prompt = body.get("prompt");
        return prompt == null || prompt.isJsonNull() ? null : prompt.getAsString();
    }

    /**
     * @param generation a generation from the user's list
     * @param body the JSON body of a create
     * @return whether the generation has the body's prompt and, where the body sets them, its size
     */
    static boolean sameJob(Generation generation, JsonObject body) {
        return java.util.Objects.equals(generation.prompt(), prompt(body))
                && sameLong(generation.imageWidth(), body.get("width"))
                && sameLong(generation.imageHeight(), body.get("height"));
    }

    private static boolean sameLong(Long actual, JsonElement sent) {
        return sent == null || sent.isJsonNull() || Long.valueOf(sent.getAsLong()).equals(actual);
    }
}

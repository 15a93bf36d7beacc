package ai.leonardo.testkit;

import java.time.Instant;
import java.util.List;

/**
 * What FakeLeonardo holds about one generation, read at one instant of its clock, for assertions in tests.
 *
 * @param id the generation id (UUID v4)
 * @param userId the owning user id
 * @param prompt the prompt
 * @param negativePrompt the negative prompt, or null
 * @param modelId the model id (the spec's default when the request had none)
 * @param width image width in pixels (spec default 1024)
 * @param height image height in pixels (spec default 768)
 * @param numImages number of images (spec default 4)
 * @param seed the seed sent, or the random one the fake chose
 * @param presetStyle the preset style sent, or null
 * @param status {@code PENDING}, {@code COMPLETE} or {@code FAILED} at the time of reading
 * @param createdAt when the fake accepted the POST (fake clock time)
 * @param finishesAt when the job leaves PENDING (fake clock time)
 * @param costAmount the dollar amount quoted when the job was created, e.g. {@code "0.0147"}
 * @param imageUrls the image URLs; empty unless COMPLETE
 */
public record GenerationSnapshot(
        String id,
        String userId,
        String prompt,
        String negativePrompt,
        String modelId,
        int width,
        int height,
        int numImages,
        long seed,
        String presetStyle,
        String status,
        Instant createdAt,
        Instant finishesAt,
        String costAmount,
        List<String> imageUrls) {
}

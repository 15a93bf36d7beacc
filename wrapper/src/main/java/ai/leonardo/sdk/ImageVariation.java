package ai.leonardo.sdk;

/**
 * A variation derived from a generated image (upscale, unzoom, background removal, ...).
 *
 * @param id the variation id
 * @param url where the variation's file is, or null while it is not ready
 * @param status the variation's status
 * @param transformType the kind of variation as sent, for example {@code UPSCALE}, or null
 */
public record ImageVariation(String id, String url, GenerationStatus status, String transformType) {
}

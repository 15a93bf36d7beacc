package ai.leonardo.spring.ai;

import org.springframework.ai.image.ImageGenerationMetadata;

/**
 * What Leonardo says about one generated image, beside its URL.
 *
 * @param imageId the image's id, for the API's image endpoints
 * @param nsfw whether Leonardo flagged the image as not safe for work
 */
public record LeonardoImageMetadata(String imageId, boolean nsfw) implements ImageGenerationMetadata {
}

package ai.leonardo.spring.ai;

import ai.leonardo.sdk.Leonardo;
import ai.leonardo.sdk.GenerationJob;
import java.util.Objects;
import org.springframework.ai.image.ImageModel;
import org.springframework.ai.image.ImagePrompt;
import org.springframework.ai.image.ImageResponse;

/**
 * A Spring AI {@link ImageModel} backed by Leonardo: each call creates one generation from the prompt's text and
 * options, waits for it with the client's wait policy ({@code leonardo.wait.*}), and answers one
 * {@code ImageGeneration} per image, with its URL and a {@link LeonardoImageMetadata}. The response metadata
 * carries {@link #GENERATION_ID}, {@link #COST}, {@link #COST_UNIT} and {@link #SEED} where Leonardo sent them.
 *
 * <p>Requests are validated by the SDK before anything is sent ({@link ai.leonardo.sdk.ValidationException}); a
 * failed generation throws {@link ai.leonardo.sdk.GenerationFailedException} and a wait past its deadline
 * {@link ai.leonardo.sdk.WaitTimeoutException}, whose generation id lets a caller resume it. Thread-safe.
 */
public final class LeonardoImageModel implements ImageModel {

    /** Response metadata key: the generation's id ({@code String}). */
    public static final String GENERATION_ID = "generationId";
    /** Response metadata key: what the generation cost ({@code java.math.BigDecimal}). */
    public static final String COST = "cost";
    /** Response metadata key: the unit of {@link #COST} ({@code String}, for example {@code DOLLARS}). */
    public static final String COST_UNIT = "costUnit";
    /** Response metadata key: the seed the images were made with ({@code Long}). */
    public static final String SEED = "seed";

    private final Leonardo leonardo;
    private final LeonardoImageOptions defaultOptions;

    /**
     * Creates the model with no default options: unset options fall back to the client's generation defaults.
     *
     * @param leonardo the client; not closed by this model
     */
    public LeonardoImageModel(Leonardo leonardo) {
        this(leonardo, LeonardoImageOptions.builder().build());
    }

    /**
     * Creates the model with default options, which each prompt's own options override field by field.
     *
     * @param leonardo the client; not closed by this model
     * @param defaultOptions options for fields a prompt leaves unset
     */
    public LeonardoImageModel(Leonardo leonardo, LeonardoImageOptions defaultOptions) {
        this.leonardo = Objects.requireNonNull(leonardo, "leonardo");
        this.defaultOptions = Objects.requireNonNull(defaultOptions, "defaultOptions");
    }

    /**
     * Generates images and waits for them.
     *
     * @param prompt the text and, optionally, options
     * @return the images' URLs and metadata
     * @throws ai.leonardo.sdk.LeonardoException when the request is invalid, the API fails, the generation
     *     fails or the wait times out
     */
    @Override
    public ImageResponse call(ImagePrompt prompt) {
        GenerationJob job = leonardo.generations().create(SpringAiMapping.toRequest(prompt, defaultOptions));
        return SpringAiMapping.toResponse(job, job.await());
    }

    @Override
    public String toString() {
        return "LeonardoImageModel{" + leonardo + ", defaultOptions=" + defaultOptions + "}";
    }
}

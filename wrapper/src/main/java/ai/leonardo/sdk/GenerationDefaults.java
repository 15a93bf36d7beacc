package ai.leonardo.sdk;

/**
 * Client-wide defaults applied to a request's unset fields.
 */
public final class GenerationDefaults {
    private final Integer numImages;

    private GenerationDefaults(Integer numImages) {
        this.numImages = numImages;
    }

    /** @return the SDK's recommended defaults */
    public static GenerationDefaults recommended() {
        return new GenerationDefaults(1);
    }

    /** @return the default number of images, or null */
    public Integer numImages() {
        return numImages;
    }
}

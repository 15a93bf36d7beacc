package ai.leonardo.spring.ai;

import java.util.Objects;
import org.springframework.ai.image.ImageOptions;

/**
 * Spring AI image options with Leonardo's own: the portable ones ({@code n}, {@code model}, {@code width},
 * {@code height}, {@code style}) plus a negative prompt and a seed. Immutable; every field is optional, and an
 * unset one falls back to the model's default options, then to the client's generation defaults. Leonardo
 * answers with image URLs only, so the response format is always {@code url}.
 */
public final class LeonardoImageOptions implements ImageOptions {

    private final Integer n;
    private final String model;
    private final Integer width;
    private final Integer height;
    private final String style;
    private final String negativePrompt;
    private final Long seed;

    private LeonardoImageOptions(Builder b) {
        this.n = b.n;
        this.model = b.model;
        this.width = b.width;
        this.height = b.height;
        this.style = b.style;
        this.negativePrompt = b.negativePrompt;
        this.seed = b.seed;
    }

    /** @return a builder with every option unset */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the number of images, or null */
    @Override
    public Integer getN() {
        return n;
    }

    /** @return the Leonardo model id, or null */
    @Override
    public String getModel() {
        return model;
    }

    /** @return the width in pixels, or null */
    @Override
    public Integer getWidth() {
        return width;
    }

    /** @return the height in pixels, or null */
    @Override
    public Integer getHeight() {
        return height;
    }

    /** @return always {@code url}: Leonardo hosts the images and answers with their URLs */
    @Override
    public String getResponseFormat() {
        return "url";
    }

    /** @return the preset style (for example {@code CINEMATIC}), or null */
    @Override
    public String getStyle() {
        return style;
    }

    /** @return what the images should not show, or null */
    public String getNegativePrompt() {
        return negativePrompt;
    }

    /** @return the seed, or null */
    public Long getSeed() {
        return seed;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LeonardoImageOptions other && Objects.equals(n, other.n)
                && Objects.equals(model, other.model) && Objects.equals(width, other.width)
                && Objects.equals(height, other.height) && Objects.equals(style, other.style)
                && Objects.equals(negativePrompt, other.negativePrompt) && Objects.equals(seed, other.seed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(n, model, width, height, style, negativePrompt, seed);
    }

    @Override
    public String toString() {
        return "LeonardoImageOptions{n=" + n + ", model=" + model + ", width=" + width + ", height=" + height
                + ", style=" + style + ", negativePrompt=" + negativePrompt + ", seed=" + seed + "}";
    }

    /** Builds {@link LeonardoImageOptions}; the SDK checks the values when a request is made. */
    public static final class Builder {
        private Integer n;
        private String model;
        private Integer width;
        private Integer height;
        private String style;
        private String negativePrompt;
        private Long seed;

        private Builder() {
        }

        /**
         * @param n the number of images per generation
         * @return this builder
         */
        public Builder n(Integer n) {
            this.n = n;
            return this;
        }

        /**
         * @param model a Leonardo model id
         * @return this builder
         */
        public Builder model(String model) {
            this.model = model;
            return this;
        }

        /**
         * @param width the width in pixels
         * @return this builder
         */
        public Builder width(Integer width) {
            this.width = width;
            return this;
        }

        /**
         * @param height the height in pixels
         * @return this builder
         */
        public Builder height(Integer height) {
            this.height = height;
            return this;
        }

        /**
         * @param style a Leonardo preset style, case-insensitive (for example {@code cinematic})
         * @return this builder
         */
        public Builder style(String style) {
            this.style = style;
            return this;
        }

        /**
         * @param negativePrompt what the images should not show
         * @return this builder
         */
        public Builder negativePrompt(String negativePrompt) {
            this.negativePrompt = negativePrompt;
            return this;
        }

        /**
         * @param seed the seed, for repeatable images
         * @return this builder
         */
        public Builder seed(Long seed) {
            this.seed = seed;
            return this;
        }

        /** @return the options */
        public LeonardoImageOptions build() {
            return new LeonardoImageOptions(this);
        }
    }
}

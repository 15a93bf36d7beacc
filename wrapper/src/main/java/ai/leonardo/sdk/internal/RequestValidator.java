package ai.leonardo.sdk.internal;

import ai.leonardo.sdk.ValidationException;
import ai.leonardo.sdk.Violation;
import ai.leonardo.sdk.generated.PathParameters;
import ai.leonardo.sdk.model.ConstraintSink;
import ai.leonardo.sdk.model.GenerationRequest;
import ai.leonardo.sdk.model.PresetStyle;
import ai.leonardo.sdk.model.SdVersion;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks, before any request is sent, every rule the vendor's spec states for {@code POST
 * /generations} and its path ids, and reports all broken rules at once.
 *
 * <p>The constraints the schema states ({@code required}, {@code minimum}, {@code maximum},
 * {@code pattern}, ... at any depth) are checked by the request's generated
 * {@link GenerationRequest#validate(ConstraintSink)}, so a new constrained field is checked with no
 * edit here. This class adds only the rules the spec states in prose, each citing the description it
 * comes from; a field the schema already rejected is not judged again by them.
 *
 * <p>Rules that depend on another option ({@code alchemy}, {@code sd_version}, {@code width}, ...)
 * judge only what the request states: an unset option is chosen by the server per model, so the
 * client cannot know its effective value and does not guess.
 */
public final class RequestValidator {
    private static final int MIN_SIZE = 32;
    private static final int MAX_SIZE = 1536;
    private static final int SIZE_STEP = 8;
    /** Above this width or height the API allows at most {@link #MAX_IMAGES_LARGE} images. */
    private static final int LARGE_SIZE = 768;
    private static final int MAX_IMAGES = 8;
    private static final int MAX_IMAGES_LARGE = 4;
    private static final long MAX_SEED = 9_999_999_998L;
    private static final long MAX_SEED_FLUX = 2_147_483_637L;

    private static final List<BigDecimal> CONTRASTS = decimals("1.0", "1.3", "1.8", "2.5", "3", "3.5", "4", "4.5");
    private static final BigDecimal MIN_PHOENIX_ALCHEMY_CONTRAST = new BigDecimal("2.5");
    private static final List<BigDecimal> PHOTO_REAL_STRENGTHS = decimals("0.55", "0.5", "0.45");
    private static final List<String> PHOTO_REAL_VERSIONS = List.of("v1", "v2");
    private static final List<String> PROMPT_MAGIC_VERSIONS = List.of("v2", "v3");

    private static final Set<PresetStyle> STYLES_WITHOUT_ALCHEMY = inOrder(PresetStyle.LEONARDO, PresetStyle.NONE);
    private static final Set<PresetStyle> STYLES_WITH_ALCHEMY = inOrder(PresetStyle.ANIME, PresetStyle.CREATIVE,
            PresetStyle.DYNAMIC, PresetStyle.ENVIRONMENT, PresetStyle.GENERAL, PresetStyle.ILLUSTRATION,
            PresetStyle.PHOTOGRAPHY, PresetStyle.RAYTRACED, PresetStyle.RENDER_3_D, PresetStyle.SKETCH_BW,
            PresetStyle.SKETCH_COLOR, PresetStyle.NONE);
    private static final Set<SdVersion> FLUX = Set.of(SdVersion.FLUX, SdVersion.FLUX_DEV);

    private RequestValidator() {
    }

    /**
     * Checks an id that goes into a URL path (generation and user ids) against the pattern the spec
     * states for that path parameter, so a malformed id fails here rather than as a confusing 404
     * from the server. The whole id must match: a partial match could carry {@code /} or {@code ?}
     * into the URL.
     *
     * @param operationId the spec's operation the id is sent to, for example {@code getGenerationById}
     * @param parameter the path parameter's name, reported in the violation
     * @param value the id
     * @throws ValidationException when the id is null or does not fully match the spec's pattern
     */
    public static void requireId(String operationId, String parameter, String value) {
        Optional<Pattern> pattern = PathParameters.pattern(operationId, parameter);
        if (value == null || value.isBlank()) {
            throw new ValidationException(List.of(new Violation(parameter, value, "is required")));
        }
        // The rule names only what the spec states: the pattern, whatever the vendor makes it.
        if (pattern.isPresent() && !pattern.get().matcher(value).matches()) {
            throw new ValidationException(List.of(new Violation(parameter, value, "must match " + pattern.get().pattern())));
        }
    }

    /**
     * Checks every documented rule and throws when any is broken.
     *
     * @param request the request, defaults already applied
     * @throws ValidationException listing every violation, when there is at least one
     */
    public static void validate(GenerationRequest request) {
        throwIfAny(violations(request));
    }

    /**
     * The checks that stay when client-side validation is off: only what cannot be sent at all. The
     * schema's required properties (the prompt, at any depth), and numbers JSON can carry (no NaN
     * or infinity).
     *
     * @param request the request, defaults already applied
     * @throws ValidationException when a required property is missing or a number is not finite
     */
    public static void requireSendable(GenerationRequest request) {
        Checks c = new Checks(false);
        request.validate(c);
        throwIfAny(c.violations);
    }

    private static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    /**
     * Lists every documented rule the request breaks: the schema's constraints first (a missing
     * required property leads), then the rules stated in prose.
     *
     * @param r the request, defaults already applied
     * @return the violations, empty when the request is valid
     */
    public static List<Violation> violations(GenerationRequest r) {
        Checks c = new Checks(true);
        r.validate(c);
        c.run(r);
        return c.violations;
    }

    /** The spec's order, so messages list styles as the spec does. */
    private static Set<PresetStyle> inOrder(PresetStyle... styles) {
        Set<PresetStyle> chosen = Set.of(styles);
        Set<PresetStyle> ordered = new java.util.LinkedHashSet<>();
        PresetStyle.knownValues().stream().filter(chosen::contains).forEach(ordered::add);
        return java.util.Collections.unmodifiableSet(ordered);
    }

    private static List<BigDecimal> decimals(String... values) {
        return Stream.of(values).map(BigDecimal::new).toList();
    }

    /**
     * Collects violations: the schema's, reported by the generated validation, and the prose rules';
     * each helper reports at most one violation.
     */
    private static final class Checks implements ConstraintSink {
        private final List<Violation> violations = new ArrayList<>();
        /** Fields the schema's constraints already rejected; the prose rules do not judge them again. */
        private final Set<String> rejectedBySchema = new HashSet<>();
        /** False when validation is off: only violations that make a request unsendable count. */
        private final boolean documentedRules;

        Checks(boolean documentedRules) {
            this.documentedRules = documentedRules;
        }

        @Override
        public void violated(String path, Object value, String rule) {
            if (documentedRules) {
                rejectedBySchema.add(path);
                violations.add(new Violation(path, value, rule));
            }
        }

        @Override
        public void unsendable(String path, Object value, String rule) {
            rejectedBySchema.add(path);
            violations.add(new Violation(path, value, rule));
        }

        /** The rules stated in prose; each line quotes the description of {@code POST /generations} it comes from. */
        void run(GenerationRequest r) {
            // width, height: "Must be between 32 and 1536 and be a multiple of 8."
            size("width", r.width());
            size("height", r.height());
            // num_images: "Must be between 1 and 8. If either width or height is over 768, must be between 1 and 4."
            numImages(r);
            // num_inference_steps: "Must be between 10 and 60."
            between("num_inference_steps", r.numInferenceSteps(), "10", "60");
            // guidance_scale: "Must be between 1 and 20."
            between("guidance_scale", r.guidanceScale(), "1", "20");
            // seed: "The maximum seed value is 2147483637 for Flux and 9999999998 for other models"
            seed(r);
            // sd_generation_style: the styles listed for Alchemy on and off
            presetStyle(r);
            // contrastRatio: "Contrast Ratio to use with Alchemy. Must be a float between 0 and 1 inclusive."
            alchemyOnly("contrastRatio", r.contrastRatio(), r.alchemy());
            between("contrastRatio", r.contrastRatio(), "0", "1");
            // contrast: "Accepts values [1.0, 1.3, ...]. For Phoenix, if alchemy is true, contrast needs to be 2.5 or higher."
            contrast(r);
            // expandedDomain: "Enable to use the Expanded Domain feature of Alchemy."
            alchemyOnly("expandedDomain", r.expandedDomain(), r.alchemy());
            // photoReal: "Requires enabling alchemy and unspecifying modelId (for photoRealVersion V1)."
            // photoRealVersion: "Must be v1 or v2."
            photoReal(r);
            // photoRealStrength: "Must be 0.55 for low, 0.5 for medium, or 0.45 for high."
            oneOf("photoRealStrength", r.photoRealStrength(), PHOTO_REAL_STRENGTHS);
            // promptMagicStrength: "Must be a float between 0.1 and 1.0"
            between("promptMagicStrength", r.promptMagicStrength(), "0.1", "1.0");
            // promptMagicVersion: "Prompt magic version v2 or v3, for use when promptMagic: true"
            oneOf("promptMagicVersion", r.promptMagicVersion(), PROMPT_MAGIC_VERSIONS);
            onlyWhenOn("promptMagicVersion", r.promptMagicVersion(), "promptMagic", r.promptMagic());
            // ultra: "Note: can not be used with Alchemy."
            if (Boolean.TRUE.equals(r.ultra()) && Boolean.TRUE.equals(r.alchemy())) {
                add("ultra", true, "cannot be used with alchemy");
            }
            // init_strength: "Must be a float between 0.1 and 0.9."
            between("init_strength", r.initStrength(), "0.1", "0.9");
            // unzoom: "requires unzoomAmount and init_image_id to be set"; unzoomAmount: "requires an
            // init_image_id and unzoom to be set to true"
            unzoom(r);
            // enhancePromptInstruction: "When enhancePrompt is enabled, the prompt is enhanced based on the given instructions."
            onlyWhenOn("enhancePromptInstruction", r.enhancePromptInstruction(), "enhancePrompt", r.enhancePrompt());
        }

        void add(String field, Object value, String rule) {
            if (documentedRules && !rejectedBySchema.contains(field)) {
                violations.add(new Violation(field, value, rule));
            }
        }

        /** Null-safe numeric view: null when unset or not finite (the schema's check reports that). */
        private static BigDecimal decimal(Number value) {
            if (value == null || value instanceof Double d && !Double.isFinite(d)) {
                return null;
            }
            return value instanceof Double d ? BigDecimal.valueOf(d) : BigDecimal.valueOf(value.longValue());
        }

        /** @return whether the value was in range (or unset), so callers can skip dependent checks */
        boolean between(String field, Number value, String min, String max) {
            return between(field, value, new BigDecimal(min), new BigDecimal(max), "");
        }

        boolean between(String field, Number value, BigDecimal min, BigDecimal max, String condition) {
            BigDecimal v = decimal(value);
            if (v != null && (v.compareTo(min) < 0 || v.compareTo(max) > 0)) {
                add(field, value, "must be between " + min.toPlainString() + " and " + max.toPlainString() + condition);
                return false;
            }
            return true;
        }

        /** @return the value when it is one of {@code allowed}, otherwise (or when unset) null */
        BigDecimal oneOf(String field, Double value, List<BigDecimal> allowed) {
            BigDecimal v = decimal(value);
            if (v == null) {
                return null;
            }
            if (allowed.stream().noneMatch(a -> a.compareTo(v) == 0)) {
                add(field, value, "must be one of "
                        + allowed.stream().map(BigDecimal::toPlainString).collect(Collectors.joining(", ")));
                return null;
            }
            return v;
        }

        void oneOf(String field, String value, List<String> allowed) {
            if (value != null && !allowed.contains(value)) {
                add(field, value, "must be " + String.join(" or ", allowed));
            }
        }

        void size(String field, Long value) {
            if (between(field, value, String.valueOf(MIN_SIZE), String.valueOf(MAX_SIZE))
                    && value != null && value % SIZE_STEP != 0) {
                add(field, value, "must be a multiple of " + SIZE_STEP);
            }
        }

        void numImages(GenerationRequest r) {
            boolean large = isOver(r.width(), LARGE_SIZE) || isOver(r.height(), LARGE_SIZE);
            int max = large ? MAX_IMAGES_LARGE : MAX_IMAGES;
            between("num_images", r.numImages(), BigDecimal.ONE, BigDecimal.valueOf(max),
                    large ? " when width or height is over " + LARGE_SIZE : "");
        }

        private static boolean isOver(Long value, int limit) {
            return value != null && value > limit;
        }

        void seed(GenerationRequest r) {
            boolean flux = r.sdVersion() != null && FLUX.contains(r.sdVersion());
            between("seed", r.seed(), BigDecimal.ZERO, BigDecimal.valueOf(flux ? MAX_SEED_FLUX : MAX_SEED),
                    flux ? " for Flux" : "");
        }

        /**
         * The style lists depend on alchemy, so they are checked only when alchemy is stated; with
         * photoReal on the spec defers to a guide, so any documented style is accepted then.
         */
        void presetStyle(GenerationRequest r) {
            PresetStyle style = r.presetStyle();
            if (style == null || r.alchemy() == null || Boolean.TRUE.equals(r.photoReal()) || !style.isKnown()) {
                return;
            }
            Set<PresetStyle> allowed = r.alchemy() ? STYLES_WITH_ALCHEMY : STYLES_WITHOUT_ALCHEMY;
            if (!allowed.contains(style)) {
                add("presetStyle", style, "must be one of " + allowed.stream().map(PresetStyle::value)
                        .collect(Collectors.joining(", ")) + " when alchemy is " + (r.alchemy() ? "on" : "off"));
            }
        }

        /** Features the spec describes as part of Alchemy make no sense with alchemy explicitly off. */
        void alchemyOnly(String field, Object value, Boolean alchemy) {
            if (value != null && Boolean.FALSE.equals(alchemy)) {
                add(field, value, "requires alchemy, which is off");
            }
        }

        void contrast(GenerationRequest r) {
            BigDecimal v = oneOf("contrast", r.contrast(), CONTRASTS);
            if (v != null && SdVersion.PHOENIX.equals(r.sdVersion()) && Boolean.TRUE.equals(r.alchemy())
                    && v.compareTo(MIN_PHOENIX_ALCHEMY_CONTRAST) < 0) {
                add("contrast", r.contrast(), "must be 2.5 or higher for Phoenix with alchemy on");
            }
        }

        void photoReal(GenerationRequest r) {
            oneOf("photoRealVersion", r.photoRealVersion(), PHOTO_REAL_VERSIONS);
            if (!Boolean.TRUE.equals(r.photoReal())) {
                return;
            }
            if (Boolean.FALSE.equals(r.alchemy())) {
                add("alchemy", false, "must be on when photoReal is on");
            }
            if ("v1".equals(r.photoRealVersion()) && r.modelId() != null) {
                add("modelId", r.modelId(), "must be unset for photoReal v1");
            }
        }

        /** Options the spec describes as used only with a switch on; an unset switch is off. */
        void onlyWhenOn(String field, Object value, String switchName, Boolean switchValue) {
            if (value != null && !Boolean.TRUE.equals(switchValue)) {
                add(field, value, "is only used when " + switchName + " is on");
            }
        }

        void unzoom(GenerationRequest r) {
            boolean unzoom = Boolean.TRUE.equals(r.unzoom());
            if (unzoom && r.unzoomAmount() == null) {
                add("unzoomAmount", null, "is required when unzoom is on");
            }
            if (!unzoom && r.unzoomAmount() != null) {
                add("unzoom", r.unzoom(), "must be on when unzoomAmount is set");
            }
            if ((unzoom || r.unzoomAmount() != null) && r.initImageId() == null) {
                add("init_image_id", null, "is required when unzoom is on or unzoomAmount is set");
            }
        }
    }
}

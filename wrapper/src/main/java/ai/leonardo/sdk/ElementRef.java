package ai.leonardo.sdk;

/**
 * A platform element (a LoRA the vendor publishes) applied to a generation, sent as one entry of
 * the request's {@code elements} array.
 *
 * <p>Fields are nullable so that a missing id is reported by validation, with every other broken
 * rule, instead of failing at construction.
 *
 * @param akUUID the element's id, as listed by the vendor's List Elements endpoint; required
 * @param weight how strongly the element applies, or {@code null} for the server's default (1.0)
 */
public record ElementRef(String akUUID, Double weight) {

    /**
     * An element at the server's default weight.
     *
     * @param akUUID the element's id
     * @return the element reference
     */
    public static ElementRef of(String akUUID) {
        return new ElementRef(akUUID, null);
    }

    /**
     * An element at a given weight.
     *
     * @param akUUID the element's id
     * @param weight how strongly the element applies
     * @return the element reference
     */
    public static ElementRef of(String akUUID, double weight) {
        return new ElementRef(akUUID, weight);
    }
}

package ai.leonardo.sdk;

/**
 * One of the caller's own trained elements (a user LoRA) applied to a generation, sent as one entry
 * of the request's {@code userElements} array.
 *
 * @param userLoraId the id of the user's custom element, or {@code null}
 * @param weight how strongly the element applies, or {@code null} for the server's default
 */
public record UserElementRef(Long userLoraId, Double weight) {

    /**
     * A user element at the server's default weight.
     *
     * @param userLoraId the id of the user's custom element
     * @return the user element reference
     */
    public static UserElementRef of(long userLoraId) {
        return new UserElementRef(userLoraId, null);
    }

    /**
     * A user element at a given weight.
     *
     * @param userLoraId the id of the user's custom element
     * @param weight how strongly the element applies
     * @return the user element reference
     */
    public static UserElementRef of(long userLoraId, double weight) {
        return new UserElementRef(userLoraId, weight);
    }
}

package ai.leonardo.sdk;

/**
 * One broken rule: the field (by its wire name), the rejected value and the rule it broke.
 *
 * @param field the JSON field name the API uses, for example {@code num_images}, or a path into an
 *     array such as {@code controlnets[0].initImageId}
 * @param rejectedValue the value that was rejected, possibly {@code null} when a required value is
 *     missing
 * @param rule the rule in words, for example {@code must be between 1 and 8}
 */
public record Violation(String field, Object rejectedValue, String rule) {

    /**
     * Renders the violation for humans, quoting text values so blanks are visible.
     *
     * @return for example {@code num_images=9 must be between 1 and 8}
     */
    @Override
    public String toString() {
        String value = rejectedValue instanceof CharSequence ? "\"" + rejectedValue + "\"" : String.valueOf(rejectedValue);
        return field + "=" + value + " " + rule;
    }
}

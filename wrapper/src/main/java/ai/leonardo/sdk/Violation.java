package ai.leonardo.sdk;

/**
 * One broken rule: the field (by its wire name), the rejected value and the rule it broke.
 *
 * @param field the JSON field name the API uses, for example {@code num_images}
 * @param rejectedValue the value that was rejected, possibly {@code null}
 * @param rule the rule in words, for example {@code must be between 1 and 8}
 */
public record Violation(String field, Object rejectedValue, String rule) {
    @Override
    public String toString() {
        return field + "=" + rejectedValue + " " + rule;
    }
}

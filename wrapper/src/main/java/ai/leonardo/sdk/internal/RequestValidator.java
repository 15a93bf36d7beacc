package ai.leonardo.sdk.internal;

import ai.leonardo.sdk.ValidationException;
import ai.leonardo.sdk.Violation;
import java.util.List;
import java.util.regex.Pattern;

/** Checks the rules the spec states before any request is sent. */
public final class RequestValidator {
    private static final Pattern UUID = Pattern.compile(
            "[a-f0-9]{8}-[a-f0-9]{4}-4[a-f0-9]{3}-[89aAbB][a-f0-9]{3}-[a-f0-9]{12}");

    private RequestValidator() {
    }

    /**
     * Checks an id the spec patterns as a UUID.
     *
     * @param field the parameter name
     * @param value the id
     * @throws ValidationException when the id does not match
     */
    public static void requireUuid(String field, String value) {
        if (value == null || !UUID.matcher(value).matches()) {
            throw new ValidationException(List.of(new Violation(field, value, "must be a UUID v4 (" + UUID.pattern() + ")")));
        }
    }
}

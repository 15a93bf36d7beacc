package ai.leonardo.sdk;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A request broke one or more documented rules and was not sent. Every violation is listed,
 * not only the first.
 */
public class ValidationException extends LeonardoException {
    private static final long serialVersionUID = 1L;

    private final List<Violation> violations;

    /**
     * Creates the exception from the violations found.
     *
     * @param violations at least one violation
     */
    public ValidationException(List<Violation> violations) {
        super(describe(violations));
        this.violations = List.copyOf(violations);
    }

    /**
     * Returns every violation found, in field order.
     *
     * @return the violations, never empty
     */
    public List<Violation> violations() {
        return violations;
    }

    private static String describe(List<Violation> violations) {
        return "Invalid request (" + violations.size() + " violation" + (violations.size() == 1 ? "" : "s") + "): "
                + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
    }
}

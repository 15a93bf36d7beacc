package ai.leonardo.sdk;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A request broke one or more documented rules and was not sent: no HTTP request was made and no
 * credits were spent. Every violation is listed, not only the first, so a caller fixes them in one
 * pass.
 */
public class ValidationException extends LeonardoException {
    private static final long serialVersionUID = 1L;

    /** Violations are immutable records of plain values; the list is copied and never changes. */
    @SuppressWarnings("serial")
    private final List<Violation> violations;

    /**
     * Creates the exception from the violations found.
     *
     * @param violations at least one violation
     * @throws IllegalArgumentException when {@code violations} is empty
     */
    public ValidationException(List<Violation> violations) {
        super(describe(violations));
        this.violations = List.copyOf(violations);
    }

    /**
     * Returns every violation found, in a fixed order: the prompt first, then size, images and the rest.
     *
     * @return the violations, never empty
     */
    public List<Violation> violations() {
        return violations;
    }

    private static String describe(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a ValidationException needs at least one violation");
        }
        return "Invalid request, not sent (" + violations.size() + " violation" + (violations.size() == 1 ? "" : "s")
                + "): " + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
    }
}

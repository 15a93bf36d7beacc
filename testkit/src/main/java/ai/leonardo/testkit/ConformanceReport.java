package ai.leonardo.testkit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** What a {@link Conformance} run found: every check in the order it ran, the cost it spent and how long it took. */
public final class ConformanceReport {

    private final String baseUrl;
    private final Conformance.Mode mode;
    private final List<ConformanceCheck> checks;
    private final String totalCost;
    private final Duration elapsed;

    ConformanceReport(String baseUrl, Conformance.Mode mode, List<ConformanceCheck> checks, String totalCost,
            Duration elapsed) {
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.checks = List.copyOf(checks);
        this.totalCost = Objects.requireNonNull(totalCost, "totalCost");
        this.elapsed = Objects.requireNonNull(elapsed, "elapsed");
    }

    /**
     * The server that was checked.
     *
     * @return its base URL
     */
    public String baseUrl() {
        return baseUrl;
    }

    /**
     * The mode the suite ran in.
     *
     * @return read-only or full
     */
    public Conformance.Mode mode() {
        return mode;
    }

    /**
     * Every check, in the order it ran.
     *
     * @return an immutable list
     */
    public List<ConformanceCheck> checks() {
        return checks;
    }

    /**
     * The check with this name.
     *
     * @param name e.g. {@code delete.gone}
     * @return the check
     * @throws IllegalArgumentException if this run has no such check
     */
    public ConformanceCheck check(String name) {
        return checks.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no check named " + name + " in this run"));
    }

    /**
     * Whether no check failed (skipped checks do not count as failures).
     *
     * @return true when every check passed or was skipped
     */
    public boolean passed() {
        return failures().isEmpty();
    }

    /**
     * The failed checks.
     *
     * @return an immutable list, empty when the server conforms
     */
    public List<ConformanceCheck> failures() {
        return checks.stream().filter(c -> c.outcome() == ConformanceCheck.Outcome.FAIL).toList();
    }

    /**
     * What the generations the run created cost, as the server quoted it, e.g. {@code 0.00735 DOLLARS}.
     *
     * @return the total per unit; {@code 0} in read-only mode
     */
    public String totalCost() {
        return totalCost;
    }

    /**
     * How long the whole run took.
     *
     * @return the wall-clock time
     */
    public Duration elapsed() {
        return elapsed;
    }

    /**
     * The report as a plain-text table: check, result, evidence; then a summary line.
     *
     * @return the table, lines ending in {@code \n}
     */
    public String toTable() {
        int nameWidth = Math.max("CHECK".length(), checks.stream().mapToInt(c -> c.name().length()).max().orElse(0));
        String row = "%-" + nameWidth + "s  %-6s  %s%n";
        StringBuilder out = new StringBuilder(String.format(row, "CHECK", "RESULT", "EVIDENCE"));
        String indent = " ".repeat(nameWidth + 10);
        for (ConformanceCheck c : checks) {
            String evidence = c.evidence().replace("\n", System.lineSeparator() + indent);
            out.append(String.format(row, c.name(), c.outcome(), evidence));
        }
        long failed = failures().size();
        long skipped = checks.stream().filter(c -> c.outcome() == ConformanceCheck.Outcome.SKIP).count();
        out.append(String.format("%d checks: %d passed, %d failed, %d skipped; %s mode against %s in %.1f s; cost %s%n",
                checks.size(), checks.size() - failed - skipped, failed, skipped,
                mode.label(), baseUrl, elapsed.toMillis() / 1000.0, totalCost));
        return out.toString();
    }

    /**
     * The report as one JSON document: {@code baseUrl}, {@code mode}, {@code passed}, {@code totalCost},
     * {@code elapsedMs} and {@code checks} ({@code name}, {@code description}, {@code result}, {@code evidence},
     * {@code durationMs}).
     *
     * @return compact JSON
     */
    public String toJson() {
        ObjectNode root = Engine.JSON.createObjectNode();
        root.put("baseUrl", baseUrl);
        root.put("mode", mode.label());
        root.put("passed", passed());
        root.put("totalCost", totalCost);
        root.put("elapsedMs", elapsed.toMillis());
        ArrayNode list = root.putArray("checks");
        for (ConformanceCheck c : checks) {
            list.addObject().put("name", c.name()).put("description", c.description())
                    .put("result", c.outcome().name()).put("evidence", c.evidence())
                    .put("durationMs", c.duration().toMillis());
        }
        return root.toString();
    }

    @Override
    public String toString() {
        return toTable();
    }
}

package ai.leonardo.testkit;

import java.time.Duration;
import java.util.Objects;

/**
 * The result of one check of a {@link Conformance} run: what was checked, whether the server passed, and
 * the evidence (statuses, ids, timings, or each spec violation with its JSON path and rule).
 */
public final class ConformanceCheck {

    /** How a check ended. */
    public enum Outcome {
        /** The server behaved as the spec and the documented lifecycle say. */
        PASS,
        /** The server did not; the evidence says how. */
        FAIL,
        /** The check could not run here (e.g. no user id given, or no generation completed); the evidence says why. */
        SKIP
    }

    private final String name;
    private final String description;
    private final Outcome outcome;
    private final String evidence;
    private final Duration duration;

    ConformanceCheck(String name, String description, Outcome outcome, String evidence, Duration duration) {
        this.name = Objects.requireNonNull(name, "name");
        this.description = Objects.requireNonNull(description, "description");
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.evidence = Objects.requireNonNull(evidence, "evidence");
        this.duration = Objects.requireNonNull(duration, "duration");
    }

    /**
     * The check's stable name, e.g. {@code list.newest-first}.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * What the check expects of the server, in one sentence.
     *
     * @return the description
     */
    public String description() {
        return description;
    }

    /**
     * Whether the server passed.
     *
     * @return the outcome
     */
    public Outcome outcome() {
        return outcome;
    }

    /**
     * What was observed: statuses, counts and timings on a pass; the broken rule on a failure.
     *
     * @return the evidence, one or more lines
     */
    public String evidence() {
        return evidence;
    }

    /**
     * How long the check took, requests included.
     *
     * @return the wall-clock time
     */
    public Duration duration() {
        return duration;
    }

    @Override
    public String toString() {
        return name + " " + outcome + ": " + evidence;
    }
}

package ai.leonardo.testkit;

import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;

/**
 * The conformance suite as JUnit dynamic tests: one test per check, failing with the check's evidence.
 * A team checks its own server with one test class:
 *
 * <pre>{@code
 * class GatewayConformsTest {
 *     @TestFactory
 *     Stream<DynamicTest> gatewayConformsToTheLeonardoApi() {
 *         return ConformanceTests.of(Conformance.builder()
 *                 .baseUrl("http://localhost:8080/api/rest/v1")
 *                 .apiKey(System.getenv("LEONARDO_API_KEY"))
 *                 .userId(System.getenv("LEONARDO_USER_ID"))
 *                 .build());
 *     }
 * }
 * }</pre>
 *
 * Uses only the Jupiter API that JUnit 5 and 6 share. A skipped check shows as an aborted test.
 */
public final class ConformanceTests {

    private ConformanceTests() {
    }

    /**
     * Runs the suite once, now, and returns its checks as dynamic tests.
     *
     * @param suite the configured suite
     * @return one dynamic test per check, named {@code check: what it expects}
     */
    public static Stream<DynamicTest> of(Conformance suite) {
        ConformanceReport report = Objects.requireNonNull(suite, "suite").run();
        return report.checks().stream().map(c -> DynamicTest.dynamicTest(c.name() + ": " + c.description(), () -> {
            Assumptions.assumeTrue(c.outcome() != ConformanceCheck.Outcome.SKIP, c::evidence);
            if (c.outcome() == ConformanceCheck.Outcome.FAIL) {
                throw new AssertionError(c.name() + " failed against " + report.baseUrl() + ":\n" + c.evidence());
            }
        }));
    }
}

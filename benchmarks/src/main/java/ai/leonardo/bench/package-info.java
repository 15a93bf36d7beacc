/** The SDK's benchmarks (JMH and scenario runs); run by {@code scripts/run-benchmarks.sh}, never by the tests. */
package ai.leonardo.bench;

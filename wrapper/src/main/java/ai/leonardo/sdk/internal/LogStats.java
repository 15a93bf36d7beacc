package ai.leonardo.sdk.internal;

/**
 * Running mean and variance of a stream of numbers with exponential forgetting after
 * {@code memory} samples, so estimates follow a drifting service. Thread-safe.
 */
final class LogStats {
    private final int memory;
    private double n;
    private double mean;
    private double variance;

    LogStats(int memory) {
        this.memory = memory;
    }

    synchronized void add(double x) {
        n = Math.min(n + 1, memory);
        double weight = 1 / n;
        double delta = x - mean;
        mean += weight * delta;
        variance = (1 - weight) * (variance + weight * delta * delta);
    }

    synchronized Snapshot snapshot() {
        return new Snapshot(n, mean, variance);
    }

    /** A consistent view: effective sample count, mean, variance. */
    record Snapshot(double n, double mean, double variance) {
    }
}

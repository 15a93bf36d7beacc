package ai.leonardo.bench;

import java.util.Arrays;

/** Order statistics over samples, by the nearest-rank method (no interpolation between samples). */
final class Stats {
    private Stats() {
    }

    /**
     * @param samples the samples, not empty; not modified
     * @param p the percentile, 0 to 100
     * @return the smallest sample with at least {@code p}% of the samples at or below it
     */
    static double percentile(double[] samples, double p) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /**
     * @param samples the samples, not empty
     * @return their median (nearest rank)
     */
    static double median(double[] samples) {
        return percentile(samples, 50);
    }

    /**
     * @param samples the samples, not empty
     * @return their mean
     */
    static double mean(double[] samples) {
        return Arrays.stream(samples).average().orElseThrow();
    }

    /**
     * @param value a number
     * @return it rounded to three significant decimals, for reports
     */
    static double round3(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}

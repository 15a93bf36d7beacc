package ai.leonardo.sdk.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Predicts the log-duration of a job class never seen before from the classes that were: a
 * least-squares fit of {@code ln(duration)} on the pixel bucket and {@code ln(images)}, plus a
 * per-model offset. Durations grow with size and image count in much the same way on every model,
 * so a new size or count on a known model gets a tight estimate instead of the wide spread of all
 * jobs. Thread-safe.
 */
final class DurationRegression {
    /** Below this many samples the fit is not trusted. */
    static final int MIN_SAMPLES = 8;
    /** A little ridge keeps the fit defined while every job so far had the same size or count. */
    private static final double RIDGE = 1e-3;
    private static final int FEATURES = 3;

    private final int memory;
    private final int residualMemory;
    private final double[][] xtx = new double[FEATURES][FEATURES];
    private final double[] xty = new double[FEATURES];
    private double n;
    private final LogStats residuals;
    private final Map<String, LogStats> modelResiduals = new ConcurrentHashMap<>();

    /**
     * @param memory jobs after which old ones fade from the fit
     * @param residualMemory jobs after which old residuals fade; short, because residuals taken
     *     against an early, poor fit must not linger
     */
    DurationRegression(int memory, int residualMemory) {
        this.memory = memory;
        this.residualMemory = residualMemory;
        this.residuals = new LogStats(residualMemory);
    }

    /** Prediction for a class: mean and spread of {@code ln(duration)}. */
    record Prediction(double mu, double sigma) {
    }

    void add(JobClass cls, double logDuration) {
        if (!usable(cls)) {
            return;
        }
        double[] x = features(cls);
        double residual;
        synchronized (this) {
            // Forget old jobs at the same pace as the per-class estimates.
            double keep = n >= memory ? 1 - 1.0 / memory : 1;
            for (int i = 0; i < FEATURES; i++) {
                xty[i] = keep * xty[i] + x[i] * logDuration;
                for (int j = 0; j < FEATURES; j++) {
                    xtx[i][j] = keep * xtx[i][j] + x[i] * x[j];
                }
            }
            n = Math.min(n + 1, memory);
            residual = logDuration - dot(solve(), x);
        }
        residuals.add(residual);
        modelResiduals.computeIfAbsent(cls.modelId(), m -> new LogStats(residualMemory)).add(residual);
    }

    Optional<Prediction> predict(JobClass cls) {
        if (!usable(cls)) {
            return Optional.empty();
        }
        double linear;
        synchronized (this) {
            if (n < MIN_SAMPLES) {
                return Optional.empty();
            }
            linear = dot(solve(), features(cls));
        }
        LogStats.Snapshot model = modelResiduals.containsKey(cls.modelId())
                ? modelResiduals.get(cls.modelId()).snapshot() : null;
        LogStats.Snapshot all = residuals.snapshot();
        LogStats.Snapshot spread = model != null && model.n() >= 3 ? model : all;
        double offset = model == null ? 0 : model.mean();
        // The residual spread is within-class noise plus how far the fit misses: the honest width.
        return Optional.of(new Prediction(linear + offset, Math.sqrt(spread.variance())));
    }

    private static boolean usable(JobClass cls) {
        return !cls.isUnknown() && cls.pixelBucket() != Integer.MIN_VALUE && cls.numImages() > 0;
    }

    private static double[] features(JobClass cls) {
        return new double[] {1, cls.pixelBucket(), Math.log(cls.numImages())};
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** Solves (XᵀX + ridge)·w = Xᵀy by Gaussian elimination; three unknowns. */
    private double[] solve() {
        double[][] a = new double[FEATURES][FEATURES + 1];
        for (int i = 0; i < FEATURES; i++) {
            System.arraycopy(xtx[i], 0, a[i], 0, FEATURES);
            a[i][i] += RIDGE;
            a[i][FEATURES] = xty[i];
        }
        for (int col = 0; col < FEATURES; col++) {
            int pivot = col;
            for (int row = col + 1; row < FEATURES; row++) {
                if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
                    pivot = row;
                }
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            for (int row = col + 1; row < FEATURES; row++) {
                double factor = a[row][col] / a[col][col];
                for (int k = col; k <= FEATURES; k++) {
                    a[row][k] -= factor * a[col][k];
                }
            }
        }
        double[] w = new double[FEATURES];
        for (int row = FEATURES - 1; row >= 0; row--) {
            double sum = a[row][FEATURES];
            for (int k = row + 1; k < FEATURES; k++) {
                sum -= a[row][k] * w[k];
            }
            w[row] = sum / a[row][row];
        }
        return w;
    }
}

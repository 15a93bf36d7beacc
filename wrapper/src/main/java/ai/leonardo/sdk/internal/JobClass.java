package ai.leonardo.sdk.internal;

import java.util.Objects;

/**
 * The class of a generation for duration estimates: model × pixel-count bucket × image count.
 * Jobs of one class take similar times, while the spread across classes is wide, so the wait
 * schedule learns per class. Not part of the public API; public only so the benchmark module can
 * drive {@link AdaptivePollSchedule} in a simulation.
 *
 * @param modelId the model id, or {@code "default"} when the request named none
 * @param pixelBucket half-octave bucket of width × height relative to 512×512 (0 for 512×512,
 *     2 for 1024×1024), or {@link Integer#MIN_VALUE} when the size is unknown
 * @param numImages images requested, or 0 when unknown
 */
public record JobClass(String modelId, int pixelBucket, int numImages) {
    /** The class of a job the client knows nothing about (a resumed job): uses the global estimate. */
    public static final JobClass UNKNOWN = new JobClass("?", Integer.MIN_VALUE, 0);

    /** Checks the values. */
    public JobClass {
        Objects.requireNonNull(modelId, "modelId");
    }

    /**
     * Classifies a request.
     *
     * @param modelId the model id, may be null
     * @param width the width in pixels, may be null
     * @param height the height in pixels, may be null
     * @param numImages the image count, may be null
     * @return the class
     */
    public static JobClass of(String modelId, Long width, Long height, Long numImages) {
        int bucket = width == null || height == null || width <= 0 || height <= 0
                ? Integer.MIN_VALUE
                // Half-octave buckets: durations scale roughly with pixels, and a 1.4× step is
                // finer than the per-class spread, so neighbouring sizes rarely share a bucket wrongly.
                : (int) Math.round(2 * Math.log((double) width * height / (512.0 * 512.0)) / Math.log(2));
        return new JobClass(modelId == null ? "default" : modelId, bucket,
                numImages == null ? 0 : (int) Math.max(0, numImages));
    }

    /** @return true for {@link #UNKNOWN} */
    public boolean isUnknown() {
        return equals(UNKNOWN);
    }
}

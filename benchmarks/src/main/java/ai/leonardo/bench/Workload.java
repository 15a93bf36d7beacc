package ai.leonardo.bench;

import ai.leonardo.sdk.internal.JobClass;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A realistic mix of generation jobs for the wait simulation. A job's class is model × size ×
 * image count, as the SDK classifies requests ({@link JobClass#of}). Within a class durations are
 * log-normal, by default with a modest spread ({@value #CLASS_SIGMA}: half the jobs within about
 * ±18% of the class median), because the same request on the same model takes similar times; wider
 * spreads test the schedule when that holds less well. Across classes
 * medians differ several-fold, which gives the whole mix its median of about 6 s and a tail past
 * 20 s.
 *
 * <p>Class median = model base time × (pixels / 1 MP)^0.6 × (1 + 0.35 × (images − 1)): bigger
 * images cost more than linearly less per pixel, and extra images are partly generated in
 * parallel. The weights favour the common choices (1024×1024 or 1024×768, one or two images).
 */
final class Workload {
    /** Log-spread of durations within one class in the default mix. */
    static final double CLASS_SIGMA = 0.25;

    private record Model(String id, double baseSeconds, double weight) {
    }

    private record Size(int width, int height, double weight) {
    }

    private record Count(int images, double weight) {
    }

    // Base time of one 1-megapixel image: a distilled fast model, a standard one, a slow high-quality one.
    private static final List<Model> MODELS = List.of(
            new Model("fast-model", 3.5, 0.25),
            new Model("standard-model", 5.0, 0.45),
            new Model("quality-model", 8.0, 0.30));
    private static final List<Size> SIZES = List.of(
            new Size(512, 512, 0.10), new Size(768, 768, 0.15), new Size(1024, 768, 0.30),
            new Size(1024, 1024, 0.30), new Size(1472, 832, 0.10), new Size(1536, 1536, 0.05));
    private static final List<Count> COUNTS = List.of(
            new Count(1, 0.45), new Count(2, 0.25), new Count(4, 0.25), new Count(8, 0.05));

    /** One job: its class, the class's median, and its actual duration. */
    record Job(JobClass jobClass, Duration median, Duration duration) {
    }

    private Workload() {
    }

    /**
     * Draws jobs.
     *
     * @param count how many
     * @param slowdown factor on every duration (1 normal; 3 for a service three times slower than learned)
     * @param classSigma log-spread of durations within one class
     * @param random the source of randomness
     * @return the jobs, in creation order
     */
    static List<Job> draw(int count, double slowdown, double classSigma, Random random) {
        List<Job> jobs = new ArrayList<>(count);
        while (jobs.size() < count) {
            Model model = pick(MODELS, MODELS.stream().mapToDouble(Model::weight).toArray(), random);
            Size size = pick(SIZES, SIZES.stream().mapToDouble(Size::weight).toArray(), random);
            Count images = pick(COUNTS, COUNTS.stream().mapToDouble(Count::weight).toArray(), random);
            if (images.images() > 4 && Math.max(size.width(), size.height()) > 768) {
                continue; // the API allows at most 4 images above 768 px
            }
            double megapixels = size.width() * (double) size.height() / 1_000_000;
            double median = model.baseSeconds() * Math.pow(megapixels, 0.6) * (1 + 0.35 * (images.images() - 1));
            double seconds = slowdown * median * Math.exp(classSigma * random.nextGaussian());
            jobs.add(new Job(JobClass.of(model.id(), (long) size.width(), (long) size.height(), (long) images.images()),
                    seconds(median), seconds(seconds)));
        }
        return jobs;
    }

    private static Duration seconds(double seconds) {
        return Duration.ofNanos(Math.round(seconds * 1e9));
    }

    private static <T> T pick(List<T> items, double[] weights, Random random) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < items.size(); i++) {
            x -= weights[i];
            if (x < 0) {
                return items.get(i);
            }
        }
        return items.get(items.size() - 1);
    }
}

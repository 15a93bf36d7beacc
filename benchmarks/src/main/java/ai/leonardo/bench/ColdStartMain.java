package ai.leonardo.bench;

import ai.leonardo.sdk.Leonardo;
import java.lang.management.ManagementFactory;

/**
 * The child process of the cold-start measurement: one {@code get} in a fresh JVM, through the
 * SDK or the raw baseline, then the line {@value #DONE} that the parent times. Arguments:
 * {@code wrapper|raw baseUrl id}.
 */
public final class ColdStartMain {
    /** Printed once the response is parsed; the parent stops its clock on it. */
    static final String DONE = "parsed";
    /** Prefix of the line after it: the number of classes the JVM loaded up to then. */
    static final String CLASSES = "classes ";

    private ColdStartMain() {
    }

    /**
     * @param args {@code wrapper|raw baseUrl id}
     * @throws Exception when the request fails, so the parent sees a failed run
     */
    public static void main(String[] args) throws Exception {
        String baseUrl = args[1];
        String id = args[2];
        // Clients are left open: the process exits right after the line, and closing is not part of a first call.
        String status = switch (args[0]) {
            case "wrapper" -> Leonardo.builder().apiKey(StaticGenerationServer.API_KEY).baseUrl(baseUrl).build()
                    .generations().get(id).status().toString();
            case "raw" -> String.valueOf(new RawClient(baseUrl, StaticGenerationServer.API_KEY).get(id)
                    .generationsByPk().status());
            default -> throw new IllegalArgumentException("wrapper or raw, not " + args[0]);
        };
        System.out.println(DONE + " " + status);
        // After the timed line, so it costs the measurement nothing: how much code each path had to load.
        System.out.println(CLASSES + ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount());
        System.out.flush();
        // Skip waiting for OkHttp's idle non-daemon threads to time out.
        System.exit(0);
    }
}

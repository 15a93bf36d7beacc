package ai.leonardo.cli;

import ai.leonardo.sdk.Leonardo;
import ai.leonardo.testkit.DurationDistribution;
import ai.leonardo.testkit.FakeLeonardo;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Chooses what the CLI talks to. With {@value Leonardo#API_KEY_ENV} set it is the real API (or
 * {@value Leonardo#BASE_URL_ENV}); without a key it starts an in-process {@link FakeLeonardo}, so
 * someone without an account still sees the whole flow: create, progress, PNG files on disk.
 */
public final class ClientFactory {
    private final Supplier<FakeLeonardo.Builder> embeddedFake;

    /**
     * @param embeddedFake configures the fake started when there is no API key
     */
    public ClientFactory(Supplier<FakeLeonardo.Builder> embeddedFake) {
        this.embeddedFake = embeddedFake;
    }

    /**
     * The factory the program uses: an embedded fake whose jobs take a few seconds (log-normal,
     * median 3 s), long enough to show progress and short enough not to bore.
     *
     * @return the default factory
     */
    public static ClientFactory standard() {
        return new ClientFactory(() -> FakeLeonardo.builder()
                .jobDurations(DurationDistribution.logNormal(Duration.ofSeconds(3), 0.3))
                // A fresh seed per run, so repeated demos do not all take exactly the same time.
                .seed(System.nanoTime()));
    }

    /**
     * Opens a client for one command.
     *
     * @param env the environment to read the key and base URL from
     * @param err where the one-line notice about embedded mode goes
     * @return the client; the caller closes it
     */
    public Client open(Map<String, String> env, PrintWriter err) {
        String key = env.get(Leonardo.API_KEY_ENV);
        if (key != null && !key.isBlank()) {
            return new Client(Leonardo.builder().fromEnv(env).build(), null);
        }
        FakeLeonardo fake = startEmbedded(err);
        try {
            return new Client(Leonardo.builder().apiKey(fake.apiKey()).baseUrl(fake.baseUrl()).build(), fake);
        } catch (RuntimeException e) {
            fake.close();
            throw e;
        }
    }

    /**
     * Starts the embedded fake and says so in one line on {@code err}.
     *
     * @param err where the notice goes
     * @return the running fake; the caller closes it
     */
    FakeLeonardo startEmbedded(PrintWriter err) {
        FakeLeonardo fake = embeddedFake.get().build().start();
        err.println("No " + Leonardo.API_KEY_ENV + " set: using an embedded FakeLeonardo at " + fake.baseUrl()
                + " (synthetic images, nothing kept after this command).");
        err.flush();
        return fake;
    }
}

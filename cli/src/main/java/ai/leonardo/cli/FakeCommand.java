package ai.leonardo.cli;

import ai.leonardo.sdk.Leonardo;
import ai.leonardo.testkit.FakeLeonardo;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code leonardo fake}: FakeLeonardo as a standalone server, so tests in any language can use it.
 * It runs in the foreground until the process is stopped; its state lives as long as the process.
 */
@Command(name = "fake", description = {
    "Run FakeLeonardo, a stateful fake of the API, as a server on 127.0.0.1 until stopped (Ctrl-C or SIGTERM).",
    "The first three lines on stdout are LEONARDO_BASE_URL=..., LEONARDO_API_KEY=... and LEONARDO_USER_ID=...",
})
final class FakeCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--port", paramLabel = "N", description = "The port; 0 (default) picks a free one.")
    int port;

    @Option(names = "--api-key", paramLabel = "KEY", description = "The key clients must send (default: ${DEFAULT-VALUE}).")
    String apiKey = FakeLeonardo.DEFAULT_API_KEY;

    @Option(names = "--user-id", paramLabel = "UUID", description = "The owner of every generation (default: ${DEFAULT-VALUE}).")
    UUID userId = UUID.fromString(FakeLeonardo.DEFAULT_USER_ID);

    @Option(names = "--job-duration", paramLabel = "DURATION", converter = DurationConverter.ZeroAllowed.class,
            description = "How long each job stays PENDING, e.g. 0 (complete at once), 500ms, 5s (default: 1s).")
    Duration jobDuration = Duration.ofSeconds(1);

    @Option(names = "--latency", paramLabel = "DURATION", converter = DurationConverter.ZeroAllowed.class,
            description = "Hold every response this long, like a real network, e.g. 150ms (default: none).")
    Duration latency;

    @Option(names = "--callback-url", paramLabel = "URL",
            description = "POST a webhook callback (image_generation.complete) here when a generation completes.")
    String callbackUrl;

    @Option(names = "--callback-key", paramLabel = "KEY",
            description = "Sent as 'authorization: Bearer KEY' on callbacks (default: ${DEFAULT-VALUE}).")
    String callbackKey = "fake-webhook-key";

    @Option(names = "--callback-delay", paramLabel = "DURATION", converter = DurationConverter.ZeroAllowed.class,
            description = "Send each callback this long after its generation completes (default: none).")
    Duration callbackDelay;

    @Option(names = "--callback-loss", paramLabel = "RATE",
            description = "Share of callbacks never sent, 0 to 1 (default: ${DEFAULT-VALUE}).")
    double callbackLoss;

    @Option(names = "--callback-duplicates", paramLabel = "RATE",
            description = "Share of callbacks sent twice, 0 to 1 (default: ${DEFAULT-VALUE}).")
    double callbackDuplicates;

    FakeCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        FakeLeonardo.Builder builder = FakeLeonardo.builder().port(port).apiKey(apiKey).userId(userId.toString())
                .jobDuration(jobDuration).latency(latency == null ? Duration.ZERO : latency);
        if (callbackUrl != null) {
            builder.callbacks(callbackUrl, callbackKey).callbackDelay(callbackDelay == null ? Duration.ZERO : callbackDelay)
                    .callbackLossRate(callbackLoss).callbackDuplicateRate(callbackDuplicates);
        }
        FakeLeonardo fake = builder.build();
        CountDownLatch stopped = new CountDownLatch(1);
        // A signal ends the process through shutdown hooks: that is where the port is freed.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            fake.stop();
            stopped.countDown();
        }, "leonardo-fake-stop"));
        fake.start();
        PrintWriter out = context.out();
        out.println(Leonardo.BASE_URL_ENV + "=" + fake.baseUrl());
        out.println(Leonardo.API_KEY_ENV + "=" + fake.apiKey());
        out.println(ConformanceCommand.USER_ID_ENV + "=" + fake.userId());
        out.flush();
        context.err().println("FakeLeonardo is running; stop it with Ctrl-C.");
        context.err().flush();
        stopped.await();
        return ExitCodes.OK;
    }
}

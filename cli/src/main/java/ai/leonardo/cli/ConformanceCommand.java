package ai.leonardo.cli;

import ai.leonardo.sdk.Leonardo;
import ai.leonardo.sdk.SpecInfo;
import ai.leonardo.testkit.Conformance;
import ai.leonardo.testkit.ConformanceReport;
import ai.leonardo.testkit.FakeLeonardo;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code leonardo conformance}: the testkit's conformance suite against any server, as a table or JSON.
 * Exit 0 when no check failed, 1 when one did, 2 for usage errors.
 */
@Command(name = "conformance", description = {
    "Check a server (the real API, a gateway, proxy or mock) against the API spec and its documented lifecycle.",
    "Reads " + Leonardo.API_KEY_ENV + "; without it and without --base-url, checks an embedded FakeLeonardo.",
    "Full mode creates at most --max-generations one-image 32x32 generations and deletes them; read-only creates "
            + "nothing. Exit 0: every check passed (or was skipped); 1: a check failed.",
})
final class ConformanceCommand implements Callable<Integer> {
    /** The account's user id, which the API cannot be asked for; {@code leonardo fake} prints it. */
    static final String USER_ID_ENV = "LEONARDO_USER_ID";

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    JsonOption json;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "The server, with the API's base path (default: " + Leonardo.BASE_URL_ENV
                    + ", else the spec's server).")
    String baseUrl;

    @Option(names = "--mode", paramLabel = "MODE", converter = ModeConverter.class,
            description = "read-only or full (default: full).")
    Conformance.Mode mode = Conformance.Mode.FULL;

    @Option(names = "--generation-id", paramLabel = "ID",
            description = "An existing generation to read (read-only mode needs it).")
    String generationId;

    @Option(names = "--user-id", paramLabel = "UUID",
            description = "The account's user id, for the list checks (default: " + USER_ID_ENV + ").")
    String userId;

    @Option(names = "--max-generations", paramLabel = "N", defaultValue = "2",
            description = "How many generations full mode creates, 1..10 (default: ${DEFAULT-VALUE}).")
    int maxGenerations;

    @Option(names = "--poll-interval", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "How often a PENDING generation is read (default: 1s).")
    Duration pollInterval = Duration.ofSeconds(1);

    @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "How long a job may stay PENDING before its check fails (default: 3m).")
    Duration jobTimeout = Duration.ofMinutes(3);

    ConformanceCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        String key = context.env().get(Leonardo.API_KEY_ENV);
        String url = baseUrl != null ? baseUrl : context.env().get(Leonardo.BASE_URL_ENV);
        String user = userId != null ? userId : context.env().get(USER_ID_ENV);
        boolean embedded = key == null || key.isBlank();
        if (embedded && url != null) {
            throw new ParameterException(spec.commandLine(), Leonardo.API_KEY_ENV + " is not set: the server at "
                    + url + " needs its API key");
        }
        if (embedded && mode == Conformance.Mode.READ_ONLY) {
            throw new ParameterException(spec.commandLine(),
                    "read-only mode reads an existing account: set " + Leonardo.API_KEY_ENV + " and --base-url");
        }
        FakeLeonardo fake = embedded ? context.clients().startEmbedded(context.err()) : null;
        try {
            Conformance suite = suite(fake != null ? fake.baseUrl() : url != null ? url : SpecInfo.defaultBaseUrl(),
                    fake != null ? fake.apiKey() : key, fake != null ? fake.userId() : user);
            ConformanceReport report = suite.run();
            PrintWriter out = context.out();
            out.print(json.json ? report.toJson() + System.lineSeparator() : report.toTable());
            out.flush();
            return report.passed() ? ExitCodes.OK : ExitCodes.FAILED;
        } finally {
            if (fake != null) {
                fake.close();
            }
        }
    }

    private Conformance suite(String url, String key, String user) {
        try {
            Conformance.Builder b = Conformance.builder().baseUrl(url).apiKey(key).mode(mode)
                    .maxGenerations(maxGenerations).pollInterval(pollInterval).jobTimeout(jobTimeout);
            if (generationId != null) {
                b.generationId(generationId);
            }
            if (user != null) {
                b.userId(user);
            }
            return b.build();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage()
                    + (mode == Conformance.Mode.READ_ONLY ? " (--generation-id ID --user-id UUID)" : ""));
        }
    }

    /** {@code read-only} or {@code full}, the names the README and the report use. */
    static final class ModeConverter implements CommandLine.ITypeConverter<Conformance.Mode> {
        @Override
        public Conformance.Mode convert(String value) {
            try {
                return Conformance.Mode.of(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}

package ai.leonardo.cli;

import ai.leonardo.sdk.BatchJournal;
import ai.leonardo.sdk.BatchOptions;
import ai.leonardo.sdk.BatchResult;
import ai.leonardo.sdk.WaitListener;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code leonardo batch FILE}: one generation per line, run through the SDK's batch API. */
@Command(name = "batch",
        description = {
            "Generate one prompt per line of FILE (blank lines and lines starting with # are skipped),"
                    + " a few at a time, and write every image to --out.",
            "Exits 0 when every line completed; otherwise with the code of the first line that did not.",
            "A journal (default: " + BatchCommand.DEFAULT_JOURNAL + " in --out) records every create before it is"
                    + " sent, so a rerun after a crash skips finished lines, waits again for created ones and"
                    + " creates only lines never sent; a line edited since is new.",
        })
final class BatchCommand extends ApiCommand {
    /** The journal's file name in {@code --out} when {@code --journal} is not given. */
    static final String DEFAULT_JOURNAL = "leonardo-batch-journal.jsonl";
    /** Where the user id for finding lost creates comes from when {@code --user} is not given. */
    static final String USER_ID_ENV = "LEONARDO_USER_ID";

    @Parameters(index = "0", paramLabel = "FILE", description = "Prompts, one per line (UTF-8).")
    Path file;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "" + BatchOptions.DEFAULT_MAX_CONCURRENT,
            description = "Most generations running at once (default: ${DEFAULT-VALUE}, the API's limit).")
    int concurrency;

    @Option(names = "--journal", paramLabel = "FILE",
            description = "Where to keep the batch's journal (default: " + DEFAULT_JOURNAL + " in --out;"
                    + " none in embedded mode, whose generations end with the command).")
    Path journal;

    @Option(names = "--no-journal", description = "Keep no journal: a rerun creates (and pays for) every line again.")
    boolean noJournal;

    @Option(names = "--retry-unknown", description = "Create again the lines whose earlier create got no answer"
            + " and could not be found; each may then be generated, and paid for, twice.")
    boolean retryUnknown;

    @Option(names = "--user", paramLabel = "ID", description = "Your user id, to find a create whose answer a crash"
            + " lost (default: $" + USER_ID_ENV + "; the fake's user when embedded).")
    String userId;

    @Mixin
    RequestOptions request;

    @Mixin
    ImageOptions images;

    @Mixin
    WaitTimeOptions timeout;

    private List<Prompt> prompts;

    BatchCommand(CliContext context) {
        super(context);
    }

    @Override
    void checkInput() {
        if (concurrency < 1) {
            throw new ParameterException(spec.commandLine(), "--concurrency must be at least 1, not " + concurrency);
        }
        if (noJournal && journal != null) {
            throw new ParameterException(spec.commandLine(), "--journal and --no-journal exclude each other");
        }
        prompts = readPrompts();
    }

    @Override
    int run(Client client, Output output) {
        StatusLine line = new StatusLine(context.err(), context.terminal());
        BatchOptions.Builder options = BatchOptions.builder()
                .maxConcurrent(concurrency)
                .waitOptions(timeout.waitOptions(WaitListener.none()))
                .listener(new BatchProgressRenderer(line))
                .downloadTo(images.out)
                .retryUnknown(retryUnknown);
        journalFile(client).ifPresent(path -> options.journal(BatchJournal.file(path)));
        Optional.ofNullable(userId).or(() -> Optional.ofNullable(context.env().get(USER_ID_ENV)))
                .or(client::defaultUserId).ifPresent(options::userId);
        List<BatchResult> results;
        try {
            results = client.leonardo().generations().generateAll(
                    prompts.stream().map(p -> request.toRequest(p.text())).toList(), options.build());
        } finally {
            line.finish();
        }
        List<BatchOutcome> outcomes = new ArrayList<>();
        for (BatchResult result : results) {
            Prompt prompt = prompts.get(result.index());
            outcomes.add(new BatchOutcome(prompt.line(), prompt.text(), result, result.files()));
        }
        output.batch(outcomes);
        return results.stream().flatMap(r -> r.error().stream()).findFirst().map(ExitCodes::of).orElse(ExitCodes.OK);
    }

    /** Embedded generations end with the command, so a default journal there could only point at nothing. */
    private Optional<Path> journalFile(Client client) {
        if (noJournal) {
            return Optional.empty();
        }
        if (journal != null) {
            return Optional.of(journal);
        }
        return client.isEmbedded() ? Optional.empty() : Optional.of(images.out.resolve(DEFAULT_JOURNAL));
    }

    private List<Prompt> readPrompts() {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ParameterException(spec.commandLine(), "Cannot read " + file + ": no such file");
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "Cannot read " + file + ": " + e.getMessage());
        }
        List<Prompt> prompts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).strip();
            if (!text.isEmpty() && !text.startsWith("#")) {
                prompts.add(new Prompt(i + 1, text));
            }
        }
        if (prompts.isEmpty()) {
            throw new ParameterException(spec.commandLine(), file + " contains no prompts");
        }
        return prompts;
    }

    /** A prompt and the line it came from, so results can point back into the file. */
    private record Prompt(int line, String text) {
    }
}

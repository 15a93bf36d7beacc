package ai.leonardo.cli;

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
        })
final class BatchCommand extends ApiCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "Prompts, one per line (UTF-8).")
    Path file;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "" + BatchOptions.DEFAULT_MAX_CONCURRENT,
            description = "Most generations running at once (default: ${DEFAULT-VALUE}, the API's limit).")
    int concurrency;

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
        prompts = readPrompts();
    }

    @Override
    int run(Client client, Output output) {
        StatusLine line = new StatusLine(context.err(), context.terminal());
        BatchOptions options = BatchOptions.builder()
                .maxConcurrent(concurrency)
                .waitOptions(timeout.waitOptions(WaitListener.none()))
                .listener(new BatchProgressRenderer(line))
                .build();
        List<BatchResult> results;
        try {
            results = client.leonardo().generations().generateAll(
                    prompts.stream().map(p -> request.toRequest(p.text())).toList(), options);
        } finally {
            line.finish();
        }
        List<BatchOutcome> outcomes = new ArrayList<>();
        for (BatchResult result : results) {
            Prompt prompt = prompts.get(result.index());
            outcomes.add(new BatchOutcome(prompt.line(), prompt.text(), result,
                    result.generation().map(g -> images.save(client.leonardo(), g)).orElse(List.of())));
        }
        output.batch(outcomes);
        return results.stream().flatMap(r -> r.error().stream()).findFirst().map(ExitCodes::of).orElse(ExitCodes.OK);
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

package ai.leonardo.cli;

import ai.leonardo.sdk.BatchResult;
import ai.leonardo.sdk.model.Cost;
import ai.leonardo.sdk.model.GeneratedImage;
import ai.leonardo.sdk.model.Generation;
import ai.leonardo.sdk.CreateOutcomeUnknownException;
import ai.leonardo.sdk.GenerationFailedException;
import ai.leonardo.sdk.GenerationJob;
import ai.leonardo.sdk.model.JobStatus;
import ai.leonardo.sdk.LeonardoException;
import ai.leonardo.sdk.ValidationException;
import ai.leonardo.sdk.Violation;
import ai.leonardo.sdk.WaitTimeoutException;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Renders results: readable text, or with {@code --json} exactly one JSON document on stdout.
 * Results go to stdout and nothing else does, so {@code leonardo ... --json | jq} always parses.
 */
final class Output {
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean json;

    Output(CliContext context, boolean json) {
        this.out = context.out();
        this.err = context.err();
        this.json = json;
    }

    /** A generation started and not waited for ({@code --no-wait}). */
    void started(GenerationJob job) {
        if (json) {
            JsonObject doc = new JsonObject();
            doc.addProperty("id", job.id());
            doc.addProperty("status", "PENDING");
            doc.add("cost", cost(job.cost()));
            print(doc);
        } else {
            out.println("Generation " + job.id() + " started" + job.cost().map(c -> ", cost " + text(c)).orElse("")
                    + ". Wait for it with: leonardo wait " + job.id());
        }
    }

    /** A generation waited for to the end, with the files its images were written to. */
    void finished(Generation generation, Optional<Cost> cost, List<Path> files) {
        if (json) {
            JsonObject doc = generation(generation);
            doc.add("cost", cost(cost));
            doc.add("files", paths(files));
            print(doc);
        } else {
            out.println("Generation " + generation.id() + ": " + generation.status() + ", "
                    + files.size() + (files.size() == 1 ? " image" : " images")
                    + cost.map(c -> ", cost " + text(c)).orElse(""));
            files.forEach(out::println);
        }
    }

    /** One generation as the API reports it ({@code get}). */
    void show(Generation generation) {
        if (json) {
            print(generation(generation));
        } else {
            out.println(summary(generation));
            generation.images().forEach(image -> out.println("  " + image.url()));
        }
    }

    /** A page of generations ({@code list}). */
    void list(List<Generation> generations) {
        if (json) {
            JsonArray items = new JsonArray();
            generations.forEach(g -> items.add(generation(g)));
            JsonObject doc = new JsonObject();
            doc.add("generations", items);
            print(doc);
        } else {
            generations.forEach(g -> out.println(summary(g)));
        }
    }

    /** A deleted generation ({@code delete}). */
    void deleted(String id) {
        if (json) {
            JsonObject doc = new JsonObject();
            doc.addProperty("id", id);
            doc.addProperty("deleted", true);
            print(doc);
        } else {
            out.println("Deleted " + id);
        }
    }

    /** Every line of a batch, in file order, then the totals and what this run did (skipped, resumed, ...). */
    void batch(List<BatchOutcome> outcomes) {
        long completed = outcomes.stream().filter(o -> o.result().isSuccess()).count();
        long failed = outcomes.size() - completed;
        Map<BatchResult.Action, Long> actions = new EnumMap<>(BatchResult.Action.class);
        for (BatchResult.Action action : BatchResult.Action.values()) {
            actions.put(action, outcomes.stream().filter(o -> o.result().action() == action).count());
        }
        if (json) {
            JsonArray results = new JsonArray();
            for (BatchOutcome outcome : outcomes) {
                JsonObject item = new JsonObject();
                item.addProperty("line", outcome.line());
                item.addProperty("prompt", outcome.prompt());
                item.addProperty("id", outcome.result().generationId().orElse(null));
                item.addProperty("status", status(outcome.result()));
                item.addProperty("action", outcome.result().action().name().toLowerCase(Locale.ROOT));
                item.add("files", paths(outcome.files()));
                outcome.result().error().ifPresent(e -> item.add("error", errorJson(e, ExitCodes.of(e))));
                results.add(item);
            }
            JsonObject doc = new JsonObject();
            doc.addProperty("total", outcomes.size());
            doc.addProperty("completed", completed);
            doc.addProperty("failed", failed);
            actions.forEach((action, count) -> doc.addProperty(action.name().toLowerCase(Locale.ROOT), count));
            doc.add("results", results);
            print(doc);
        } else {
            for (BatchOutcome outcome : outcomes) {
                String id = outcome.result().generationId().orElse("-");
                String result = outcome.result().error()
                        .map(e -> status(outcome.result()) + ": "
                                + message(e).stream().map(String::strip).collect(Collectors.joining(" ")))
                        .orElseGet(() -> "COMPLETE " + String.join(" ",
                                outcome.files().stream().map(Path::toString).toList()));
                out.println("line " + outcome.line() + "  " + id + "  " + result);
            }
            out.println(completed + " complete, " + failed + " failed (" + actions.entrySet().stream()
                    .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", ")) + ")");
            if (actions.get(BatchResult.Action.UNKNOWN) > 0) {
                out.println("Lines of unknown outcome were not created again: rerun with --retry-unknown to create"
                        + " them (each may then be paid for twice).");
            }
        }
    }

    /**
     * Reports what ended a command: always readable on stderr, and with {@code --json} also as the
     * one JSON document on stdout, so a script learns of the failure from what it parses.
     */
    void error(Throwable error, int exitCode) {
        message(error).forEach(err::println);
        err.flush();
        if (json) {
            JsonObject doc = new JsonObject();
            doc.add("error", errorJson(error, exitCode));
            print(doc);
        }
    }

    /**
     * Where a batch line ended: the generation's status, the last status seen before a timeout,
     * or ERROR when no generation could be followed (invalid, refused by the API).
     */
    private static String status(BatchResult result) {
        if (result.isSuccess()) {
            return JobStatus.COMPLETE.value();
        }
        LeonardoException error = result.error().orElseThrow();
        if (error instanceof GenerationFailedException) {
            return JobStatus.FAILED.value();
        }
        if (error instanceof WaitTimeoutException t) {
            return lastStatus(t);
        }
        if (error instanceof CreateOutcomeUnknownException) {
            return "UNKNOWN";
        }
        return "ERROR";
    }

    /** The lines that explain an error to a person. */
    static List<String> message(Throwable error) {
        if (error instanceof ValidationException v) {
            return Stream.concat(
                    Stream.of("Invalid request, nothing was sent:"),
                    v.violations().stream().map(Output::violation)).toList();
        }
        if (error instanceof WaitTimeoutException t) {
            return List.of("Timed out after " + seconds(t.waited()) + " waiting for generation " + t.generationId()
                            + " (last status " + lastStatus(t) + "). It may still finish.",
                    "Resume with: leonardo wait " + t.generationId());
        }
        String text = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return List.of(error instanceof LeonardoException ? text : "Error: " + text);
    }

    private static String violation(Violation v) {
        return "  " + v.field() + " = " + v.rejectedValue() + ": " + v.rule();
    }

    private static String seconds(Duration d) {
        return String.format("%.1fs", d.toMillis() / 1000.0);
    }

    private static JsonObject errorJson(Throwable error, int exitCode) {
        JsonObject doc = new JsonObject();
        doc.addProperty("exitCode", exitCode);
        doc.addProperty("type", error.getClass().getSimpleName());
        doc.addProperty("message", String.join("\n", message(error)));
        if (error instanceof ValidationException v) {
            JsonArray violations = new JsonArray();
            for (Violation each : v.violations()) {
                JsonObject item = new JsonObject();
                item.addProperty("field", each.field());
                item.addProperty("rejectedValue", String.valueOf(each.rejectedValue()));
                item.addProperty("rule", each.rule());
                violations.add(item);
            }
            doc.add("violations", violations);
        }
        if (error instanceof WaitTimeoutException t) {
            doc.addProperty("id", t.generationId());
            doc.addProperty("status", lastStatus(t));
            doc.addProperty("resume", "leonardo wait " + t.generationId());
        }
        return doc;
    }

    private static String summary(Generation g) {
        return g.id() + "  " + g.status()
                + "  " + orElse(g.createdAt(), "-")
                + "  " + orElse(g.imageWidth(), "?") + "x" + orElse(g.imageHeight(), "?")
                + "  " + g.images().size() + (g.images().size() == 1 ? " image" : " images")
                + (g.prompt() == null ? "" : "  \"" + g.prompt() + "\"");
    }

    private static JsonObject generation(Generation g) {
        JsonObject doc = new JsonObject();
        doc.addProperty("id", g.id());
        doc.addProperty("status", g.status() == null ? null : g.status().value());
        doc.addProperty("prompt", g.prompt());
        doc.addProperty("width", g.imageWidth());
        doc.addProperty("height", g.imageHeight());
        doc.addProperty("seed", g.seed());
        doc.addProperty("createdAt", g.createdAt());
        JsonArray images = new JsonArray();
        for (GeneratedImage image : g.images()) {
            JsonObject item = new JsonObject();
            item.addProperty("id", image.id());
            item.addProperty("url", image.url());
            images.add(item);
        }
        doc.add("images", images);
        return doc;
    }

    private static JsonElement cost(Optional<Cost> cost) {
        return cost.<JsonElement>map(c -> {
            JsonObject doc = new JsonObject();
            doc.addProperty("amount", c.amount());
            doc.addProperty("unit", c.unit() == null ? null : c.unit().value());
            return doc;
        }).orElse(JsonNull.INSTANCE);
    }

    private static JsonArray paths(List<Path> files) {
        JsonArray array = new JsonArray();
        files.forEach(f -> array.add(f.toAbsolutePath().normalize().toString()));
        return array;
    }

    private static String text(Cost cost) {
        return cost.amount() + " " + cost.unit();
    }

    private static String lastStatus(WaitTimeoutException timeout) {
        return timeout.lastStatus().map(JobStatus::value).orElse("UNKNOWN");
    }

    private static String orElse(Object value, String fallback) {
        return value == null ? fallback : value.toString();
    }

    private void print(JsonElement doc) {
        out.println(GSON.toJson(doc));
        out.flush();
    }
}

package ai.leonardo.cli;

import ai.leonardo.sdk.ValidationException;
import ai.leonardo.sdk.Violation;
import ai.leonardo.sdk.model.GenerationRequest;
import ai.leonardo.sdk.model.PresetStyle;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The request options {@code generate} and {@code batch} share. An option left out stays unset, so
 * the SDK's documented defaults apply (one image; size, model and Alchemy chosen by the server).
 */
public final class RequestOptions {
    /** Strict, so {@code --param size=large} is the text "large", not a lenient bare word. */
    private static final Gson STRICT = new GsonBuilder().setStrictness(Strictness.STRICT).create();

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "Any request body field by its wire name, e.g. --param photoReal=true --param guidance_scale=7;"
                    + " VALUE is read as JSON when it is JSON (true, 7, [\"a\"], {...}), else as text. Repeatable;"
                    + " the options above win over it.")
    List<String> params = new ArrayList<>();

    @Option(names = "--request", paramLabel = "FILE",
            description = "A JSON object of request body fields by wire name; --param and the options above win over it.")
    Path requestFile;

    @Option(names = "--model", paramLabel = "ID", description = "Model id; the server picks one when omitted.")
    String modelId;

    @Option(names = "--width", paramLabel = "N", description = "Width in pixels: 32 to 1536, a multiple of 8.")
    Integer width;

    @Option(names = "--height", paramLabel = "N", description = "Height in pixels: 32 to 1536, a multiple of 8.")
    Integer height;

    @Option(names = "--num-images", paramLabel = "N",
            description = "Images to generate: 1 to 8, at most 4 when a side is over 768 (default: 1).")
    Integer numImages;

    @Option(names = "--seed", paramLabel = "N", description = "Seed, for repeatable results.")
    Long seed;

    @Option(names = "--negative-prompt", paramLabel = "TEXT", description = "What the image should not contain.")
    String negativePrompt;

    @Option(names = "--style", paramLabel = "STYLE", converter = PresetStyles.class,
            completionCandidates = PresetStyles.class,
            description = "Preset style, one of: ${COMPLETION-CANDIDATES}.")
    PresetStyle style;

    @Option(names = "--alchemy", negatable = true,
            description = "Turn Alchemy on (--alchemy) or off (--no-alchemy); the server decides when omitted.")
    Boolean alchemy;

    /**
     * Builds the request for one prompt from the options given.
     *
     * @param prompt the prompt
     * @return the request; the SDK validates it when it is sent
     */
    GenerationRequest toRequest(String prompt) {
        GenerationRequest.Builder builder = body().toBuilder().prompt(prompt);
        if (modelId != null) {
            builder.modelId(modelId);
        }
        if (width != null) {
            builder.width(width);
        }
        if (height != null) {
            builder.height(height);
        }
        if (numImages != null) {
            builder.numImages(numImages);
        }
        if (seed != null) {
            builder.seed(seed);
        }
        if (negativePrompt != null) {
            builder.negativePrompt(negativePrompt);
        }
        if (style != null) {
            builder.presetStyle(style);
        }
        if (alchemy != null) {
            builder.alchemy(alchemy);
        }
        return builder.build();
    }

    /**
     * The request file and the {@code --param} fields, read by wire name into the generated
     * request: a field the spec knows lands in its typed property (so the SDK validates it like
     * the typed options), any other is sent as an additional property.
     */
    private GenerationRequest body() {
        JsonObject body = requestFile == null ? new JsonObject() : readRequestFile();
        for (String param : params) {
            int equals = param.indexOf('=');
            if (equals <= 0) {
                throw invalid("--param", param, "must be NAME=VALUE with a wire name such as photoReal");
            }
            body.add(param.substring(0, equals), value(param.substring(equals + 1)));
        }
        try {
            return STRICT.fromJson(body, GenerationRequest.class);
        } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
            throw invalid(requestFile == null ? "--param" : "--request/--param", body,
                    "does not fit the spec's request fields: " + e.getMessage());
        }
    }

    private JsonObject readRequestFile() {
        try {
            JsonElement parsed = STRICT.fromJson(Files.readString(requestFile), JsonElement.class);
            if (parsed == null || !parsed.isJsonObject()) {
                throw invalid("--request", requestFile, "must hold one JSON object");
            }
            return parsed.getAsJsonObject();
        } catch (IOException e) {
            throw invalid("--request", requestFile, "cannot be read: " + e.getMessage());
        } catch (JsonParseException e) {
            throw invalid("--request", requestFile, "is not JSON: " + e.getMessage());
        }
    }

    private static JsonElement value(String text) {
        try {
            JsonElement json = STRICT.fromJson(text, JsonElement.class);
            return json == null ? new JsonPrimitive(text) : json;
        } catch (JsonParseException e) {
            return new JsonPrimitive(text);
        }
    }

    private static ValidationException invalid(String field, Object value, String rule) {
        return new ValidationException(List.of(new Violation(field, value, rule)));
    }
}

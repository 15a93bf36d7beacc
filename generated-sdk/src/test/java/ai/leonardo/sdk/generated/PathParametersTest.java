package ai.leonardo.sdk.generated;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The path parameters' patterns come from the spec, so a client's id check follows the spec with no hand copy. */
class PathParametersTest {
    @Test
    void everyPatternedPathParameterOfTheSpecHasItsPattern() throws IOException {
        JsonObject spec = JsonParser.parseString(Files.readString(Path.of(System.getProperty("leonardo.spec"))))
                .getAsJsonObject();
        int checked = 0;
        for (var path : spec.getAsJsonObject("paths").entrySet()) {
            for (var operation : path.getValue().getAsJsonObject().entrySet()) {
                JsonObject op = operation.getValue().getAsJsonObject();
                for (JsonElement p : op.has("parameters") ? op.getAsJsonArray("parameters") : new com.google.gson.JsonArray()) {
                    JsonObject parameter = p.getAsJsonObject();
                    String pattern = pattern(spec, parameter.getAsJsonObject("schema"));
                    if ("path".equals(parameter.get("in").getAsString()) && pattern != null) {
                        assertThat(PathParameters.pattern(op.get("operationId").getAsString(), parameter.get("name").getAsString()))
                                .map(Pattern::pattern).contains(pattern);
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).as("patterned path parameters in the spec").isPositive();
    }

    @Test
    void aParameterWithoutAPatternHasNone() {
        assertThat(PathParameters.pattern("NOT_A_VENDOR_OPERATION_SDK_TEST", "id")).isEmpty();
    }

    /** The parameter's pattern, following one {@code $ref} to a component schema. */
    private static String pattern(JsonObject spec, JsonObject schema) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").getAsString().substring("#/components/schemas/".length());
            schema = spec.getAsJsonObject("components").getAsJsonObject("schemas").getAsJsonObject(name);
        }
        return schema.has("pattern") ? schema.get("pattern").getAsString() : null;
    }
}

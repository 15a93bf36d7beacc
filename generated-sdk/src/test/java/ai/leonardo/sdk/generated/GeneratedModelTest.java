package ai.leonardo.sdk.generated;

import static org.assertj.core.api.Assertions.assertThat;

import ai.leonardo.sdk.generated.model.CreateGenerationRequest;
import ai.leonardo.sdk.generated.model.CreateGenerationResponse;
import ai.leonardo.sdk.generated.model.Generation;
import ai.leonardo.sdk.generated.model.GetGenerationResponse;
import ai.leonardo.sdk.generated.model.JobStatus;
import ai.leonardo.sdk.generated.model.PresetStyle;
import ai.leonardo.sdk.generated.model.Scheduler;
import ai.leonardo.sdk.generated.model.SdVersion;
import ai.leonardo.sdk.generated.model.VariationType;
import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pins what the generated models do with real-world JSON, so a regeneration cannot change it silently. */
class GeneratedModelTest {
    private final Gson gson = new Gson();

    @Test
    void everyResponseExampleInTheSpecRoundTripsWithTheSameFields() throws IOException {
        JsonObject spec = JsonParser.parseString(Files.readString(Path.of(System.getProperty("leonardo.spec"))))
                .getAsJsonObject();
        Map<String, Class<?>> responseTypes = Map.of(
                "createGeneration", CreateGenerationResponse.class,
                "getGenerationById", GetGenerationResponse.class,
                "deleteGenerationById", ai.leonardo.sdk.generated.model.DeleteGenerationResponse.class,
                "getGenerationsByUserId", ai.leonardo.sdk.generated.model.UserGenerationsResponse.class);
        int examples = 0;
        for (var path : spec.getAsJsonObject("paths").entrySet()) {
            for (var operation : path.getValue().getAsJsonObject().entrySet()) {
                JsonObject op = operation.getValue().getAsJsonObject();
                JsonObject content = op.getAsJsonObject("responses").getAsJsonObject("200").getAsJsonObject("content");
                JsonObject json = content.getAsJsonObject("application/json");
                if (json == null || !json.has("example")) {
                    continue;
                }
                JsonElement example = json.get("example");
                Object model = gson.fromJson(example, responseTypes.get(op.get("operationId").getAsString()));
                assertThat(withoutNulls(gson.toJsonTree(model))).isEqualTo(withoutNulls(example));
                examples++;
            }
        }
        assertThat(examples).as("the spec ships at least one response example").isPositive();
    }

    @Test
    void aRealisticCompleteGenerationDeserialisesKeepingKnownValuesAndOpeningUnknownOnes() throws IOException {
        Generation generation = gson.fromJson(fixture(), GetGenerationResponse.class).getGenerationsByPk();

        assertThat(generation.getStatus()).isEqualTo(JobStatus.COMPLETE);
        assertThat(generation.getSeed()).isEqualTo(9_999_999_998L);
        assertThat(generation.getPresetStyle()).as("explicit null stays null").isNull();
        assertThat(generation.getScheduler()).isEqualTo(Scheduler.LEONARDO);
        assertThat(generation.getSdVersion()).isEqualTo(SdVersion.UNKNOWN_DEFAULT_OPEN_API);
        assertThat(generation.getImageWidth()).isEqualTo(1024L);
        assertThat(generation.getGuidanceScale()).isEqualByComparingTo(new BigDecimal("7"));
        assertThat(generation.getGeneratedImages()).hasSize(2);
        assertThat(generation.getGeneratedImages().get(0).getUrl()).endsWith("image-0.jpg");
        assertThat(generation.getGeneratedImages().get(0).getGeneratedImageVariationGenerics())
                .extracting(v -> v.getTransformType())
                .containsExactly(VariationType.UPSCALE, VariationType.UNKNOWN_DEFAULT_OPEN_API);
        assertThat(generation.getGeneratedImages().get(1).getNsfw()).isTrue();
        assertThat(generation.getGenerationElements().get(0).getId()).as("bigint beyond int range").isEqualTo(3_000_000_000L);
        assertThat(generation.getGenerationElements().get(0).getLora().getName()).isEqualTo("Crystal");
    }

    @Test
    void unknownStatusAndPresetStyleMapToTheUnknownCase() throws IOException {
        JsonObject root = JsonParser.parseString(fixture()).getAsJsonObject();
        JsonObject body = root.getAsJsonObject("generations_by_pk");
        body.addProperty("status", "NOT_A_VENDOR_VALUE_SDK_TEST");
        body.addProperty("presetStyle", "NOT_A_VENDOR_VALUE_SDK_TEST");

        Generation generation = gson.fromJson(root, GetGenerationResponse.class).getGenerationsByPk();

        assertThat(generation.getStatus()).isEqualTo(JobStatus.UNKNOWN_DEFAULT_OPEN_API);
        assertThat(generation.getPresetStyle()).isEqualTo(PresetStyle.UNKNOWN_DEFAULT_OPEN_API);
    }

    @Test
    void fieldsAbsentFromAResponseStayNullInsteadOfTakingSpecDefaults() {
        Generation generation = gson.fromJson(
                "{\"generations_by_pk\":{\"id\":\"9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f\",\"status\":\"PENDING\"}}",
                GetGenerationResponse.class).getGenerationsByPk();

        assertThat(generation.getPresetStyle()).isNull();
        assertThat(generation.getScheduler()).isNull();
        assertThat(generation.getSdVersion()).isNull();
        assertThat(generation.getGeneratedImages()).isNull();
    }

    @Test
    void aRequestWithOnlyAPromptSerialisesToOnlyThePrompt() {
        CreateGenerationRequest request = new CreateGenerationRequest();
        request.setPrompt("A lighthouse at dusk");

        assertThat(JsonParser.parseString(gson.toJson(request)))
                .isEqualTo(JsonParser.parseString("{\"prompt\":\"A lighthouse at dusk\"}"));
    }

    @Test
    void requestFieldsUseTheSpecsWireNames() {
        CreateGenerationRequest request = new CreateGenerationRequest();
        request.setPrompt("p");
        request.setNumImages(2L);
        request.setGuidanceScale(new BigDecimal("7.5"));
        request.setModelId("b24e16ff-06e3-43eb-8d33-4416c2d75876");
        request.setNegativePrompt("n");
        request.setInitStrength(new BigDecimal("0.3"));
        request.setSdVersion(SdVersion.PHOENIX);
        request.setSeed(9_999_999_998L);
        request.setPublic(false);

        JsonObject json = gson.toJsonTree(request).getAsJsonObject();

        assertThat(json.keySet()).containsExactlyInAnyOrder("prompt", "num_images", "guidance_scale", "modelId",
                "negative_prompt", "init_strength", "sd_version", "seed", "public");
        assertThat(json.get("seed").getAsLong()).isEqualTo(9_999_999_998L);
        assertThat(json.get("guidance_scale").toString()).isEqualTo("7.5");
    }

    private static String fixture() throws IOException {
        try (InputStream in = GeneratedModelTest.class.getResourceAsStream("/fixtures/generation-complete.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Gson omits nulls when writing; the comparison is about the fields that carry values. */
    private static JsonElement withoutNulls(JsonElement element) {
        if (element.isJsonObject()) {
            JsonObject copy = new JsonObject();
            element.getAsJsonObject().entrySet().stream()
                    .filter(e -> !e.getValue().isJsonNull())
                    .forEach(e -> copy.add(e.getKey(), withoutNulls(e.getValue())));
            return copy;
        }
        return element;
    }
}

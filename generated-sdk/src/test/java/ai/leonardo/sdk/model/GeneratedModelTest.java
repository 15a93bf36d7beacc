package ai.leonardo.sdk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pins what the spec-generated value types do with real-world JSON and in users' hands. */
class GeneratedModelTest {
    private static final String UNKNOWN = "NOT_A_VENDOR_VALUE_SDK_TEST";
    private final Gson gson = new Gson();

    @Test
    void everyResponseExampleInTheSpecRoundTripsWithTheSameFields() throws IOException {
        JsonObject spec = JsonParser.parseString(Files.readString(Path.of(System.getProperty("leonardo.spec"))))
                .getAsJsonObject();
        Map<String, Class<?>> responseTypes = Map.of(
                "createGeneration", CreateGenerationResponse.class,
                "getGenerationById", GetGenerationResponse.class,
                "deleteGenerationById", DeleteGenerationResponse.class,
                "getGenerationsByUserId", UserGenerationsResponse.class);
        int examples = 0;
        for (var path : spec.getAsJsonObject("paths").entrySet()) {
            for (var operation : path.getValue().getAsJsonObject().entrySet()) {
                JsonObject op = operation.getValue().getAsJsonObject();
                JsonObject content = op.getAsJsonObject("responses").getAsJsonObject("200").getAsJsonObject("content");
                JsonObject json = content.getAsJsonObject("application/json");
                Class<?> type = responseTypes.get(op.get("operationId").getAsString());
                if (json == null || !json.has("example") || type == null) {
                    continue;
                }
                JsonElement example = json.get("example");
                Object model = gson.fromJson(example, type);
                assertThat(withoutNulls(gson.toJsonTree(model))).isEqualTo(withoutNulls(example));
                examples++;
            }
        }
        assertThat(examples).as("the spec ships at least one response example").isPositive();
    }

    @Test
    void aRealisticCompleteGenerationReadsEveryDocumentedField() throws IOException {
        Generation generation = gson.fromJson(fixture(), GetGenerationResponse.class).generationsByPk();

        assertThat(generation.status()).isEqualTo(JobStatus.COMPLETE);
        assertThat(generation.seed()).isEqualTo(9_999_999_998L);
        assertThat(generation.presetStyle()).as("explicit null stays null").isNull();
        assertThat(generation.scheduler()).isEqualTo(Scheduler.LEONARDO);
        assertThat(generation.imageWidth()).isEqualTo(1024L);
        assertThat(generation.sdVersion().value()).isEqualTo("NOT_A_VENDOR_VERSION_SDK_TEST");
        assertThat(generation.guidanceScale()).isEqualTo(7.0);
        assertThat(generation.images()).hasSize(2);
        assertThat(generation.images().get(0).url()).endsWith("image-0.jpg");
        assertThat(generation.images().get(0).variations())
                .extracting(GeneratedImageVariation::transformType)
                .containsExactly(VariationType.UPSCALE, VariationType.of("NOT_A_VENDOR_VARIATION_SDK_TEST"));
        assertThat(generation.images().get(1).nsfw()).isTrue();
        assertThat(generation.generationElements().get(0).id()).as("bigint beyond int range").isEqualTo(3_000_000_000L);
        assertThat(generation.generationElements().get(0).lora().name()).isEqualTo("Crystal");
    }

    @Test
    void aValueTheVendorAddedLaterIsKeptWithItsTextAndIsNotKnown() throws IOException {
        JsonObject root = JsonParser.parseString(fixture()).getAsJsonObject();
        root.getAsJsonObject("generations_by_pk").addProperty("status", UNKNOWN);

        Generation generation = gson.fromJson(root, GetGenerationResponse.class).generationsByPk();

        assertThat(generation.status().value()).isEqualTo(UNKNOWN);
        assertThat(generation.status().isKnown()).isFalse();
        assertThat(generation.status()).isEqualTo(JobStatus.of(UNKNOWN)).isNotEqualTo(JobStatus.PENDING);
        assertThat(JobStatus.of("COMPLETE")).isSameAs(JobStatus.COMPLETE);
        assertThat(JobStatus.knownValues()).containsExactly(JobStatus.PENDING, JobStatus.COMPLETE, JobStatus.FAILED);
        assertThat(gson.toJsonTree(generation).getAsJsonObject().get("status").getAsString()).isEqualTo(UNKNOWN);
    }

    @Test
    void aListedValueIsTheOneKnownConstantAndPrintsAsItsWireText() {
        assertThat(GoldenStatus.of("open")).isSameAs(GoldenStatus.OPEN);
        assertThat(GoldenStatus.OPEN.isKnown()).isTrue();
        assertThat("status " + GoldenStatus.of("held")).isEqualTo("status held");
        // Every enum's static initialiser builds its table of listed values with index, in the spec's order.
        assertThat(OpenEnum.index(GoldenStatus.CLOSED, GoldenStatus.OPEN))
                .containsExactly(Map.entry("closed", GoldenStatus.CLOSED), Map.entry("open", GoldenStatus.OPEN));
    }

    @Test
    void aNullEnumValueReadsAsUnsetAndTheFieldsAfterItStillRead() {
        GoldenOrder order = gson.fromJson("{\"status\":null,\"channel\":null,\"quantity\":2}", GoldenOrder.class);

        assertThat(order.status()).isNull();
        assertThat(order.channel()).isNull();
        assertThat(order.quantity()).isEqualTo(2L);
    }

    @Test
    void propertiesTheSpecDoesNotListAreKeptAndWrittenBack() throws IOException {
        JsonObject root = JsonParser.parseString(fixture()).getAsJsonObject();
        JsonObject body = root.getAsJsonObject("generations_by_pk");
        body.addProperty("motionVideoLength", 5);
        body.add("newNested", JsonParser.parseString("{\"a\":[1,2]}"));

        Generation generation = gson.fromJson(root, GetGenerationResponse.class).generationsByPk();

        assertThat(generation.additionalProperties()).containsOnlyKeys("somethingNew", "motionVideoLength", "newNested");
        assertThat(generation.additionalProperties().get("motionVideoLength").getAsInt()).isEqualTo(5);
        assertThat(withoutNulls(gson.toJsonTree(generation))).isEqualTo(withoutNulls(body));
    }

    @Test
    void fieldsAbsentFromAResponseStayNullInsteadOfTakingSpecDefaultsAndListsAreEmpty() {
        Generation generation = gson.fromJson(
                "{\"generations_by_pk\":{\"id\":\"9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f\",\"status\":\"PENDING\"}}",
                GetGenerationResponse.class).generationsByPk();

        assertThat(generation.presetStyle()).isNull();
        assertThat(generation.sdVersion()).isNull();
        assertThat(generation.images()).isEmpty();
        assertThat(gson.toJson(generation)).isEqualTo(
                "{\"id\":\"9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f\",\"status\":\"PENDING\"}");
    }

    @Test
    void aRequestWithOnlyAPromptSerialisesToOnlyThePrompt() {
        GenerationRequest request = GenerationRequest.builder().prompt("A lighthouse at dusk").build();

        assertThat(gson.toJson(request)).isEqualTo("{\"prompt\":\"A lighthouse at dusk\"}");
    }

    @Test
    void requestBuilderMethodsAreNamedFromTheWireNamesAndTakeLiterals() {
        GenerationRequest request = GenerationRequest.builder()
                .prompt("p")
                .numImages(2)
                .guidanceScale(7.5)
                .modelId("b24e16ff-06e3-43eb-8d33-4416c2d75876")
                .negativePrompt("n")
                .initStrength(0.3)
                .sdVersion(SdVersion.PHOENIX)
                .seed(9_999_999_998L)
                .isPublic(false)
                .build();

        JsonObject json = gson.toJsonTree(request).getAsJsonObject();

        assertThat(json.keySet()).containsExactlyInAnyOrder("guidance_scale", "init_strength", "modelId",
                "negative_prompt", "num_images", "public", "prompt", "sd_version", "seed");
        assertThat(json.get("seed").getAsLong()).isEqualTo(9_999_999_998L);
        assertThat(json.get("guidance_scale").toString()).isEqualTo("7.5");
        assertThat(json.get("num_images").toString()).isEqualTo("2");
    }

    @Test
    void valuesAreImmutableAndToBuilderDerivesAVariantWithoutTouchingTheOriginal() {
        List<String> prompts = new ArrayList<>(List.of("a"));
        GenerationRequest original = GenerationRequest.builder().prompt("p").imagePrompts(prompts).build();
        prompts.add("b");

        GenerationRequest variant = original.toBuilder().prompt("q").build();

        assertThat(original.imagePrompts()).containsExactly("a");
        assertThatThrownBy(() -> original.imagePrompts().add("c")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(original.prompt()).isEqualTo("p");
        assertThat(variant.prompt()).isEqualTo("q");
        assertThat(variant.imagePrompts()).containsExactly("a");
        assertThat(original).isEqualTo(GenerationRequest.builder().prompt("p").imagePrompts(List.of("a")).build())
                .hasSameHashCodeAs(GenerationRequest.builder().prompt("p").imagePrompts(List.of("a")).build())
                .isNotEqualTo(variant);
        assertThat(original.toString()).isEqualTo("GenerationRequest{imagePrompts=[a], prompt=p}");
    }

    @Test
    void anUndocumentedRequestFieldIsSentAsGivenAndAKnownOneMustUseItsOwnSetter() {
        GenerationRequest request = GenerationRequest.builder()
                .prompt("p")
                .putAdditionalProperty("futureFlag", true)
                .putAdditionalProperty("futureLevel", 3)
                .putAdditionalProperty("futureObject", JsonParser.parseString("{\"x\":1}"))
                .sdVersion(SdVersion.of("SDXL_NEXT_SDK_TEST"))
                .build();

        JsonObject json = gson.toJsonTree(request).getAsJsonObject();

        assertThat(json.get("futureFlag")).isEqualTo(new JsonPrimitive(true));
        assertThat(json.get("futureLevel").getAsInt()).isEqualTo(3);
        assertThat(json.getAsJsonObject("futureObject").get("x").getAsInt()).isEqualTo(1);
        assertThat(json.get("sd_version").getAsString()).isEqualTo("SDXL_NEXT_SDK_TEST");
        assertThat(request.toBuilder().removeAdditionalProperty("futureFlag").build().additionalProperties())
                .containsOnlyKeys("futureLevel", "futureObject");
        assertThatThrownBy(() -> GenerationRequest.builder().putAdditionalProperty("num_images", 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("num_images");
    }

    /** Values passed on from a {@code Map<String, Object>} (configuration, say) arrive typed as Object. */
    @Test
    void anUndocumentedFieldTypedAsObjectTakesAnyJsonValueAndNothingElse() {
        Map<String, Object> extras = new java.util.LinkedHashMap<>();
        extras.put("futureText", "x");
        extras.put("futureLevel", 2.5);
        extras.put("futureFlag", false);
        extras.put("futureMode", SdVersion.of("SDXL_NEXT_SDK_TEST"));
        extras.put("futureObject", JsonParser.parseString("{\"x\":1}"));
        GenerationRequest.Builder builder = GenerationRequest.builder().prompt("p");
        extras.forEach(builder::putAdditionalProperty);

        assertThat(gson.toJson(builder.build())).isEqualTo("{\"prompt\":\"p\",\"futureText\":\"x\",\"futureLevel\":2.5,"
                + "\"futureFlag\":false,\"futureMode\":\"SDXL_NEXT_SDK_TEST\",\"futureObject\":{\"x\":1}}");
        assertThatThrownBy(() -> builder.putAdditionalProperty("futureDay", (Object) java.time.LocalDate.EPOCH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("not java.time.LocalDate");
        assertThatThrownBy(() -> builder.putAdditionalProperty("futureNothing", (Object) null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("not null");
    }

    @Test
    void nestedInputsHaveBuildersAndOpenEnumsToo() {
        ControlnetInput controlnet = ControlnetInput.builder()
                .initImageId("img")
                .initImageType(ControlnetInput.InitImageTypeEnum.UPLOADED)
                .preprocessorId(67)
                .strengthType(ControlnetInput.StrengthTypeEnum.of("Extreme"))
                .putAdditionalProperty("futureKnob", "x")
                .build();

        assertThat(gson.toJson(controlnet)).isEqualTo(
                "{\"initImageId\":\"img\",\"initImageType\":\"UPLOADED\",\"preprocessorId\":67,"
                        + "\"strengthType\":\"Extreme\",\"futureKnob\":\"x\"}");
    }

    /** The spec types these ids as {@code number}: the server documents 67, and 67.0 is the same JSON number. */
    @Test
    void aWholeValuedNumberIsWrittenAsAnIntegerAndAFractionKeepsItsDigits() {
        String json = gson.toJson(GenerationRequest.builder().prompt("p")
                .controlnets(ControlnetInput.builder().preprocessorId(67).weight(0.5).build())
                .userElements(UserElementsInput.builder().userLoraId(7).weight(-2.0).build())
                .guidanceScale(1e300)
                .build());

        assertThat(json).isEqualTo("{\"controlnets\":[{\"preprocessorId\":67,\"weight\":0.5}],"
                + "\"userElements\":[{\"userLoraId\":7,\"weight\":-2}],\"guidance_scale\":1.0E300,\"prompt\":\"p\"}");
    }

    private static String fixture() throws IOException {
        try (InputStream in = GeneratedModelTest.class.getResourceAsStream("/fixtures/generation-complete.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Null and absent mean the same on the wire; the comparison is about the fields that carry values. */
    private static JsonElement withoutNulls(JsonElement element) {
        if (element.isJsonObject()) {
            JsonObject copy = new JsonObject();
            element.getAsJsonObject().entrySet().stream()
                    .filter(e -> !e.getValue().isJsonNull())
                    .forEach(e -> copy.add(e.getKey(), withoutNulls(e.getValue())));
            return copy;
        }
        if (element.isJsonArray()) {
            com.google.gson.JsonArray copy = new com.google.gson.JsonArray();
            element.getAsJsonArray().forEach(e -> copy.add(withoutNulls(e)));
            return copy;
        }
        return element;
    }
}

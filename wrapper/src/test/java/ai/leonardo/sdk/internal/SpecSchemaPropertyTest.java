package ai.leonardo.sdk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.leonardo.sdk.model.ControlnetInput;
import ai.leonardo.sdk.model.ElementInput;
import ai.leonardo.sdk.GenerationDefaults;
import ai.leonardo.sdk.model.GenerationRequest;
import ai.leonardo.sdk.model.UserElementsInput;
import ai.leonardo.sdk.ValidationException;
import ai.leonardo.sdk.model.CanvasRequestType;
import ai.leonardo.sdk.model.ControlnetInput.InitImageTypeEnum;
import ai.leonardo.sdk.model.ControlnetInput.StrengthTypeEnum;
import ai.leonardo.sdk.model.ControlnetType;
import ai.leonardo.sdk.model.GenerationRequest.TransparencyEnum;
import ai.leonardo.sdk.model.PresetStyle;
import ai.leonardo.sdk.model.Scheduler;
import ai.leonardo.sdk.model.SdVersion;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Whatever the client-side validator accepts, the vendor's own JSON schema for the request body
 * accepts too, judged by a real schema validator on the exact JSON the SDK sends.
 */
class SpecSchemaPropertyTest {
    private static final int REQUESTS = 3_000;
    private static final long SEED = 20_241_124L;

    private static Schema requestBodySchema;

    /**
     * A standalone schema document: the request body schema with the spec's {@code components}
     * copied beside it, so its {@code #/components/schemas/...} references resolve unchanged. The
     * OpenAPI 3.0 dialect honours {@code nullable}.
     */
    @BeforeAll
    static void loadSchemaFromTheSpec() {
        String specPath = System.getProperty("leonardo.spec");
        assertThat(specPath).as("system property leonardo.spec (set by the wrapper pom)").isNotBlank();
        JsonMapper mapper = JsonMapper.builder().build();
        JsonNode spec = mapper.readTree(Path.of(specPath).toFile());
        ObjectNode body = (ObjectNode) spec.at("/paths/~1generations/post/requestBody/content/application~1json/schema")
                .deepCopy();
        body.set("components", spec.get("components"));
        requestBodySchema = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi30()).getSchema(body);
    }

    @Test
    void everyAcceptedRequestMatchesTheSpecsSchema() {
        Random random = new Random(SEED);
        int accepted = 0;
        int rejected = 0;
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            GenerationRequest request = new RequestGenerator(random).next();
            String json;
            try {
                json = NoRequestSender.json(request, GenerationDefaults.recommended());
            } catch (ValidationException e) {
                rejected++;
                continue;
            }
            accepted++;
            List<Error> errors = schemaErrors(json);
            if (!errors.isEmpty()) {
                mismatches.add(json + " -> " + errors);
            }
        }

        assertThat(mismatches).as("accepted by the SDK but not by the spec's schema").isEmpty();
        assertThat(accepted).as("accepted").isGreaterThan(REQUESTS / 5);
        assertThat(rejected).as("rejected").isGreaterThan(REQUESTS / 5);
    }

    /** The schema itself is live: it resolves references, honours nullable and rejects wrong JSON. */
    @ParameterizedTest
    @ValueSource(strings = {
        "{\"prompt\":\"x\",\"negative_prompt\":null}",
        "{\"prompt\":\"x\",\"presetStyle\":null,\"seed\":null,\"controlnets\":null}",
        "{\"prompt\":\"x\",\"elements\":[{\"akUUID\":\"el\",\"weight\":null}]}"})
    void nullForANullableFieldMatches(String json) {
        assertThat(schemaErrors(json)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{}",
        "{\"prompt\":null}",
        "{\"prompt\":\"x\",\"num_images\":\"two\"}",
        "{\"prompt\":\"x\",\"presetStyle\":\"unknown_default_open_api\"}",
        "{\"prompt\":\"x\",\"contrast\":5}",
        "{\"prompt\":\"x\",\"elements\":[{\"weight\":1}]}",
        "{\"prompt\":\"x\",\"controlnets\":[{\"initImageType\":\"SOMETIMES\"}]}"})
    void jsonTheSpecForbidsDoesNotMatch(String json) {
        assertThat(schemaErrors(json)).isNotEmpty();
    }

    private static List<Error> schemaErrors(String json) {
        return requestBodySchema.validate(json, InputFormat.JSON);
    }

    /**
     * Random requests that set each field with some probability, mostly to values near the
     * documented edges on both sides, with a per-request share of deliberately wrong values.
     */
    private static final class RequestGenerator {
        private final Random random;
        private final double wrongRate;

        RequestGenerator(Random random) {
            this.random = random;
            this.wrongRate = pickOne(0.0, 0.01, 0.05, 0.2);
        }

        GenerationRequest next() {
            GenerationRequest.Builder b = GenerationRequest.builder();
            b.prompt(chance(wrongRate) ? pickOne(null, "", "  ") : pickOne("A lighthouse", "p", "Ünïcödé \"quoted\" prompt"));
            maybe(() -> b.negativePrompt(pickOne("blur", "")));
            maybe(() -> b.modelId(pickOne("b24e16ff-06e3-43eb-8d33-4416c2d75876", "m-1")));
            maybe(() -> b.sdVersion(enumValue(SdVersion.knownValues())));
            maybe(() -> b.width(size()));
            maybe(() -> b.height(size()));
            maybe(() -> b.numImages(near(1, 4, 8)));
            maybe(() -> b.numInferenceSteps(near(10, 60)));
            maybe(() -> b.guidanceScale(decimalNear(1, 7, 20)));
            maybe(() -> b.seed(seed()));
            maybe(() -> b.scheduler(enumValue(Scheduler.knownValues())));
            maybe(() -> b.presetStyle(enumValue(PresetStyle.knownValues())));
            maybe(() -> b.alchemy(random.nextBoolean()));
            maybe(() -> b.contrastRatio(decimalNear(0, 0.5, 1)));
            maybe(() -> b.contrast(pickOne(1.0, 1.3, 1.8, 2.5, 3.0, 3.5, 4.0, 4.5, right() ? 3.5 : pickOne(0.5, 2.0, 5.0))));
            maybe(() -> b.expandedDomain(random.nextBoolean()));
            maybe(() -> b.highContrast(random.nextBoolean()));
            maybe(() -> b.highResolution(random.nextBoolean()));
            maybe(() -> b.fantasyAvatar(random.nextBoolean()));
            maybe(() -> b.photoReal(random.nextBoolean()));
            maybe(() -> b.photoRealVersion(right() ? pickOne("v1", "v2") : pickOne("v3", "V1", "")));
            maybe(() -> b.photoRealStrength(right() ? pickOne(0.55, 0.5, 0.45) : pickOne(0.4, 0.6, 1.0)));
            maybe(() -> b.promptMagic(random.nextBoolean()));
            maybe(() -> b.promptMagicStrength(decimalNear(0.1, 0.5, 1.0)));
            maybe(() -> b.promptMagic(right()).promptMagicVersion(right() ? pickOne("v2", "v3") : pickOne("v1", "v4")));
            maybe(() -> b.ultra(random.nextBoolean()));
            maybe(() -> b.initImageId("img-1"));
            maybe(() -> b.initGenerationImageId("gen-img-1"));
            maybe(() -> b.initStrength(decimalNear(0.1, 0.5, 0.9)));
            maybe(() -> b.imagePrompts(List.of("ip-1", "ip-2")));
            maybe(() -> b.imagePromptWeight(random.nextDouble()));
            maybe(() -> b.controlnets(controlNet()));
            maybe(() -> b.elements(ElementInput.builder().akUUID(right() ? "el-1" : null).weight(random.nextDouble()).build()));
            maybe(() -> b.userElements(UserElementsInput.builder().userLoraId(random.nextInt(1000)).weight(random.nextDouble()).build()));
            maybe(() -> b.isPublic(random.nextBoolean()));
            maybe(() -> b.tiling(random.nextBoolean()));
            maybe(() -> b.transparency(enumValue(TransparencyEnum.knownValues())));
            maybe(() -> unzoom(b));
            maybe(() -> b.upscaleRatio(right() ? 1.5 : Double.NaN));
            maybe(() -> legacyControlNet(b));
            maybe(() -> b.canvasRequest(random.nextBoolean()));
            maybe(() -> b.canvasRequestType(enumValue(CanvasRequestType.knownValues())));
            maybe(() -> b.canvasInitId("canvas-1"));
            maybe(() -> b.canvasMaskId("mask-1"));
            maybe(() -> b.enhancePrompt(random.nextBoolean()));
            maybe(() -> b.enhancePrompt(right()).enhancePromptInstruction("more fog"));
            return b.build();
        }

        /** Unzoom needs all three of its fields; a wrong one leaves one out. */
        private void unzoom(GenerationRequest.Builder b) {
            b.unzoom(true).unzoomAmount(random.nextDouble()).initImageId("img-1");
            if (!right() && random.nextBoolean()) {
                b.unzoom(false);
            } else if (!right()) {
                b.initImageId(null);
            }
        }

        @SuppressWarnings("deprecation")
        private void legacyControlNet(GenerationRequest.Builder b) {
            b.controlNet(true).controlNetType(enumValue(ControlnetType.knownValues())).weighting(random.nextDouble());
        }

        private ControlnetInput controlNet() {
            if (right()) {
                return ControlnetInput.builder().initImageId("img").initImageType(enumValue(InitImageTypeEnum.knownValues()))
                        .preprocessorId(pickOne(67, 100, 133)).weight(random.nextDouble())
                        .strengthType(enumValue(StrengthTypeEnum.knownValues())).build();
            }
            return ControlnetInput.builder().initImageId(pickOne(null, "img"))
                    .initImageType(pickOne(null, InitImageTypeEnum.GENERATED)).build();
        }

        private int size() {
            return right() ? 8 * (4 + random.nextInt(189)) : pickOne(0, 24, 31, 33, 100, 1537, 1544, 2048);
        }

        private long seed() {
            return right() ? pickOne(0L, 1L, 2_147_483_637L, (long) random.nextInt(Integer.MAX_VALUE), 9_999_999_998L)
                    : pickOne(-1L, 2_147_483_638L, 9_999_999_999L, Long.MAX_VALUE);
        }

        /** An integer at or next to one of the edges, inside the range when the value is meant to be right. */
        private int near(int min, int... more) {
            int max = more[more.length - 1];
            if (right()) {
                return pickOne(min, max, more[0], min + random.nextInt(max - min + 1));
            }
            return pickOne(min - 1, max + 1, -min);
        }

        private double decimalNear(double min, double mid, double max) {
            if (right()) {
                return pickOne(min, mid, max, min + (max - min) * random.nextDouble());
            }
            return pickOne(Math.nextDown(min), Math.nextUp(max), max + 1, -1.0, Double.NaN, Double.POSITIVE_INFINITY);
        }

        /**
         * A value the spec lists. The client sends an unlisted one on purpose (a value the vendor
         * added after the SDK was built), so unlisted values are no wrong input here.
         */
        private <E> E enumValue(List<E> values) {
            return values.get(random.nextInt(values.size()));
        }

        private boolean right() {
            return !chance(wrongRate);
        }

        private void maybe(Runnable set) {
            if (chance(0.2)) {
                set.run();
            }
        }

        private boolean chance(double p) {
            return random.nextDouble() < p;
        }

        @SafeVarargs
        private <T> T pickOne(T... values) {
            return values[random.nextInt(values.length)];
        }
    }
}

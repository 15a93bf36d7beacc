package ai.leonardo.sdk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.leonardo.sdk.model.ControlnetInput;
import ai.leonardo.sdk.model.ElementInput;
import ai.leonardo.sdk.GenerationDefaults;
import ai.leonardo.sdk.model.GenerationRequest;
import ai.leonardo.sdk.model.UserElementsInput;
import ai.leonardo.sdk.ValidationException;
import ai.leonardo.sdk.Violation;
import ai.leonardo.sdk.model.ControlnetInput.InitImageTypeEnum;
import ai.leonardo.sdk.model.ControlnetInput.StrengthTypeEnum;
import ai.leonardo.sdk.model.PresetStyle;
import ai.leonardo.sdk.model.SdVersion;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Values at the edges of each documented range are accepted; rules judge only what is stated. */
class ValidBoundariesTest {

    static Stream<Arguments> validRequests() {
        return Stream.of(
            row("smallest size", b -> b.width(32).height(32)),
            row("largest size, four images", b -> b.width(1536).height(1536).numImages(4)),
            row("eight images at 768x768", b -> b.width(768).height(768).numImages(8)),
            row("four images at 1024x768", b -> b.width(1024).height(768).numImages(4)),
            row("one image", b -> b.numImages(1)),
            row("eight images, size left to the server", b -> b.numImages(8)),
            row("guidance 1", b -> b.guidanceScale(1)),
            row("guidance 20", b -> b.guidanceScale(20)),
            row("steps 10", b -> b.numInferenceSteps(10)),
            row("steps 60", b -> b.numInferenceSteps(60)),
            row("seed 0", b -> b.seed(0)),
            row("seed 9999999998", b -> b.seed(9_999_999_998L)),
            row("seed 2147483637 with Flux", b -> b.sdVersion(SdVersion.FLUX).seed(2_147_483_637L)),
            row("seed above the Flux maximum without Flux", b -> b.sdVersion(SdVersion.PHOENIX).seed(2_147_483_638L)),
            row("init strength 0.1", b -> b.initImageId("img").initStrength(0.1)),
            row("init strength 0.9", b -> b.initImageId("img").initStrength(0.9)),
            row("contrast ratio 0", b -> b.alchemy(true).contrastRatio(0)),
            row("contrast ratio 1", b -> b.contrastRatio(1)),
            row("prompt magic strength 0.1, v2", b -> b.promptMagic(true).promptMagicStrength(0.1).promptMagicVersion("v2")),
            row("prompt magic strength 1.0, v3", b -> b.promptMagic(true).promptMagicStrength(1.0).promptMagicVersion("v3")),
            row("contrast 1.3", b -> b.contrast(1.3)),
            row("contrast 3 given as an integer", b -> b.contrast(3)),
            row("contrast 4.5", b -> b.contrast(4.5)),
            row("Phoenix with alchemy at contrast 2.5", b -> b.sdVersion(SdVersion.PHOENIX).alchemy(true).contrast(2.5)),
            row("Phoenix without alchemy at contrast 1.0", b -> b.sdVersion(SdVersion.PHOENIX).alchemy(false).contrast(1.0)),
            row("photoReal v1 without a model", b -> b.alchemy(true).photoReal(true).photoRealVersion("v1").photoRealStrength(0.45)),
            row("photoReal v2 with a model and any style", b -> b.photoReal(true).photoRealVersion("v2")
                    .modelId("m-1").presetStyle(PresetStyle.CINEMATIC).photoRealStrength(0.55)),
            row("style LEONARDO without alchemy", b -> b.alchemy(false).presetStyle(PresetStyle.LEONARDO)),
            row("style NONE with alchemy", b -> b.alchemy(true).presetStyle(PresetStyle.NONE)),
            row("style RENDER_3D with alchemy", b -> b.alchemy(true).presetStyle(PresetStyle.RENDER_3_D)),
            row("any style when alchemy is left to the server", b -> b.presetStyle(PresetStyle.CINEMATIC)),
            row("ultra without alchemy", b -> b.ultra(true).alchemy(false)),
            row("unzoom with amount and init image", b -> b.unzoom(true).unzoomAmount(0.3).initImageId("img")),
            row("enhance with instruction", b -> b.enhancePrompt(true).enhancePromptInstruction("more fog")),
            row("elements, user elements and controlnets", b -> b
                    .elements(ElementInput.builder().akUUID("el-1").build(), ElementInput.builder().akUUID("el-2").weight(0.4).build())
                    .userElements(UserElementsInput.builder().userLoraId(7L).weight(0.8).build())
                    .controlnets(ControlnetInput.builder().initImageId("img").initImageType(InitImageTypeEnum.UPLOADED).preprocessorId(67).weight(0.5)
                            .strengthType(StrengthTypeEnum.HIGH).build())),
            row("a style the vendor added after this SDK was built",
                    b -> b.presetStyle(PresetStyle.of("NOT_A_VENDOR_VALUE_SDK_TEST"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validRequests")
    void isAccepted(String name, UnaryOperator<GenerationRequest.Builder> edit) {
        GenerationRequest request = edit.apply(GenerationRequest.builder().prompt("A lighthouse")).build();

        assertThat(RequestValidator.violations(GenerationDefaults.recommended().applyTo(request)))
                .isEmpty();
    }

    @Test
    void withValidationOffBrokenRulesAreSent() {
        GenerationRequest request = GenerationRequest.builder().prompt(" ").width(33).numImages(40).seed(-1).build();

        assertThat(WireRequests.toWire(request, GenerationDefaults.none(), false).numImages()).isEqualTo(40L);
    }

    @Test
    void withValidationOffAMissingPromptAndNonFiniteNumbersAreStillRejected() {
        GenerationRequest request = GenerationRequest.builder().guidanceScale(Double.POSITIVE_INFINITY).build();

        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> WireRequests.toWire(request, GenerationDefaults.none(), false));

        assertThat(e.violations()).containsExactly(new Violation("prompt", null, "is required"),
                new Violation("guidance_scale", Double.POSITIVE_INFINITY, "must be a finite number"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"6f4c3b2a-1d2e-4f3a-8b4c-5d6e7f8a9b0c", "00000000-0000-4000-a000-000000000000",
        "abcdef01-2345-4678-B9ab-cdef01234567"})
    void uuidsMatchingTheSpecsPatternAreAccepted(String id) {
        assertThatCode(() -> RequestValidator.requireId("getGenerationById", "id", id)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-uuid", "6F4C3B2A-1D2E-4F3A-8B4C-5D6E7F8A9B0C", "6f4c3b2a-1d2e-3f3a-8b4c-5d6e7f8a9b0c",
        "6f4c3b2a-1d2e-4f3a-7b4c-5d6e7f8a9b0c", " 6f4c3b2a-1d2e-4f3a-8b4c-5d6e7f8a9b0c", "6f4c3b2a-1d2e-4f3a-8b4c-5d6e7f8a9b0c/x"})
    void idsNotFullyMatchingTheSpecsPatternAreRejected(String id) {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> RequestValidator.requireId("getGenerationById", "id", id));

        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("id");
            assertThat(v.rejectedValue()).isEqualTo(id);
            assertThat(v.rule()).isEqualTo("must match [a-f0-9]{8}-[a-f0-9]{4}-4[a-f0-9]{3}-[89aAbB][a-f0-9]{3}-[a-f0-9]{12}");
        });
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void aMissingIdIsRequired(String id) {
        assertThat(catchThrowableOfType(ValidationException.class, () -> RequestValidator.requireId("getGenerationsByUserId", "userId", id))
                .violations()).containsExactly(new Violation("userId", id, "is required"));
    }

    @Test
    void anIdOfAParameterWithoutASpecPatternNeedsOnlyAValue() {
        assertThatCode(() -> RequestValidator.requireId("NOT_A_VENDOR_OPERATION_SDK_TEST", "id", "x")).doesNotThrowAnyException();
        assertThat(catchThrowableOfType(ValidationException.class,
                () -> RequestValidator.requireId("NOT_A_VENDOR_OPERATION_SDK_TEST", "id", " ")).violations())
                .containsExactly(new Violation("id", " ", "is required"));
    }

    private static Arguments row(String name, UnaryOperator<GenerationRequest.Builder> edit) {
        return Arguments.of(name, edit);
    }
}

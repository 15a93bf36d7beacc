package ai.leonardo.sdk.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import ai.leonardo.sdk.model.ControlnetInput;
import ai.leonardo.sdk.model.ElementInput;
import ai.leonardo.sdk.GenerationDefaults;
import ai.leonardo.sdk.model.GenerationRequest;
import ai.leonardo.sdk.model.UserElementsInput;
import ai.leonardo.sdk.ValidationException;
import ai.leonardo.sdk.Violation;
import ai.leonardo.sdk.model.ControlnetInput.InitImageTypeEnum;
import ai.leonardo.sdk.model.PresetStyle;
import ai.leonardo.sdk.model.SdVersion;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The validation rules as a specification: each row is an invalid request and exactly the
 * violations (field, rule) it must produce. None of them may reach the server.
 */
class InvalidRequestTableTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String STYLES_WITH_ALCHEMY = "must be one of ANIME, CREATIVE, DYNAMIC, ENVIRONMENT, GENERAL,"
            + " ILLUSTRATION, NONE, PHOTOGRAPHY, RAYTRACED, RENDER_3D, SKETCH_BW, SKETCH_COLOR when alchemy is on";

    @SuppressWarnings("deprecation") // weighting: the legacy single-ControlNet field still goes on the wire
    static Stream<Arguments> invalidRequests() {
        return Stream.of(
            row("prompt missing", b -> b.prompt(null),
                v("prompt", "is required")),
            row("prompt blank", b -> b.prompt("  \n"),
                v("prompt", "must not be blank")),
            row("width below 32", b -> b.width(24),
                v("width", "must be between 32 and 1536")),
            row("width above 1536", b -> b.width(1544),
                v("width", "must be between 32 and 1536")),
            row("width out of range and not a multiple of 8: the range alone", b -> b.width(20),
                v("width", "must be between 32 and 1536")),
            row("width not a multiple of 8", b -> b.width(500),
                v("width", "must be a multiple of 8")),
            row("height not a multiple of 8", b -> b.height(770),
                v("height", "must be a multiple of 8")),
            row("height zero", b -> b.height(0),
                v("height", "must be between 32 and 1536")),
            row("no images", b -> b.numImages(0),
                v("num_images", "must be between 1 and 8")),
            row("nine images", b -> b.numImages(9),
                v("num_images", "must be between 1 and 8")),
            row("five wide images", b -> b.numImages(5).width(1024).height(768),
                v("num_images", "must be between 1 and 4 when width or height is over 768")),
            row("five tall images", b -> b.numImages(5).width(512).height(776),
                v("num_images", "must be between 1 and 4 when width or height is over 768")),
            row("guidance below 1", b -> b.guidanceScale(0.99),
                v("guidance_scale", "must be between 1 and 20")),
            row("guidance above 20", b -> b.guidanceScale(20.01),
                v("guidance_scale", "must be between 1 and 20")),
            row("guidance not a number", b -> b.guidanceScale(Double.NaN),
                v("guidance_scale", "must be a finite number")),
            row("steps below 10", b -> b.numInferenceSteps(9),
                v("num_inference_steps", "must be between 10 and 60")),
            row("steps above 60", b -> b.numInferenceSteps(61),
                v("num_inference_steps", "must be between 10 and 60")),
            row("init strength below 0.1", b -> b.initStrength(0.09).initImageId("img"),
                v("init_strength", "must be between 0.1 and 0.9")),
            row("init strength above 0.9", b -> b.initStrength(0.91).initImageId("img"),
                v("init_strength", "must be between 0.1 and 0.9")),
            row("contrast ratio below 0", b -> b.contrastRatio(-0.01),
                v("contrastRatio", "must be between 0 and 1")),
            row("contrast ratio above 1", b -> b.contrastRatio(1.01),
                v("contrastRatio", "must be between 0 and 1")),
            row("prompt magic strength below 0.1", b -> b.promptMagic(true).promptMagicStrength(0.05),
                v("promptMagicStrength", "must be between 0.1 and 1.0")),
            row("contrast not a listed value", b -> b.contrast(2.0),
                v("contrast", "must be one of 1.0, 1.3, 1.8, 2.5, 3, 3.5, 4, 4.5")),
            row("contrast above the schema's maximum: the schema's bound alone, not also the listed values", b -> b.contrast(5.0),
                v("contrast", "must be between 1 and 4.5")),
            row("contrast too low for Phoenix with alchemy", b -> b.sdVersion(SdVersion.PHOENIX).alchemy(true).contrast(1.8),
                v("contrast", "must be 2.5 or higher for Phoenix with alchemy on")),
            row("photoReal version v3", b -> b.photoReal(true).photoRealVersion("v3"),
                v("photoRealVersion", "must be v1 or v2")),
            row("photoReal strength 0.6", b -> b.photoReal(true).photoRealStrength(0.6),
                v("photoRealStrength", "must be one of 0.55, 0.5, 0.45")),
            row("prompt magic version v1", b -> b.promptMagic(true).promptMagicVersion("v1"),
                v("promptMagicVersion", "must be v2 or v3")),
            row("negative seed", b -> b.seed(-1),
                v("seed", "must be between 0 and 9999999998")),
            row("seed above the maximum", b -> b.seed(9_999_999_999L),
                v("seed", "must be between 0 and 9999999998")),
            row("seed above the Flux maximum", b -> b.sdVersion(SdVersion.FLUX).seed(2_147_483_638L),
                v("seed", "must be between 0 and 2147483637 for Flux")),
            row("seed above the Flux dev maximum", b -> b.sdVersion(SdVersion.FLUX_DEV).seed(3_000_000_000L),
                v("seed", "must be between 0 and 2147483637 for Flux")),
            row("ultra with alchemy", b -> b.ultra(true).alchemy(true),
                v("ultra", "cannot be used with alchemy")),
            row("unzoom alone", b -> b.unzoom(true),
                v("unzoomAmount", "is required when unzoom is on"),
                v("init_image_id", "is required when unzoom is on or unzoomAmount is set")),
            row("unzoom amount without unzoom", b -> b.unzoomAmount(0.5).initImageId("img"),
                v("unzoom", "must be on when unzoomAmount is set")),
            row("style outside the non-alchemy list", b -> b.alchemy(false).presetStyle(PresetStyle.CINEMATIC),
                v("presetStyle", "must be one of LEONARDO, NONE when alchemy is off")),
            row("style outside the alchemy list", b -> b.alchemy(true).presetStyle(PresetStyle.LEONARDO),
                v("presetStyle", STYLES_WITH_ALCHEMY)),
            row("element without id", b -> b.elements(ElementInput.builder().akUUID(null).weight(0.5).build(), ElementInput.builder().akUUID("el-1").build()),
                v("elements[0].akUUID", "is required")),
            row("controlnet without its required values", b -> b.controlnets(ControlnetInput.builder().initImageId(" ").weight(0.5).build()),
                v("controlnets[0].initImageId", "must not be blank"),
                v("controlnets[0].initImageType", "is required"),
                v("controlnets[0].preprocessorId", "is required")),
            row("prompt magic version without prompt magic", b -> b.promptMagicVersion("v3"),
                v("promptMagicVersion", "is only used when promptMagic is on")),
            row("photoReal with alchemy off", b -> b.photoReal(true).alchemy(false),
                v("alchemy", "must be on when photoReal is on")),
            row("photoReal v1 with a model id", b -> b.photoReal(true).photoRealVersion("v1").modelId("m-1"),
                v("modelId", "must be unset for photoReal v1")),
            row("alchemy feature with alchemy off", b -> b.alchemy(false).expandedDomain(true),
                v("expandedDomain", "requires alchemy, which is off")),
            row("contrast ratio with alchemy off", b -> b.alchemy(false).contrastRatio(0.5),
                v("contrastRatio", "requires alchemy, which is off")),
            row("image prompt weight not a number", b -> b.imagePromptWeight(Double.NaN),
                v("imagePromptWeight", "must be a finite number")),
            row("unzoom amount not a number", b -> b.unzoom(true).unzoomAmount(Double.NaN).initImageId("img"),
                v("unzoomAmount", "must be a finite number")),
            row("upscale ratio infinite", b -> b.upscaleRatio(Double.POSITIVE_INFINITY),
                v("upscaleRatio", "must be a finite number")),
            row("legacy controlnet weighting not a number", b -> b.weighting(Double.NaN),
                v("weighting", "must be a finite number")),
            row("controlnet weight not a number",
                b -> b.controlnets(ControlnetInput.builder().initImageId("img").initImageType(InitImageTypeEnum.GENERATED).preprocessorId(67).weight(Double.NaN).build()),
                v("controlnets[0].weight", "must be a finite number")),
            row("element weight infinite", b -> b.elements(ElementInput.builder().akUUID("el-1").weight(Double.NEGATIVE_INFINITY).build()),
                v("elements[0].weight", "must be a finite number")),
            row("user element weight not a number", b -> b.userElements(UserElementsInput.builder().userLoraId(7).weight(Double.NaN).build()),
                v("userElements[0].weight", "must be a finite number")),
            row("enhance instruction without enhancing", b -> b.enhancePromptInstruction("more fog"),
                v("enhancePromptInstruction", "is only used when enhancePrompt is on")),
            row("every violation at once", b -> b.prompt("").width(33).height(2000).numImages(12).seed(-5),
                v("prompt", "must not be blank"),
                v("width", "must be a multiple of 8"),
                v("height", "must be between 32 and 1536"),
                v("num_images", "must be between 1 and 4 when width or height is over 768"),
                v("seed", "must be between 0 and 9999999998")));
    }

    @BeforeEach
    void forgetEarlierRequests() {
        server.resetRequests();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidRequests")
    void isRejectedWithExactlyItsViolationsAndNothingIsSent(String name, UnaryOperator<GenerationRequest.Builder> edit,
            List<Violation> expected) {
        GenerationRequest request = edit.apply(GenerationRequest.builder().prompt("A lighthouse at dusk")).build();

        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> NoRequestSender.send(server.baseUrl(), request, GenerationDefaults.recommended()));

        assertThat(e).as("rejected").isNotNull();
        assertThat(e.violations()).extracting(Violation::field, Violation::rule)
                .containsExactlyElementsOf(expected.stream().map(x -> tuple(x.field(), x.rule())).toList());
        assertThat(e.getMessage()).contains(expected.get(0).field(), expected.get(0).rule());
        assertThat(server.getAllServeEvents()).as("requests the server saw").isEmpty();
    }

    @Test
    void anInvalidClientDefaultIsRejectedLikeTheRequestsOwnValue() {
        GenerationDefaults defaults = GenerationDefaults.of(GenerationRequest.builder().numImages(9).build());
        GenerationRequest request = GenerationRequest.builder().prompt("A lighthouse").build();

        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> NoRequestSender.send(server.baseUrl(), request, defaults));

        assertThat(e.violations()).containsExactly(new Violation("num_images", 9L, "must be between 1 and 8"));
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    @Test
    void theMessageNamesFieldValueAndRuleOfEveryViolation() {
        GenerationRequest request = GenerationRequest.builder().prompt(" ").width(33).numImages(9).build();

        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> WireRequests.toWire(request, GenerationDefaults.none(), true));

        assertThat(e.getMessage()).isEqualTo("Invalid request, not sent (3 violations): prompt=\" \" must not be blank;"
                + " width=33 must be a multiple of 8; num_images=9 must be between 1 and 8");
    }

    /** The control for the table: the same path does reach the server when the request is valid. */
    @Test
    void aValidRequestIsSentAsExactlyTheSetFields() {
        server.stubFor(post("/generations").willReturn(aResponse().withStatus(200).withBody("{}")));

        NoRequestSender.send(server.baseUrl(), GenerationRequest.builder().prompt("A lighthouse").width(1024).build(),
                GenerationDefaults.recommended());

        server.verify(1, postRequestedFor(urlEqualTo("/generations"))
                .withRequestBody(equalToJson("{\"prompt\":\"A lighthouse\",\"width\":1024,\"num_images\":1}")));
    }

    private static Arguments row(String name, UnaryOperator<GenerationRequest.Builder> edit, Violation... expected) {
        return Arguments.of(name, edit, List.of(expected));
    }

    /** An expected violation; the table checks field and rule, so the value is not part of it. */
    private static Violation v(String field, String rule) {
        return new Violation(field, null, rule);
    }
}

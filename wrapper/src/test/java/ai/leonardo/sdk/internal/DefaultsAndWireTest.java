package ai.leonardo.sdk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.leonardo.sdk.model.ControlnetInput;
import ai.leonardo.sdk.model.ElementInput;
import ai.leonardo.sdk.GenerationDefaults;
import ai.leonardo.sdk.model.GenerationRequest;
import ai.leonardo.sdk.model.UserElementsInput;
import ai.leonardo.sdk.model.ControlnetInput.InitImageTypeEnum;
import ai.leonardo.sdk.model.GenerationRequest.TransparencyEnum;
import ai.leonardo.sdk.model.PresetStyle;
import ai.leonardo.sdk.model.Scheduler;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

/** Exactly the caller's fields and the documented defaults go on the wire; no spec default leaks. */
class DefaultsAndWireTest {
    private static final GenerationRequest PROMPT_ONLY = GenerationRequest.builder().prompt("A lighthouse").build();

    @Test
    void aPromptOnlyRequestSendsThePromptAndOneImage() {
        assertJson(NoRequestSender.json(PROMPT_ONLY, GenerationDefaults.recommended()),
                "{\"prompt\":\"A lighthouse\",\"num_images\":1}");
    }

    @Test
    void withNoDefaultsOnlyThePromptIsSent() {
        assertJson(NoRequestSender.json(PROMPT_ONLY, GenerationDefaults.none()), "{\"prompt\":\"A lighthouse\"}");
    }

    @Test
    void theRequestsOwnValueBeatsTheClientDefault() {
        GenerationDefaults defaults = GenerationDefaults.of(GenerationDefaults.recommended().values().toBuilder()
                .numImages(3).width(512).presetStyle(PresetStyle.ANIME).build());
        GenerationRequest request = PROMPT_ONLY.toBuilder().numImages(2).presetStyle(PresetStyle.NONE).build();

        assertJson(NoRequestSender.json(request, defaults),
                "{\"prompt\":\"A lighthouse\",\"num_images\":2,\"width\":512,\"presetStyle\":\"NONE\"}");
    }

    @Test
    void anyPropertyCanHaveADefaultIncludingOnesTheSpecDoesNotListYet() {
        GenerationDefaults defaults = GenerationDefaults.of(GenerationRequest.builder().modelId("m-1").width(512)
                .height(640).numImages(2).numInferenceSteps(30).guidanceScale(7).scheduler(Scheduler.LEONARDO)
                .presetStyle(PresetStyle.DYNAMIC).alchemy(true).negativePrompt("blur").isPublic(false)
                .putAdditionalProperty("futureFlag", true).build());

        assertJson(NoRequestSender.json(PROMPT_ONLY, defaults), "{\"prompt\":\"A lighthouse\",\"modelId\":\"m-1\","
                + "\"width\":512,\"height\":640,\"num_images\":2,\"num_inference_steps\":30,\"guidance_scale\":7.0,"
                + "\"scheduler\":\"LEONARDO\",\"presetStyle\":\"DYNAMIC\",\"alchemy\":true,\"negative_prompt\":\"blur\","
                + "\"public\":false,\"futureFlag\":true}");
    }

    @Test
    void decimalsAreSentAsWrittenAndLargeSeedsAsIntegers() {
        GenerationRequest request = PROMPT_ONLY.toBuilder().contrast(1.3).initStrength(0.3).initImageId("img")
                .seed(9_999_999_998L).build();

        String json = NoRequestSender.json(request, GenerationDefaults.none());

        assertThat(json).contains("\"contrast\":1.3", "\"init_strength\":0.3", "\"seed\":9999999998");
    }

    @Test
    void nestedValuesAndEnumsUseTheirWireNames() {
        GenerationRequest request = PROMPT_ONLY.toBuilder()
                .controlnets(ControlnetInput.builder().initImageId("img").initImageType(InitImageTypeEnum.UPLOADED).preprocessorId(67).weight(0.5).build())
                .elements(ElementInput.builder().akUUID("el-1").weight(0.4).build())
                .userElements(UserElementsInput.builder().userLoraId(7).build())
                .transparency(TransparencyEnum.FOREGROUND_ONLY)
                .isPublic(true)
                .presetStyle(PresetStyle.RENDER_3_D)
                .build();

        assertJson(NoRequestSender.json(request, GenerationDefaults.none()), "{\"prompt\":\"A lighthouse\","
                + "\"controlnets\":[{\"initImageId\":\"img\",\"initImageType\":\"UPLOADED\",\"preprocessorId\":67,"
                + "\"weight\":0.5}],\"elements\":[{\"akUUID\":\"el-1\",\"weight\":0.4}],\"userElements\":[{\"userLoraId\":7}],"
                + "\"transparency\":\"foreground_only\",\"public\":true,\"presetStyle\":\"RENDER_3D\"}");
    }

    @Test
    void aDefaultPromptIsRefused() {
        assertThatThrownBy(() -> GenerationDefaults.of(GenerationRequest.builder().prompt("p").build()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertJson(String actual, String expected) {
        JsonElement a = JsonParser.parseString(actual);
        assertThat(a).as(actual).isEqualTo(JsonParser.parseString(expected));
    }
}

package ai.leonardo.sdk;

import ai.leonardo.sdk.model.ControlnetInput;

import ai.leonardo.sdk.model.UserElementsInput;

import ai.leonardo.sdk.model.ElementInput;

import ai.leonardo.sdk.model.GenerationRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.leonardo.sdk.model.ControlnetInput.InitImageTypeEnum;
import ai.leonardo.sdk.model.PresetStyle;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The request and defaults are immutable values. */
class GenerationRequestTest {

    @Test
    void unsetFieldsAreNull() {
        GenerationRequest r = GenerationRequest.builder().prompt("A lighthouse").build();

        assertThat(r.prompt()).isEqualTo("A lighthouse");
        assertThat(r.numImages()).isNull();
        assertThat(r.width()).isNull();
        assertThat(r.alchemy()).isNull();
        assertThat(r.seed()).isNull();
        assertThat(r.controlnets()).as("an unset list reads as empty").isEmpty();
    }

    @Test
    void toBuilderDerivesAVariantWithoutChangingTheOriginal() {
        GenerationRequest original = GenerationRequest.builder().prompt("A lighthouse").numImages(2).seed(42)
                .presetStyle(PresetStyle.CINEMATIC).alchemy(true).build();

        GenerationRequest variant = original.toBuilder().numImages(3).build();

        assertThat(original.numImages()).isEqualTo(2L);
        assertThat(variant.numImages()).isEqualTo(3L);
        assertThat(variant.seed()).isEqualTo(42L);
        assertThat(original.toBuilder().build()).isEqualTo(original).hasSameHashCodeAs(original);
        assertThat(variant).isNotEqualTo(original);
    }

    @Test
    void listsAreCopied() {
        List<ElementInput> elements = new ArrayList<>(List.of(ElementInput.builder().akUUID("el-1").build()));
        GenerationRequest r = GenerationRequest.builder().prompt("p").elements(elements).build();

        elements.add(ElementInput.builder().akUUID("el-2").build());

        assertThat(r.elements()).containsExactly(ElementInput.builder().akUUID("el-1").build());
        assertThatThrownBy(() -> r.elements().add(ElementInput.builder().akUUID("el-3").build())).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void toStringListsOnlySetFieldsByWireName() {
        assertThat(GenerationRequest.builder().prompt("A lighthouse").numImages(2).build())
                .hasToString("GenerationRequest{num_images=2, prompt=A lighthouse}");
        assertThat(GenerationDefaults.recommended()).hasToString("GenerationDefaults{GenerationRequest{num_images=1}}");
    }

    @Test
    void valueTypesCompareByValue() {
        assertThat(ControlnetInput.builder().initImageId("img").initImageType(InitImageTypeEnum.GENERATED).preprocessorId(67).weight(0.5).build())
                .isEqualTo(ControlnetInput.builder().initImageId("img").initImageType(InitImageTypeEnum.GENERATED).preprocessorId(67).weight(0.5).strengthType(null).build());
        assertThat(UserElementsInput.builder().userLoraId(7).weight(0.5).build()).isEqualTo(UserElementsInput.builder().userLoraId(7L).weight(0.5).build());
        assertThat(GenerationDefaults.of(GenerationRequest.builder().numImages(1).build()))
                .isEqualTo(GenerationDefaults.recommended());
        assertThat(GenerationDefaults.none()).isNotEqualTo(GenerationDefaults.recommended());
    }
}

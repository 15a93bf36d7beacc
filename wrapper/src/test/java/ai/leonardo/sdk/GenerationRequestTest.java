package ai.leonardo.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.leonardo.sdk.generated.model.ControlnetInput.InitImageTypeEnum;
import ai.leonardo.sdk.generated.model.PresetStyle;
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
        assertThat(r.controlnets()).isNull();
    }

    @Test
    void toBuilderDerivesAVariantWithoutChangingTheOriginal() {
        GenerationRequest original = GenerationRequest.builder().prompt("A lighthouse").numImages(2).seed(42)
                .presetStyle(PresetStyle.CINEMATIC).alchemy(true).build();

        GenerationRequest variant = original.toBuilder().numImages(3).build();

        assertThat(original.numImages()).isEqualTo(2);
        assertThat(variant.numImages()).isEqualTo(3);
        assertThat(variant.seed()).isEqualTo(42L);
        assertThat(original.toBuilder().build()).isEqualTo(original).hasSameHashCodeAs(original);
        assertThat(variant).isNotEqualTo(original);
    }

    @Test
    void listsAreCopied() {
        List<ElementRef> elements = new ArrayList<>(List.of(ElementRef.of("el-1")));
        GenerationRequest r = GenerationRequest.builder().prompt("p").elements(elements).build();

        elements.add(ElementRef.of("el-2"));

        assertThat(r.elements()).containsExactly(ElementRef.of("el-1"));
        assertThatThrownBy(() -> r.elements().add(ElementRef.of("el-3"))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void toStringListsOnlySetFieldsByWireName() {
        assertThat(GenerationRequest.builder().prompt("A lighthouse").numImages(2).build())
                .hasToString("GenerationRequest{prompt=A lighthouse, num_images=2}");
        assertThat(GenerationDefaults.recommended()).hasToString("GenerationDefaults{num_images=1}");
    }

    @Test
    void valueTypesCompareByValue() {
        assertThat(ControlNet.of("img", InitImageTypeEnum.GENERATED, 67).withWeight(0.5))
                .isEqualTo(new ControlNet("img", InitImageTypeEnum.GENERATED, 67, 0.5, null));
        assertThat(UserElementRef.of(7, 0.5)).isEqualTo(new UserElementRef(7L, 0.5));
        assertThat(GenerationDefaults.recommended().toBuilder().build()).isEqualTo(GenerationDefaults.recommended());
        assertThat(GenerationDefaults.none()).isNotEqualTo(GenerationDefaults.recommended());
    }
}

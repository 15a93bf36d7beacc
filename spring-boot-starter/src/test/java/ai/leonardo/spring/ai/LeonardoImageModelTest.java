package ai.leonardo.spring.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.leonardo.sdk.Leonardo;
import ai.leonardo.sdk.ValidationException;
import ai.leonardo.spring.LeonardoAutoConfiguration;
import ai.leonardo.testkit.Endpoint;
import ai.leonardo.testkit.FakeLeonardo;
import ai.leonardo.testkit.GenerationSnapshot;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.ai.image.ImageGeneration;
import org.springframework.ai.image.ImageMessage;
import org.springframework.ai.image.ImageModel;
import org.springframework.ai.image.ImageOptions;
import org.springframework.ai.image.ImagePrompt;
import org.springframework.ai.image.ImageResponse;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;

class LeonardoImageModelTest {

    static final ApplicationContextRunner RUNNER = new ApplicationContextRunner()
            .withInitializer(context -> context.getEnvironment().getPropertySources().remove("systemEnvironment"))
            .withConfiguration(AutoConfigurations.of(LeonardoAutoConfiguration.class,
                    LeonardoImageModelAutoConfiguration.class));

    static final ApplicationContextRunner FAKE = RUNNER.withPropertyValues("leonardo.fake.enabled=true",
            "leonardo.fake.job-duration=100ms", "leonardo.wait.interval=50ms");

    /** Portable options from another provider's point of view: only Spring AI's interface. */
    record PortableOptions(Integer getN, String getModel, Integer getWidth, Integer getHeight, String getStyle)
            implements ImageOptions {
        @Override
        public String getResponseFormat() {
            return "b64_json";
        }
    }

    private static GenerationSnapshot sent(ApplicationContext context, ImageResponse response) {
        return context.getBean(FakeLeonardo.class)
                .generation(response.getMetadata().get(LeonardoImageModel.GENERATION_ID));
    }

    @Test
    void theAutoConfiguredImageModelGeneratesAndAnswersUrlsWithTheGenerationsMetadata() {
        FAKE.run(context -> {
            assertThat(context).hasSingleBean(ImageModel.class);
            ImageResponse response = context.getBean(ImageModel.class).call(new ImagePrompt("A lighthouse at dusk"));

            GenerationSnapshot generation = sent(context, response);
            assertThat(generation.prompt()).isEqualTo("A lighthouse at dusk");
            assertThat(response.getResults()).extracting(r -> r.getOutput().getUrl())
                    .containsExactlyElementsOf(generation.imageUrls());
            assertThat(response.getResult().getMetadata()).isInstanceOf(LeonardoImageMetadata.class);
            assertThat(response.getMetadata().<BigDecimal>get(LeonardoImageModel.COST))
                    .isEqualByComparingTo(generation.costAmount());
            assertThat(response.getMetadata().<String>get(LeonardoImageModel.COST_UNIT)).isEqualTo("DOLLARS");
            assertThat(response.getMetadata().<Long>get(LeonardoImageModel.SEED)).isEqualTo(generation.seed());
        });
    }

    @Test
    void leonardoOptionsMapToTheRequest() {
        FAKE.run(context -> {
            LeonardoImageOptions options = LeonardoImageOptions.builder().n(2).width(512).height(640)
                    .style("cinematic").negativePrompt("fog").seed(42L).build();
            ImageResponse response = context.getBean(ImageModel.class).call(new ImagePrompt("A harbour", options));

            GenerationSnapshot generation = sent(context, response);
            assertThat(generation.numImages()).isEqualTo(2);
            assertThat(generation.width()).isEqualTo(512);
            assertThat(generation.height()).isEqualTo(640);
            assertThat(generation.presetStyle()).isEqualTo("CINEMATIC");
            assertThat(generation.negativePrompt()).isEqualTo("fog");
            assertThat(generation.seed()).isEqualTo(42L);
            assertThat(response.getResults()).hasSize(2);
            assertThat(response.getMetadata().<Long>get(LeonardoImageModel.SEED)).isEqualTo(42L);
        });
    }

    @Test
    void portableSpringAiOptionsMapToo() {
        FAKE.run(context -> {
            ImageOptions options = new PortableOptions(1, "b24e16ff-06e3-43eb-8d33-4416c2d75876", 768, 512, "ANIME");
            ImageResponse response = context.getBean(ImageModel.class).call(new ImagePrompt("A fox", options));

            GenerationSnapshot generation = sent(context, response);
            assertThat(generation.modelId()).isEqualTo("b24e16ff-06e3-43eb-8d33-4416c2d75876");
            assertThat(generation.width()).isEqualTo(768);
            assertThat(generation.height()).isEqualTo(512);
            assertThat(generation.presetStyle()).isEqualTo("ANIME");
            assertThat(response.getResults()).hasSize(1);
        });
    }

    @Test
    void aPromptsOptionsOverrideTheModelsDefaultsFieldByField() {
        FAKE.run(context -> {
            LeonardoImageModel model = new LeonardoImageModel(context.getBean(Leonardo.class),
                    LeonardoImageOptions.builder().n(1).width(640).height(640).negativePrompt("text").build());
            ImageResponse response = model.call(new ImagePrompt("A kite", LeonardoImageOptions.builder().width(512)
                    .build()));

            GenerationSnapshot generation = sent(context, response);
            assertThat(generation.width()).isEqualTo(512);
            assertThat(generation.height()).isEqualTo(640);
            assertThat(generation.negativePrompt()).isEqualTo("text");
            assertThat(generation.numImages()).isEqualTo(1);
        });
    }

    @Test
    void nullOptionsAndSeveralMessagesAreAccepted() {
        FAKE.run(context -> {
            ImagePrompt prompt = new ImagePrompt(List.of(new ImageMessage("A red boat"), new ImageMessage("at sea")),
                    null);
            ImageResponse response = context.getBean(ImageModel.class).call(prompt);

            assertThat(sent(context, response).prompt()).isEqualTo("A red boat at sea");
            assertThat(response.getResults()).extracting(ImageGeneration::getOutput).isNotEmpty();
        });
    }

    @Test
    void invalidRequestsAreRejectedBeforeAnythingIsSent() {
        FAKE.run(context -> {
            ImageModel model = context.getBean(ImageModel.class);
            assertThatThrownBy(() -> model.call(new ImagePrompt("A fox",
                    LeonardoImageOptions.builder().style("watercolour-ish").build())))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("style");
            assertThatThrownBy(() -> model.call(new ImagePrompt("A fox",
                    LeonardoImageOptions.builder().width(7).build())))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("width");
            assertThatThrownBy(() -> model.call(new ImagePrompt(List.of(new ImageMessage(" ")))))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("prompt");
            assertThat(context.getBean(FakeLeonardo.class).requestCount(Endpoint.CREATE_GENERATION)).isZero();
        });
    }

    @Test
    void withoutSpringAiOnTheClassPathOnlyTheClientIsConfigured() {
        FAKE.withClassLoader(new FilteredClassLoader(ImageModel.class))
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(Leonardo.class)
                        .doesNotHaveBean(LeonardoImageModel.class));
    }

    @Test
    void withoutAClientThereIsNoImageModel() {
        RUNNER.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(ImageModel.class));
    }

    @Test
    void anotherImageProviderChosenWithSpringAiModelImageTurnsItOff() {
        FAKE.withPropertyValues("spring.ai.model.image=openai")
                .run(context -> assertThat(context).doesNotHaveBean(ImageModel.class));
    }
}

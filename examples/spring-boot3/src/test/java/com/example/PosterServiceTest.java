package com.example;

import static org.assertj.core.api.Assertions.assertThat;

import ai.leonardo.testkit.FakeLeonardo;
import ai.leonardo.testkit.GenerationSnapshot;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The whole application against an embedded FakeLeonardo: no API key, no network. */
@SpringBootTest(properties = {"leonardo.fake.enabled=true", "leonardo.wait.interval=100ms"})
class PosterServiceTest {
    @Autowired
    PosterService service;

    @Autowired
    FakeLeonardo fake;

    @Test
    void generatesPostersThroughTheAutoConfiguredImageModel() {
        PosterService.Posters posters = service.posters("a lighthouse at dusk");

        GenerationSnapshot sent = fake.generation(posters.generationId());
        assertThat(sent.prompt()).isEqualTo("A travel poster of a lighthouse at dusk");
        assertThat(sent.presetStyle()).isEqualTo("CINEMATIC");
        assertThat(sent.width()).isEqualTo(512);
        assertThat(posters.urls()).hasSize(2).containsExactlyElementsOf(sent.imageUrls());
    }
}

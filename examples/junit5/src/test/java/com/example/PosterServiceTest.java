package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.leonardo.sdk.GenerationJob;
import ai.leonardo.sdk.model.GenerationRequest;
import ai.leonardo.sdk.Leonardo;
import ai.leonardo.testkit.FakeLeonardo;
import ai.leonardo.testkit.FakeLeonardoExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The README's quick start as a user's test: the extension starts, injects and resets the fake. */
class PosterServiceTest {
    @RegisterExtension
    static final FakeLeonardoExtension LEONARDO = FakeLeonardoExtension.perClass(FakeLeonardo.builder().manualClock());

    @Test
    void rendersAPoster(FakeLeonardo fake) {
        try (Leonardo leonardo = Leonardo.builder().apiKey(fake.apiKey()).baseUrl(fake.baseUrl()).build()) {
            GenerationJob job = leonardo.generations().create(
                    GenerationRequest.builder().prompt("A lighthouse").numImages(2).build());
            fake.advance(Duration.ofSeconds(5));
            assertEquals(2, job.await().images().size());
        }
    }

    @Test
    void eachTestSeesAFreshFake(FakeLeonardo fake) {
        assertEquals(0, fake.generationCount());
    }
}

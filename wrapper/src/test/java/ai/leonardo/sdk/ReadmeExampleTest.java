package ai.leonardo.sdk;

import ai.leonardo.sdk.model.GenerationRequest;

import static org.assertj.core.api.Assertions.assertThat;

import ai.leonardo.testkit.FakeLeonardo;
import ai.leonardo.testkit.FakeLeonardoExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The README's "Testing your code with FakeLeonardo" example, verbatim, so the README cannot rot. */
class ReadmeExampleTest {
    @RegisterExtension
    static final FakeLeonardoExtension LEONARDO = FakeLeonardoExtension.perClass(FakeLeonardo.builder().manualClock());

    @Test
    void rendersAPoster(FakeLeonardo fake) {
        try (Leonardo leonardo = Leonardo.builder().apiKey(fake.apiKey()).baseUrl(fake.baseUrl()).build()) {
            GenerationJob job = leonardo.generations().create(
                    GenerationRequest.builder().prompt("A lighthouse").numImages(2).build());
            fake.advance(Duration.ofSeconds(5));                      // the job is now COMPLETE
            assertThat(job.await().images()).hasSize(2);
        }
    }
}

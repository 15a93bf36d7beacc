package ai.leonardo.sdk;

import ai.leonardo.sdk.model.Generation;
import ai.leonardo.sdk.model.GenerationRequest;
import ai.leonardo.sdk.model.GeneratedImage;
import ai.leonardo.sdk.model.JobStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.leonardo.testkit.FakeLeonardo;
import ai.leonardo.testkit.FakeLeonardoExtension;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The whole lifecycle against FakeLeonardo, which also checks every request against the vendor spec. */
class EndToEndTest {
    @RegisterExtension
    static final FakeLeonardoExtension LEONARDO = FakeLeonardoExtension.perClass(
            FakeLeonardo.builder().manualClock().jobDuration(Duration.ofSeconds(6)));

    @Test
    void createWaitDownloadListDelete(FakeLeonardo fake, @TempDir Path out) throws IOException {
        try (Leonardo leonardo = Leonardo.builder().apiKey(fake.apiKey()).baseUrl(fake.baseUrl()).build()) {
            GenerationJob job = leonardo.generations().create(GenerationRequest.builder()
                    .prompt("A lighthouse at dusk").width(512).height(256).numImages(2).seed(42L).build());
            assertThat(job.cost()).isPresent();
            assertThat(job.poll().status()).isEqualTo(JobStatus.PENDING);

            fake.advance(Duration.ofSeconds(7));
            Generation done = job.poll();

            assertThat(done.status()).isEqualTo(JobStatus.COMPLETE);
            assertThat(done.images()).hasSize(2);
            for (GeneratedImage image : done.images()) {
                BufferedImage png = ImageIO.read(leonardo.images().download(image, out).toFile());
                assertThat(png.getWidth()).isEqualTo(512);
                assertThat(png.getHeight()).isEqualTo(256);
            }
            assertThat(fake.imageRequestsWithAuthorization()).as("the key never goes to image URLs").isZero();

            List<Generation> mine = leonardo.generations().listByUser(fake.userId()).stream().toList();
            assertThat(mine).extracting(Generation::id).contains(job.id());

            assertThat(leonardo.generations().delete(job.id())).isEqualTo(job.id());
            assertThat(leonardo.generations().find(job.id())).isEmpty();
            assertThatThrownBy(job::poll).isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void aWrongKeyIsAnAuthenticationError(FakeLeonardo fake) {
        try (Leonardo leonardo = Leonardo.builder().apiKey("wrong-key").baseUrl(fake.baseUrl()).build()) {
            assertThatThrownBy(() -> leonardo.generations().listPage(fake.userId(), 0, 10))
                    .isInstanceOf(AuthenticationException.class)
                    .hasMessageNotContaining("wrong-key");
        }
    }
}

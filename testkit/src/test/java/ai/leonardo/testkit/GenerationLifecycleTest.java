package ai.leonardo.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class GenerationLifecycleTest {

    @RegisterExtension
    static final FakeLeonardoExtension LEONARDO = FakeLeonardoExtension.perClass(
            FakeLeonardo.builder().manualClock().jobDuration(Duration.ofSeconds(10)));

    @Test
    void jobIsPendingUntilTheClockPassesItsDurationThenCompletesWithRealImages(FakeLeonardo fake) throws Exception {
        Http http = new Http(fake);
        Http.Reply created = http.post("{\"prompt\":\"a red fox\",\"width\":512,\"height\":256,\"num_images\":2,\"seed\":42}");
        assertThat(created.status()).isEqualTo(200);
        JsonNode job = created.json().get("sdGenerationJob");
        String id = job.get("generationId").asText();
        assertThat(id).matches("[a-f0-9]{8}-[a-f0-9]{4}-4[a-f0-9]{3}-[89ab][a-f0-9]{3}-[a-f0-9]{12}");
        assertThat(job.get("apiCreditCost").isNull()).isTrue();
        assertThat(job.get("cost").get("amount").asText()).isEqualTo("0.00735");
        assertThat(job.get("cost").get("unit").asText()).isEqualTo("DOLLARS");

        JsonNode pending = http.get("/generations/" + id).json().get("generations_by_pk");
        assertThat(pending.get("status").asText()).isEqualTo("PENDING");
        assertThat(pending.get("generated_images")).isEmpty();
        assertThat(pending.get("prompt").asText()).isEqualTo("a red fox");
        assertThat(pending.get("seed").asLong()).isEqualTo(42);

        fake.advance(Duration.ofSeconds(9));
        assertThat(fake.generation(id).status()).isEqualTo("PENDING");
        fake.advance(Duration.ofSeconds(1));

        JsonNode done = http.get("/generations/" + id).json().get("generations_by_pk");
        assertThat(done.get("status").asText()).isEqualTo("COMPLETE");
        assertThat(done.get("imageWidth").asInt()).isEqualTo(512);
        assertThat(done.get("imageHeight").asInt()).isEqualTo(256);
        assertThat(done.get("generated_images")).hasSize(2);
        List<byte[]> pngs = new ArrayList<>();
        for (JsonNode image : done.get("generated_images")) {
            // The first download carries the API key, as a careless client would; the fake serves it but counts it.
            Http.Reply png = pngs.isEmpty()
                    ? http.send(http.authorized(image.get("url").asText()))
                    : http.getUrl(image.get("url").asText());
            assertThat(png.status()).isEqualTo(200);
            assertThat(png.headers().get("Content-Type")).isEqualTo("image/png");
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png.bytes()));
            assertThat(decoded.getWidth()).isEqualTo(512);
            assertThat(decoded.getHeight()).isEqualTo(256);
            pngs.add(png.bytes());
        }
        assertThat(pngs.get(0)).isNotEqualTo(pngs.get(1));
        assertThat(fake.imageRequestsWithAuthorization()).isEqualTo(1);
    }

    @Test
    void imagesAreDeterministicFromPromptSeedAndIndexAndNeedNoKey(FakeLeonardo fake) throws Exception {
        Http http = new Http(fake);
        String body = "{\"prompt\":\"same\",\"width\":64,\"height\":32,\"num_images\":1,\"seed\":%d}";
        String a = http.create(String.format(body, 7));
        String b = http.create(String.format(body, 7));
        String c = http.create(String.format(body, 8));
        fake.advance(Duration.ofSeconds(10));

        Http anonymous = new Http(fake, null);
        byte[] pngA = anonymous.getUrl(fake.generation(a).imageUrls().get(0)).bytes();
        byte[] pngB = anonymous.getUrl(fake.generation(b).imageUrls().get(0)).bytes();
        byte[] pngC = anonymous.getUrl(fake.generation(c).imageUrls().get(0)).bytes();
        assertThat(pngA).isEqualTo(pngB).isNotEqualTo(pngC);
        assertThat(fake.imageRequestsWithAuthorization()).isZero();
        assertThat(fake.requestCount(Endpoint.IMAGE)).isEqualTo(3);
    }

    @Test
    void absentFieldsTakeTheSpecDefaults(FakeLeonardo fake) throws Exception {
        Http http = new Http(fake);
        Http.Reply created = http.post("{\"prompt\":\"defaults\"}");
        assertThat(created.json().at("/sdGenerationJob/cost/amount").asText()).isEqualTo("0.0147");
        GenerationSnapshot g = fake.generation(created.json().at("/sdGenerationJob/generationId").asText());
        assertThat(g.width()).isEqualTo(1024);
        assertThat(g.height()).isEqualTo(768);
        assertThat(g.numImages()).isEqualTo(4);
        assertThat(g.modelId()).isEqualTo("b24e16ff-06e3-43eb-8d33-4416c2d75876");
        assertThat(g.userId()).isEqualTo(fake.userId());
        assertThat(fake.createTimestamps()).containsExactly(g.createdAt());
    }

    @Test
    void deletedGenerationReadsAsNull(FakeLeonardo fake) throws Exception {
        Http http = new Http(fake);
        String id = http.create("{\"prompt\":\"short-lived\",\"num_images\":1}");
        Http.Reply deleted = http.delete("/generations/" + id);
        assertThat(deleted.json().at("/delete_generations_by_pk/id").asText()).isEqualTo(id);

        Http.Reply after = http.get("/generations/" + id);
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.json().has("generations_by_pk")).isTrue();
        assertThat(after.json().get("generations_by_pk").isNull()).isTrue();
        Http.Reply again = http.delete("/generations/" + id);
        assertThat(again.json().get("delete_generations_by_pk").isNull()).isTrue();
        assertThat(fake.generationCount()).isZero();
    }

    @Test
    void listsPagesNewestFirst(FakeLeonardo fake) throws Exception {
        Http http = new Http(fake);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(http.create("{\"prompt\":\"p" + i + "\",\"num_images\":1,\"width\":64,\"height\":64}"));
            fake.advance(Duration.ofSeconds(1));
        }
        String base = "/generations/user/" + fake.userId();
        assertThat(ids(http.get(base + "?offset=0&limit=2"))).containsExactly(ids.get(4), ids.get(3));
        assertThat(ids(http.get(base + "?offset=2&limit=2"))).containsExactly(ids.get(2), ids.get(1));
        assertThat(ids(http.get(base + "?offset=4&limit=2"))).containsExactly(ids.get(0));
        assertThat(ids(http.get(base + "?offset=5&limit=2"))).isEmpty();
        assertThat(ids(http.get(base))).hasSize(5);
        assertThat(ids(http.get("/generations/user/0f8fad5b-d9cb-469f-a165-70867728950e"))).isEmpty();
    }

    @Test
    void wrongOrMissingKeyGets401WithTheVendorBody(FakeLeonardo fake) throws Exception {
        for (Http http : List.of(new Http(fake, "wrong-key"), new Http(fake, null))) {
            Http.Reply reply = http.post("{\"prompt\":\"x\"}");
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.json()).isEqualTo(Http.JSON.readTree(
                    "{\"error\":\"Invalid token\",\"path\":\"$\",\"code\":\"invalid-jwt\"}"));
        }
        assertThat(fake.generationCount()).isZero();
        assertThat(fake.requestCount(Endpoint.CREATE_GENERATION)).isEqualTo(2);
    }

    @Test
    void resetClearsStateAndRewindsTheClock(FakeLeonardo fake) throws Exception {
        assertThat(fake.generationCount()).isZero();
        assertThat(fake.requestCount(Endpoint.ANY)).isZero();
        assertThat(fake.clock().instant()).isEqualTo(java.time.Instant.parse("2026-01-01T00:00:00Z"));
    }

    private static List<String> ids(Http.Reply reply) {
        List<String> out = new ArrayList<>();
        reply.json().get("generations").forEach(g -> out.add(g.get("id").asText()));
        return out;
    }
}

package ai.leonardo.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ContractTest {

    @RegisterExtension
    static final FakeLeonardoExtension LEONARDO = FakeLeonardoExtension.perClass(
            FakeLeonardo.builder().manualClock());

    @Test
    void wrongTypeIsRejectedWith400NamingTheField(FakeLeonardo fake) throws Exception {
        Http.Reply reply = new Http(fake).post("{\"prompt\":\"x\",\"width\":\"wide\"}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("code").asText()).isEqualTo("validation-failed");
        assertThat(reply.json().get("error").asText()).contains("width").contains("string").contains("integer");
        assertThat(reply.json().get("violations")).isNotEmpty();
        assertThat(fake.generationCount()).isZero();
    }

    @Test
    void missingPromptIsRejected(FakeLeonardo fake) throws Exception {
        Http.Reply reply = new Http(fake).post("{\"width\":512}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("error").asText()).contains("prompt");
        assertThat(fake.generationCount()).isZero();
    }

    @Test
    void malformedIdsAndOutOfRangeSizesAreRejected(FakeLeonardo fake) throws Exception {
        Http http = new Http(fake);
        assertThat(http.get("/generations/not-a-uuid").status()).isEqualTo(400);
        assertThat(http.post("{\"prompt\":\"x\",\"width\":1001}").status()).isEqualTo(400);
        assertThat(http.post("{\"prompt\":\"x\",\"num_images\":5}").status()).isEqualTo(400);
        assertThat(http.post("{\"prompt\":\"x\",\"width\":512,\"height\":512,\"num_images\":8}").status())
                .isEqualTo(200);
    }

    @Test
    void everyJsonResponseMatchesTheSpec(FakeLeonardo fake) throws Exception {
        Http http = new Http(fake);
        String created = http.post("{\"prompt\":\"contract\",\"negative_prompt\":\"blur\",\"num_images\":2,"
                + "\"width\":64,\"height\":64,\"presetStyle\":\"CINEMATIC\",\"guidance_scale\":7.5,"
                + "\"alchemy\":true,\"photoReal\":false}").body();
        assertMatchesSpec("/generations", Request.Method.POST, created);
        String id = Http.JSON.readTree(created).at("/sdGenerationJob/generationId").asText();

        assertMatchesSpec("/generations/" + id, Request.Method.GET, http.get("/generations/" + id).body());
        fake.advance(Duration.ofSeconds(5));
        String complete = http.get("/generations/" + id).body();
        assertThat(complete).contains("COMPLETE");
        assertMatchesSpec("/generations/" + id, Request.Method.GET, complete);
        String list = http.get("/generations/user/" + fake.userId() + "?offset=0&limit=5").body();
        assertMatchesSpec("/generations/user/" + fake.userId(), Request.Method.GET, list);
        assertMatchesSpec("/generations/" + id, Request.Method.DELETE, http.delete("/generations/" + id).body());
        String nullGet = http.get("/generations/" + id).body();
        assertThat(nullGet).isEqualTo("{\"generations_by_pk\":null}");
        assertMatchesSpec("/generations/" + id, Request.Method.GET, nullGet);
        assertMatchesSpec("/generations/" + id, Request.Method.DELETE, http.delete("/generations/" + id).body());
    }

    @Test
    void responseCheckCatchesAShapeTheSpecForbids() {
        // Guards the test above: an empty report must mean "valid", not "not checked".
        ValidationReport report = SpecValidator.get().validateResponse(
                SpecValidator.BASE_PATH + "/generations/0f8fad5b-d9cb-469f-a165-70867728950e", Request.Method.GET,
                SimpleResponse.Builder.ok().withContentType("application/json")
                        .withBody("{\"generations_by_pk\":{\"status\":\"DONE\",\"imageWidth\":\"wide\"}}").build());
        assertThat(report.hasErrors()).isTrue();
    }

    private static void assertMatchesSpec(String path, Request.Method method, String body) {
        ValidationReport report = SpecValidator.get().validateResponse(SpecValidator.BASE_PATH + path, method,
                SimpleResponse.Builder.ok().withContentType("application/json").withBody(body).build());
        assertThat(report.getMessages()).as("%s %s -> %s", method, path, body).isEmpty();
    }
}

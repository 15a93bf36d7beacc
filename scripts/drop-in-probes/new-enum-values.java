import ai.leonardo.sdk.model.GenerationRequest;
import ai.leonardo.sdk.model.GetGenerationResponse;
import ai.leonardo.sdk.model.JobStatus;
import ai.leonardo.sdk.model.SdVersion;
import com.google.gson.Gson;

/** The vendor's new values are named constants, usable in requests and recognised in responses. */
public class Probe {
    public static void main(String[] args) {
        Gson gson = new Gson();
        String json = gson.toJson(GenerationRequest.builder().prompt("p").sdVersion(SdVersion.FUTURE_MODEL).build());
        JobStatus status = gson.fromJson("{\"generations_by_pk\":{\"id\":\"g\",\"status\":\"CANCELLED\"}}",
                GetGenerationResponse.class).generationsByPk().status();
        check(json.contains("\"sd_version\":\"FUTURE_MODEL\""), "sent: " + json);
        check(status == JobStatus.CANCELLED && status.isKnown(), "recognised: " + status);
        System.out.println("reach OK: " + json + ", status " + status);
    }

    static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(what);
        }
    }
}

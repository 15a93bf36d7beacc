import ai.leonardo.sdk.model.CreateGenerationResponse;
import ai.leonardo.sdk.model.GetGenerationResponse;
import com.google.gson.Gson;

/** A user reads the fields the vendor added to a generation and to the create answer, typed. */
public class Probe {
    public static void main(String[] args) {
        Gson gson = new Gson();
        double score = gson.fromJson("{\"generations_by_pk\":{\"id\":\"g\",\"qualityScore\":0.9}}",
                GetGenerationResponse.class).generationsByPk().qualityScore();
        long position = gson.fromJson("{\"sdGenerationJob\":{\"generationId\":\"g\",\"queuePosition\":3}}",
                CreateGenerationResponse.class).sdGenerationJob().queuePosition();
        check(score == 0.9, "qualityScore");
        check(position == 3, "queuePosition");
        System.out.println("reach OK: qualityScore=" + score + " queuePosition=" + position);
    }

    static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(what);
        }
    }
}

import ai.leonardo.sdk.model.GenerationRequest;
import com.google.gson.Gson;

/** A user sets the field the vendor added, typed, on the builder they already use, and it is sent by its wire name. */
public class Probe {
    public static void main(String[] args) {
        GenerationRequest request = GenerationRequest.builder().prompt("p").styleStrength(0.5).build();
        String json = new Gson().toJson(request);
        check(request.styleStrength() == 0.5, "styleStrength() reads back");
        check(json.contains("\"styleStrength\":0.5"), "sent as styleStrength: " + json);
        System.out.println("reach OK: " + json);
    }

    static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(what);
        }
    }
}

import ai.leonardo.sdk.model.DeleteGenerationResponse;
import ai.leonardo.sdk.model.DeletedGeneration;
import ai.leonardo.sdk.model.GetGenerationResponse;
import ai.leonardo.sdk.model.Generation;
import ai.leonardo.sdk.model.UserGenerationsResponse;

/** A reordered file swaps no types: each name still lands on the schema it names. */
public class Probe {
    public static void main(String[] args) throws Exception {
        check(GetGenerationResponse.class.getMethod("generationsByPk").getReturnType() == Generation.class, "get");
        check(DeleteGenerationResponse.class.getMethod("deleteGenerationsByPk").getReturnType() == DeletedGeneration.class,
                "delete");
        check(UserGenerationsResponse.class.getMethod("generations").getGenericReturnType().getTypeName()
                .equals("java.util.List<ai.leonardo.sdk.model.Generation>"), "list");
        check(Generation.class.getMethod("imageWidth") != null && Generation.class.getMethod("images") != null, "fields");
        System.out.println("reach OK: names land on the same schemas");
    }

    static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(what);
        }
    }
}

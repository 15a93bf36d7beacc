import ai.leonardo.sdk.Leonardo;
import ai.leonardo.sdk.ValidationException;
import ai.leonardo.sdk.Violation;
import ai.leonardo.sdk.model.GenerationRequest;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A field the vendor added with minimum/maximum is validated from the spec with no hand edit: an
 * out-of-range value fails with the SDK's ValidationException before anything is sent, and an
 * in-range value is sent.
 */
public class Probe {
    public static void main(String[] args) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        List<String> bodies = new ArrayList<>();
        server.createContext("/generations", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] body = "{\"sdGenerationJob\":{\"generationId\":\"6f4c3b2a-1d2e-4f3a-8b4c-5d6e7f8a9b0c\"}}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try (Leonardo leonardo = Leonardo.builder().apiKey("probe-key")
                .baseUrl("http://127.0.0.1:" + server.getAddress().getPort()).build()) {
            try {
                leonardo.generations().create(GenerationRequest.builder().prompt("p").detailLevel(11).build());
                throw new AssertionError("detailLevel=11 was accepted; requests the server saw: " + bodies);
            } catch (ValidationException e) {
                check(e.violations().equals(List.of(new Violation("detailLevel", 11L, "must be between 1 and 10"))),
                        "the violation: " + e.violations());
                check(bodies.isEmpty(), "nothing is sent: " + bodies);
                System.out.println("rejected before sending: " + e.getMessage());
            }
            leonardo.generations().create(GenerationRequest.builder().prompt("p").detailLevel(10).build());
            check(bodies.size() == 1 && bodies.get(0).contains("\"detailLevel\":10"), "in range is sent: " + bodies);
            System.out.println("reach OK: " + bodies.get(0));
        } finally {
            server.stop(0);
        }
    }

    static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(what);
        }
    }
}

import ai.leonardo.sdk.Leonardo;
import ai.leonardo.sdk.generated.api.ModelApi;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** The new endpoint is callable through the client (its auth and transport) before the wrapper has a method. */
public class Probe {
    public static void main(String[] args) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String[] authorization = new String[1];
        server.createContext("/models/m-1", exchange -> {
            authorization[0] = exchange.getRequestHeaders().getFirst("Authorization");
            byte[] body = "{\"id\":\"m-1\",\"name\":\"Phoenix\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try (Leonardo leonardo = Leonardo.builder().apiKey("probe-key")
                .baseUrl("http://127.0.0.1:" + server.getAddress().getPort()).build()) {
            var model = leonardo.api(ModelApi.class).getModelById("m-1").execute().body();
            check("Phoenix".equals(model.name()), "name: " + model);
            check("Bearer probe-key".equals(authorization[0]), "the client's auth: " + authorization[0]);
            System.out.println("reach OK: " + model);
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

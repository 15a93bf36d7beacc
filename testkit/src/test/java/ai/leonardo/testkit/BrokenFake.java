package ai.leonardo.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

/**
 * A loopback proxy in front of a {@link FakeLeonardo} that breaks one thing: the {@link Defect} sees each
 * API request and decides what to answer, usually the fake's own answer, changed. So each broken server
 * differs from a correct one by exactly one defect.
 */
final class BrokenFake implements AutoCloseable {

    /** One request to the proxy, as the defect sees it. */
    record Call(String method, String path, String authorization, byte[] body) {
        Call withPath(String newPath) {
            return new Call(method, newPath, authorization, body);
        }

        Call withAuthorization(String header) {
            return new Call(method, path, header, body);
        }
    }

    /** One answer. */
    record Reply(int status, String contentType, byte[] body) {
        static Reply json(int status, JsonNode json) {
            return new Reply(status, "application/json", json.toString().getBytes(StandardCharsets.UTF_8));
        }

        JsonNode json() {
            try {
                return Http.JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Reply withJson(UnaryOperator<JsonNode> change) {
            return json(status, change.apply(json()));
        }
    }

    /** The one thing this server gets wrong. */
    @FunctionalInterface
    interface Defect {
        /**
         * @param call the request
         * @param fake sends a request on to the correct fake
         * @return the answer
         */
        Reply answer(Call call, java.util.function.Function<Call, Reply> fake);
    }

    private final FakeLeonardo fake;
    private final HttpServer server;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    BrokenFake(FakeLeonardo fake, Defect defect) throws IOException {
        // Without it the JDK server's small writes meet delayed ACKs: about 40 ms per proxied request.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        this.fake = fake;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> serve(exchange, defect));
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + SpecValidator.BASE_PATH;
    }

    private void serve(HttpExchange exchange, Defect defect) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath().substring(SpecValidator.BASE_PATH.length());
            String query = exchange.getRequestURI().getRawQuery();
            Call call = new Call(exchange.getRequestMethod(), query == null ? path : path + "?" + query,
                    exchange.getRequestHeaders().getFirst("Authorization"), exchange.getRequestBody().readAllBytes());
            Reply reply = defect.answer(call, this::forward);
            exchange.getResponseHeaders().set("Content-Type", reply.contentType());
            exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
            exchange.getResponseBody().write(reply.body());
        }
    }

    private Reply forward(Call call) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(fake.baseUrl() + call.path()))
                .method(call.method(), HttpRequest.BodyPublishers.ofByteArray(call.body()));
        if (call.authorization() != null) {
            b.header("Authorization", call.authorization());
        }
        if (call.body().length > 0) {
            b.header("Content-Type", "application/json");
        }
        try {
            HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse("application/json"), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

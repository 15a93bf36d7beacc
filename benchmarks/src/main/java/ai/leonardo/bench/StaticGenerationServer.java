package ai.leonardo.bench;

import ai.leonardo.sdk.model.GenerationRequest;
import ai.leonardo.sdk.Leonardo;
import ai.leonardo.testkit.FakeLeonardo;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;

/**
 * A loopback server answering every request with one fixed {@code GET /generations/{id}} body,
 * so the overhead and cold-start measurements time the clients, not a server's work. The body is
 * a real one: a finished four-image generation as FakeLeonardo (and so the spec) shapes it,
 * captured once at start.
 */
public final class StaticGenerationServer implements AutoCloseable {
    /** The API key both clients send; the server does not check it. */
    public static final String API_KEY = "bench-key";

    private final HttpServer server;
    private final String generationId;
    private final byte[] body;

    private StaticGenerationServer(HttpServer server, String generationId, byte[] body) {
        this.server = server;
        this.generationId = generationId;
        this.body = body;
    }

    /**
     * Captures a body from a FakeLeonardo, then serves it on a free loopback port.
     *
     * @return the running server
     * @throws IOException if the port cannot be bound or the capture fails
     */
    public static StaticGenerationServer start() throws IOException {
        String id;
        byte[] body;
        try (FakeLeonardo fake = FakeLeonardo.builder().manualClock().seed(7).build().start();
             Leonardo leonardo = Leonardo.builder().apiKey(fake.apiKey()).baseUrl(fake.baseUrl()).build();
             RawClient raw = new RawClient(fake.baseUrl(), fake.apiKey())) {
            id = leonardo.generations().create(GenerationRequest.builder()
                    .prompt("A lighthouse at dusk, volumetric light").numImages(4).width(1024).height(768).build()).id();
            fake.advance(Duration.ofMinutes(1));
            body = raw.body(id);
        }
        // Without TCP_NODELAY the server's separate header and body writes meet the client's delayed
        // ACK and every call takes ~40 ms, which would hide both clients' costs. Read once, at first use.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        // Two threads: the measured client is single-threaded; a second one covers connection setup.
        server.setExecutor(Executors.newFixedThreadPool(2, daemon()));
        server.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return new StaticGenerationServer(server, id, body);
    }

    private static ThreadFactory daemon() {
        return runnable -> {
            Thread thread = new Thread(runnable, "static-server");
            thread.setDaemon(true);
            return thread;
        };
    }

    /** @return the base URL clients use */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/rest/v1";
    }

    /** @return the id of the generation the body describes (a valid UUID, as the SDK requires) */
    public String generationId() {
        return generationId;
    }

    /** @return the size of the served body in bytes */
    public int bodyBytes() {
        return body.length;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

package ai.leonardo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.leonardo.sdk.Leonardo;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostileResponseTest {
    private static final String ID = "0b7ae3c1-5f3a-4f7e-9c1d-2a3b4c5d6e7f";

    @TempDir
    Path root;

    @Test
    void waitOnACompleteGenerationWithATraversingImageIdExits3AndWritesNothing() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        String body = "{\"generations_by_pk\":{\"id\":\"" + ID + "\",\"status\":\"COMPLETE\",\"prompt\":\"p\","
                + "\"imageWidth\":512,\"imageHeight\":512,\"createdAt\":\"2026-11-20T10:15:30.123\","
                + "\"generated_images\":[{\"id\":\"../../../../tmp/x\",\"url\":\"" + base + "/img/x.png\","
                + "\"nsfw\":false,\"likeCount\":0,\"generated_image_variation_generics\":[]}],"
                + "\"generation_elements\":[]}}";
        server.createContext("/", exchange -> {
            byte[] bytes = (exchange.getRequestURI().getPath().startsWith("/img/") ? "png" : body)
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        try {
            Path out = root.resolve("a/b/c/d/out");
            CliRunner.Result result = CliRunner.withEnv(Map.of(Leonardo.API_KEY_ENV, "k",
                    Leonardo.BASE_URL_ENV, base + "/v1")).run("wait", ID, "--out", out.toString());

            assertThat(result.exitCode()).as(result.toString()).isEqualTo(3);
            assertThat(result.err()).contains("image id that is not a safe file name").contains("../../../../tmp/x");
            try (Stream<Path> files = Files.walk(root)) {
                assertThat(files.filter(Files::isRegularFile)).isEmpty();
            }
        } finally {
            server.stop(0);
        }
    }
}

package ai.leonardo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code leonardo fake} as users run it: a separate process, driven over HTTP, stopped by a signal. */
class FakeCommandTest {
    private static final String KEY = "team-key";
    private static final String USER = "0b7f7e0e-1111-4222-8333-444455556666";
    private static final Pattern ID = Pattern.compile("\"generationId\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newHttpClient();
    private Process process;

    @AfterEach
    void stop() {
        if (process != null) {
            process.destroyForcibly();
        }
    }

    @Test
    void printsWhereItListensThenKeepsStateUntilSigterm() throws Exception {
        Map<String, String> printed = startFake("--api-key", KEY, "--user-id", USER, "--job-duration", "300ms");
        assertThat(printed.keySet()).containsExactly("LEONARDO_BASE_URL", "LEONARDO_API_KEY", "LEONARDO_USER_ID");
        assertThat(printed).containsEntry("LEONARDO_API_KEY", KEY).containsEntry("LEONARDO_USER_ID", USER);
        String base = printed.get("LEONARDO_BASE_URL");
        assertThat(base).matches("http://127\\.0\\.0\\.1:\\d+/api/rest/v1");

        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(base + "/generations"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"prompt\":\"A lighthouse\",\"num_images\":1}")), KEY);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        Matcher id = ID.matcher(created.body());
        assertThat(id.find()).as(created.body()).isTrue();

        Thread.sleep(400);
        HttpResponse<String> done = send(HttpRequest.newBuilder(URI.create(base + "/generations/" + id.group(1))), KEY);
        assertThat(done.body()).as("state is kept between requests and jobs finish in --job-duration")
                .contains("COMPLETE");
        assertThat(send(HttpRequest.newBuilder(URI.create(base + "/generations/user/" + USER)), KEY).body())
                .contains(id.group(1));
        assertThat(send(HttpRequest.newBuilder(URI.create(base + "/generations/" + id.group(1))), "wrong key")
                .statusCode()).isEqualTo(401);

        process.destroy(); // SIGTERM
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
    }

    @Test
    void theConformanceSuitePassesAgainstItWithTheThreeLinesItPrints() throws Exception {
        Map<String, String> printed = startFake("--job-duration", "0");

        CliRunner.Result result = CliRunner.withEnv(printed).run("conformance");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("14 checks: 14 passed, 0 failed, 0 skipped");
        assertThat(result.out()).as("with --job-duration 0 a job is COMPLETE at its first read")
                .containsPattern("job\\.lifecycle +PASS +[0-9a-f-]{36}: COMPLETE after");
    }

    @Test
    void postsAWebhookCallbackWithTheKeyWhenAGenerationCompletes() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            try (exchange) {
                received.add(exchange.getRequestHeaders().getFirst("Authorization") + " "
                        + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                exchange.sendResponseHeaders(200, -1);
            }
        });
        receiver.start();
        try {
            Map<String, String> printed = startFake("--job-duration", "100ms", "--callback-url",
                    "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook", "--callback-key", "hook-key",
                    "--callback-delay", "100ms");
            HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(printed.get("LEONARDO_BASE_URL")
                    + "/generations")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"prompt\":\"A lighthouse\",\"num_images\":1}")),
                    printed.get("LEONARDO_API_KEY"));
            Matcher id = ID.matcher(created.body());
            assertThat(id.find()).as(created.body()).isTrue();

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (received.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }

            assertThat(received).singleElement().asString().startsWith("Bearer hook-key {")
                    .contains("\"type\":\"image_generation.complete\"", "\"id\":\"" + id.group(1) + "\"");
        } finally {
            receiver.stop(0);
        }
    }

    /** Starts {@code leonardo fake} as its own process and returns the variables it prints first. */
    private Map<String, String> startFake(String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of(new File(System.getProperty("java.home"), "bin/java").getPath(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "fake"));
        command.addAll(List.of(options));
        process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        Map<String, String> printed = new LinkedHashMap<>();
        for (int i = 0; i < 3; i++) {
            String[] line = out.readLine().split("=", 2);
            printed.put(line[0], line[1]);
        }
        return printed;
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String key) throws Exception {
        return http.send(request.header("Authorization", "Bearer " + key).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

import ai.leonardo.sdk.Leonardo;
import ai.leonardo.sdk.SpecInfo;
import ai.leonardo.sdk.generated.api.UserApi;
import ai.leonardo.sdk.model.ControlnetInput;
import ai.leonardo.sdk.model.ControlnetInput.InitImageTypeEnum;
import ai.leonardo.sdk.model.GenerationRequest;
import ai.leonardo.sdk.model.GetUserSelfResponse;
import ai.leonardo.sdk.model.GetUserSelfUserDetail;
import ai.leonardo.sdk.model.UpdateUserSelfNotifications;
import ai.leonardo.sdk.model.UpdateUserSelfRequest;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A vendor update with everything at once, as a user of the rebuilt SDK meets it: the version bump,
 * a new endpoint pair under a new tag with inline request and response schemas (nested objects and
 * arrays), a new field nested in a request input and one nested in a response image, and a new
 * top-level request field set from the `leonardo` command by wire name (when the CLI jar is given).
 *
 * <p>Usage: java -cp SDK_CLASSPATH vendor-update.java [path/to/leonardo.jar]
 */
public class Probe {
    static final String ID = "6f4c3b2a-1d2e-4f3a-8b4c-5d6e7f8a9b0c";
    static final Map<String, String> received = new ConcurrentHashMap<>();

    public static void main(String[] args) throws Exception {
        check("v1.1.0".equals(SpecInfo.specVersion()), "the spec version the SDK reports: " + SpecInfo.specVersion());

        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/me", exchange -> answer(exchange, "GET".equals(exchange.getRequestMethod())
                ? "{\"user_details\":[{\"user\":{\"id\":\"u-1\",\"username\":\"ada\"},\"apiCreditBalance\":250}]}"
                : "{\"updated\":true}"));
        server.createContext("/generations", exchange -> answer(exchange, "POST".equals(exchange.getRequestMethod())
                ? "{\"sdGenerationJob\":{\"generationId\":\"" + ID + "\",\"apiCreditCost\":4}}"
                : "{\"generations_by_pk\":{\"id\":\"" + ID + "\",\"status\":\"COMPLETE\",\"generated_images\":"
                        + "[{\"id\":\"i-1\",\"url\":\"https://cdn.example/i-1.png\",\"nsfwScore\":0.125}]}}"));
        server.start();
        String baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
        try (Leonardo leonardo = Leonardo.builder().apiKey("probe-key").baseUrl(baseUrl).build()) {
            UserApi users = leonardo.api(UserApi.class);
            GetUserSelfResponse self = users.getUserSelf().execute().body();
            GetUserSelfUserDetail detail = self.userDetails().get(0);
            check("ada".equals(detail.user().username()) && detail.apiCreditBalance() == 250, "GET /me read typed: " + self);
            users.updateUserSelf(UpdateUserSelfRequest.builder().displayName("Ada")
                    .notifications(UpdateUserSelfNotifications.builder().email(true).build()).build()).execute();
            check(received.get("POST /me").contains("\"notifications\":{\"email\":true}"),
                    "POST /me sent its nested body: " + received.get("POST /me"));

            leonardo.generations().create(GenerationRequest.builder().prompt("p").detailBoost(0.5)
                    .controlnets(List.of(ControlnetInput.builder().initImageId(ID).initImageType(InitImageTypeEnum.GENERATED)
                            .preprocessorId(67).guidanceEnd(0.75).build()))
                    .build());
            String created = received.get("POST /generations");
            check(created.contains("\"detailBoost\":0.5") && created.contains("\"guidanceEnd\":0.75"),
                    "the new top-level and nested request fields were sent: " + created);
            double nsfw = leonardo.generations().get(ID).images().get(0).nsfwScore();
            check(nsfw == 0.125, "the new image field read typed: " + nsfw);
        }
        if (args.length > 0) {
            cli(args[0], baseUrl);
        }
        server.stop(0);
        System.out.println("reach OK: version, GET/POST /me, detailBoost and guidanceEnd sent, nsfwScore read"
                + (args.length > 0 ? ", the CLI's --param detailBoost and --version" : ""));
    }

    /** The command a user runs after the rebuild accepts the new field by wire name and sends it. */
    static void cli(String jar, String baseUrl) throws Exception {
        received.remove("POST /generations");
        ProcessBuilder generate = new ProcessBuilder("java", "-jar", jar, "generate", "p", "--param", "detailBoost=0.25", "--no-wait")
                .redirectErrorStream(true);
        generate.environment().put("LEONARDO_API_KEY", "probe-key");
        generate.environment().put("LEONARDO_BASE_URL", baseUrl);
        String output = run(generate);
        String created = received.get("POST /generations");
        check(created != null && created.contains("\"detailBoost\":0.25"), "leonardo generate --param sent: " + created + "\n" + output);
        String version = run(new ProcessBuilder("java", "-jar", jar, "--version").redirectErrorStream(true));
        check(version.contains("v1.1.0"), "leonardo --version names the new spec: " + version);
    }

    static String run(ProcessBuilder builder) throws Exception {
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        check(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0, "exit " + process.exitValue() + ": " + output);
        return output;
    }

    static void answer(HttpExchange exchange, String body) throws IOException {
        String key = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
        received.put(key, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(what);
        }
    }
}

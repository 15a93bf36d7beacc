package ai.leonardo.testkit;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The conformance suite's HTTP side: raw requests to the server under test, raw JSON back (read by wire
 * name, never through a client's value types), and every exchange on the spec validated both ways.
 */
final class ConformanceWire {

    private final HttpClient http;
    private final String baseUrl;
    private final String apiKey;
    private final Duration timeout;

    ConformanceWire(String baseUrl, String apiKey, Duration timeout) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.apiKey = apiKey;
        this.timeout = timeout;
        // HTTP/1.1: the JDK's default h2c upgrade attempt is not what any SDK sends.
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** An API call with the configured key, validated against the spec. */
    Exchange call(String method, String path, String jsonBody) {
        return send(method, path, jsonBody, apiKey, true);
    }

    /**
     * An API call the suite makes off the spec on purpose (a wrong key, a malformed id): sent and timed,
     * never validated, because the spec documents only the happy answers.
     */
    Exchange offSpec(String method, String path, String key) {
        return send(method, path, null, key, false);
    }

    /** Downloads an absolute URL (an image) with no API key, as a browser or CDN client would. */
    Download download(String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET().build();
        long start = System.nanoTime();
        HttpResponse<byte[]> response = exchange(request, HttpResponse.BodyHandlers.ofByteArray());
        return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body().length, Duration.ofNanos(System.nanoTime() - start));
    }

    private Exchange send(String method, String path, String jsonBody, String key, boolean onSpec) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(timeout)
                .header("Authorization", "Bearer " + key)
                .header("Accept", "application/json");
        if (jsonBody != null) {
            b.header("Content-Type", "application/json");
        }
        b.method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
        // The spec's paths sit under its server's base path; validate there, wherever the server under test lives.
        String specPath = SpecValidator.BASE_PATH + rawPath(path);
        List<String> violations = new ArrayList<>();
        List<String> undocumented = new ArrayList<>();
        if (onSpec) {
            SimpleRequest.Builder r = new SimpleRequest.Builder(Request.Method.valueOf(method), specPath)
                    .withHeader("Authorization", "Bearer " + key);
            query(path, r);
            if (jsonBody != null) {
                r.withContentType("application/json").withBody(jsonBody);
            }
            describe("request", SpecValidator.get().validateRequest(r.build()), violations, undocumented);
        }
        long start = System.nanoTime();
        HttpResponse<String> response = exchange(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        // Only success answers are on the spec (it documents 200 alone); errors are judged by the lifecycle checks.
        if (onSpec && response.statusCode() / 100 == 2) {
            SimpleResponse.Builder r = new SimpleResponse.Builder(response.statusCode()).withBody(response.body());
            if (!contentType.isEmpty()) {
                r.withContentType(contentType);
            }
            describe("response", SpecValidator.get().validateResponse(specPath, Request.Method.valueOf(method),
                    r.build()), violations, undocumented);
        }
        return new Exchange(method, path, response.statusCode(), contentType, response.body(), parse(response.body()),
                took, onSpec, List.copyOf(violations), List.copyOf(undocumented));
    }

    private <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + request.method() + " " + request.uri(), e);
        }
    }

    private static String rawPath(String path) {
        int q = path.indexOf('?');
        return q < 0 ? path : path.substring(0, q);
    }

    private static void query(String path, SimpleRequest.Builder r) {
        int q = path.indexOf('?');
        if (q < 0) {
            return;
        }
        for (String pair : path.substring(q + 1).split("&")) {
            int eq = pair.indexOf('=');
            r.withQueryParam(pair.substring(0, eq), pair.substring(eq + 1));
        }
    }

    /**
     * One line per violation: where (a JSON path, or the parameter) and which rule, as the validator names
     * them. Fields the spec does not list go to {@code undocumented} instead: the spec never sets
     * {@code additionalProperties: false}, so by OpenAPI they are allowed, though worth seeing.
     */
    private static void describe(String side, ValidationReport report, List<String> out, List<String> undocumented) {
        for (ValidationReport.Message m : report.getMessages()) {
            if (m.getLevel() != ValidationReport.Level.ERROR) {
                continue;
            }
            Optional<ValidationReport.MessageContext> context = m.getContext();
            String where = context.flatMap(ValidationReport.MessageContext::getPointers)
                    .map(ValidationReport.MessageContext.Pointers::getInstance).map(ConformanceWire::jsonPath)
                    .or(() -> context.flatMap(ValidationReport.MessageContext::getParameter)
                            .map(p -> p.getIn() + " parameter " + p.getName()))
                    .orElse("$");
            // The validator repeats the pointer as "[Path '/a/b'] "; the JSON path already says it.
            String rule = m.getMessage().replaceFirst("^\\[Path '[^']*'\\] ", "");
            if (m.getKey().endsWith(".schema.additionalProperties")) {
                undocumented.add(side + " " + where + ": " + rule);
            } else {
                out.add(side + " " + where + ": " + m.getKey() + ": " + rule);
            }
        }
    }

    /** {@code /generations/0/id} to {@code $.generations[0].id}. */
    static String jsonPath(String pointer) {
        StringBuilder path = new StringBuilder("$");
        for (String token : pointer.split("/")) {
            if (token.isEmpty()) {
                continue;
            }
            String name = token.replace("~1", "/").replace("~0", "~");
            path.append(name.chars().allMatch(Character::isDigit) ? "[" + name + "]" : "." + name);
        }
        return path.toString();
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? null : Engine.JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * One API request and its answer.
     *
     * @param json the body as JSON, or null when it is not JSON
     * @param onSpec whether the exchange was validated (the suite's deliberate off-spec requests are not)
     * @param violations every spec violation of the request and the response
     * @param undocumented fields the spec does not list, which it allows
     */
    record Exchange(String method, String path, int status, String contentType, String body, JsonNode json,
                    Duration took, boolean onSpec, List<String> violations, List<String> undocumented) {

        /** The JSON value at a wire-name path, e.g. {@code at("sdGenerationJob", "cost")}; missing is empty. */
        Optional<JsonNode> at(String... names) {
            JsonNode node = json;
            for (String name : names) {
                if (node == null || !node.isObject()) {
                    return Optional.empty();
                }
                node = node.get(name);
            }
            return Optional.ofNullable(node);
        }

        /** The body, cut short for evidence. */
        String excerpt() {
            String text = body == null ? "" : body.replaceAll("\\s+", " ");
            return text.length() <= 160 ? text : text.substring(0, 160) + "...";
        }
    }

    /** One downloaded image. */
    record Download(int status, String contentType, long bytes, Duration took) {
    }
}

package ai.leonardo.testkit;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fake's behaviour: one WireMock transformer that answers every request from the fake's state.
 * WireMock supplies only the HTTP server, delays and wire-level faults.
 */
final class Engine implements ResponseDefinitionTransformerV2 {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String IMAGE_PREFIX = "/_images/";
    static final String DEFAULT_MODEL_ID = "b24e16ff-06e3-43eb-8d33-4416c2d75876";

    private static final String API = SpecValidator.BASE_PATH;
    private static final Pattern ONE = Pattern.compile(API + "/generations/([^/]+)");
    private static final Pattern BY_USER = Pattern.compile(API + "/generations/user/([^/]+)");
    private static final Pattern IMAGE = Pattern.compile(IMAGE_PREFIX + "([^/]+)/(\\d{1,4})\\.png");
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    private final FakeLeonardo.Builder config;
    private final Clock clock;
    private final Faults faults = new Faults();
    private final PngRenderer renderer = new PngRenderer();

    private final Map<String, StoredGeneration> byId = new ConcurrentHashMap<>();
    private final ConcurrentSkipListMap<Long, StoredGeneration> newestFirst =
            new ConcurrentSkipListMap<>(Collections.reverseOrder());
    private final Map<Endpoint, AtomicLong> counts = new EnumMap<>(Endpoint.class);
    private final AtomicLong imageRequestsWithAuthorization = new AtomicLong();
    private final CallbackSender callbacks;

    // Admission state: creation is serialised so the concurrency limit and the seeded draws are exact.
    private final Object admission = new Object();
    private final List<StoredGeneration> pending = new ArrayList<>();
    private final List<Instant> createTimestamps = new ArrayList<>();
    private long sequence;
    private int maxObservedPending;
    private Random random;
    private Random faultRandom;

    private volatile String origin = "http://127.0.0.1";

    Engine(FakeLeonardo.Builder config, Clock clock) {
        this.config = config;
        this.clock = clock;
        for (Endpoint e : Endpoint.values()) {
            counts.put(e, new AtomicLong());
        }
        this.callbacks = new CallbackSender(config, clock, this::callbackBody);
        reset();
    }

    @Override
    public String getName() {
        return "fake-leonardo";
    }

    void origin(String origin) {
        this.origin = origin;
    }

    Faults faults() {
        return faults;
    }

    CallbackSender callbacks() {
        return callbacks;
    }

    void reset() {
        synchronized (admission) {
            byId.clear();
            newestFirst.clear();
            pending.clear();
            createTimestamps.clear();
            maxObservedPending = 0;
            random = new Random(config.seed);
            faultRandom = new Random(config.randomFaultSeed);
            callbacks.reset();
        }
        faults.clear();
        counts.values().forEach(c -> c.set(0));
        imageRequestsWithAuthorization.set(0);
    }

    // ---------------------------------------------------------------- observations

    long requestCount(Endpoint endpoint) {
        return counts.get(endpoint).get();
    }

    long imageRequestsWithAuthorization() {
        return imageRequestsWithAuthorization.get();
    }

    int maxObservedPending() {
        synchronized (admission) {
            return maxObservedPending;
        }
    }

    List<Instant> createTimestamps() {
        synchronized (admission) {
            return List.copyOf(createTimestamps);
        }
    }

    int generationCount() {
        return byId.size();
    }

    GenerationSnapshot snapshot(String id) {
        StoredGeneration g = byId.get(id);
        if (g == null) {
            return null;
        }
        Instant now = clock.instant();
        String status = g.status(now);
        List<String> urls = new ArrayList<>();
        if ("COMPLETE".equals(status)) {
            for (int i = 0; i < g.numImages; i++) {
                urls.add(imageUrl(g, i));
            }
        }
        return new GenerationSnapshot(g.id, g.userId, g.prompt, g.negativePrompt, g.modelId, g.width, g.height,
                g.numImages, g.seed, g.presetStyle, status, g.createdAt, g.finishesAt, amount(g.cost), urls);
    }

    // ---------------------------------------------------------------- dispatch

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        ResponseDefinition response = answer(serveEvent);
        if (config.latency.isZero()) {
            return response;
        }
        // The server's own latency comes on top of any delay fault, as a slow network would add it.
        long held = config.latency.toMillis()
                + (response.getFixedDelayMilliseconds() == null ? 0 : response.getFixedDelayMilliseconds());
        return ResponseDefinitionBuilder.like(response).withFixedDelay((int) Math.min(Integer.MAX_VALUE, held)).build();
    }

    private ResponseDefinition answer(ServeEvent serveEvent) {
        LoggedRequest request = serveEvent.getRequest();
        URI uri = URI.create(request.getUrl());
        String path = uri.getRawPath();
        String method = request.getMethod().getName();
        Endpoint endpoint = classify(method, path);

        counts.get(Endpoint.ANY).incrementAndGet();
        if (endpoint != null) {
            counts.get(endpoint).incrementAndGet();
        }
        if (endpoint == Endpoint.IMAGE && request.containsHeader("Authorization")) {
            imageRequestsWithAuthorization.incrementAndGet();
        }

        Faults.Armed armed = faults.claim(endpoint == null ? Endpoint.ANY : endpoint);
        Fault fault = armed != null ? armed.fault : randomFault(endpoint);
        boolean afterProcessing = armed != null && armed.afterProcessing;
        if (fault != null && fault.kind() != Fault.Kind.DELAY && !afterProcessing) {
            return faultResponse(fault);
        }

        ResponseDefinition normal = handle(endpoint, request, uri);
        if (fault == null) {
            return normal;
        }
        if (fault.kind() == Fault.Kind.DELAY) {
            return ResponseDefinitionBuilder.like(normal)
                    .withFixedDelay((int) Math.min(Integer.MAX_VALUE, fault.duration().toMillis()))
                    .build();
        }
        return faultResponse(fault);
    }

    private static Endpoint classify(String method, String path) {
        if (path.startsWith(IMAGE_PREFIX)) {
            return "GET".equals(method) ? Endpoint.IMAGE : null;
        }
        if ((API + "/generations").equals(path)) {
            return "POST".equals(method) ? Endpoint.CREATE_GENERATION : null;
        }
        if (BY_USER.matcher(path).matches()) {
            return "GET".equals(method) ? Endpoint.LIST_GENERATIONS : null;
        }
        if (ONE.matcher(path).matches()) {
            switch (method) {
                case "GET":
                    return Endpoint.GET_GENERATION;
                case "DELETE":
                    return Endpoint.DELETE_GENERATION;
                default:
                    return null;
            }
        }
        return null;
    }

    /** The load-test option: on its share of API requests, half answer 503 and half reset the connection. */
    private Fault randomFault(Endpoint endpoint) {
        if (config.randomFaultRate <= 0 || endpoint == null || endpoint == Endpoint.IMAGE) {
            return null;
        }
        synchronized (admission) {
            if (faultRandom.nextDouble() >= config.randomFaultRate) {
                return null;
            }
            return faultRandom.nextBoolean() ? Fault.status(503) : Fault.connectionReset();
        }
    }

    private ResponseDefinition handle(Endpoint endpoint, LoggedRequest request, URI uri) {
        if (endpoint == null) {
            return error(404, "Not found: " + request.getMethod() + " " + uri.getRawPath(), "not-found");
        }
        if (endpoint == Endpoint.IMAGE) {
            return image(uri.getRawPath());
        }
        if (config.requireAuth && !authorized(request)) {
            return error(401, "Invalid token", "invalid-jwt");
        }
        if (config.validateRequests) {
            ResponseDefinition invalid = validate(request, uri);
            if (invalid != null) {
                return invalid;
            }
        }
        switch (endpoint) {
            case CREATE_GENERATION:
                return create(request);
            case GET_GENERATION:
                return get(pathId(ONE, uri));
            case DELETE_GENERATION:
                return delete(pathId(ONE, uri));
            default:
                return list(pathId(BY_USER, uri), query(uri));
        }
    }

    private boolean authorized(LoggedRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || header.length() < 7 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return header.substring(7).trim().equals(config.apiKey);
    }

    private ResponseDefinition validate(LoggedRequest request, URI uri) {
        SimpleRequest.Builder b = new SimpleRequest.Builder(Request.Method.valueOf(request.getMethod().getName()),
                uri.getRawPath());
        for (HttpHeader h : request.getHeaders().all()) {
            b.withHeader(h.key(), h.values());
        }
        query(uri).forEach(b::withQueryParam);
        byte[] body = request.getBody();
        if (body != null && body.length > 0) {
            b.withBody(body);
        }
        ValidationReport report = SpecValidator.get().validateRequest(b.build());
        if (!report.hasErrors()) {
            return null;
        }
        List<String> messages = new ArrayList<>();
        ObjectNode out = JSON.createObjectNode();
        ArrayNode violations = JSON.createArrayNode();
        for (ValidationReport.Message m : report.getMessages()) {
            if (m.getLevel() != ValidationReport.Level.ERROR) {
                continue;
            }
            messages.add(m.getMessage());
            violations.addObject().put("key", m.getKey()).put("message", m.getMessage());
        }
        out.put("error", String.join("; ", messages));
        out.put("path", "$");
        out.put("code", "validation-failed");
        out.set("violations", violations);
        return json(400, out);
    }

    // ---------------------------------------------------------------- operations

    private ResponseDefinition create(LoggedRequest request) {
        JsonNode body;
        try {
            body = JSON.readTree(request.getBodyAsString());
        } catch (IOException e) {
            return error(400, "Request body is not valid JSON", "invalid-json");
        }
        if (body == null || !body.isObject() || text(body, "prompt") == null) {
            return error(400, "Missing required field: prompt", "validation-failed");
        }
        int width = integer(body, "width", 1024);
        int height = integer(body, "height", 768);
        int numImages = integer(body, "num_images", 4);
        String invalid = checkRanges(width, height, numImages);
        if (invalid != null) {
            return error(400, invalid, "validation-failed");
        }

        StoredGeneration g;
        synchronized (admission) {
            Instant now = clock.instant();
            pending.removeIf(p -> !p.pending(now));
            if (pending.size() >= config.concurrencyLimit) {
                return ResponseDefinitionBuilder.responseDefinition()
                        .withStatus(429)
                        .withHeader("Content-Type", "application/json")
                        .withHeader("Retry-After", "1")
                        .withBody(errorBody("You have reached your concurrent job limit of "
                                + config.concurrencyLimit + " pending generations; wait for one to finish",
                                "concurrent-job-limit"))
                        .build();
            }
            Duration duration = config.durations.sample(random);
            boolean fails = random.nextDouble() < config.failureRate;
            long seed = body.hasNonNull("seed") ? body.get("seed").asLong() : (long) random.nextInt(Integer.MAX_VALUE);
            List<String> imageIds = new ArrayList<>();
            for (int i = 0; i < numImages; i++) {
                imageIds.add(UUID.randomUUID().toString());
            }
            g = new StoredGeneration(sequence++, UUID.randomUUID().toString(), config.userId, body,
                    text(body, "prompt"), text(body, "negative_prompt"),
                    body.hasNonNull("modelId") ? text(body, "modelId") : DEFAULT_MODEL_ID,
                    width, height, numImages, seed, text(body, "presetStyle"), now,
                    now.plus(duration.isNegative() ? Duration.ZERO : duration), fails,
                    config.pricePerImage.multiply(BigDecimal.valueOf(numImages)), imageIds);
            byId.put(g.id, g);
            newestFirst.put(g.sequence, g);
            createTimestamps.add(now);
            if (g.pending(now)) {
                pending.add(g);
            }
            callbacks.planned(g);
            maxObservedPending = Math.max(maxObservedPending, pending.size());
        }
        ObjectNode job = JSON.createObjectNode();
        ObjectNode sd = job.putObject("sdGenerationJob");
        sd.put("generationId", g.id);
        sd.putNull("apiCreditCost");
        sd.putObject("cost").put("amount", amount(g.cost)).put("unit", "DOLLARS");
        return json(200, job);
    }

    /** The documented input limits; the real API rejects values outside them. */
    private static String checkRanges(int width, int height, int numImages) {
        for (int side : new int[] {width, height}) {
            if (side < 32 || side > 1536 || side % 8 != 0) {
                return "width and height must be between 32 and 1536 and a multiple of 8, got " + side;
            }
        }
        int maxImages = width > 768 || height > 768 ? 4 : 8;
        if (numImages < 1 || numImages > maxImages) {
            return "num_images must be between 1 and " + maxImages + " for " + width + "x" + height
                    + ", got " + numImages;
        }
        return null;
    }

    private ResponseDefinition get(String id) {
        StoredGeneration g = byId.get(id);
        if (g == null) {
            return notFound("generations_by_pk");
        }
        ObjectNode out = JSON.createObjectNode();
        out.set("generations_by_pk", generationJson(g, clock.instant()));
        return json(200, out);
    }

    private ResponseDefinition delete(String id) {
        StoredGeneration g;
        synchronized (admission) {
            g = byId.remove(id);
            if (g != null) {
                g.deleted = true;
                newestFirst.remove(g.sequence);
                pending.remove(g);
            }
        }
        if (g == null) {
            return notFound("delete_generations_by_pk");
        }
        ObjectNode out = JSON.createObjectNode();
        out.putObject("delete_generations_by_pk").put("id", g.id);
        return json(200, out);
    }

    private ResponseDefinition list(String userId, Map<String, List<String>> query) {
        int offset = Math.max(0, firstInt(query, "offset", 0));
        int limit = Math.max(0, firstInt(query, "limit", 10));
        Instant now = clock.instant();
        ObjectNode out = JSON.createObjectNode();
        ArrayNode page = out.putArray("generations");
        int skipped = 0;
        for (StoredGeneration g : newestFirst.values()) {
            if (page.size() >= limit) {
                break;
            }
            if (!g.userId.equals(userId)) {
                continue;
            }
            if (skipped++ < offset) {
                continue;
            }
            page.add(generationJson(g, now));
        }
        return json(200, out);
    }

    private ResponseDefinition notFound(String field) {
        if (config.notFoundAs404) {
            return error(404, "Generation not found", "not-found");
        }
        ObjectNode out = JSON.createObjectNode();
        out.putNull(field);
        return json(200, out);
    }

    private ResponseDefinition image(String path) {
        Matcher m = IMAGE.matcher(path);
        StoredGeneration g = m.matches() ? byId.get(m.group(1)) : null;
        if (g == null || !"COMPLETE".equals(g.status(clock.instant()))) {
            return error(404, "Image not found", "not-found");
        }
        int index = Integer.parseInt(m.group(2));
        if (index >= g.numImages) {
            return error(404, "Image not found", "not-found");
        }
        return ResponseDefinitionBuilder.responseDefinition()
                .withStatus(200)
                .withHeader("Content-Type", "image/png")
                .withBody(renderer.render(g.prompt, g.seed, index, g.width, g.height))
                .build();
    }

    private ObjectNode generationJson(StoredGeneration g, Instant now) {
        JsonNode req = g.request;
        String status = g.status(now);
        ObjectNode n = JSON.createObjectNode();
        n.put("createdAt", TIMESTAMP.format(g.createdAt));
        ArrayNode images = n.putArray("generated_images");
        if ("COMPLETE".equals(status)) {
            for (int i = 0; i < g.numImages; i++) {
                ObjectNode image = images.addObject();
                image.putArray("generated_image_variation_generics");
                image.put("id", g.imageIds.get(i));
                image.put("imageToVideo", false);
                image.put("likeCount", 0);
                image.put("motion", false);
                image.putNull("motionModel");
                image.putNull("motionMP4URL");
                image.putNull("motionStrength");
                image.put("nsfw", false);
                image.put("url", imageUrl(g, i));
            }
        }
        n.putArray("generation_elements");
        n.set("guidanceScale", valueOr(req, "guidance_scale", JSON.getNodeFactory().numberNode(7)));
        n.put("id", g.id);
        n.put("imageHeight", g.height);
        n.put("imageWidth", g.width);
        n.set("inferenceSteps", valueOr(req, "num_inference_steps", JSON.getNodeFactory().numberNode(15)));
        n.set("initStrength", valueOr(req, "init_strength", JSON.getNodeFactory().nullNode()));
        n.put("modelId", g.modelId);
        n.put("negativePrompt", g.negativePrompt);
        n.set("photoReal", valueOr(req, "photoReal", JSON.getNodeFactory().booleanNode(false)));
        n.set("photoRealStrength", valueOr(req, "photoRealStrength", JSON.getNodeFactory().nullNode()));
        n.put("presetStyle", g.presetStyle == null ? "DYNAMIC" : g.presetStyle);
        n.put("prompt", g.prompt);
        n.set("promptMagic", valueOr(req, "promptMagic", JSON.getNodeFactory().booleanNode(false)));
        n.set("promptMagicStrength", valueOr(req, "promptMagicStrength", JSON.getNodeFactory().nullNode()));
        n.set("promptMagicVersion", valueOr(req, "promptMagicVersion", JSON.getNodeFactory().nullNode()));
        n.set("public", valueOr(req, "public", JSON.getNodeFactory().booleanNode(false)));
        n.set("scheduler", valueOr(req, "scheduler", JSON.getNodeFactory().textNode("EULER_DISCRETE")));
        n.set("sdVersion", valueOr(req, "sd_version", JSON.getNodeFactory().textNode("SDXL_LIGHTNING")));
        n.put("seed", g.seed);
        n.put("status", status);
        n.set("ultra", valueOr(req, "ultra", JSON.getNodeFactory().booleanNode(false)));
        return n;
    }

    /**
     * The body of an {@code image_generation.complete} callback: the envelope and a subset of the
     * generation's fields as the public descriptions of the vendor's callback show them
     * ({@code data.object} with {@code images}, {@code quantity}, the seed as a string).
     */
    private String callbackBody(StoredGeneration g) {
        Instant now = clock.instant();
        ObjectNode out = JSON.createObjectNode();
        out.put("type", "image_generation.complete");
        out.put("object", "generation");
        out.put("timestamp", now.toEpochMilli());
        out.put("api_version", "v1");
        ObjectNode n = out.putObject("data").putObject("object");
        n.put("id", g.id);
        n.put("createdAt", TIMESTAMP.format(g.createdAt) + "Z");
        n.put("updatedAt", TIMESTAMP.format(g.finishesAt) + "Z");
        n.put("userId", g.userId);
        n.put("public", false);
        n.put("nsfw", false);
        n.put("status", g.status(now));
        n.put("imageHeight", g.height);
        n.put("imageWidth", g.width);
        n.put("modelId", g.modelId);
        n.put("prompt", g.prompt);
        n.put("negativePrompt", g.negativePrompt == null ? "" : g.negativePrompt);
        n.put("quantity", g.numImages);
        n.put("seed", Long.toString(g.seed));
        n.put("presetStyle", g.presetStyle);
        n.put("api", true);
        ArrayNode images = n.putArray("images");
        for (int i = 0; i < g.numImages; i++) {
            images.addObject()
                    .put("id", g.imageIds.get(i))
                    .put("createdAt", TIMESTAMP.format(g.finishesAt) + "Z")
                    .put("userId", g.userId)
                    .put("url", imageUrl(g, i))
                    .put("generationId", g.id)
                    .put("nsfw", false)
                    .put("likeCount", 0)
                    .put("public", false);
        }
        return out.toString();
    }

    private String imageUrl(StoredGeneration g, int index) {
        return origin + IMAGE_PREFIX + g.id + "/" + index + ".png";
    }

    // ---------------------------------------------------------------- responses

    private static ResponseDefinition faultResponse(Fault fault) {
        switch (fault.kind()) {
            case STATUS:
                return error(fault.status(), reason(fault.status()), "fault-injected");
            case RATE_LIMITED:
                long seconds = (fault.duration().toMillis() + 999) / 1000;
                return ResponseDefinitionBuilder.responseDefinition()
                        .withStatus(429)
                        .withHeader("Content-Type", "application/json")
                        .withHeader("Retry-After", Long.toString(seconds))
                        .withBody(errorBody("Too many requests", "rate-limited"))
                        .build();
            default:
                return ResponseDefinitionBuilder.responseDefinition().withFault(fault.wire()).build();
        }
    }

    private static String reason(int status) {
        switch (status) {
            case 500:
                return "Internal server error";
            case 502:
                return "Bad gateway";
            case 503:
                return "Service unavailable";
            case 504:
                return "Gateway timeout";
            default:
                return "HTTP " + status;
        }
    }

    static ResponseDefinition error(int status, String message, String code) {
        return ResponseDefinitionBuilder.responseDefinition()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(errorBody(message, code))
                .build();
    }

    /** The vendor's observed error shape, {@code {"error","path","code"}}. */
    static String errorBody(String message, String code) {
        ObjectNode n = JSON.createObjectNode();
        n.put("error", message);
        n.put("path", "$");
        n.put("code", code);
        return n.toString();
    }

    private static ResponseDefinition json(int status, JsonNode body) {
        return ResponseDefinitionBuilder.responseDefinition()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(body.toString())
                .build();
    }

    // ---------------------------------------------------------------- helpers

    static String amount(BigDecimal cost) {
        return cost.stripTrailingZeros().toPlainString();
    }

    private static String pathId(Pattern pattern, URI uri) {
        Matcher m = pattern.matcher(uri.getRawPath());
        if (!m.matches()) {
            throw new IllegalStateException("classified path no longer matches: " + uri);
        }
        return URLDecoder.decode(m.group(1), StandardCharsets.UTF_8);
    }

    private static Map<String, List<String>> query(URI uri) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        return out;
    }

    private static int firstInt(Map<String, List<String>> query, String name, int fallback) {
        List<String> values = query.get(name);
        if (values == null || values.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(values.get(0).trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode v = body.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static int integer(JsonNode body, String field, int fallback) {
        JsonNode v = body.get(field);
        return v == null || v.isNull() ? fallback : v.asInt();
    }

    private static JsonNode valueOr(JsonNode body, String field, JsonNode fallback) {
        JsonNode v = body.get(field);
        return v == null || v.isNull() ? fallback : v;
    }
}

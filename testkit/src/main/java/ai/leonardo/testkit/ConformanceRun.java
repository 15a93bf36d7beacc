package ai.leonardo.testkit;

import ai.leonardo.testkit.ConformanceCheck.Outcome;
import ai.leonardo.testkit.ConformanceWire.Download;
import ai.leonardo.testkit.ConformanceWire.Exchange;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** One run of the conformance suite: the checks in order, and the state they hand each other. */
final class ConformanceRun {

    /** The spec's pattern for generation and user ids. */
    private static final String ID_PATTERN = "[a-f0-9]{8}-[a-f0-9]{4}-4[a-f0-9]{3}-[89aAbB][a-f0-9]{3}-[a-f0-9]{12}";
    private static final Set<String> STATUSES = Set.of("PENDING", "COMPLETE", "FAILED");
    /** The spec's smallest width and height: the cheapest image there is. */
    private static final int SMALLEST_SIDE = 32;
    private static final int MAX_VIOLATIONS_SHOWN = 10;

    private final Conformance.Builder config;
    private final ConformanceWire wire;
    private final List<ConformanceCheck> checks = new ArrayList<>();
    /** Every on-spec exchange by operation (create, get, list, delete), for the schema checks. */
    private final Map<String, List<Exchange>> exchanges = new LinkedHashMap<>();
    private final List<String> created = new ArrayList<>();
    private final Set<String> deleted = new HashSet<>();
    private final Map<String, BigDecimal> costByUnit = new TreeMap<>();
    /** The last read of each generation the checks looked at, by id. */
    private final Map<String, JsonNode> read = new LinkedHashMap<>();
    /** The user's first page, which list.paging pages through again. */
    private Exchange firstPage;

    ConformanceRun(Conformance.Builder config) {
        this.config = config;
        this.wire = new ConformanceWire(config.baseUrl, config.apiKey, config.requestTimeout);
        for (String op : List.of("create", "get", "list", "delete")) {
            exchanges.put(op, new ArrayList<>());
        }
    }

    ConformanceReport run() {
        long start = System.nanoTime();
        boolean full = config.mode == Conformance.Mode.FULL;
        try {
            if (full) {
                create();
                lifecycle();
                imageCount();
            } else {
                readExisting();
            }
            downloadImages();
            lists();
            wrongKey();
            malformedId();
            unknownId();
            if (full) {
                delete();
            }
        } finally {
            cleanUp();
        }
        schemas();
        return new ConformanceReport(config.baseUrl, config.mode, checks, totalCost(),
                Duration.ofNanos(System.nanoTime() - start));
    }

    // ---------------------------------------------------------------- full mode: create and wait

    private void create() {
        check("create.id-and-cost", "POST /generations answers 200 with sdGenerationJob.generationId (a UUID) and "
                + "cost {amount, unit}", () -> {
            List<String> problems = new ArrayList<>();
            List<String> seen = new ArrayList<>();
            for (int i = 1; i <= config.maxGenerations; i++) {
                Exchange e = call("create", "POST", "/generations", createBody(i));
                if (e.status() != 200) {
                    problems.add("create " + i + ": HTTP " + e.status() + " " + e.excerpt());
                    continue;
                }
                String id = e.at("sdGenerationJob", "generationId").filter(JsonNode::isTextual)
                        .map(JsonNode::asText).orElse("");
                if (!id.matches(ID_PATTERN)) {
                    problems.add("create " + i + ": sdGenerationJob.generationId is not a UUID in " + e.excerpt());
                }
                if (id.isBlank()) {
                    continue;
                }
                created.add(id);
                String cost = cost(e.at("sdGenerationJob", "cost").orElse(null));
                if (cost == null) {
                    problems.add(id + ": no sdGenerationJob.cost {amount, unit: CREDITS|DOLLARS} in " + e.excerpt());
                } else {
                    seen.add(id + " in " + ms(e.took()) + ", cost " + cost);
                }
            }
            return problems.isEmpty() ? pass(String.join("\n", seen)) : fail(String.join("\n", problems));
        });
    }

    /** One image at the smallest documented size: the cheapest request the spec allows. */
    private String createBody(int i) {
        ObjectNode body = Engine.JSON.createObjectNode();
        body.put("prompt", "Conformance check " + i + " of " + config.maxGenerations + ": a small red square");
        body.put("num_images", 1);
        body.put("width", SMALLEST_SIDE);
        body.put("height", SMALLEST_SIDE);
        return body.toString();
    }

    /** {@code "0.003675 DOLLARS"}, added to the run's total; null unless amount is a decimal and unit documented. */
    private String cost(JsonNode cost) {
        if (cost == null || !cost.isObject() || !cost.path("amount").isTextual() || !cost.path("unit").isTextual()) {
            return null;
        }
        String unit = cost.get("unit").asText();
        BigDecimal amount;
        try {
            amount = new BigDecimal(cost.get("amount").asText());
        } catch (NumberFormatException e) {
            return null;
        }
        if (amount.signum() < 0 || !Set.of("CREDITS", "DOLLARS").contains(unit)) {
            return null;
        }
        costByUnit.merge(unit, amount, BigDecimal::add);
        return amount.toPlainString() + " " + unit;
    }

    private void lifecycle() {
        check("job.lifecycle", "each created generation reads PENDING until it is COMPLETE or FAILED, within "
                + ms(config.jobTimeout), () -> {
            if (created.isEmpty()) {
                return skip("nothing was created");
            }
            List<String> problems = new ArrayList<>();
            List<String> seen = new ArrayList<>();
            for (String id : created) {
                String outcome = await(id, seen);
                if (outcome != null) {
                    problems.add(id + ": " + outcome);
                }
            }
            return problems.isEmpty() ? pass(String.join("\n", seen)) : fail(String.join("\n", problems));
        });
    }

    /** Polls one generation to its end; returns what went wrong, or null (and notes the timeline in seen). */
    private String await(String id, List<String> seen) {
        long start = System.nanoTime();
        long deadline = start + config.jobTimeout.toNanos();
        int pendingReads = 0;
        while (true) {
            Exchange e = call("get", "GET", "/generations/" + id, null);
            if (e.status() != 200) {
                return "HTTP " + e.status() + " while the job runs: " + e.excerpt();
            }
            JsonNode g = e.at("generations_by_pk").filter(JsonNode::isObject).orElse(null);
            if (g == null) {
                return "generations_by_pk is missing or null while the job runs";
            }
            if (!id.equals(g.path("id").asText())) {
                return "generations_by_pk.id is " + g.path("id") + ", not the id asked for";
            }
            String status = g.path("status").asText();
            if (!STATUSES.contains(status)) {
                return "status " + g.path("status") + " is none of " + STATUSES;
            }
            if (!"PENDING".equals(status)) {
                read.put(id, g);
                seen.add(id + ": " + (pendingReads == 0 ? "" : "PENDING x" + pendingReads + " then ") + status
                        + " after " + ms(Duration.ofNanos(System.nanoTime() - start)));
                return null;
            }
            pendingReads++;
            if (System.nanoTime() + config.pollInterval.toNanos() > deadline) {
                return "still PENDING after " + ms(config.jobTimeout) + " (" + pendingReads + " reads)";
            }
            sleep(config.pollInterval);
        }
    }

    private void imageCount() {
        check("job.image-count", "a COMPLETE generation has exactly the requested number of images (1), each with "
                + "a url", () -> {
            Map<String, JsonNode> complete = complete();
            if (complete.isEmpty()) {
                return skip("no created generation is COMPLETE");
            }
            List<String> problems = new ArrayList<>();
            for (Map.Entry<String, JsonNode> g : complete.entrySet()) {
                JsonNode images = g.getValue().path("generated_images");
                List<String> urls = urls(g.getValue());
                if (images.size() != 1 || urls.size() != images.size()) {
                    problems.add(g.getKey() + ": " + images.size() + " images (" + urls.size()
                            + " with a url) for num_images 1");
                }
            }
            return problems.isEmpty() ? pass(complete.size() + " COMPLETE, 1 image each")
                    : fail(String.join("\n", problems));
        });
    }

    // ---------------------------------------------------------------- read-only mode

    private void readExisting() {
        String id = config.generationId;
        check("get.generation", "GET /generations/{id} of an existing generation answers it: same id, a documented "
                + "status, and images with urls once COMPLETE", () -> {
            Exchange e = call("get", "GET", "/generations/" + id, null);
            JsonNode g = e.at("generations_by_pk").filter(JsonNode::isObject).orElse(null);
            if (e.status() != 200 || g == null) {
                return fail("HTTP " + e.status() + ", expected 200 with generations_by_pk: " + e.excerpt());
            }
            String status = g.path("status").asText();
            if (!id.equals(g.path("id").asText()) || !STATUSES.contains(status)) {
                return fail("id " + g.path("id") + ", status " + g.path("status") + ": expected " + id
                        + " and one of " + STATUSES);
            }
            read.put(id, g);
            int images = g.path("generated_images").size();
            if ("COMPLETE".equals(status) && (images == 0 || urls(g).size() != images)) {
                return fail("COMPLETE with " + images + " images, " + urls(g).size() + " with a url");
            }
            return pass(status + ", " + images + " images, in " + ms(e.took()));
        });
    }

    // ---------------------------------------------------------------- both modes

    private void downloadImages() {
        check("images.download", "every image url of a COMPLETE generation downloads (200, an image/* body) "
                + "without the API key", () -> {
            List<String> urls = complete().values().stream().flatMap(g -> urls(g).stream()).toList();
            if (urls.isEmpty()) {
                return skip("no COMPLETE generation with images to download from");
            }
            List<String> problems = new ArrayList<>();
            long bytes = 0;
            Duration slowest = Duration.ZERO;
            for (String url : urls) {
                Download d = wire.download(url);
                if (d.status() != 200 || d.bytes() == 0 || !d.contentType().startsWith("image/")) {
                    problems.add(url + ": HTTP " + d.status() + ", " + d.bytes() + " bytes, Content-Type '"
                            + d.contentType() + "'");
                }
                bytes += d.bytes();
                slowest = d.took().compareTo(slowest) > 0 ? d.took() : slowest;
            }
            return problems.isEmpty() ? pass(urls.size() + " images, " + bytes + " bytes, slowest " + ms(slowest))
                    : fail(String.join("\n", problems));
        });
    }

    private void lists() {
        String order = "list.newest-first";
        String orderText = "GET /generations/user/{userId} lists newest first (createdAt never increases)"
                + (config.mode == Conformance.Mode.FULL ? " and starts with the generations just created, last first" : "");
        String paging = "list.paging";
        String pagingText = "pages of limit 1 at offsets 0..n-1 hold exactly the first n items, without gaps or "
                + "repeats, and an offset past the end is empty";
        if (config.userId == null) {
            String why = "no user id given (the API has no call that tells it): pass userId / --user-id";
            check(order, orderText, () -> skip(why));
            check(paging, pagingText, () -> skip(why));
            return;
        }
        int window = config.mode == Conformance.Mode.FULL ? created.size() + 4 : 6;
        check(order, orderText, () -> {
            firstPage = page(0, window);
            Exchange e = firstPage;
            if (e.status() != 200 || !e.at("generations").map(JsonNode::isArray).orElse(false)) {
                return fail("HTTP " + e.status() + ", expected 200 with a generations array: " + e.excerpt());
            }
            List<String> ids = ids(e);
            List<String> problems = new ArrayList<>();
            JsonNode items = e.at("generations").orElseThrow();
            Instant previous = null;
            for (int i = 0; i < items.size(); i++) {
                JsonNode stamp = items.get(i).path("createdAt");
                Instant at = instant(stamp).orElse(null);
                if (at == null) {
                    problems.add("item " + i + ": createdAt " + stamp + " is not a timestamp");
                } else if (previous != null && at.isAfter(previous)) {
                    problems.add("item " + i + " (" + ids.get(i) + ", createdAt " + stamp.asText()
                            + ") is newer than item " + (i - 1));
                }
                previous = at == null ? previous : at;
            }
            List<String> lastFirst = new ArrayList<>(created);
            Collections.reverse(lastFirst);
            List<String> top = ids.subList(0, Math.min(ids.size(), lastFirst.size()));
            if (!top.equals(lastFirst)) {
                problems.add("the list starts " + top + ", expected the generations just created, last first: "
                        + lastFirst);
            }
            return problems.isEmpty() ? pass(ids.size() + " items newest first, in " + ms(e.took()))
                    : fail(String.join("\n", problems));
        });
        check(paging, pagingText, () -> {
            if (firstPage == null || firstPage.status() != 200) {
                return skip("the first page could not be read");
            }
            List<String> all = ids(firstPage);
            if (all.size() < 2) {
                return skip("the user has " + all.size() + " generations: too few to page through");
            }
            List<String> paged = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            for (int offset = 0; offset <= all.size(); offset++) {
                Exchange e = page(offset, 1);
                List<String> ids = ids(e);
                if (e.status() != 200 || ids.size() > 1) {
                    problems.add("offset " + offset + " limit 1: HTTP " + e.status() + ", " + ids.size() + " items");
                }
                if (offset < all.size()) {
                    paged.addAll(ids);
                } else if (all.size() < window && !ids.isEmpty()) {
                    problems.add("offset " + offset + " is past the end of " + all.size() + " items but returned "
                            + ids);
                }
            }
            Set<String> repeated = paged.stream().filter(id -> paged.indexOf(id) != paged.lastIndexOf(id))
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            List<String> missing = all.stream().filter(id -> !paged.contains(id)).toList();
            if (!repeated.isEmpty()) {
                problems.add("repeated across pages: " + repeated);
            }
            if (!missing.isEmpty()) {
                problems.add("missing from the pages (a gap): " + missing);
            }
            return problems.isEmpty() ? pass(all.size() + " items in " + all.size() + " pages of 1, none repeated "
                    + "or missing") : fail(String.join("\n", problems));
        });
    }

    private Exchange page(int offset, int limit) {
        return call("list", "GET", "/generations/user/" + config.userId + "?offset=" + offset + "&limit=" + limit, null);
    }

    private void wrongKey() {
        check("auth.wrong-key", "a wrong API key gets 401 with the vendor's error body ({error, path, code} or the "
                + "spec's ApiError {message})", () -> {
            Exchange e = wire.offSpec("GET", "/generations/" + someId(), "conformance-wrong-key-" + UUID.randomUUID());
            if (e.status() != 401) {
                return fail("HTTP " + e.status() + ", expected 401: " + e.excerpt());
            }
            if (!errorShape(e.json())) {
                return fail("401, but the body is not the vendor's error shape: '" + e.excerpt() + "'");
            }
            return pass("401 in " + ms(e.took()) + ": " + e.excerpt());
        });
    }

    private void malformedId() {
        check("id.malformed", "GET /generations/{id} with an id that breaks the spec's UUID pattern is refused "
                + "with a 4xx", () -> {
            Exchange e = wire.offSpec("GET", "/generations/not-a-generation-id", config.apiKey);
            boolean refused = e.status() / 100 == 4 && e.status() != 401 && e.status() != 403;
            return refused ? pass(e.status() + " in " + ms(e.took()) + ": " + e.excerpt())
                    : fail("HTTP " + e.status() + ", expected 400, 404 or 422: " + e.excerpt());
        });
    }

    private void unknownId() {
        check("get.unknown-id", "GET /generations/{id} of a well-formed id nobody created is not found: 404, or "
                + "200 with generations_by_pk null (both documented)", () -> {
            String nobody = UUID.randomUUID().toString();
            Exchange e = call("get", "GET", "/generations/" + nobody, null);
            return notFound(e) ? pass(e.status() + " " + e.excerpt() + " in " + ms(e.took()))
                    : fail("HTTP " + e.status() + " for " + nobody + ": " + e.excerpt());
        });
    }

    private void delete() {
        check("delete.gone", "DELETE /generations/{id} answers delete_generations_by_pk.id, and the generation is "
                + "gone after it: 404, or 200 with generations_by_pk null", () -> {
            if (created.isEmpty()) {
                return skip("nothing was created");
            }
            List<String> problems = new ArrayList<>();
            List<String> seen = new ArrayList<>();
            for (String id : created) {
                Exchange d = call("delete", "DELETE", "/generations/" + id, null);
                if (d.status() / 100 == 2) {
                    deleted.add(id);
                }
                if (d.status() != 200 || !id.equals(d.at("delete_generations_by_pk", "id").map(JsonNode::asText)
                        .orElse(null))) {
                    problems.add(id + ": DELETE answered HTTP " + d.status() + " " + d.excerpt());
                    continue;
                }
                Exchange after = call("get", "GET", "/generations/" + id, null);
                if (notFound(after)) {
                    seen.add(id + ": deleted in " + ms(d.took()) + ", then " + after.status() + " "
                            + after.excerpt());
                } else {
                    problems.add(id + ": still there after DELETE: HTTP " + after.status() + " " + after.excerpt());
                }
            }
            return problems.isEmpty() ? pass(String.join("\n", seen)) : fail(String.join("\n", problems));
        });
    }

    /** Full mode leaves nothing behind, even when a check failed before delete.gone ran. */
    private void cleanUp() {
        for (String id : created) {
            if (!deleted.contains(id)) {
                try {
                    wire.call("DELETE", "/generations/" + id, null);
                } catch (RuntimeException e) {
                    // Best effort: the report already names the id, so a user can delete it by hand.
                }
            }
        }
    }

    private void schemas() {
        for (Map.Entry<String, List<Exchange>> op : exchanges.entrySet()) {
            List<Exchange> list = op.getValue();
            if (list.isEmpty()) {
                continue;
            }
            String endpoint = list.get(0).method() + " " + endpoint(op.getKey());
            check("schema." + op.getKey(), "every " + endpoint + " request, and every 2xx answer, matches the spec",
                    () -> {
                Set<String> violations = new LinkedHashSet<>();
                Set<String> undocumented = new LinkedHashSet<>();
                list.forEach(e -> {
                    violations.addAll(e.violations());
                    undocumented.addAll(e.undocumented());
                });
                List<Duration> took = list.stream().map(Exchange::took).sorted().toList();
                String timing = list.size() + " exchanges, median " + ms(took.get(took.size() / 2))
                        + ", slowest " + ms(took.get(took.size() - 1));
                String notes = undocumented.isEmpty() ? "" : "\nfields the spec does not list (allowed):\n"
                        + shown(undocumented);
                if (violations.isEmpty()) {
                    return pass(timing + ", no violation" + notes);
                }
                return fail(violations.size() + " violations in " + timing + ":\n" + shown(violations) + notes);
            });
        }
    }

    private static String shown(Set<String> lines) {
        List<String> shown = lines.stream().limit(MAX_VIOLATIONS_SHOWN).collect(Collectors.toList());
        if (lines.size() > shown.size()) {
            shown.add("... and " + (lines.size() - shown.size()) + " more");
        }
        return String.join("\n", shown);
    }

    private static String endpoint(String op) {
        return switch (op) {
            case "create" -> "/generations";
            case "list" -> "/generations/user/{userId}";
            default -> "/generations/{id}";
        };
    }

    // ---------------------------------------------------------------- helpers

    private Exchange call(String op, String method, String path, String body) {
        Exchange e = wire.call(method, path, body);
        exchanges.get(op).add(e);
        return e;
    }

    private void check(String name, String description, Supplier<Verdict> body) {
        long start = System.nanoTime();
        Verdict v;
        try {
            v = body.get();
        } catch (UncheckedIOException e) {
            v = fail(e.getMessage());
        } catch (RuntimeException e) {
            v = fail("the check could not finish: " + e);
        }
        checks.add(new ConformanceCheck(name, description, v.outcome(), v.evidence(),
                Duration.ofNanos(System.nanoTime() - start)));
    }

    private Map<String, JsonNode> complete() {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        read.forEach((id, g) -> {
            if ("COMPLETE".equals(g.path("status").asText())) {
                out.put(id, g);
            }
        });
        return out;
    }

    private static List<String> urls(JsonNode generation) {
        List<String> urls = new ArrayList<>();
        for (JsonNode image : generation.path("generated_images")) {
            if (image.path("url").isTextual() && !image.path("url").asText().isBlank()) {
                urls.add(image.path("url").asText());
            }
        }
        return urls;
    }

    private static List<String> ids(Exchange e) {
        List<String> ids = new ArrayList<>();
        for (JsonNode g : e.at("generations").orElse(Engine.JSON.createArrayNode())) {
            ids.add(g.path("id").asText());
        }
        return ids;
    }

    private String someId() {
        return created.isEmpty() ? Optional.ofNullable(config.generationId).orElse(UUID.randomUUID().toString())
                : created.get(0);
    }

    private static boolean notFound(Exchange e) {
        return e.status() == 404
                || e.status() == 200 && e.at("generations_by_pk").map(JsonNode::isNull).orElse(false);
    }

    /** The vendor's observed {@code {error, path, code}} or the spec's ApiError, whose {@code message} is required. */
    private static boolean errorShape(JsonNode body) {
        return body != null && body.isObject() && (body.path("error").isTextual() || body.path("message").isTextual());
    }

    /** The API writes createdAt without a zone (UTC, as the fake does) or with one. */
    private static Optional<Instant> instant(JsonNode value) {
        if (!value.isTextual()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(value.asText()).toInstant());
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(LocalDateTime.parse(value.asText()).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException again) {
                return Optional.empty();
            }
        }
    }

    private String totalCost() {
        if (costByUnit.isEmpty()) {
            return "0";
        }
        return costByUnit.entrySet().stream().map(c -> c.getValue().stripTrailingZeros().toPlainString() + " "
                + c.getKey()).collect(Collectors.joining(" + "));
    }

    private static String ms(Duration d) {
        return d.toMillis() < 10_000 ? d.toMillis() + " ms" : String.format("%.1f s", d.toMillis() / 1000.0);
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a generation", e);
        }
    }

    private static Verdict pass(String evidence) {
        return new Verdict(Outcome.PASS, evidence);
    }

    private static Verdict fail(String evidence) {
        return new Verdict(Outcome.FAIL, evidence);
    }

    private static Verdict skip(String reason) {
        return new Verdict(Outcome.SKIP, reason);
    }

    private record Verdict(Outcome outcome, String evidence) {
    }
}

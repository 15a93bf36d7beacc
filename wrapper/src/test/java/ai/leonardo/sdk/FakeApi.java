package ai.leonardo.sdk;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * A stateful stand-in for the generations endpoints, served by WireMock through a transformer:
 * each generation answers its GETs from a script (one step per GET, the last repeating), or, for
 * created ones, by virtual time (PENDING until its duration has passed). It records every request
 * with the virtual time it arrived and how many jobs were running at once.
 */
final class FakeApi implements ResponseDefinitionTransformerV2 {
    /** One answer to a GET. */
    record Step(int status, String body, String retryAfter) {
    }

    /** A request as the server saw it. */
    record Seen(String method, String path, Instant at) {
    }

    private final Clock clock;
    private final WireMockServer server;
    private final Map<String, Deque<Step>> scripts = new HashMap<>();
    private final Map<String, Instant> doneAt = new HashMap<>();
    private final Set<String> running = new HashSet<>();
    private final List<Seen> seen = new ArrayList<>();
    private Function<String, Duration> durationOfCreate = prompt -> Duration.ofSeconds(5);
    private int maxRunning;
    private int createsToReject;
    private String rejectRetryAfter;
    private int getsPerMinute;
    private String getRetryAfter;
    private final Deque<Instant> acceptedGets = new ArrayDeque<>();
    private int rejectedGets;

    FakeApi(Clock clock) {
        this(clock, WireMockConfiguration.wireMockConfig().dynamicPort());
    }

    /** A fake on a server of the given options, e.g. TLS only: {@link #baseUrl()} then names the https port. */
    FakeApi(Clock clock, WireMockConfiguration options) {
        this.clock = clock;
        this.server = new WireMockServer(options.extensions(this));
        server.start();
        server.stubFor(WireMock.any(WireMock.anyUrl()).willReturn(WireMock.ok()));
    }

    String baseUrl() {
        return server.baseUrl() + "/v1/";
    }

    void shutdown() {
        server.stop();
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }

    static Step status(String status) {
        return new Step(200, "STATUS:" + status, null);
    }

    static Step nullGeneration() {
        return new Step(200, "{\"generations_by_pk\":null}", null);
    }

    static Step http(int code, String retryAfter) {
        return new Step(code, "{\"error\":\"status " + code + "\",\"path\":\"$\",\"code\":\"x\"}", retryAfter);
    }

    /** Scripts the GETs of an existing generation. */
    synchronized FakeApi script(String id, Step... steps) {
        scripts.put(id, new ArrayDeque<>(List.of(steps)));
        return this;
    }

    /** Sets how long a created job runs, by its prompt; a null duration makes it FAIL at once. */
    synchronized FakeApi durations(Function<String, Duration> durationOfCreate) {
        this.durationOfCreate = durationOfCreate;
        return this;
    }

    /** Answers the next {@code n} creates with 429 (the vendor's concurrency limit) and a Retry-After. */
    synchronized FakeApi rejectCreates(int n, String retryAfter) {
        this.createsToReject = n;
        this.rejectRetryAfter = retryAfter;
        return this;
    }

    /** Answers GETs past {@code perMinute} in any sliding minute with 429 and a Retry-After, as a rate limit does. */
    synchronized FakeApi limitGets(int perMinute, String retryAfter) {
        this.getsPerMinute = perMinute;
        this.getRetryAfter = retryAfter;
        return this;
    }

    synchronized int rejectedGets() {
        return rejectedGets;
    }

    synchronized List<Seen> seen() {
        return List.copyOf(seen);
    }

    synchronized long count(String method) {
        return seen.stream().filter(s -> s.method().equals(method)).count();
    }

    synchronized int maxRunning() {
        return maxRunning;
    }

    @Override
    public String getName() {
        return "fake-leonardo";
    }

    @Override
    public synchronized ResponseDefinition transform(ServeEvent event) {
        String method = event.getRequest().getMethod().getName();
        String path = event.getRequest().getUrl();
        seen.add(new Seen(method, path, clock.instant()));
        String id = path.substring(path.lastIndexOf('/') + 1);
        if (method.equals("POST") && createsToReject > 0) {
            createsToReject--;
            Step rejected = http(429, rejectRetryAfter);
            return json(rejected.status(), rejected.body(), rejected.retryAfter());
        }
        if (method.equals("POST")) {
            String created = newId();
            java.util.regex.Matcher prompt = java.util.regex.Pattern.compile("\"prompt\"\\s*:\\s*\"([^\"]*)\"")
                    .matcher(event.getRequest().getBodyAsString());
            Duration d = durationOfCreate.apply(prompt.find() ? prompt.group(1) : "");
            doneAt.put(created, d == null ? null : clock.instant().plus(d));
            running.add(created);
            maxRunning = Math.max(maxRunning, running.size());
            return json(200, "{\"sdGenerationJob\":{\"generationId\":\"" + created + "\",\"apiCreditCost\":5}}", null);
        }
        if (method.equals("GET") && getsPerMinute > 0) {
            while (!acceptedGets.isEmpty() && !acceptedGets.peekFirst().isAfter(clock.instant().minusSeconds(60))) {
                acceptedGets.pollFirst();
            }
            if (acceptedGets.size() >= getsPerMinute) {
                rejectedGets++;
                Step rejected = http(429, getRetryAfter);
                return json(rejected.status(), rejected.body(), rejected.retryAfter());
            }
            acceptedGets.addLast(clock.instant());
        }
        if (method.equals("DELETE")) {
            return json(200, "{\"delete_generations_by_pk\":{\"id\":\"" + id + "\"}}", null);
        }
        Step step;
        if (scripts.containsKey(id)) {
            Deque<Step> script = scripts.get(id);
            step = script.size() > 1 ? script.poll() : script.peek();
        } else if (doneAt.containsKey(id)) {
            Instant done = doneAt.get(id);
            step = status(done == null ? "FAILED" : clock.instant().isBefore(done) ? "PENDING" : "COMPLETE");
        } else {
            step = http(404, null);
        }
        String body = step.body();
        if (body.startsWith("STATUS:")) {
            String status = body.substring("STATUS:".length());
            if (!status.equals("PENDING") && !status.equals("MYSTERY")) {
                running.remove(id);
            }
            body = "{\"generations_by_pk\":{\"id\":\"" + id + "\",\"status\":\"" + status + "\",\"generated_images\":[]}}";
        }
        return json(step.status(), body, step.retryAfter());
    }

    private static ResponseDefinition json(int status, String body, String retryAfter) {
        ResponseDefinitionBuilder builder = ResponseDefinitionBuilder.responseDefinition().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body);
        if (retryAfter != null) {
            builder.withHeader("Retry-After", retryAfter);
        }
        return builder.build();
    }
}

package ai.leonardo.sdk;

import ai.leonardo.sdk.model.Generation;
import ai.leonardo.sdk.model.JobStatus;

import ai.leonardo.sdk.model.GenerationRequest;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides, before a batch starts, what it does for each item: from the journal's state, skip it,
 * wait for it by id, look up a create whose answer was lost, or create it. The one rule that
 * matters for money: an item whose create was sent is never created again blindly.
 */
final class BatchResume {
    private static final Logger LOG = LoggerFactory.getLogger(BatchResume.class);
    /** How far before "create sent" a found generation may claim to be created: clocks differ. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(2);
    private static final int LOOKUP_PAGE = 50;
    private static final int LOOKUP_MAX_PAGES = 20;

    /** What the batch does for one item. */
    enum Kind { CREATE, RESUME, SKIP, FAIL }

    /**
     * @param kind what to do
     * @param action how the result reports it
     * @param key the item's journal key (null when it failed validation)
     * @param wire the create's body, for CREATE
     * @param body the same as JSON, for the journal
     * @param generationId for RESUME and SKIP
     * @param files for SKIP
     * @param error for FAIL
     */
    record Step(Kind kind, BatchResult.Action action, String key, GenerationRequest wire, JsonObject body,
            String generationId, List<Path> files, LeonardoException error) {
        static Step fail(BatchResult.Action action, String key, LeonardoException error) {
            return new Step(Kind.FAIL, action, key, null, null, null, List.of(), error);
        }
    }

    private final Generations generations;
    private final BatchOptions options;
    private final BatchLog log;

    BatchResume(Generations generations, BatchOptions options, BatchLog log) {
        this.generations = generations;
        this.options = options;
        this.log = log;
    }

    /** @return one step per request, in input order; touches the journal, the files and (for lost answers) the API */
    List<Step> plan(List<GenerationRequest> requests) {
        Map<String, BatchLog.ItemState> journal = log.read();
        Set<String> claimed = new HashSet<>();
        journal.values().forEach(s -> {
            if (s.generationId != null) {
                claimed.add(s.generationId);
            }
        });
        Map<String, Integer> seen = new HashMap<>();
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            GenerationRequest wire;
            try {
                wire = generations.prepare(requests.get(i));
            } catch (ValidationException e) {
                steps.add(Step.fail(BatchResult.Action.CREATED, null, e));
                continue;
            }
            String json = generations.json(wire);
            String fingerprint = BatchLog.fingerprint(json);
            String key = fingerprint + "#" + seen.merge(fingerprint, 1, Integer::sum);
            JsonObject body = JsonParser.parseString(json).getAsJsonObject();
            steps.add(step(key, wire, body, journal.get(key), claimed));
        }
        return steps;
    }

    private Step step(String key, GenerationRequest wire, JsonObject body, BatchLog.ItemState state,
            Set<String> claimed) {
        Step create = new Step(Kind.CREATE, BatchResult.Action.CREATED, key, wire, body, null, List.of(), null);
        if (state == null || state.rejected) {
            return create;
        }
        if (state.generationId != null) {
            Optional<List<Path>> files = wholeFiles(state);
            if (JobStatus.COMPLETE.equals(state.status) && files.isPresent()) {
                return new Step(Kind.SKIP, BatchResult.Action.SKIPPED, key, null, body, state.generationId,
                        files.get(), null);
            }
            return resume(key, body, state.generationId);
        }
        Optional<String> found;
        try {
            found = lookUp(body, state.sentAt, claimed);
        } catch (LeonardoException e) {
            return Step.fail(BatchResult.Action.UNKNOWN, key, unknown(state, "the search of the user's generations"
                    + " failed: " + e.getMessage(), e));
        }
        if (found.isPresent()) {
            claimed.add(found.get());
            log.created(key, found.get(), true);
            return resume(key, body, found.get());
        }
        if (options.retryUnknown()) {
            LOG.warn("Batch item {}: its earlier create's outcome is unknown; creating it again as asked (it may be"
                    + " generated twice)", key);
            return create;
        }
        if (!state.unknownRecorded) {
            log.unknown(key);
        }
        return Step.fail(BatchResult.Action.UNKNOWN, key, unknown(state, options.userId().isPresent()
                ? "no generation with its prompt and size was created since then"
                : "no user id was given to search the user's generations", null));
    }

    private static Step resume(String key, JsonObject body, String id) {
        return new Step(Kind.RESUME, BatchResult.Action.RESUMED, key, null, body, id, List.of(), null);
    }

    private static CreateOutcomeUnknownException unknown(BatchLog.ItemState state, String why, Throwable cause) {
        return new CreateOutcomeUnknownException("The create sent at " + state.sentAt + " got no answer before the"
                + " earlier run ended, and " + why + ". It may or may not exist; not created again (retry-unknown"
                + " creates it again, and may pay for it twice)", state.sentAt, cause);
    }

    /**
     * @return the recorded files when every one is in the download directory with its recorded size
     *     and SHA-256 (an empty list when the batch does not download); empty when one is not
     */
    private Optional<List<Path>> wholeFiles(BatchLog.ItemState state) {
        Optional<Path> directory = options.downloadDirectory();
        if (directory.isEmpty()) {
            return Optional.of(List.of());
        }
        if (state.files.isEmpty()) {
            return Optional.empty();
        }
        List<Path> files = new ArrayList<>();
        for (BatchLog.FileEntry entry : state.files) {
            if (!ImageFileName.isFileName(entry.name())) {
                LOG.warn("Batch journal names a file {} that is not a plain file name; downloading again", entry.name());
                return Optional.empty();
            }
            Path file = directory.get().resolve(entry.name());
            if (!BatchLog.isWhole(file, entry)) {
                return Optional.empty();
            }
            files.add(file);
        }
        return Optional.of(files);
    }

    /**
     * Searches the user's generations, newest first, back to a little before the create was sent,
     * for one with the same prompt and size that no other item claims; the oldest such one wins.
     */
    private Optional<String> lookUp(JsonObject body, Instant sentAt, Set<String> claimed) {
        if (options.userId().isEmpty()) {
            return Optional.empty();
        }
        Instant since = sentAt.minus(CLOCK_SKEW);
        String found = null;
        for (int page = 0; page < LOOKUP_MAX_PAGES; page++) {
            List<Generation> generations = this.generations.listPage(options.userId().get(), page * LOOKUP_PAGE,
                    LOOKUP_PAGE);
            for (Generation g : generations) {
                Optional<Instant> created = BatchFields.createdAt(g);
                if (created.isPresent() && created.get().isBefore(since)) {
                    return Optional.ofNullable(found);
                }
                if (BatchFields.sameJob(g, body) && !claimed.contains(BatchFields.id(g))) {
                    found = BatchFields.id(g);
                }
            }
            if (generations.size() < LOOKUP_PAGE) {
                break;
            }
        }
        return Optional.ofNullable(found);
    }
}

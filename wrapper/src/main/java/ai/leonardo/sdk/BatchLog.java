package ai.leonardo.sdk;

import ai.leonardo.sdk.model.JobStatus;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The journal's format: one JSON object per line, {@code {"v":1,"event":...,"item":...,"at":...}},
 * written through a {@link BatchJournal} and read back into one {@link ItemState} per item. The
 * item key is the SHA-256 of the canonical JSON body of its create plus {@code #n}, its order
 * among items with the same body. Calls are serialised here, so a journal sees one at a time.
 */
final class BatchLog {
    private static final Logger LOG = LoggerFactory.getLogger(BatchLog.class);
    static final int VERSION = 1;

    private final BatchJournal journal;
    private final Clock clock;

    /** @param journal where records go; null for a batch without a journal (every call does nothing) */
    BatchLog(BatchJournal journal, Clock clock) {
        this.journal = journal;
        this.clock = clock;
    }

    boolean enabled() {
        return journal != null;
    }

    /** What the journal says about one item, from its latest "create sent" on. */
    static final class ItemState {
        Instant sentAt;
        String generationId;
        boolean rejected;
        JobStatus status;
        List<FileEntry> files = List.of();
        boolean unknownRecorded;
    }

    /** A file written for an item: its name in the download directory, size and SHA-256 (hex). */
    record FileEntry(String name, long size, String sha256) {
    }

    /** Before the POST leaves: from here on a rerun must not create the item blindly. */
    void createSent(String key, int index, JsonObject body) {
        JsonObject r = record("create-sent", key);
        r.addProperty("index", index);
        r.addProperty("prompt", BatchFields.prompt(body));
        append(r);
    }

    /** @param found true when a rerun found it in the user's list rather than from the create's answer */
    void created(String key, String generationId, boolean found) {
        JsonObject r = record("created", key);
        r.addProperty("generationId", generationId);
        if (found) {
            r.addProperty("found", true);
        }
        append(r);
    }

    /** The API refused the create (a 4xx): nothing was generated, a rerun may send it again. */
    void rejected(String key, int statusCode) {
        JsonObject r = record("create-rejected", key);
        r.addProperty("httpStatus", statusCode);
        append(r);
    }

    void finished(String key, String generationId, JobStatus status) {
        JsonObject r = record("finished", key);
        r.addProperty("generationId", generationId);
        r.addProperty("status", status.value());
        append(r);
    }

    void files(String key, String generationId, List<Path> files) {
        JsonObject r = record("files", key);
        r.addProperty("generationId", generationId);
        JsonArray array = new JsonArray();
        for (Path file : files) {
            JsonObject f = new JsonObject();
            f.addProperty("name", file.getFileName().toString());
            f.addProperty("size", size(file));
            f.addProperty("sha256", sha256(file));
            array.add(f);
        }
        r.add("files", array);
        append(r);
    }

    /** The create's answer was lost and the generation not found; informational, the state stays "sent". */
    void unknown(String key) {
        append(record("outcome-unknown", key));
    }

    private JsonObject record(String event, String key) {
        JsonObject r = new JsonObject();
        r.addProperty("v", VERSION);
        r.addProperty("event", event);
        r.addProperty("item", key);
        r.addProperty("at", clock.instant().toString());
        return r;
    }

    private synchronized void append(JsonObject record) {
        if (journal != null) {
            journal.append(record.toString());
        }
    }

    /**
     * Reads the journal back. A last record that does not parse (a crash mid-write) is dropped
     * with a warning; a broken record before it means the journal was damaged otherwise, and
     * guessing could pay twice, so that throws.
     *
     * @return each item's state by key
     */
    synchronized Map<String, ItemState> read() {
        Map<String, ItemState> items = new HashMap<>();
        if (journal == null) {
            return items;
        }
        List<String> records = journal.records();
        for (int i = 0; i < records.size(); i++) {
            JsonObject r;
            try {
                r = JsonParser.parseString(records.get(i)).getAsJsonObject();
                if (r.get("v").getAsInt() > VERSION) {
                    throw new LeonardoException("Batch journal " + journal + " was written by a newer SDK (format "
                            + r.get("v") + "); use that version to resume it");
                }
                apply(items, r);
            } catch (JsonParseException | IllegalStateException | NullPointerException | UnsupportedOperationException
                    | IllegalArgumentException | DateTimeException e) {
                if (i < records.size() - 1) {
                    throw new LeonardoException("Batch journal " + journal + ": record " + (i + 1) + " of "
                            + records.size() + " is damaged (" + e.getMessage() + "); not resuming", e);
                }
                LOG.warn("Batch journal {}: the last record ({} of {}) is incomplete, most likely cut short by a"
                        + " crash; ignored", journal, i + 1, records.size());
            }
        }
        return items;
    }

    private static void apply(Map<String, ItemState> items, JsonObject r) {
        String key = r.get("item").getAsString();
        String event = r.get("event").getAsString();
        if (event.equals("create-sent")) {
            ItemState state = new ItemState();
            state.sentAt = Instant.parse(r.get("at").getAsString());
            items.put(key, state);
            return;
        }
        ItemState state = items.get(key);
        if (state == null) {
            throw new IllegalStateException("event " + event + " before create-sent");
        }
        switch (event) {
            case "created" -> state.generationId = r.get("generationId").getAsString();
            case "create-rejected" -> state.rejected = true;
            case "finished" -> state.status = JobStatus.of(r.get("status").getAsString());
            case "files" -> {
                List<FileEntry> files = new ArrayList<>();
                for (JsonElement f : r.getAsJsonArray("files")) {
                    JsonObject o = f.getAsJsonObject();
                    files.add(new FileEntry(o.get("name").getAsString(), o.get("size").getAsLong(),
                            o.get("sha256").getAsString()));
                }
                state.files = List.copyOf(files);
            }
            case "outcome-unknown" -> state.unknownRecorded = true; // the item stays "sent, no answer"
            default -> throw new IllegalStateException("unknown event " + event);
        }
    }

    /**
     * @param json a create's JSON body
     * @return the SHA-256 (hex) of the body with its keys sorted, so field order never matters
     */
    static String fingerprint(String json) {
        String canonical = canonical(JsonParser.parseString(json)).toString();
        return HexFormat.of().formatHex(digest().digest(canonical.getBytes(StandardCharsets.UTF_8)));
    }

    private static JsonElement canonical(JsonElement element) {
        if (element.isJsonObject()) {
            TreeMap<String, JsonElement> sorted = new TreeMap<>();
            element.getAsJsonObject().entrySet().forEach(e -> sorted.put(e.getKey(), canonical(e.getValue())));
            JsonObject out = new JsonObject();
            sorted.forEach(out::add);
            return out;
        }
        if (element.isJsonArray()) {
            JsonArray out = new JsonArray();
            element.getAsJsonArray().forEach(e -> out.add(canonical(e)));
            return out;
        }
        return element;
    }

    /** @return whether the file exists with the recorded size and SHA-256 */
    static boolean isWhole(Path file, FileEntry entry) {
        return Files.isRegularFile(file) && size(file) == entry.size() && sha256(file).equals(entry.sha256());
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(Path file) {
        MessageDigest digest = digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}

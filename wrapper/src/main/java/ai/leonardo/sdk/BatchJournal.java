package ai.leonardo.sdk;

import java.nio.file.Path;
import java.util.List;

/**
 * Durable memory of a batch, so that a rerun after a crash neither loses work nor pays for it
 * twice (see {@link BatchOptions.Builder#journal(BatchJournal)}). The batch writes one record per
 * step of each item: "create sent" before the POST leaves, then the generation id, the final
 * status and the files written. The records are opaque text (one JSON object each, never
 * containing a line break) whose format the SDK owns; an implementation only stores them in order.
 *
 * <p>{@link #file(Path)} ships; implement this interface to keep the records elsewhere (a
 * database row, object storage). The batch never calls one journal from two threads at once.
 */
public interface BatchJournal {
    /**
     * Returns every record appended so far, oldest first; empty for a new journal. A last record
     * cut short by a crash may be dropped (or returned: the batch tolerates a torn last record).
     *
     * @return the records
     * @throws LeonardoException when the stored records cannot be read
     */
    List<String> records();

    /**
     * Stores one more record and returns only once it would survive a crash of this process or of
     * the machine (for a file: written, flushed and synced).
     *
     * @param record one record, without a line break
     * @throws LeonardoException when it cannot be stored; the batch then does not take the next step
     */
    void append(String record);

    /**
     * A journal in a file of JSON lines, created on the first append. Appends are synced to disk
     * ({@code FileChannel.force}) before they return. A last line cut short by a crash is logged
     * as a warning and removed before the next append; every whole line before it is kept.
     *
     * @param path the journal file
     * @return the journal
     */
    static BatchJournal file(Path path) {
        return new FileBatchJournal(path);
    }
}

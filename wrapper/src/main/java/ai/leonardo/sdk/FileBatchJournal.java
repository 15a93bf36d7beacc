package ai.leonardo.sdk;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link BatchJournal#file(Path)}: append-only JSON lines, each synced before the append returns. */
final class FileBatchJournal implements BatchJournal {
    private static final Logger LOG = LoggerFactory.getLogger(FileBatchJournal.class);

    private final Path path;
    private boolean repaired;

    FileBatchJournal(Path path) {
        this.path = Objects.requireNonNull(path, "path").toAbsolutePath();
    }

    @Override
    public synchronized List<String> records() {
        try {
            repairOnce();
            if (Files.notExists(path)) {
                return List.of();
            }
            byte[] bytes = Files.readAllBytes(path);
            List<String> records = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    records.add(new String(bytes, start, i - start, StandardCharsets.UTF_8));
                    start = i + 1;
                }
            }
            return records;
        } catch (IOException e) {
            throw new LeonardoException("Could not read the batch journal " + path + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void append(String record) {
        if (record.indexOf('\n') >= 0 || record.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("A journal record must be one line");
        }
        try {
            repairOnce();
            boolean created = Files.notExists(path);
            if (created && path.getParent() != null) {
                Files.createDirectories(path.getParent());
            }
            try (FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                ByteBuffer buffer = ByteBuffer.wrap((record + "\n").getBytes(StandardCharsets.UTF_8));
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            if (created) {
                syncDirectory();
            }
        } catch (IOException e) {
            throw new LeonardoException("Could not write the batch journal " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Cuts off a last line without its line break (a crash mid-write), before the first read or
     * append of this process, so the next record starts on a line of its own.
     */
    private void repairOnce() throws IOException {
        if (repaired) {
            return;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            repaired = true;
            return;
        }
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] != '\n') {
            end--;
        }
        if (end < bytes.length) {
            LOG.warn("Batch journal {}: the last line ({} bytes) was cut short, most likely by a crash while it"
                    + " was written; it is dropped and the {} whole lines before it are kept", path,
                    bytes.length - end, count(bytes, end));
            try (FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE)) {
                channel.truncate(end);
                channel.force(true);
            }
        }
        repaired = true;
    }

    /** Lines of {@code bytes} before {@code end}, which follows a line break (or is 0). */
    private static long count(byte[] bytes, int end) {
        return new String(bytes, 0, end, StandardCharsets.UTF_8).lines().count();
    }

    /** Makes the new file's directory entry durable too; not possible on every platform (Windows), so best effort. */
    private void syncDirectory() {
        try (FileChannel dir = FileChannel.open(path.getParent(), StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Could not sync directory {}", path.getParent(), e);
        }
    }

    @Override
    public String toString() {
        return "BatchJournal.file(" + path + ")";
    }
}

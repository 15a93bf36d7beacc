package ai.leonardo.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import ai.leonardo.sdk.reliability.CapturedLogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal file a batch resumes from: its records in order, one line each, and a torn last line cut off. */
class FileBatchJournalTest {
    @TempDir
    Path dir;

    @Test
    void aNewJournalHasNoRecordsAndNoFileUntilTheFirstAppend() {
        Path file = dir.resolve("runs/nested/batch.jsonl");
        BatchJournal journal = BatchJournal.file(file);

        assertThat(journal.records()).isEmpty();
        assertThat(file).doesNotExist();

        journal.append("{\"a\":1}");

        assertThat(file).hasContent("{\"a\":1}\n");
    }

    @Test
    void recordsComeBackInOrderAlsoToTheNextProcess() {
        Path file = dir.resolve("batch.jsonl");
        BatchJournal journal = BatchJournal.file(file);
        journal.append("{\"a\":1}");
        journal.append("{\"b\":\"\u00e9\"}");
        journal.append("");

        assertThat(journal.records()).containsExactly("{\"a\":1}", "{\"b\":\"\u00e9\"}", "");
        assertThat(BatchJournal.file(file).records()).containsExactly("{\"a\":1}", "{\"b\":\"\u00e9\"}", "");
    }

    @Test
    void aRecordWithALineBreakIsRefusedAndNothingIsWritten() {
        Path file = dir.resolve("batch.jsonl");
        BatchJournal journal = BatchJournal.file(file);

        assertThatThrownBy(() -> journal.append("a\nb")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> journal.append("a\rb")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> journal.append("\n{}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> journal.append("\r{}")).isInstanceOf(IllegalArgumentException.class);
        assertThat(file).doesNotExist();
    }

    @Test
    void aLastLineACrashCutShortIsDroppedAndTheNextRecordStartsOnALineOfItsOwn() throws IOException {
        Path file = dir.resolve("batch.jsonl");
        Files.writeString(file, "{\"a\":1}\n{\"b\":2}\n{\"c\":", StandardCharsets.UTF_8);
        BatchJournal journal = BatchJournal.file(file);

        journal.append("{\"d\":4}");

        assertThat(file).hasContent("{\"a\":1}\n{\"b\":2}\n{\"d\":4}\n");
        assertThat(journal.records()).containsExactly("{\"a\":1}", "{\"b\":2}", "{\"d\":4}");
    }

    @Test
    void theCutIsLoggedOnceWithWhatWasDroppedAndWhatKeptAndAnIntactJournalLogsNothing() throws IOException {
        Path torn = Files.writeString(dir.resolve("torn.jsonl"), "{\"a\":1}\n{\"b\":2}\n{\"c\":", StandardCharsets.UTF_8);
        Path intact = Files.writeString(dir.resolve("intact.jsonl"), "{\"a\":1}\n", StandardCharsets.UTF_8);
        try (CapturedLogs logs = new CapturedLogs()) {
            BatchJournal journal = BatchJournal.file(torn);
            journal.records();
            journal.append("{}");
            BatchJournal.file(intact).records();

            assertThat(logs.lines()).filteredOn(line -> line.contains("cut short")).singleElement().asString()
                    .contains(torn.getFileName().toString(), "(5 bytes)", "the 2 whole lines before it are kept");
            assertThat(logs.lines()).noneMatch(line -> line.contains(intact.getFileName().toString()));
        }
    }

    @Test
    void aFileOfOnlyATornLineReadsAsEmpty() throws IOException {
        Path file = dir.resolve("batch.jsonl");
        Files.writeString(file, "{\"a\":", StandardCharsets.UTF_8);

        assertThat(BatchJournal.file(file).records()).isEmpty();
        assertThat(file).hasContent("");
    }

    @Test
    void aJournalThatCannotBeWrittenFailsWithTheSdksException() throws IOException {
        Path notADirectory = Files.writeString(dir.resolve("file"), "x");
        BatchJournal journal = BatchJournal.file(notADirectory.resolve("batch.jsonl"));

        assertThatThrownBy(() -> journal.append("{}")).isInstanceOf(LeonardoException.class)
                .hasMessageContaining("Could not write the batch journal");
    }

    @Test
    void itDescribesItselfByItsFile() {
        Path file = dir.resolve("batch.jsonl");

        assertThat(BatchJournal.file(file)).hasToString("BatchJournal.file(" + file.toAbsolutePath() + ")");
    }
}

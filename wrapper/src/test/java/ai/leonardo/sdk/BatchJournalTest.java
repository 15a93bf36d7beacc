package ai.leonardo.sdk;

import ai.leonardo.sdk.model.GenerationRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.leonardo.sdk.BatchResult.Action;
import ai.leonardo.sdk.internal.Timestamps;
import ai.leonardo.testkit.Endpoint;
import ai.leonardo.testkit.FakeLeonardo;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch with a journal, rerun after it finished, after a crash, and with an edited input. */
class BatchJournalTest {
    @TempDir
    Path dir;

    private FakeLeonardo fake;
    private Leonardo client;
    private Path journal;
    private Path out;

    @BeforeEach
    void start() {
        fake = FakeLeonardo.builder().jobDuration(Duration.ofMillis(50)).concurrencyLimit(100).build().start();
        client = Leonardo.builder().apiKey(fake.apiKey()).baseUrl(fake.baseUrl()).build();
        journal = dir.resolve("batch.jsonl");
        out = dir.resolve("out");
    }

    @AfterEach
    void stop() {
        client.close();
        fake.close();
    }

    private List<BatchResult> run(List<String> prompts, UnaryOperator<BatchOptions.Builder> options) {
        return run(prompts, BatchJournal.file(journal), options);
    }

    private List<BatchResult> run(List<String> prompts, BatchJournal journal, UnaryOperator<BatchOptions.Builder> options) {
        return runRequests(prompts.stream().map(p -> GenerationRequest.builder().prompt(p).build()).toList(), journal,
                o -> options.apply(o.downloadTo(out)));
    }

    /** A batch that downloads nothing unless {@code options} says where. */
    private List<BatchResult> runRequests(List<GenerationRequest> requests, BatchJournal journal,
            UnaryOperator<BatchOptions.Builder> options) {
        BatchOptions.Builder builder = BatchOptions.builder().maxConcurrent(1).journal(journal)
                .waitOptions(WaitOptions.of(WaitPolicy.fixed(Duration.ofMillis(20))));
        return client.generations().generateAll(requests, options.apply(builder).build());
    }

    private long creates() {
        return fake.requestCount(Endpoint.CREATE_GENERATION);
    }

    @Test
    void aRerunOfAFinishedBatchSendsNoCreateAndReturnsTheSameFiles() {
        List<BatchResult> first = run(List.of("a fox", "a hen", "a cat"), o -> o);
        assertThat(first).allMatch(BatchResult::isSuccess).extracting(BatchResult::action).containsOnly(Action.CREATED);
        assertThat(first).allSatisfy(r -> assertThat(r.files()).hasSize(1).allMatch(Files::isRegularFile));

        List<BatchResult> second = run(List.of("a fox", "a hen", "a cat"), o -> o);

        assertThat(creates()).isEqualTo(3);
        assertThat(second).allMatch(BatchResult::isSuccess).extracting(BatchResult::action).containsOnly(Action.SKIPPED);
        assertThat(second).extracting(BatchResult::files).isEqualTo(first.stream().map(BatchResult::files).toList());
        assertThat(second).extracting(BatchResult::generationId)
                .isEqualTo(first.stream().map(BatchResult::generationId).toList());
    }

    @Test
    void aMissingOrDamagedFileIsDownloadedAgainByIdWithoutANewCreate() throws Exception {
        List<BatchResult> first = run(List.of("a fox", "a hen", "a cat"), o -> o);
        Path deleted = first.get(0).files().get(0);
        Path damaged = first.get(2).files().get(0);
        byte[] whole = Files.readAllBytes(damaged);
        Files.delete(deleted);
        byte[] flipped = whole.clone(); // same size: only the SHA-256 tells
        flipped[flipped.length / 2] ^= 1;
        Files.write(damaged, flipped);

        List<BatchResult> second = run(List.of("a fox", "a hen", "a cat"), o -> o);

        assertThat(creates()).isEqualTo(3);
        assertThat(second).extracting(BatchResult::action).containsExactly(Action.RESUMED, Action.SKIPPED, Action.RESUMED);
        assertThat(deleted).exists();
        assertThat(Files.readAllBytes(damaged)).isEqualTo(whole);
    }

    @Test
    void aCreateWhoseAnswerALostRunNeverRecordedIsFoundInTheUsersListNotCreatedAgain() {
        run(List.of("a fox", "a hen"), diesAfter(1), o -> o); // only "create sent" of the first item is kept
        assertThat(creates()).isEqualTo(1);

        List<BatchResult> second = run(List.of("a fox", "a hen"), o -> o.userId(fake.userId()));

        assertThat(second).allMatch(BatchResult::isSuccess).extracting(BatchResult::action)
                .containsExactly(Action.RESUMED, Action.CREATED);
        assertThat(creates()).isEqualTo(2);
        assertThat(fake.generationCount()).isEqualTo(2);
    }

    @Test
    void twoEqualRequestsWhoseAnswersWereBothLostEachResumeTheirOwnGeneration() {
        run(List.of("a fox", "a fox"), keepsOnlyCreateSent(), o -> o.maxConcurrent(2));
        assertThat(creates()).isEqualTo(2);

        List<BatchResult> second = run(List.of("a fox", "a fox"), o -> o.userId(fake.userId()));

        assertThat(second).allMatch(BatchResult::isSuccess).extracting(BatchResult::action)
                .containsExactly(Action.RESUMED, Action.RESUMED);
        assertThat(second.get(0).generationId()).isNotEqualTo(second.get(1).generationId());
        assertThat(creates()).isEqualTo(2);
    }

    @Test
    void aJournalWithAnIdThatIsNotAUuidFailsThatItemOnlyAndSendsNothingForIt() throws Exception {
        run(List.of("a fox", "a hen"), diesAfter(1), o -> o);
        Files.writeString(journal, Files.readString(journal) + "{\"v\":1,\"event\":\"created\",\"item\":\""
                + firstItem() + "\",\"at\":\"2026-01-01T00:00:00Z\",\"generationId\":\"../../admin\"}\n");

        List<BatchResult> second = run(List.of("a fox", "a hen"), o -> o);

        assertThat(second.get(0).error()).containsInstanceOf(ValidationException.class);
        assertThat(second.get(1).isSuccess()).isTrue();
    }

    private String firstItem() throws Exception {
        String first = Files.readAllLines(journal).get(0);
        return first.replaceFirst(".*\"item\":\"([^\"]+)\".*", "$1");
    }

    @Test
    void aCreateThatCannotBeFoundIsReportedUnknownAndCreatedAgainOnlyWhenAsked() {
        run(List.of("a fox", "a hen"), diesAfter(1), o -> o);
        // As if the POST never reached the server: there is nothing to find.
        client.generations().listByUser(fake.userId()).forEach(g -> client.generations().delete(g.id()));

        List<BatchResult> second = run(List.of("a fox", "a hen"), o -> o.userId(fake.userId()));
        assertThat(second).extracting(BatchResult::action).containsExactly(Action.UNKNOWN, Action.CREATED);
        assertThat(second.get(0).error()).containsInstanceOf(CreateOutcomeUnknownException.class).get()
                .asString().contains("no generation with its prompt and size was created since then");
        assertThat(creates()).isEqualTo(2);

        List<BatchResult> withoutUser = run(List.of("a fox", "a hen"), o -> o);
        assertThat(withoutUser).extracting(BatchResult::action).containsExactly(Action.UNKNOWN, Action.SKIPPED);
        assertThat(withoutUser.get(0).error()).get().asString()
                .contains("no user id was given to search the user's generations");
        assertThat(creates()).isEqualTo(2);
        assertThat(records("outcome-unknown")).as("recorded once, not on every rerun").hasSize(1);

        List<BatchResult> retried = run(List.of("a fox", "a hen"), o -> o.retryUnknown(true));
        assertThat(retried).allMatch(BatchResult::isSuccess).extracting(BatchResult::action)
                .containsExactly(Action.CREATED, Action.SKIPPED);
        assertThat(creates()).isEqualTo(3);
    }

    @Test
    void anEditedOrReorderedInputRunsOnlyItsNewItemsAndEqualPromptsStayDistinct() {
        run(List.of("a fox", "a hen", "a fox"), o -> o);

        List<BatchResult> edited = run(List.of("a hen", "a fox", "a duck", "a fox", "a fox"), o -> o);

        assertThat(edited).extracting(BatchResult::action)
                .containsExactly(Action.SKIPPED, Action.SKIPPED, Action.CREATED, Action.SKIPPED, Action.CREATED);
        assertThat(creates()).isEqualTo(5);
    }

    @Test
    void aJournalWhoseLastLineACrashCutShortIsRecoveredUpToItsLastWholeRecord() throws Exception {
        run(List.of("a fox", "a hen"), o -> o);
        byte[] whole = Files.readAllBytes(journal);
        Files.write(journal, "{\"v\":1,\"event\":\"create-se".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);

        List<BatchResult> rerun = run(List.of("a fox", "a hen", "a cat"), o -> o);

        assertThat(rerun).extracting(BatchResult::action).containsExactly(Action.SKIPPED, Action.SKIPPED, Action.CREATED);
        byte[] after = Files.readAllBytes(journal);
        assertThat(new String(after, 0, whole.length, StandardCharsets.UTF_8))
                .as("every whole record is kept, the torn one is gone").isEqualTo(new String(whole, StandardCharsets.UTF_8));
        assertThat(Files.readAllLines(journal)).allMatch(line -> line.startsWith("{") && line.endsWith("}"));
    }

    @Test
    void aDamagedRecordBeforeTheLastStopsTheBatchBeforeAnythingIsSent() throws Exception {
        run(List.of("a fox", "a hen"), o -> o);
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(journal));
        lines.set(0, lines.get(0).replaceFirst("\"at\":\"[^\"]+\"", "\"at\":\"yesterday\"")); // create-sent
        Files.write(journal, lines);

        assertThatThrownBy(() -> run(List.of("a fox", "a hen", "a cat"), o -> o))
                .isInstanceOf(LeonardoException.class).hasMessageContaining("record 1 of");
        assertThat(creates()).isEqualTo(2);
    }

    /** BatchJournal's contract lets a journal of one's own return a last record cut short by a crash. */
    @Test
    void aTornLastRecordFromAJournalOfOnesOwnIsIgnoredAndTheRestResumed() {
        run(List.of("a fox", "a hen"), o -> o);
        BatchJournal file = BatchJournal.file(journal);
        BatchJournal torn = new BatchJournal() {
            @Override
            public List<String> records() {
                List<String> records = new java.util.ArrayList<>(file.records());
                records.add("{\"v\":1,\"event\":\"create-se");
                return records;
            }

            @Override
            public void append(String record) {
                file.append(record);
            }
        };

        List<BatchResult> rerun = run(List.of("a fox", "a hen"), torn, o -> o);

        assertThat(rerun).extracting(BatchResult::action).containsExactly(Action.SKIPPED, Action.SKIPPED);
        assertThat(creates()).isEqualTo(2);
    }

    @Test
    void aJournalNamingAFileOutsideTheDownloadDirectoryIsNotTrusted() throws Exception {
        List<BatchResult> first = run(List.of("a fox"), o -> o);
        Path image = first.get(0).files().get(0);
        String name = image.getFileName().toString();
        // A copy outside --out that would pass the size and SHA-256 check if the name were followed.
        Files.copy(image, dir.resolve(name));
        String edited = Files.readString(journal).replace("\"name\":\"" + name, "\"name\":\"../" + name);
        Files.writeString(journal, edited);

        List<BatchResult> rerun = run(List.of("a fox"), o -> o);

        assertThat(rerun.get(0).action()).isEqualTo(Action.RESUMED);
        assertThat(rerun.get(0).files()).containsExactly(image);
        assertThat(creates()).isEqualTo(1);
    }

    @Test
    void eachCreateIsRecordedAsSentBeforeThePostLeaves() {
        AtomicInteger postsWhenRecorded = new AtomicInteger(-1);
        BatchJournal watching = beforeEachAppend(record -> {
            if (record.contains("\"create-sent\"")) {
                postsWhenRecorded.set((int) creates());
            }
        });

        run(List.of("a fox"), watching, o -> o);

        assertThat(postsWhenRecorded).hasValue(0);
        assertThat(creates()).isEqualTo(1);
    }

    @Test
    void eachStepIsRecordedWithTheFieldsTheReadmeDocuments() throws Exception {
        Instant before = Instant.now();
        BatchResult result = run(List.of("a fox"), o -> o).get(0);
        Instant after = Instant.now();
        String id = result.generationId().orElseThrow();
        Path image = result.files().get(0);

        List<JsonObject> records = records();

        assertThat(records).extracting(r -> r.get("event").getAsString())
                .containsExactly("create-sent", "created", "finished", "files");
        assertThat(records).allSatisfy(r -> {
            assertThat(r.get("v").getAsInt()).isEqualTo(1);
            assertThat(r.get("item").getAsString()).matches("[0-9a-f]{64}#1");
            assertThat(Instant.parse(r.get("at").getAsString())).isBetween(before, after);
        });
        assertThat(records).extracting(r -> r.get("item").getAsString()).containsOnly(firstItem());
        JsonObject sent = records.get(0);
        assertThat(sent.get("index").getAsInt()).isZero();
        assertThat(sent.get("prompt").getAsString()).isEqualTo("a fox");
        JsonObject created = records.get(1);
        assertThat(created.get("generationId").getAsString()).isEqualTo(id);
        assertThat(created.has("found")).as("answered by the POST, not found in a search").isFalse();
        JsonObject finished = records.get(2);
        assertThat(finished.get("generationId").getAsString()).isEqualTo(id);
        assertThat(finished.get("status").getAsString()).isEqualTo("COMPLETE");
        JsonObject files = records.get(3);
        assertThat(files.get("generationId").getAsString()).isEqualTo(id);
        JsonObject file = files.getAsJsonArray("files").get(0).getAsJsonObject();
        assertThat(file.get("name").getAsString()).isEqualTo(image.getFileName().toString());
        assertThat(file.get("size").getAsLong()).isEqualTo(Files.size(image));
        assertThat(file.get("sha256").getAsString()).isEqualTo(HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(image))));
    }

    @Test
    void theItemKeyIgnoresTheOrderOfKeysAtEveryDepth() {
        String sorted = "{\"a\":1,\"b\":[{\"x\":2,\"y\":[{\"p\":3,\"q\":4}]}]}";
        String shuffled = "{\"b\":[{\"y\":[{\"q\":4,\"p\":3}],\"x\":2}],\"a\":1}";

        assertThat(BatchLog.fingerprint(shuffled)).isEqualTo(BatchLog.fingerprint(sorted))
                .isNotEqualTo(BatchLog.fingerprint("{\"a\":1,\"b\":[{\"x\":2,\"y\":[{\"p\":3,\"q\":5}]}]}"));
    }

    @Test
    void aCreateTheApiRejectedIsRecordedWithItsStatusAndCreatedAgainOnTheNextRun() {
        fake.faults().on(Endpoint.CREATE_GENERATION).times(1).status(400);

        BatchResult refused = run(List.of("a fox"), o -> o).get(0);

        assertThat(refused.isSuccess()).isFalse();
        assertThat(records("create-rejected")).singleElement()
                .satisfies(r -> assertThat(r.get("httpStatus").getAsInt()).isEqualTo(400));

        BatchResult rerun = run(List.of("a fox"), o -> o.userId(fake.userId())).get(0);

        assertThat(rerun.action()).isEqualTo(Action.CREATED);
        assertThat(rerun.isSuccess()).isTrue();
        assertThat(fake.generationCount()).isEqualTo(1);
    }

    @Test
    void aCreateWhoseAnswerWasLostIsRecordedAsFoundOnceFoundAndSkippedOnTheRunAfter() {
        run(List.of("a fox"), diesAfter(1), o -> o);

        String found = run(List.of("a fox"), o -> o.userId(fake.userId())).get(0).generationId().orElseThrow();
        assertThat(records("created")).singleElement().satisfies(r -> {
            assertThat(r.get("generationId").getAsString()).isEqualTo(found);
            assertThat(r.get("found").getAsBoolean()).isTrue();
        });

        BatchResult third = run(List.of("a fox"), o -> o).get(0);
        assertThat(third.action()).isEqualTo(Action.SKIPPED);
        assertThat(third.generationId()).contains(found);
        assertThat(creates()).isEqualTo(1);
    }

    @Test
    void aLostCreateIsNotMatchedToAGenerationAnotherItemOfTheJournalAlreadyHas() {
        // The first "a fox" is recorded to the end (4 records); the second only as sent.
        run(List.of("a fox", "a fox"), diesAfter(5), o -> o);
        assertThat(creates()).isEqualTo(2);

        List<BatchResult> rerun = run(List.of("a fox", "a fox"), o -> o.userId(fake.userId()));

        assertThat(rerun).extracting(BatchResult::action).containsExactly(Action.SKIPPED, Action.RESUMED);
        assertThat(rerun.get(1).generationId()).isNotEqualTo(rerun.get(0).generationId());
        assertThat(creates()).isEqualTo(2);
    }

    @Test
    void aLostCreateIsMatchedOnlyToAGenerationOfTheSizeItAskedFor() {
        // Same prompt, other sizes, created just before: the oldest match would win if size were ignored.
        client.generations().create(GenerationRequest.builder().prompt("a fox").width(768).height(512).build());
        client.generations().create(GenerationRequest.builder().prompt("a fox").width(512).height(768).build());
        List<GenerationRequest> square = List.of(GenerationRequest.builder().prompt("a fox").width(512).height(512).build());
        runRequests(square, diesAfter(1), o -> o);
        String lost = client.generations().listByUser(fake.userId()).iterator().next().id();

        BatchResult rerun = runRequests(square, BatchJournal.file(journal), o -> o.userId(fake.userId())).get(0);

        assertThat(rerun.action()).isEqualTo(Action.RESUMED);
        assertThat(rerun.generationId()).contains(lost);
        assertThat(creates()).isEqualTo(3);
    }

    @Test
    void aLostCreateWhoseSearchFailsIsReportedUnknownWithWhyAndNotCreatedAgain() {
        run(List.of("a fox"), diesAfter(1), o -> o);
        fake.faults().on(Endpoint.LIST_GENERATIONS).status(403);

        BatchResult rerun = run(List.of("a fox"), o -> o.userId(fake.userId())).get(0);

        assertThat(rerun.action()).isEqualTo(Action.UNKNOWN);
        assertThat(rerun.error()).containsInstanceOf(CreateOutcomeUnknownException.class).get().asString()
                .contains("the search of the user's generations failed");
        assertThat(creates()).isEqualTo(1);
    }

    @Test
    void aRerunThatNowDownloadsFetchesTheImagesOfTheFirstRunWithoutANewCreate() {
        List<GenerationRequest> fox = List.of(GenerationRequest.builder().prompt("a fox").build());
        assertThat(runRequests(fox, BatchJournal.file(journal), o -> o).get(0).files()).isEmpty();
        assertThat(runRequests(fox, BatchJournal.file(journal), o -> o).get(0).action())
                .as("rerun without downloads").isEqualTo(Action.SKIPPED);

        BatchResult rerun = runRequests(fox, BatchJournal.file(journal), o -> o.downloadTo(out)).get(0);

        assertThat(rerun.action()).isEqualTo(Action.RESUMED);
        assertThat(rerun.files()).singleElement().satisfies(file -> assertThat(file).exists().hasParent(out));
        assertThat(creates()).isEqualTo(1);
    }

    @Test
    void theHalfWrittenDownloadOfAKilledRunIsRemovedWhenTheImageIsDownloadedAgain() throws Exception {
        Path image = run(List.of("a fox"), o -> o).get(0).files().get(0);
        Path partial = Files.write(out.resolve(image.getFileName() + "8120931.part"), new byte[] {1, 2});
        Files.delete(image);

        BatchResult rerun = run(List.of("a fox"), o -> o).get(0);

        assertThat(rerun.files()).containsExactly(image);
        assertThat(image).exists();
        assertThat(partial).doesNotExist();
        assertThat(creates()).isEqualTo(1);
    }

    @Test
    void aLostCreateIsFoundBehindMoreThanOnePageOfNewerGenerations() {
        run(List.of("a fox"), diesAfter(1), o -> o);
        String lost = client.generations().listByUser(fake.userId()).iterator().next().id();
        for (int i = 0; i < 60; i++) {
            client.generations().create(GenerationRequest.builder().prompt("newer " + i).build());
        }

        BatchResult rerun = run(List.of("a fox"), o -> o.userId(fake.userId())).get(0);

        assertThat(rerun.action()).isEqualTo(Action.RESUMED);
        assertThat(rerun.generationId()).contains(lost);
        assertThat(creates()).isEqualTo(61);
    }

    @Test
    void theSearchGoesBackTwoMinutesBeforeTheCreateWasSentAndNoFurther() throws Exception {
        // Older than the fox's cut-off below: the search meets it after the fox and stops there, with the fox.
        client.generations().create(GenerationRequest.builder().prompt("an old owl").build());
        Thread.sleep(100);
        run(List.of("a fox", "a hen"), keepsOnlyCreateSent(), o -> o.maxConcurrent(2));
        Map<String, Instant> createdAt = new HashMap<>();
        client.generations().listByUser(fake.userId())
                .forEach(g -> createdAt.put(g.prompt(), Timestamps.parse(g.createdAt())));
        // As if the clock that wrote "create sent" ran ahead of the server's by just under and just over two minutes.
        Map<String, Instant> sentAt = Map.of("a fox", createdAt.get("a fox").plus(BatchResume.CLOCK_SKEW).minusMillis(20),
                "a hen", createdAt.get("a hen").plus(BatchResume.CLOCK_SKEW).plusSeconds(1));
        Files.write(journal, records().stream().map(r -> {
            r.addProperty("at", sentAt.get(r.get("prompt").getAsString()).toString());
            return r.toString();
        }).toList());

        List<BatchResult> rerun = run(List.of("a fox", "a hen"), o -> o.userId(fake.userId()));

        assertThat(rerun).extracting(BatchResult::action).containsExactly(Action.RESUMED, Action.UNKNOWN);
        assertThat(creates()).isEqualTo(3);
    }

    private List<JsonObject> records() throws java.io.IOException {
        return Files.readAllLines(journal).stream().map(line -> JsonParser.parseString(line).getAsJsonObject()).toList();
    }

    private List<JsonObject> records(String event) {
        try {
            return records().stream().filter(r -> r.get("event").getAsString().equals(event)).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A journal that loses every record but "create sent": as if each answer came after a crash. */
    private BatchJournal keepsOnlyCreateSent() {
        return beforeEachAppend(record -> {
            if (!record.contains("\"create-sent\"")) {
                throw new LeonardoException("process died");
            }
        });
    }

    /** The journal of a process that dies after {@code records} appends: nothing later reaches the disk. */
    private BatchJournal diesAfter(int records) {
        AtomicInteger appended = new AtomicInteger();
        return beforeEachAppend(record -> {
            if (appended.incrementAndGet() > records) {
                throw new LeonardoException("process died");
            }
        });
    }

    /** The file journal, with {@code hook} run before each append; a hook that throws keeps the record off the disk. */
    private BatchJournal beforeEachAppend(Consumer<String> hook) {
        BatchJournal file = BatchJournal.file(journal);
        return new BatchJournal() {
            @Override
            public List<String> records() {
                return file.records();
            }

            @Override
            public void append(String record) {
                hook.accept(record);
                file.append(record);
            }
        };
    }
}

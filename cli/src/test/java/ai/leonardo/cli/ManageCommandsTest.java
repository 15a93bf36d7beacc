package ai.leonardo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.leonardo.testkit.FakeLeonardo;
import ai.leonardo.testkit.FakeLeonardoExtension;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** get, list, wait and delete on generations made with {@code generate --no-wait}. */
class ManageCommandsTest {
    @RegisterExtension
    static final FakeLeonardoExtension LEONARDO = FakeLeonardoExtension.perClass(
            FakeLeonardo.builder().jobDuration(Duration.ofMillis(200)));

    @TempDir
    Path dir;


    private static String startGeneration(String prompt) {
        CliRunner.Result result = CliRunner.against(LEONARDO.fake()).run("generate", prompt, "--no-wait", "--json");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        return JsonParser.parseString(result.out()).getAsJsonObject().get("id").getAsString();
    }

    @Test
    void waitResumesAGenerationAndWritesItsImages() {
        String id = startGeneration("A harbour");

        CliRunner.Result result = CliRunner.against(LEONARDO.fake()).run("wait", id, "--poll-interval", "100ms",
                "--out", dir.toString(), "--json");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        JsonObject doc = JsonParser.parseString(result.out()).getAsJsonObject();
        assertThat(doc.get("id").getAsString()).isEqualTo(id);
        assertThat(doc.getAsJsonArray("files")).hasSize(1);
    }

    @Test
    void getShowsTheGeneration() {
        String id = startGeneration("A quay");

        CliRunner.Result result = CliRunner.against(LEONARDO.fake()).run("get", id);

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).startsWith(id).contains("\"A quay\"");
    }

    @Test
    void listShowsTheUsersGenerationsNewestFirst() {
        String older = startGeneration("An older pier");
        String newer = startGeneration("A newer pier");

        CliRunner.Result result = CliRunner.against(LEONARDO.fake()).run("list", "--user", LEONARDO.fake().userId(), "--limit", "2");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out().lines()).hasSize(2);
        assertThat(result.out().indexOf(newer)).isLessThan(result.out().indexOf(older)).isGreaterThanOrEqualTo(0);
    }

    @Test
    void listNeedsAUserWithARealKey() {
        CliRunner.Result result = CliRunner.against(LEONARDO.fake()).run("list");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains("--user");
    }

    @Test
    void deleteRemovesItAndThenGetExits3() {
        String id = startGeneration("A wreck");

        CliRunner.Result deleted = CliRunner.against(LEONARDO.fake()).run("delete", id);
        CliRunner.Result after = CliRunner.against(LEONARDO.fake()).run("get", id);

        assertThat(deleted.exitCode()).as(deleted.toString()).isZero();
        assertThat(deleted.out()).contains("Deleted " + id);
        assertThat(after.exitCode()).as(after.toString()).isEqualTo(3);
        assertThat(after.err()).contains("not found");
    }

    @Test
    void aMalformedIdIsAUsageError() {
        CliRunner.Result result = CliRunner.against(LEONARDO.fake()).run("get", "not-a-uuid");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains("id = not-a-uuid");
    }
}

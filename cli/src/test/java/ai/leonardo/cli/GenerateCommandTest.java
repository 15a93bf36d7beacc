package ai.leonardo.cli;

import ai.leonardo.sdk.model.Generation;

import static org.assertj.core.api.Assertions.assertThat;

import ai.leonardo.testkit.FakeLeonardo;
import ai.leonardo.testkit.FakeLeonardoExtension;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
    @RegisterExtension
    static final FakeLeonardoExtension LEONARDO = FakeLeonardoExtension.perClass(
            FakeLeonardo.builder().jobDuration(Duration.ofMillis(200)));

    @TempDir
    Path dir;


    private CliRunner.Result generate(String... options) {
        List<String> args = new ArrayList<>(List.of("generate", "A lighthouse at dusk",
                "--poll-interval", "100ms", "--out", dir.toString()));
        args.addAll(List.of(options));
        return CliRunner.against(LEONARDO.fake()).run(args.toArray(String[]::new));
    }

    @Test
    void writesOnePngPerImageOfTheRequestedSize() throws IOException {
        CliRunner.Result result = generate("--width", "512", "--height", "256", "--num-images", "3");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.toList();
        }
        assertThat(files).hasSize(3).allSatisfy(file -> {
            assertThat(file.toString()).endsWith(".png");
            assertThat(result.out()).contains(file.toString());
            BufferedImage image = ImageIO.read(file.toFile());
            assertThat(image.getWidth()).isEqualTo(512);
            assertThat(image.getHeight()).isEqualTo(256);
        });
        assertThat(result.out()).contains("COMPLETE, 3 images, cost 0.011025 DOLLARS");
        // Progress is for people and goes to stderr, one plain line per poll when not on a terminal.
        assertThat(result.err()).contains("Created generation").contains("Waiting for").doesNotContain("\r");
    }

    @Test
    void jsonIsOneDocumentWithIdStatusCostAndFiles() {
        CliRunner.Result result = generate("--num-images", "2", "--json");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        JsonObject doc = JsonParser.parseString(result.out()).getAsJsonObject();
        assertThat(doc.get("id").getAsString()).matches("[0-9a-f-]{36}");
        assertThat(doc.get("status").getAsString()).isEqualTo("COMPLETE");
        assertThat(doc.getAsJsonObject("cost").get("amount").getAsBigDecimal()).isEqualByComparingTo("0.00735");
        assertThat(doc.getAsJsonArray("files")).hasSize(2)
                .allSatisfy(file -> assertThat(Path.of(file.getAsString())).isAbsolute().exists());
    }

    @Test
    void progressRedrawsOneLineOnATerminal() {
        CliRunner.Result result = CliRunner.against(LEONARDO.fake()).onTerminal().run("generate", "A lighthouse",
                "--poll-interval", "100ms", "--out", dir.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.err()).contains("\rWaiting for");
    }

    @Test
    void noWaitPrintsTheIdAndHowToResume() {
        CliRunner.Result result = generate("--no-wait");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).containsPattern("Generation [0-9a-f-]{36} started, cost 0.003675 DOLLARS")
                .contains("leonardo wait ");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void anInvalidSizeIsAUsageErrorNamingTheFieldAndTheRule() {
        int before = LEONARDO.fake().generationCount();
        CliRunner.Result result = generate("--width", "33");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains("nothing was sent").contains("width = 33: must be a multiple of 8");
        assertThat(LEONARDO.fake().generationCount()).as("nothing created").isEqualTo(before);
    }

    @Test
    void tooManyLargeImagesNamesNumImages() {
        CliRunner.Result result = generate("--width", "1024", "--height", "1024", "--num-images", "9", "--json");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains("num_images = 9");
        JsonObject error = JsonParser.parseString(result.out()).getAsJsonObject().getAsJsonObject("error");
        assertThat(error.get("exitCode").getAsInt()).isEqualTo(2);
        assertThat(error.getAsJsonArray("violations")).anySatisfy(v ->
                assertThat(v.getAsJsonObject().get("field").getAsString()).isEqualTo("num_images"));
    }

    @Test
    void picocliUsageErrorsExitWith2() {
        assertThat(CliRunner.against(LEONARDO.fake()).run("generate").exitCode()).isEqualTo(2);
        assertThat(generate("--width", "wide").exitCode()).isEqualTo(2);
        assertThat(generate("--style", "NOT_A_STYLE").err()).contains("is not a style");
        assertThat(generate("--timeout", "soon").exitCode()).isEqualTo(2);
        assertThat(generate("--timeout", "0s").err()).contains("must be a positive duration");
        assertThat(CliRunner.against(LEONARDO.fake()).run("frobnicate").exitCode()).isEqualTo(2);
        assertThat(CliRunner.against(LEONARDO.fake()).run().exitCode()).isEqualTo(2);
    }

    @Test
    void styleIsSpelledAsTheApiSpellsItAndSentWithTheSeed() {
        CliRunner.Result result = generate("--style", "render_3d", "--alchemy", "--seed", "42", "--json");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        String id = JsonParser.parseString(result.out()).getAsJsonObject().get("id").getAsString();
        assertThat(LEONARDO.fake().generation(id).presetStyle()).isEqualTo("RENDER_3D");
        assertThat(LEONARDO.fake().generation(id).seed()).isEqualTo(42);
    }

    @Test
    void anyBodyFieldCanBeSetByItsWireNameAndReachesTheTypedField() {
        CliRunner.Result result = generate("--param", "width=512", "--param", "height=256", "--param", "num_images=2",
                "--param", "negative_prompt=fog", "--param", "presetStyle=\"CINEMATIC\"", "--json");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        String id = JsonParser.parseString(result.out()).getAsJsonObject().get("id").getAsString();
        assertThat(LEONARDO.fake().generation(id).width()).isEqualTo(512);
        assertThat(LEONARDO.fake().generation(id).height()).isEqualTo(256);
        assertThat(LEONARDO.fake().generation(id).numImages()).isEqualTo(2);
        assertThat(LEONARDO.fake().generation(id).negativePrompt()).isEqualTo("fog");
        assertThat(LEONARDO.fake().generation(id).presetStyle()).isEqualTo("CINEMATIC");
    }

    @Test
    void aFieldTheSpecDoesNotListIsSentAsGiven() {
        // FakeLeonardo checks every body against the spec, so it refuses the field by name: it was sent.
        CliRunner.Result result = generate("--param", "futureFlag=true");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains("not allowed by the schema", "futureFlag");
    }

    @Test
    void aRequestFileIsTheBaseAndParamsAndTypedOptionsWinOverIt() throws IOException {
        Path request = dir.resolve("request.json");
        Files.writeString(request, "{\"width\": 512, \"height\": 512, \"seed\": 1, \"num_images\": 1}");

        CliRunner.Result result = generate("--request", request.toString(), "--param", "height=256", "--seed", "42",
                "--json");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        String id = JsonParser.parseString(result.out()).getAsJsonObject().get("id").getAsString();
        assertThat(LEONARDO.fake().generation(id).width()).isEqualTo(512);
        assertThat(LEONARDO.fake().generation(id).height()).isEqualTo(256);
        assertThat(LEONARDO.fake().generation(id).seed()).isEqualTo(42);
    }

    @Test
    void paramsAreValidatedLikeTheTypedOptionsAndABrokenOneSendsNothing() throws IOException {
        int before = LEONARDO.fake().generationCount();
        Path notAnObject = dir.resolve("list.json");
        Files.writeString(notAnObject, "[1, 2]");

        CliRunner.Result tooMany = generate("--param", "width=1024", "--param", "num_images=9");
        CliRunner.Result notANumber = generate("--param", "width=wide");
        CliRunner.Result noEquals = generate("--param", "photoReal");
        CliRunner.Result badFile = generate("--request", notAnObject.toString());

        assertThat(tooMany.exitCode()).isEqualTo(2);
        assertThat(tooMany.err()).contains("num_images");
        assertThat(notANumber.exitCode()).isEqualTo(2);
        assertThat(notANumber.err()).contains("does not fit the spec's request fields");
        assertThat(noEquals.exitCode()).isEqualTo(2);
        assertThat(noEquals.err()).contains("NAME=VALUE");
        assertThat(badFile.exitCode()).isEqualTo(2);
        assertThat(badFile.err()).contains("must hold one JSON object");
        assertThat(LEONARDO.fake().generationCount()).isEqualTo(before);
    }
}

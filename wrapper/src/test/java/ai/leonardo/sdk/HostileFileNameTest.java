package ai.leonardo.sdk;

import ai.leonardo.sdk.model.GeneratedImage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Image ids and URLs come from the server; a hostile one must never name a file outside the target directory. */
class HostileFileNameTest {
    private static final byte[] BYTES = {1, 2, 3};
    /** Serves every URL from memory: these tests are about the file name, not the fetch. */
    private static final Images IMAGES = new Images(url -> new ByteArrayInputStream(BYTES));

    @TempDir
    Path root;

    static Stream<String> hostileIds() {
        return Stream.of("../../../../tmp/x", "..", ".", "a/b", "a\\b", "/etc/passwd", "C:\\x", "C:x",
                "..\\..\\x", "x..y", "line\nbreak", "tab\tid", "nul\u0000id", "bell\u0007", "CON", "nul", "Com1",
                "lpt9.txt", "aux.png", "a<b", "a>b", "a:b", "a\"b", "a|b", "a?b", "a*b", "trailing.", "trailing ",
                " leading", ".hidden", "-dash-first", "", "x".repeat(129), "caf\u00e9", "\u202eevil");
    }

    @ParameterizedTest
    @MethodSource("hostileIds")
    void aHostileImageIdIsAnInvalidResponseAndNothingIsWritten(String id) throws IOException {
        Path out = root.resolve("out");
        GeneratedImage image = image(id, "https://cdn.example/img/a.png");

        assertThatThrownBy(() -> IMAGES.download(image, out)).isInstanceOf(InvalidResponseException.class)
                .hasMessageContaining("not a safe file name").hasMessageNotContaining("\n");
        assertThat(filesUnder(root)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://cdn.example/a.png/../../x", "https://cdn.example/a.p/ng",
            "https://cdn.example/a.png%2F..%2Fx", "https://cdn.example/a.exe ", "https://cdn.example/a.ph:p",
            "https://cdn.example/a.%00", "https://cdn.example/a.toolong", "https://cdn.example/a.", "https://cdn.example/a"})
    void anOddUrlExtensionFallsBackToPngInsideTheDirectory(String url) {
        Path out = root.resolve("out");

        Path written = IMAGES.download(image("0b7ae3c1-5f3a-4f7e-9c1d-2a3b4c5d6e7f", url), out);

        assertThat(written.getParent()).isEqualTo(out);
        assertThat(written.getFileName().toString()).isEqualTo("0b7ae3c1-5f3a-4f7e-9c1d-2a3b4c5d6e7f.png");
    }

    @Test
    void aPlainIdAndExtensionNameTheFile() throws IOException {
        Path written = IMAGES.download(image("img_01.v2", "https://cdn.example/x/a.JPG?sig=1#f"), root);

        assertThat(written).isEqualTo(root.resolve("img_01.v2.jpg"));
        assertThat(Files.readAllBytes(written)).isEqualTo(BYTES);
    }

    @Test
    void aUrlWithNeitherPathNorExtensionNamesAPngFile() {
        assertThat(ImageFileName.of("a1", "image")).isEqualTo("a1.png");
    }

    @Test
    void anIdOfUpTo128CharactersNamesTheFile() {
        String longest = "a".repeat(ImageFileName.MAX_ID_LENGTH);

        assertThat(ImageFileName.of(longest, "https://cdn.example/a.png")).isEqualTo(longest + ".png");
    }

    static Stream<Arguments> imagesAsWritten() {
        return Stream.of(Arguments.of("0b7ae3c1-5f3a-4f7e-9c1d-2a3b4c5d6e7f", "https://cdn.example/a.png"),
                Arguments.of("img_01.v2", "https://cdn.example/x/a.JPEG?sig=1"), Arguments.of("a1", "image"),
                Arguments.of("a".repeat(ImageFileName.MAX_ID_LENGTH), "https://cdn.example/a.webp"));
    }

    /** A batch journal is a file anyone may edit: the names it records are trusted only as names {@code of} writes. */
    @ParameterizedTest
    @MethodSource("imagesAsWritten")
    void everyNameAnImageIsWrittenUnderIsTakenBackFromAJournal(String id, String url) {
        assertThat(ImageFileName.isFileName(ImageFileName.of(id, url))).isTrue();
    }

    @ParameterizedTest
    @MethodSource("hostileIds")
    void aJournalNameWhoseIdIsHostileIsNotTakenForAnImageFile(String id) {
        assertThat(ImageFileName.isFileName(id + ".png")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a1", "a1.", "a1.toolong", "a1.p!g", ".png", "../a1.png", "a1.png/x.png", "a1.png\\x.png"})
    void aJournalNameWithoutTheShortExtensionAnImageIsWrittenWithIsNotTaken(String name) {
        assertThat(ImageFileName.isFileName(name)).isFalse();
    }

    @Test
    void theRejectionQuotesTheIdWithControlCharactersEscapedAndItsLengthBounded() {
        assertThatThrownBy(() -> ImageFileName.requireSafeId("line\nbreak")).hasMessageEndingWith(": \"line\\u000abreak\"");
        assertThatThrownBy(() -> ImageFileName.requireSafeId(null)).isInstanceOf(InvalidResponseException.class)
                .hasMessageEndingWith(": null");
        String invalid128 = "x".repeat(127) + "!";
        assertThatThrownBy(() -> ImageFileName.requireSafeId(invalid128)).hasMessageEndingWith(": \"" + invalid128 + "\"");
        assertThatThrownBy(() -> ImageFileName.requireSafeId("y".repeat(500)))
                .hasMessageEndingWith(": \"" + "y".repeat(128) + "...\"")
                .satisfies(e -> assertThat(((InvalidResponseException) e).body()).isEqualTo("\"" + "y".repeat(128) + "...\""));
    }

    private static GeneratedImage image(String id, String url) {
        return GeneratedImage.builder().id(id).url(url).build();
    }

    private static List<Path> filesUnder(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}

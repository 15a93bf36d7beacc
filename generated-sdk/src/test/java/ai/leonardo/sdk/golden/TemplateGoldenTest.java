package ai.leonardo.sdk.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The templates' output, pinned: the build generates the fixture spec src/test/golden/fixture-spec.json
 * (every template feature: nested object, list of objects, open enums inner and outer, required and
 * optional, number/integer/boolean/string, a description with {@code *}{@code /}, a map, unknown
 * properties, every validated constraint) and this test compares it with the committed sources in
 * src/test/golden/expected. A template change shows here as a diff to review; when it is intended,
 * re-record with
 * {@code ./mvnw -B -ntp -o -pl generated-sdk -am test -Dtest=TemplateGoldenTest -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.record=true}
 * and commit the new expected files with the template change.
 */
class TemplateGoldenTest {
    private final Path actual = Path.of(System.getProperty("golden.actual"));
    private final Path expected = Path.of(System.getProperty("golden.expected"));

    @Test
    void theTemplatesTurnTheFixtureSpecIntoTheCommittedSources() throws IOException {
        if (Boolean.getBoolean("golden.record")) {
            record();
        }
        TreeSet<String> names = new TreeSet<>(files(actual));
        names.addAll(files(expected));
        List<String> diffs = new ArrayList<>();
        for (String name : names) {
            List<String> want = lines(expected.resolve(name));
            List<String> got = lines(actual.resolve(name));
            if (!want.equals(got)) {
                diffs.addAll(UnifiedDiffUtils.generateUnifiedDiff("expected/" + name, "generated/" + name, want,
                        DiffUtils.diff(want, got), 3));
            }
        }
        if (!diffs.isEmpty()) {
            fail("The templates' output differs from src/test/golden/expected (re-record if intended, see this"
                    + " test's javadoc):%n%s", String.join(System.lineSeparator(), diffs));
        }
        assertThat(names).as("the fixture generates sources").isNotEmpty();
    }

    private void record() throws IOException {
        for (String name : files(expected)) {
            Files.delete(expected.resolve(name));
        }
        for (String name : files(actual)) {
            Path target = expected.resolve(name);
            Files.createDirectories(target.getParent());
            Files.copy(actual.resolve(name), target);
        }
    }

    /** The relative paths of the Java files under {@code root}, or none when it does not exist. */
    private static List<String> files(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".java")).map(p -> root.relativize(p).toString())
                    .sorted().toList();
        }
    }

    /** A missing file reads as no lines, so it shows as a whole-file diff. */
    private static List<String> lines(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
    }
}

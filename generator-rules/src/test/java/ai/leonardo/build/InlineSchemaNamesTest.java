package ai.leonardo.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

/**
 * The normalizer as generated-sdk's build runs it: named by {@code NORMALIZER_CLASS}, created and run
 * by the generator, before its inline model resolver names what is left.
 */
class InlineSchemaNamesTest {
    @TempDir
    Path dir;

    @Test
    void theGeneratorNamesANewEndpointsInlineModelsByTheRule() throws IOException {
        List<String> files = generate(Map.of("NORMALIZER_CLASS", InlineSchemaNames.class.getName()));

        assertThat(files).contains("GetUserSelfResponse.java", "GetUserSelfUserDetail.java", "GetUserSelfUser.java")
                .noneMatch(name -> name.startsWith("InlineObject") || name.startsWith("MeGet"));
    }

    @Test
    void theGeneratorsOwnNormalizerRulesStillApply() throws IOException {
        List<String> files = generate(Map.of(
                "NORMALIZER_CLASS", InlineSchemaNames.class.getName(),
                "SET_TAGS_FOR_ALL_OPERATIONS", "users"));

        assertThat(files).contains("UsersApi.java", "GetUserSelfResponse.java");
    }

    /** Runs the java generator on {@link SchemaNamingTest#NEW_ENDPOINT}; the names of the files it wrote. */
    private List<String> generate(Map<String, String> normalizerRules) throws IOException {
        Path spec = Files.writeString(dir.resolve("spec.json"), SchemaNamingTest.NEW_ENDPOINT);
        CodegenConfigurator configurator = new CodegenConfigurator()
                .setGeneratorName("java")
                .setInputSpec(spec.toString())
                .setOutputDir(dir.resolve("out").toString())
                .setOpenapiNormalizer(normalizerRules)
                // Models and APIs only: no supporting files, docs or tests, which take most of the time.
                .addGlobalProperty("models", "")
                .addGlobalProperty("apis", "")
                .addGlobalProperty("modelDocs", "false")
                .addGlobalProperty("modelTests", "false")
                .addGlobalProperty("apiDocs", "false")
                .addGlobalProperty("apiTests", "false");
        return new DefaultGenerator().opts(configurator.toClientOptInput()).generate().stream()
                .map(File::getName)
                .toList();
    }
}

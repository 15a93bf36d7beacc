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

    /** A nested object with a non-null property the spec does not list as required, described with a comment end. */
    private static final String NESTED_NON_NULL = """
            {"openapi": "3.0.0", "info": {"title": "t", "version": "1"},
             "paths": {"/pets": {"post": {"operationId": "createPet", "requestBody": {"content": {"application/json":
               {"schema": {"$ref": "#/components/schemas/Pet"}}}}, "responses": {"200": {"description": "ok"}}}}},
             "components": {"schemas": {"Pet": {"type": "object", "properties": {
               "owner": {"type": "object", "properties": {
                 "name": {"type": "string", "nullable": false, "description": "Closes a comment */ mid-text"},
                 "nickname": {"type": "string"}}}}}}}}
            """;

    @Test
    void aNestedNonNullPropertyIsRequiredAndItsDescriptionCannotEndTheJavadoc() throws IOException {
        generate(NESTED_NON_NULL, Map.of("NORMALIZER_CLASS", InlineSchemaNames.class.getName()));

        String owner = Files.readString(dir.resolve("out/src/main/java/org/openapitools/client/model/PetOwner.java"));
        assertThat(owner).contains("openapiRequiredFields = new HashSet<String>(Arrays.asList(\"name\"))")
                .contains("Closes a comment *{@literal /} mid-text");
    }

    private List<String> generate(Map<String, String> normalizerRules) throws IOException {
        return generate(SchemaNamingTest.NEW_ENDPOINT, normalizerRules);
    }

    /** Runs the java generator on {@code specJson}; the names of the files it wrote. */
    private List<String> generate(String specJson, Map<String, String> normalizerRules) throws IOException {
        Path spec = Files.writeString(dir.resolve("spec.json"), specJson);
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

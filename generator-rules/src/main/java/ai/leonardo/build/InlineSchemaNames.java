package ai.leonardo.build;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Map;
import java.util.Set;
import org.openapitools.codegen.OpenAPINormalizer;

/**
 * The generator's normalizer plus three rules: every inline object schema gets a readable name that
 * depends only on where it sits in the spec, never on the order of the file (see {@link SchemaNaming});
 * a property declared {@code nullable: false} is required (see {@link NonNullRequired}); and a
 * description cannot end the javadoc comment the templates put it in ({@code *}{@code /} becomes
 * {@code *{@literal /}}, which javadoc renders as the same text).
 * Configured as {@code NORMALIZER_CLASS} in generated-sdk/pom.xml; runs before the generator's inline
 * model resolver, which then takes the names as titles.
 */
public class InlineSchemaNames extends OpenAPINormalizer {
    /**
     * Called by the generator.
     *
     * @param openAPI the parsed spec
     * @param rules the normalizer rules configured for the build
     */
    public InlineSchemaNames(OpenAPI openAPI, Map<String, String> rules) {
        super(openAPI, rules);
    }

    @Override
    protected void normalize() {
        new SchemaNaming(openAPI).apply();
        super.normalize();
    }

    @Override
    protected void normalizeProperties(Schema schema, Set<Schema> visitedSchemas) {
        NonNullRequired.apply(schema);
        super.normalizeProperties(schema, visitedSchemas);
    }

    @Override
    public Schema normalizeSchema(Schema schema, Set<Schema> visitedSchemas) {
        if (schema != null && schema.getDescription() != null) {
            schema.setDescription(schema.getDescription().replace("*/", "*{@literal /}"));
        }
        return super.normalizeSchema(schema, visitedSchemas);
    }
}

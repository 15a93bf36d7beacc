package ai.leonardo.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The spec's GraphQL convention: a non-null property must be sent, so it counts as required. */
class NonNullRequiredTest {
    @Test
    void aNonNullPropertyJoinsTheRequiredPropertiesTheSpecLists() {
        Schema<?> schema = new ObjectSchema()
                .addProperty("prompt", new StringSchema().nullable(false))
                .addProperty("initImageId", new StringSchema().nullable(false))
                .addProperty("weight", new StringSchema().nullable(true))
                .addProperty("note", new StringSchema());
        schema.setRequired(List.of("prompt"));

        NonNullRequired.apply(schema);

        assertThat(schema.getRequired()).containsExactlyInAnyOrder("prompt", "initImageId");
    }

    @Test
    void aSchemaWithoutNonNullPropertiesKeepsHavingNoRequiredList() {
        Schema<?> schema = new ObjectSchema().addProperty("note", new StringSchema().nullable(true));

        NonNullRequired.apply(schema);

        assertThat(schema.getRequired()).isNull();
    }
}

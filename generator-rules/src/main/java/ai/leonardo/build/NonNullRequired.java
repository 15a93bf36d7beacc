package ai.leonardo.build;

import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the spec's {@code nullable: false} on a property as {@code required}. The vendor's spec is
 * generated from a GraphQL schema, where a non-null input field ({@code String!}) must be sent and a
 * non-null output field is always present; the spec says so only with {@code nullable: false}
 * ({@code controlnet_input.initImageId}, for example, is non-null but not listed as required). The
 * SDK's builders cannot tell null from absent, so for them non-null means required, and the
 * generated {@code validate} checks it like any other required property.
 */
final class NonNullRequired {
    private NonNullRequired() {
    }

    /**
     * Adds every property of {@code schema} declared {@code nullable: false} to its required list.
     *
     * @param schema an object schema; other schemas are left as they are
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static void apply(Schema schema) {
        if (schema == null || schema.getProperties() == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? new ArrayList<>() : new ArrayList<>(schema.getRequired());
        for (Map.Entry<String, Schema> property : ((Map<String, Schema>) schema.getProperties()).entrySet()) {
            if (Boolean.FALSE.equals(property.getValue().getNullable()) && !required.contains(property.getKey())) {
                required.add(property.getKey());
            }
        }
        if (!required.isEmpty()) {
            schema.setRequired(required);
        }
    }
}

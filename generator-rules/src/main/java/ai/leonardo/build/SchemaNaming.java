package ai.leonardo.build;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Names inline object schemas by rule, so a vendor update needs no naming step and a reordered file
 * swaps no types:
 * <ul>
 *   <li>an operation's request body is {@code {OperationId}Request}, its 2xx body
 *       {@code {OperationId}Response} ({@code {OperationId}{code}Response} for a code other than 200);</li>
 *   <li>an object nested in an operation's body is {@code {OperationId}{Property}}, in a component
 *       schema {@code {Component}{Property}}; an array's items take the property's singular
 *       ({@code user_details} gives {@code UserDetail}); a name already taken gets the parent's
 *       name in front;</li>
 *   <li>a title the vendor gave an inline schema becomes {@code {title}_{operationId}}, since
 *       operations repeat titles and the resolver would number them in file order.</li>
 * </ul>
 * Operations are visited by path and method, properties by name: the result does not depend on the
 * order of the file.
 */
final class SchemaNaming {
    private final OpenAPI api;
    /** Lower-cased names in use: component schemas, kept titles and names given here. */
    private final Set<String> taken = new HashSet<>();

    SchemaNaming(OpenAPI api) {
        this.api = api;
    }

    void apply() {
        Map<String, Schema> components = api.getComponents() == null || api.getComponents().getSchemas() == null
                ? Map.of() : new TreeMap<>(api.getComponents().getSchemas());
        components.keySet().forEach(name -> taken.add(key(pascal(name))));
        Map<String, Operation> operations = operations();
        qualifyTitles(operations);
        operations.forEach((id, operation) -> {
            String base = pascal(id);
            if (operation.getRequestBody() != null) {
                bodies(operation.getRequestBody().getContent()).forEach(body -> name(body, base + "Request", base, null));
            }
            if (operation.getResponses() != null) {
                new TreeMap<>(operation.getResponses()).forEach((code, response) -> {
                    if (code.startsWith("2")) {
                        String suffix = "200".equals(code) ? "Response" : code + "Response";
                        bodies(response.getContent()).forEach(body -> name(body, base + suffix, base, null));
                    }
                });
            }
        });
        components.forEach((name, schema) -> {
            if (schema.get$ref() == null) {
                children(schema, pascal(name), pascal(name));
            }
        });
    }

    /** Operations by operation id, in path and method order. */
    private Map<String, Operation> operations() {
        Map<String, Operation> operations = new LinkedHashMap<>();
        if (api.getPaths() != null) {
            new TreeMap<>(api.getPaths()).forEach((path, item) -> new TreeMap<>(item.readOperationsMap()).forEach(
                    (method, operation) -> {
                        if (operation.getOperationId() != null) {
                            operations.put(operation.getOperationId(), operation);
                        }
                    }));
        }
        return operations;
    }

    /** The schemas of a request's or response's media types; a media type may have none (a raw upload). */
    private static List<Schema> bodies(io.swagger.v3.oas.models.media.Content content) {
        List<Schema> bodies = new ArrayList<>();
        if (content != null) {
            new TreeMap<>(content).values().stream().map(MediaType::getSchema).filter(s -> s != null)
                    .forEach(bodies::add);
        }
        return bodies;
    }

    /**
     * Every title the vendor gave an inline schema of an operation becomes {@code {title}_{operationId}}:
     * titles repeat across operations (the resolver would number them in file order), and qualifying
     * all of them, not only the repeated ones, keeps a name stable when a later operation reuses a title.
     */
    private void qualifyTitles(Map<String, Operation> operations) {
        operations.forEach((id, operation) -> inlineObjects(operation).forEach(schema -> {
            schema.setTitle(schema.getTitle() + "_" + id);
            taken.add(key(pascal(schema.getTitle())));
        }));
    }

    /** Every titled inline object schema under an operation's bodies. */
    private static List<Schema> inlineObjects(Operation operation) {
        List<Schema> found = new ArrayList<>();
        List<Schema> roots = new ArrayList<>();
        if (operation.getRequestBody() != null) {
            roots.addAll(bodies(operation.getRequestBody().getContent()));
        }
        if (operation.getResponses() != null) {
            for (ApiResponse response : operation.getResponses().values()) {
                roots.addAll(bodies(response.getContent()));
            }
        }
        roots.forEach(root -> collectTitled(root, found));
        return found;
    }

    private static void collectTitled(Schema schema, List<Schema> found) {
        if (schema.get$ref() != null) {
            return;
        }
        if (schema.getItems() != null) {
            collectTitled(schema.getItems(), found);
        }
        if (schema.getProperties() != null) {
            if (schema.getTitle() != null) {
                found.add(schema);
            }
            ((Map<String, Schema>) schema.getProperties()).values().forEach(p -> collectTitled(p, found));
        }
    }

    /**
     * Names an inline object (or an array's inline items) and, below it, its inline children.
     *
     * @param proposed the name by rule
     * @param base the operation's or component's name, which nested names start with
     * @param fallback the name to use when {@code proposed} is taken, or null
     */
    private void name(Schema schema, String proposed, String base, String fallback) {
        if (schema.get$ref() != null) {
            return;
        }
        if (schema.getItems() != null && schema.getProperties() == null) {
            name(schema.getItems(), proposed, base, fallback);
            return;
        }
        if (schema.getProperties() == null) {
            return;
        }
        String own = schema.getTitle();
        if (own == null) {
            own = unique(proposed, fallback);
            schema.setTitle(own);
        }
        children(schema, base, pascal(own));
    }

    /** Names the inline objects under {@code schema}: {@code {base}{Property}}, or {@code {own}{Property}} when taken. */
    private void children(Schema schema, String base, String own) {
        if (schema.getProperties() == null) {
            return;
        }
        new TreeMap<String, Schema>(schema.getProperties()).forEach((property, child) -> {
            if (child.get$ref() != null) {
                return;
            }
            boolean list = child.getItems() != null;
            Schema target = list ? child.getItems() : child;
            if (target.get$ref() == null && target.getProperties() != null) {
                String leaf = pascal(list ? singular(property) : property);
                name(target, base + leaf, base, own + leaf);
            }
        });
    }

    /** The proposed name, else the fallback (the parent's name and the property), else one with a suffix. */
    private String unique(String proposed, String fallback) {
        String name = proposed;
        if (taken.contains(key(name)) && fallback != null) {
            name = fallback;
        }
        while (taken.contains(key(name))) {
            name = name + "Item";
        }
        taken.add(key(name));
        return name;
    }

    static String pascal(String text) {
        StringBuilder out = new StringBuilder();
        boolean upper = true;
        for (char c : text.toCharArray()) {
            if (!Character.isLetterOrDigit(c)) {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    static String singular(String word) {
        if (word.endsWith("ies") && word.length() > 3) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("ss") || !word.endsWith("s") || word.length() < 2) {
            return word;
        }
        return word.substring(0, word.length() - 1);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}

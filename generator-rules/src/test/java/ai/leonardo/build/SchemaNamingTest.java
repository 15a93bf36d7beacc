package ai.leonardo.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The naming rule a vendor update relies on: readable names, from the place in the spec, never from file order. */
class SchemaNamingTest {
    /** A new endpoint as vendors ship them: inline schemas all the way down, no titles. */
    static final String NEW_ENDPOINT = """
            {"openapi": "3.0.0", "info": {"title": "t", "version": "1"},
             "paths": {"/me": {"get": {"operationId": "getUserSelf", "responses": {"200": {"description": "ok",
               "content": {"application/json": {"schema": {"type": "object", "properties": {
                 "user_details": {"type": "array", "items": {"type": "object", "properties": {
                   "user": {"type": "object", "properties": {"id": {"type": "string"}}},
                   "apiCredit": {"type": "integer"}}}}}}}}}}}}},
             "components": {"schemas": {}}}
            """;

    /** Two operations using one title for different schemas, and a name a component already has. */
    private static final String SHARED_TITLES = """
            {"openapi": "3.0.0", "info": {"title": "t", "version": "1"},
             "paths": {
               "/a/{id}": {"get": {"operationId": "getA", "responses": {"200": {"description": "ok",
                 "content": {"application/json": {"schema": {"type": "object", "properties": {
                   "thing": {"title": "things", "type": "object", "properties": {"x": {"type": "string"}}},
                   "cost": {"type": "object", "properties": {"amount": {"type": "string"}}}}}}}}}}},
               "/b": {"get": {"operationId": "listB", "responses": {"200": {"description": "ok",
                 "content": {"application/json": {"schema": {"type": "object", "properties": {
                   "things": {"type": "array", "items": {"title": "things", "type": "object",
                     "properties": {"y": {"type": "string"}}}}}}}}}}}}},
             "components": {"schemas": {"GetACost": {"type": "object", "properties": {"z": {"type": "string"}}}}}}
            """;

    /**
     * A request body with an inline child and a raw alternative, a list answered with a code other
     * than 200, and a component with an inline child beside an alias of it.
     */
    private static final String BODIES_AND_COMPONENTS = """
            {"openapi": "3.0.0", "info": {"title": "t", "version": "1"},
             "paths": {"/things": {"post": {"operationId": "createThing",
               "requestBody": {"content": {
                 "application/json": {"schema": {"type": "object", "properties": {
                   "size": {"type": "object", "properties": {"w": {"type": "integer"}}}}}},
                 "application/octet-stream": {}}},
               "responses": {"201": {"description": "ok", "content": {"application/json": {"schema":
                 {"type": "array", "items": {"type": "object", "properties": {"id": {"type": "string"}}}}}}}}}}},
             "components": {"schemas": {
               "Model": {"type": "object", "properties": {
                 "settings": {"type": "object", "properties": {"seed": {"type": "integer"}}}}},
               "Alias": {"$ref": "#/components/schemas/Model"}}}}
            """;

    @Test
    void aNewEndpointsInlineSchemasAreNamedFromTheOperationAndPropertyPath() {
        assertThat(titles(NEW_ENDPOINT)).isEqualTo(Map.of(
                "/me get 200", "GetUserSelfResponse",
                "/me get 200.user_details[]", "GetUserSelfUserDetail",
                "/me get 200.user_details[].user", "GetUserSelfUser"));
    }

    @Test
    void aTitleSeveralOperationsShareIsMadeUniquePerOperationAndATakenNameGetsItsParentsName() {
        assertThat(titles(SHARED_TITLES)).isEqualTo(Map.of(
                "/a/{id} get 200", "GetAResponse",
                "/a/{id} get 200.cost", "GetAResponseCost",
                "/a/{id} get 200.thing", "things_getA",
                "/b get 200", "ListBResponse",
                "/b get 200.things[]", "things_listB"));
    }

    @Test
    void requestBodiesListBodiesAndComponentsChildrenAreNamedByTheSameRule() {
        OpenAPI api = parse(BODIES_AND_COMPONENTS);
        new SchemaNaming(api).apply();

        assertThat(collect(api)).isEqualTo(Map.of(
                "/things post request", "CreateThingRequest",
                "/things post request.size", "CreateThingSize",
                "/things post 201[]", "CreateThing201Response"));
        Schema<?> model = api.getComponents().getSchemas().get("Model");
        assertThat(((Schema<?>) model.getProperties().get("settings")).getTitle()).isEqualTo("ModelSettings");
    }

    @Test
    void aSpecWithoutPathsNamesItsComponentsChildren() {
        OpenAPI api = parse(BODIES_AND_COMPONENTS);
        api.setPaths(null);
        new SchemaNaming(api).apply();

        Schema<?> model = api.getComponents().getSchemas().get("Model");
        assertThat(((Schema<?>) model.getProperties().get("settings")).getTitle()).isEqualTo("ModelSettings");
    }

    @Test
    void noNameDependsOnTheOrderOfTheFile() {
        for (String spec : List.of(NEW_ENDPOINT, SHARED_TITLES, BODIES_AND_COMPONENTS)) {
            OpenAPI reordered = parse(spec);
            reverse(reordered);
            new SchemaNaming(reordered).apply();

            assertThat(collect(reordered)).isEqualTo(titles(spec));
        }
    }

    @Test
    void namesArePascalCaseAndListItemsTakeTheSingular() {
        assertThat(SchemaNaming.pascal("user_details")).isEqualTo("UserDetails");
        assertThat(SchemaNaming.pascal("getGenerationById")).isEqualTo("GetGenerationById");
        assertThat(SchemaNaming.singular("user_details")).isEqualTo("user_detail");
        assertThat(SchemaNaming.singular("entries")).isEqualTo("entry");
        assertThat(SchemaNaming.singular("address")).isEqualTo("address");
        assertThat(SchemaNaming.singular("status")).isEqualTo("statu").as("a known limit: the rule is not a dictionary");
        assertThat(SchemaNaming.singular("xs")).isEqualTo("x");
    }

    @Test
    void aWordThatIsOnlyThePluralSuffixKeepsItsNameRatherThanAnEmptyOne() {
        assertThat(SchemaNaming.singular("s")).isEqualTo("s");
    }

    private static Map<String, String> titles(String spec) {
        OpenAPI api = parse(spec);
        new SchemaNaming(api).apply();
        return collect(api);
    }

    private static OpenAPI parse(String spec) {
        return new OpenAPIParser().readContents(spec, null, null).getOpenAPI();
    }

    /** Title of every inline object, keyed by where it sits, in a fixed order. */
    private static Map<String, String> collect(OpenAPI api) {
        Map<String, String> titles = new LinkedHashMap<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
            String where = path + " " + method.name().toLowerCase() + " ";
            if (op.getRequestBody() != null) {
                op.getRequestBody().getContent().values().forEach(media -> walk(media.getSchema(), where + "request", titles));
            }
            op.getResponses().forEach((code, response) -> response.getContent().values().forEach(media ->
                    walk(media.getSchema(), where + code, titles)));
        }));
        return titles;
    }

    private static void walk(Schema<?> schema, String where, Map<String, String> titles) {
        if (schema == null || schema.get$ref() != null) {
            return;
        }
        if (schema.getItems() != null) {
            walk(schema.getItems(), where + "[]", titles);
        }
        if (schema.getProperties() != null) {
            titles.put(where, schema.getTitle());
            schema.getProperties().forEach((name, child) -> walk(child, where + "." + name, titles));
        }
    }

    private static void reverse(OpenAPI api) {
        List<String> paths = new ArrayList<>(api.getPaths().keySet());
        Collections.reverse(paths);
        io.swagger.v3.oas.models.Paths reversed = new io.swagger.v3.oas.models.Paths();
        paths.forEach(p -> reversed.addPathItem(p, api.getPaths().get(p)));
        api.setPaths(reversed);
    }
}

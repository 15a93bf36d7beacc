package ai.leonardo.sdk;

import ai.leonardo.sdk.model.GenerationRequest;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.Strictness;
import java.util.Map;
import java.util.Objects;

/**
 * Client-wide values for the request properties a caller leaves unset. Immutable; configure the
 * client with one, and a request's own value always wins over it.
 *
 * <p>The defaults are themselves a {@link GenerationRequest} holding only the properties to fill,
 * so any property the spec defines can have a default, including ones the vendor adds later.
 *
 * <p>{@link #recommended()} is what a client uses unless told otherwise. It sets only
 * {@code num_images = 1}: the API's own default is 4, and every image costs credits, so a caller
 * who wants more asks for more. Everything else is left unset on purpose, so the server chooses per
 * model: the right size, Alchemy setting and style differ between models (Phoenix, Flux, SDXL, ...)
 * and a fixed client-side choice would be wrong for most of them. {@code public} is left unset
 * because private generations depend on the account's plan. {@link #none()} sends nothing the
 * caller did not set.
 */
public final class GenerationDefaults {
    /** Non-finite numbers pass through the merge, so validation reports them by field. */
    private static final Gson GSON = new GsonBuilder().serializeSpecialFloatingPointValues()
            .setStrictness(Strictness.LENIENT).create();
    private static final GenerationDefaults NONE = new GenerationDefaults(GenerationRequest.builder().build());
    private static final GenerationDefaults RECOMMENDED =
            new GenerationDefaults(GenerationRequest.builder().numImages(1).build());

    private final GenerationRequest values;
    private final JsonObject json;

    private GenerationDefaults(GenerationRequest values) {
        this.values = values;
        this.json = GSON.toJsonTree(values).getAsJsonObject();
    }

    /**
     * The SDK's chosen defaults: one image per request, everything else left to the server.
     *
     * @return the recommended defaults
     */
    public static GenerationDefaults recommended() {
        return RECOMMENDED;
    }

    /**
     * No defaults at all: a request sends exactly the properties its caller set.
     *
     * @return the empty defaults
     */
    public static GenerationDefaults none() {
        return NONE;
    }

    /**
     * Defaults from a request holding the values to fill, for example
     * {@code GenerationDefaults.of(recommended().values().toBuilder().modelId(id).build())}.
     *
     * @param values the properties to fill; a prompt makes no sense as a default
     * @return the defaults
     * @throws IllegalArgumentException when {@code values} sets a prompt
     */
    public static GenerationDefaults of(GenerationRequest values) {
        Objects.requireNonNull(values, "values");
        if (values.prompt() != null) {
            throw new IllegalArgumentException("a default prompt would be sent with every request; set it per request");
        }
        return new GenerationDefaults(values);
    }

    /**
     * Returns the properties these defaults fill.
     *
     * @return a request holding only the default values
     */
    public GenerationRequest values() {
        return values;
    }

    /**
     * Fills the request's unset top-level properties (additional ones included) from these defaults.
     *
     * @param request the caller's request
     * @return the request as it will be sent
     */
    public GenerationRequest applyTo(GenerationRequest request) {
        Objects.requireNonNull(request, "request");
        if (json.size() == 0) {
            return request;
        }
        JsonObject merged = GSON.toJsonTree(request).getAsJsonObject();
        for (Map.Entry<String, JsonElement> entry : json.entrySet()) {
            if (!merged.has(entry.getKey())) {
                merged.add(entry.getKey(), entry.getValue());
            }
        }
        return GSON.fromJson(merged, GenerationRequest.class);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GenerationDefaults other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "GenerationDefaults{" + values + "}";
    }
}

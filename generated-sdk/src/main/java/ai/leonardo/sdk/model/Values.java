package ai.leonardo.sdk.model;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** What every generated value type shares: defensive copies, {@code toString} parts, unknown properties. */
final class Values {
    private static final TypeAdapter<JsonElement> JSON = new Gson().getAdapter(JsonElement.class);

    private Values() {
    }

    /** An unmodifiable copy without the {@code null} items a server may send where the spec allows none. */
    static <T> List<T> copy(List<T> list) {
        if (list == null) {
            return null;
        }
        List<T> copy = new ArrayList<>(list.size());
        for (T item : list) {
            if (item != null) {
                copy.add(item);
            }
        }
        return Collections.unmodifiableList(copy);
    }

    static <K, V> Map<K, V> copy(Map<K, V> map) {
        return map == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    static void append(StringJoiner text, String name, Object value) {
        if (value != null) {
            text.add(name + "=" + value);
        }
    }

    static JsonElement toJson(Object value) {
        if (value instanceof JsonElement element) {
            return element;
        }
        if (value instanceof String string) {
            return new JsonPrimitive(string);
        }
        if (value instanceof Number number) {
            return new JsonPrimitive(number);
        }
        if (value instanceof Boolean bool) {
            return new JsonPrimitive(bool);
        }
        if (value instanceof OpenEnum constant) {
            return new JsonPrimitive(constant.value());
        }
        throw new IllegalArgumentException("an additional property takes a String, Number, Boolean, an enum value"
                + " or a JsonElement, not " + (value == null ? "null" : value.getClass().getName()));
    }

    static String checkUnknown(String name, java.util.Set<String> known, String type) {
        if (known.contains(name)) {
            throw new IllegalArgumentException("'" + name + "' is a property " + type
                    + " already has: set it with its own builder method");
        }
        return name;
    }

    static void writeAdditional(JsonWriter out, Map<String, JsonElement> additional) throws IOException {
        for (Map.Entry<String, JsonElement> entry : additional.entrySet()) {
            out.name(entry.getKey());
            JSON.write(out, entry.getValue());
        }
    }
}

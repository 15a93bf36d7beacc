package ai.leonardo.sdk.model;

import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.function.Function;

/** Reads and writes an {@link OpenEnum} as its wire text; an unlisted value stays readable. */
class OpenEnumAdapter<E extends OpenEnum> extends TypeAdapter<E> {
    private final Function<String, E> of;

    OpenEnumAdapter(Function<String, E> of) {
        this.of = of;
    }

    @Override
    public void write(JsonWriter out, E value) throws IOException {
        if (value == null) {
            out.nullValue();
        } else {
            out.value(value.value());
        }
    }

    @Override
    public E read(JsonReader in) throws IOException {
        if (in.peek() == JsonToken.NULL) {
            in.nextNull();
            return null;
        }
        return of.apply(in.nextString());
    }
}

package ai.leonardo.sdk.model;

import com.google.gson.TypeAdapter;
import com.google.gson.annotations.JsonAdapter;
import com.google.gson.annotations.SerializedName;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.annotations.JsonAdapter;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.*;
import java.util.regex.Pattern;

/**
 * The {@code GoldenAddress} object of the Leonardo.AI API.
 *
 * <p>Generated from the vendor's OpenAPI spec when the SDK is built. Immutable: start one with
 * {@link #builder()} and derive a variant with {@link #toBuilder()}. Every property is optional
 * on the wire, so an accessor returns {@code null} when the value is absent (a list: an empty
 * list). Properties the spec does not list are kept in {@link #additionalProperties()} and
 * written back as they came.
 */
@JsonAdapter(GoldenAddress.GsonAdapterFactory.class)
public final class GoldenAddress {
  private final String city;
  private final Map<String, JsonElement> additionalProperties;
  private static final Set<String> WIRE_NAMES = Set.of("city");

  private GoldenAddress(Builder builder) {
    this.city = builder.city;
    this.additionalProperties = Values.copy(builder.additionalProperties);
  }

  /**
   * Starts an empty {@code GoldenAddress}.
   *
   * @return a new builder with no property set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this value's properties, to derive a variant.
   *
   * @return a new builder with every property of this value
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.city = city;
    builder.additionalProperties.putAll(additionalProperties);
    return builder;
  }

  /**
   * Returns the {@code city} property
   * (wire name {@code city}).
   *
   * @return the value, or {@code null} when absent
   */
  public String city() {
    return city;
  }


  /**
   * Reports each constraint the spec's schema states that this value, or a value nested in it,
   * breaks (see {@link ConstraintSink}); reports nothing when it breaks none.
   *
   * @param sink receives each broken constraint, with its path from this value
   */
  public void validate(ConstraintSink sink) {
    validate("", Objects.requireNonNull(sink, "sink"));
  }

  /** Required properties first, so a missing one leads the report; then the other constraints in spec order. */
  void validate(String path, ConstraintSink sink) {
    Constraints.text(sink, path, "city", this.city, null, 1, null);
  }

  /**
   * Returns the properties the server sent that the spec this SDK was built from does not list.
   *
   * @return the unknown properties by wire name, in the order they came; never {@code null}
   */
  public Map<String, JsonElement> additionalProperties() {
    return additionalProperties;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof GoldenAddress)) {
      return false;
    }
    GoldenAddress other = (GoldenAddress) o;
    return Objects.equals(city, other.city)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(city, additionalProperties);
  }

  @Override
  public String toString() {
    StringJoiner text = new StringJoiner(", ", "GoldenAddress{", "}");
    Values.append(text, "city", city);
    Values.append(text, "additionalProperties", additionalProperties.isEmpty() ? null : additionalProperties);
    return text.toString();
  }

  /** Builds a {@link GoldenAddress}; every property starts unset. */
  public static final class Builder {
    private String city;
    private final Map<String, JsonElement> additionalProperties = new LinkedHashMap<>();

    private Builder() {
    }

    /**
     * Sets the {@code city} property
     * (wire name {@code city}).
     *
     * @param city the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder city(String city) {
      this.city = city;
      return this;
    }

    /**
     * Sets a property the spec this SDK was built from does not list yet; it is sent as given.
     *
     * @param name the wire name
     * @param value the JSON value
     * @return this builder
     * @throws IllegalArgumentException if the spec lists {@code name}: its own method sets it
     */
    public Builder putAdditionalProperty(String name, JsonElement value) {
      additionalProperties.put(Values.checkUnknown(Objects.requireNonNull(name, "name"), WIRE_NAMES, "GoldenAddress"),
          Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Sets a property the spec does not list yet from a string, number or boolean.
     *
     * @param name the wire name
     * @param value a {@link String}, {@link Number}, {@link Boolean} or enum value
     * @return this builder
     * @throws IllegalArgumentException if the spec lists {@code name}, or for another type of value
     */
    public Builder putAdditionalProperty(String name, Object value) {
      return putAdditionalProperty(name, Values.toJson(value));
    }

    /**
     * Removes a property set with {@link #putAdditionalProperty(String, JsonElement)}.
     *
     * @param name the wire name
     * @return this builder
     */
    public Builder removeAdditionalProperty(String name) {
      additionalProperties.remove(name);
      return this;
    }

    /**
     * Builds the immutable value.
     *
     * @return the value
     */
    public GoldenAddress build() {
      return new GoldenAddress(this);
    }
  }

  /** Reads and writes {@link GoldenAddress} by wire name, keeping unknown properties. */
  static final class GsonAdapterFactory implements TypeAdapterFactory {
    @Override
    @SuppressWarnings("unchecked")
    public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
      return type.getRawType() == GoldenAddress.class ? (TypeAdapter<T>) new GsonAdapter(gson) : null;
    }
  }

  private static final class GsonAdapter extends TypeAdapter<GoldenAddress> {
    private final TypeAdapter<String> cityAdapter;

    GsonAdapter(Gson gson) {
      this.cityAdapter = gson.getAdapter(new TypeToken<String>() { });
    }

    @Override
    public void write(JsonWriter out, GoldenAddress instance) throws IOException {
      if (instance == null) {
        out.nullValue();
        return;
      }
      out.beginObject();
      if (instance.city != null) {
        out.name("city");
        Values.write(out, cityAdapter, instance.city);
      }
      Values.writeAdditional(out, instance.additionalProperties);
      out.endObject();
    }

    @Override
    public GoldenAddress read(JsonReader in) throws IOException {
      if (in.peek() == JsonToken.NULL) {
        in.nextNull();
        return null;
      }
      Builder builder = new Builder();
      in.beginObject();
      while (in.hasNext()) {
        String property = in.nextName();
        switch (property) {
          case "city":
            builder.city = cityAdapter.read(in);
            break;
          default:
            builder.additionalProperties.put(property, JsonParser.parseReader(in));
        }
      }
      in.endObject();
      return builder.build();
    }
  }
}


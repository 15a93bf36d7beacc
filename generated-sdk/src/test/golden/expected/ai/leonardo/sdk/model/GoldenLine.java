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
 * The {@code GoldenLine} object of the Leonardo.AI API.
 *
 * <p>Generated from the vendor's OpenAPI spec when the SDK is built. Immutable: start one with
 * {@link #builder()} and derive a variant with {@link #toBuilder()}. Every property is optional
 * on the wire, so an accessor returns {@code null} when the value is absent (a list: an empty
 * list). Properties the spec does not list are kept in {@link #additionalProperties()} and
 * written back as they came.
 */
@JsonAdapter(GoldenLine.GsonAdapterFactory.class)
public final class GoldenLine {
  private final String sku;
  private final Double amount;
  private final Map<String, JsonElement> additionalProperties;
  private static final Set<String> WIRE_NAMES = Set.of("sku", "amount");

  private GoldenLine(Builder builder) {
    this.sku = builder.sku;
    this.amount = builder.amount;
    this.additionalProperties = Values.copy(builder.additionalProperties);
  }

  /**
   * Starts an empty {@code GoldenLine}.
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
    builder.sku = sku;
    builder.amount = amount;
    builder.additionalProperties.putAll(additionalProperties);
    return builder;
  }

  /**
   * Returns the {@code sku} property
   * (wire name {@code sku}).
   *
   * @return the value, or {@code null} when absent
   */
  public String sku() {
    return sku;
  }

  /**
   * Returns the {@code amount} property
   * (wire name {@code amount}).
   *
   * @return the value, or {@code null} when absent
   */
  public Double amount() {
    return amount;
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
    Constraints.present(sink, path, "sku", this.sku);
    Constraints.number(sink, path, "amount", this.amount, "0", false, null, false);
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
    if (!(o instanceof GoldenLine)) {
      return false;
    }
    GoldenLine other = (GoldenLine) o;
    return Objects.equals(sku, other.sku)
        && Objects.equals(amount, other.amount)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sku, amount, additionalProperties);
  }

  @Override
  public String toString() {
    StringJoiner text = new StringJoiner(", ", "GoldenLine{", "}");
    Values.append(text, "sku", sku);
    Values.append(text, "amount", amount);
    Values.append(text, "additionalProperties", additionalProperties.isEmpty() ? null : additionalProperties);
    return text.toString();
  }

  /** Builds a {@link GoldenLine}; every property starts unset. */
  public static final class Builder {
    private String sku;
    private Double amount;
    private final Map<String, JsonElement> additionalProperties = new LinkedHashMap<>();

    private Builder() {
    }

    /**
     * Sets the {@code sku} property
     * (wire name {@code sku}).
     *
     * @param sku the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder sku(String sku) {
      this.sku = sku;
      return this;
    }

    /**
     * Sets the {@code amount} property
     * (wire name {@code amount}).
     *
     * @param amount the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder amount(Double amount) {
      this.amount = amount;
      return this;
    }

    /**
     * Sets {@code amount} from a primitive, so that literals such as {@code 8} need no cast.
     *
     * @param amount the value
     * @return this builder
     */
    public Builder amount(double amount) {
      return amount((Double) amount);
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
      additionalProperties.put(Values.checkUnknown(Objects.requireNonNull(name, "name"), WIRE_NAMES, "GoldenLine"),
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
    public GoldenLine build() {
      return new GoldenLine(this);
    }
  }

  /** Reads and writes {@link GoldenLine} by wire name, keeping unknown properties. */
  static final class GsonAdapterFactory implements TypeAdapterFactory {
    @Override
    @SuppressWarnings("unchecked")
    public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
      return type.getRawType() == GoldenLine.class ? (TypeAdapter<T>) new GsonAdapter(gson) : null;
    }
  }

  private static final class GsonAdapter extends TypeAdapter<GoldenLine> {
    private final TypeAdapter<String> skuAdapter;
    private final TypeAdapter<Double> amountAdapter;

    GsonAdapter(Gson gson) {
      this.skuAdapter = gson.getAdapter(new TypeToken<String>() { });
      this.amountAdapter = gson.getAdapter(new TypeToken<Double>() { });
    }

    @Override
    public void write(JsonWriter out, GoldenLine instance) throws IOException {
      if (instance == null) {
        out.nullValue();
        return;
      }
      out.beginObject();
      if (instance.sku != null) {
        out.name("sku");
        Values.write(out, skuAdapter, instance.sku);
      }
      if (instance.amount != null) {
        out.name("amount");
        Values.write(out, amountAdapter, instance.amount);
      }
      Values.writeAdditional(out, instance.additionalProperties);
      out.endObject();
    }

    @Override
    public GoldenLine read(JsonReader in) throws IOException {
      if (in.peek() == JsonToken.NULL) {
        in.nextNull();
        return null;
      }
      Builder builder = new Builder();
      in.beginObject();
      while (in.hasNext()) {
        String property = in.nextName();
        switch (property) {
          case "sku":
            builder.sku = skuAdapter.read(in);
            break;
          case "amount":
            builder.amount = amountAdapter.read(in);
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


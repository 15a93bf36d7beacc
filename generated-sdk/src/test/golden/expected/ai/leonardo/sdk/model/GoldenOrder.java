package ai.leonardo.sdk.model;

import ai.leonardo.sdk.model.GoldenAddress;
import ai.leonardo.sdk.model.GoldenLine;
import ai.leonardo.sdk.model.GoldenStatus;
import com.google.gson.TypeAdapter;
import com.google.gson.annotations.JsonAdapter;
import com.google.gson.annotations.SerializedName;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * An order; the description ends a comment early *{@literal /} unless escaped.
 *
 * <p>Generated from the vendor's OpenAPI spec when the SDK is built. Immutable: start one with
 * {@link #builder()} and derive a variant with {@link #toBuilder()}. Every property is optional
 * on the wire, so an accessor returns {@code null} when the value is absent (a list: an empty
 * list). Properties the spec does not list are kept in {@link #additionalProperties()} and
 * written back as they came.
 */
@JsonAdapter(GoldenOrder.GsonAdapterFactory.class)
public final class GoldenOrder {
/**
 * The values of {@code channel}.
 *
 * <p>An open set: the constants are the values the spec lists, and {@link #of(String)} also holds
 * a value the vendor added after this SDK was built, keeping its text (see {@link OpenEnum}).
 */
@JsonAdapter(ChannelEnum.Adapter.class)
public static final class ChannelEnum extends OpenEnum {
  /** The value {@code "web"}. */
  public static final ChannelEnum WEB = new ChannelEnum("web", true);
  /** The value {@code "store"}. */
  public static final ChannelEnum STORE = new ChannelEnum("store", true);
  private static final Map<String, ChannelEnum> KNOWN = index(WEB, STORE);

  private ChannelEnum(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the constant for a known value, or a new unknown value keeping the text.
   *
   * @param value the wire value
   * @return the matching constant, or an unknown value
   */
  public static ChannelEnum of(String value) {
    ChannelEnum known = KNOWN.get(Objects.requireNonNull(value, "value"));
    return known != null ? known : new ChannelEnum(value, false);
  }

  /**
   * Returns every value the spec this SDK was built from lists, in spec order.
   *
   * @return the known values
   */
  public static List<ChannelEnum> knownValues() {
    return List.copyOf(KNOWN.values());
  }

  static final class Adapter extends OpenEnumAdapter<ChannelEnum> {
    Adapter() {
      super(ChannelEnum::of);
    }
  }
}

  private final String id;
  private final Long quantity;
  private final Double price;
  private final Double discount;
  private final Double weight;
  private final Boolean gift;
  private final String note;
  private final GoldenStatus status;
  private final ChannelEnum channel;
  private final List<String> tags;
  private final List<GoldenLine> lines;
  private final GoldenAddress shipping;
  private final Map<String, String> labels;
  private final String legacyCode;
  private final Map<String, JsonElement> additionalProperties;
  private static final Set<String> WIRE_NAMES = Set.of("id", "quantity", "price", "discount", "weight", "gift", "note", "status", "channel", "tags", "lines", "shipping", "labels", "legacyCode");

  private GoldenOrder(Builder builder) {
    this.id = builder.id;
    this.quantity = builder.quantity;
    this.price = builder.price;
    this.discount = builder.discount;
    this.weight = builder.weight;
    this.gift = builder.gift;
    this.note = builder.note;
    this.status = builder.status;
    this.channel = builder.channel;
    this.tags = Values.copy(builder.tags);
    this.lines = Values.copy(builder.lines);
    this.shipping = builder.shipping;
    this.labels = Values.copy(builder.labels);
    this.legacyCode = builder.legacyCode;
    this.additionalProperties = Values.copy(builder.additionalProperties);
  }

  /**
   * Starts an empty {@code GoldenOrder}.
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
    builder.id = id;
    builder.quantity = quantity;
    builder.price = price;
    builder.discount = discount;
    builder.weight = weight;
    builder.gift = gift;
    builder.note = note;
    builder.status = status;
    builder.channel = channel;
    builder.tags = tags;
    builder.lines = lines;
    builder.shipping = shipping;
    builder.labels = labels;
    builder.legacyCode = legacyCode;
    builder.additionalProperties.putAll(additionalProperties);
    return builder;
  }

  /**
   * Returns The order id.
   * (wire name {@code id}).
   *
   * @return the value, or {@code null} when absent
   */
  public String id() {
    return id;
  }

  /**
   * Returns the {@code quantity} property
   * (wire name {@code quantity}).
   *
   * @return the value, or {@code null} when absent
   */
  public Long quantity() {
    return quantity;
  }

  /**
   * Returns the {@code price} property
   * (wire name {@code price}).
   *
   * @return the value, or {@code null} when absent
   */
  public Double price() {
    return price;
  }

  /**
   * Returns the {@code discount} property
   * (wire name {@code discount}).
   *
   * @return the value, or {@code null} when absent
   */
  public Double discount() {
    return discount;
  }

  /**
   * Returns the {@code weight} property
   * (wire name {@code weight}).
   *
   * @return the value, or {@code null} when absent
   */
  public Double weight() {
    return weight;
  }

  /**
   * Returns the {@code gift} property
   * (wire name {@code gift}).
   *
   * @return the value, or {@code null} when absent
   */
  public Boolean gift() {
    return gift;
  }

  /**
   * Returns Non-null, so required; a *{@literal /} in a property description too.
   * (wire name {@code note}).
   *
   * @return the value, or {@code null} when absent
   */
  public String note() {
    return note;
  }

  /**
   * Returns the {@code status} property
   * (wire name {@code status}).
   *
   * @return the value, or {@code null} when absent
   */
  public GoldenStatus status() {
    return status;
  }

  /**
   * Returns the {@code channel} property
   * (wire name {@code channel}).
   *
   * @return the value, or {@code null} when absent
   */
  public ChannelEnum channel() {
    return channel;
  }

  /**
   * Returns the {@code tags} property
   * (wire name {@code tags}).
   *
   * @return the value, empty when absent
   */
  public List<String> tags() {
    return tags == null ? List.of() : tags;
  }

  /**
   * Returns the {@code lines} property
   * (wire name {@code lines}).
   *
   * @return the value, empty when absent
   */
  public List<GoldenLine> lines() {
    return lines == null ? List.of() : lines;
  }

  /**
   * Returns the {@code shipping} property
   * (wire name {@code shipping}).
   *
   * @return the value, or {@code null} when absent
   */
  public GoldenAddress shipping() {
    return shipping;
  }

  /**
   * Returns the {@code labels} property
   * (wire name {@code labels}).
   *
   * @return the value, empty when absent
   */
  public Map<String, String> labels() {
    return labels == null ? Map.of() : labels;
  }

  /**
   * Returns the {@code legacyCode} property
   * (wire name {@code legacyCode}).
   *
   * @return the value, or {@code null} when absent
   */
  public String legacyCode() {
    return legacyCode;
  }

  private static final Pattern PATTERN_id = Pattern.compile("^[a-z]+-\\d+$");

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
    Constraints.present(sink, path, "id", this.id);
    Constraints.present(sink, path, "note", this.note);
    Constraints.present(sink, path, "lines", this.lines);
    Constraints.text(sink, path, "id", this.id, PATTERN_id, 3, 20);
    Constraints.number(sink, path, "quantity", this.quantity, "1", false, "100", false);
    Constraints.number(sink, path, "price", this.price, "0", true, null, false);
    Constraints.number(sink, path, "discount", this.discount, null, false, "1", true);
    Constraints.number(sink, path, "weight", this.weight, null, false, null, false);
    Constraints.items(sink, path, "tags", this.tags, 1, 3);
    for (int i = 0; this.lines != null && i < this.lines.size(); i++) {
      this.lines.get(i).validate(Constraints.item(path, "lines", i), sink);
    }
    if (this.shipping != null) {
      this.shipping.validate(Constraints.at(path, "shipping"), sink);
    }
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
    if (!(o instanceof GoldenOrder)) {
      return false;
    }
    GoldenOrder other = (GoldenOrder) o;
    return Objects.equals(id, other.id)
        && Objects.equals(quantity, other.quantity)
        && Objects.equals(price, other.price)
        && Objects.equals(discount, other.discount)
        && Objects.equals(weight, other.weight)
        && Objects.equals(gift, other.gift)
        && Objects.equals(note, other.note)
        && Objects.equals(status, other.status)
        && Objects.equals(channel, other.channel)
        && Objects.equals(tags, other.tags)
        && Objects.equals(lines, other.lines)
        && Objects.equals(shipping, other.shipping)
        && Objects.equals(labels, other.labels)
        && Objects.equals(legacyCode, other.legacyCode)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, quantity, price, discount, weight, gift, note, status, channel, tags, lines, shipping, labels, legacyCode, additionalProperties);
  }

  @Override
  public String toString() {
    StringJoiner text = new StringJoiner(", ", "GoldenOrder{", "}");
    Values.append(text, "id", id);
    Values.append(text, "quantity", quantity);
    Values.append(text, "price", price);
    Values.append(text, "discount", discount);
    Values.append(text, "weight", weight);
    Values.append(text, "gift", gift);
    Values.append(text, "note", note);
    Values.append(text, "status", status);
    Values.append(text, "channel", channel);
    Values.append(text, "tags", tags);
    Values.append(text, "lines", lines);
    Values.append(text, "shipping", shipping);
    Values.append(text, "labels", labels);
    Values.append(text, "legacyCode", legacyCode);
    Values.append(text, "additionalProperties", additionalProperties.isEmpty() ? null : additionalProperties);
    return text.toString();
  }

  /** Builds a {@link GoldenOrder}; every property starts unset. */
  public static final class Builder {
    private String id;
    private Long quantity;
    private Double price;
    private Double discount;
    private Double weight;
    private Boolean gift;
    private String note;
    private GoldenStatus status;
    private ChannelEnum channel;
    private List<String> tags;
    private List<GoldenLine> lines;
    private GoldenAddress shipping;
    private Map<String, String> labels;
    private String legacyCode;
    private final Map<String, JsonElement> additionalProperties = new LinkedHashMap<>();

    private Builder() {
    }

    /**
     * Sets The order id.
     * (wire name {@code id}).
     *
     * @param id the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets the {@code quantity} property
     * (wire name {@code quantity}).
     *
     * @param quantity the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder quantity(Long quantity) {
      this.quantity = quantity;
      return this;
    }

    /**
     * Sets {@code quantity} from a primitive, so that literals such as {@code 8} need no cast.
     *
     * @param quantity the value
     * @return this builder
     */
    public Builder quantity(long quantity) {
      return quantity((Long) quantity);
    }

    /**
     * Sets the {@code price} property
     * (wire name {@code price}).
     *
     * @param price the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder price(Double price) {
      this.price = price;
      return this;
    }

    /**
     * Sets {@code price} from a primitive, so that literals such as {@code 8} need no cast.
     *
     * @param price the value
     * @return this builder
     */
    public Builder price(double price) {
      return price((Double) price);
    }

    /**
     * Sets the {@code discount} property
     * (wire name {@code discount}).
     *
     * @param discount the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder discount(Double discount) {
      this.discount = discount;
      return this;
    }

    /**
     * Sets {@code discount} from a primitive, so that literals such as {@code 8} need no cast.
     *
     * @param discount the value
     * @return this builder
     */
    public Builder discount(double discount) {
      return discount((Double) discount);
    }

    /**
     * Sets the {@code weight} property
     * (wire name {@code weight}).
     *
     * @param weight the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder weight(Double weight) {
      this.weight = weight;
      return this;
    }

    /**
     * Sets {@code weight} from a primitive, so that literals such as {@code 8} need no cast.
     *
     * @param weight the value
     * @return this builder
     */
    public Builder weight(double weight) {
      return weight((Double) weight);
    }

    /**
     * Sets the {@code gift} property
     * (wire name {@code gift}).
     *
     * @param gift the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder gift(Boolean gift) {
      this.gift = gift;
      return this;
    }

    /**
     * Sets Non-null, so required; a *{@literal /} in a property description too.
     * (wire name {@code note}).
     *
     * @param note the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder note(String note) {
      this.note = note;
      return this;
    }

    /**
     * Sets the {@code status} property
     * (wire name {@code status}).
     *
     * @param status the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder status(GoldenStatus status) {
      this.status = status;
      return this;
    }

    /**
     * Sets the {@code channel} property
     * (wire name {@code channel}).
     *
     * @param channel the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder channel(ChannelEnum channel) {
      this.channel = channel;
      return this;
    }

    /**
     * Sets the {@code tags} property
     * (wire name {@code tags}).
     *
     * @param tags the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder tags(List<String> tags) {
      this.tags = tags;
      return this;
    }

    /**
     * Sets {@code tags} from the given items, in order.
     *
     * @param tags the items
     * @return this builder
     */
    @SafeVarargs
    public final Builder tags(String... tags) {
      return tags(Arrays.asList(tags));
    }

    /**
     * Sets the {@code lines} property
     * (wire name {@code lines}).
     *
     * @param lines the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder lines(List<GoldenLine> lines) {
      this.lines = lines;
      return this;
    }

    /**
     * Sets {@code lines} from the given items, in order.
     *
     * @param lines the items
     * @return this builder
     */
    @SafeVarargs
    public final Builder lines(GoldenLine... lines) {
      return lines(Arrays.asList(lines));
    }

    /**
     * Sets the {@code shipping} property
     * (wire name {@code shipping}).
     *
     * @param shipping the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder shipping(GoldenAddress shipping) {
      this.shipping = shipping;
      return this;
    }

    /**
     * Sets the {@code labels} property
     * (wire name {@code labels}).
     *
     * @param labels the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder labels(Map<String, String> labels) {
      this.labels = labels;
      return this;
    }

    /**
     * Sets the {@code legacyCode} property
     * (wire name {@code legacyCode}).
     *
     * @param legacyCode the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder legacyCode(String legacyCode) {
      this.legacyCode = legacyCode;
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
      additionalProperties.put(Values.checkUnknown(Objects.requireNonNull(name, "name"), WIRE_NAMES, "GoldenOrder"),
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
    public GoldenOrder build() {
      return new GoldenOrder(this);
    }
  }

  /** Reads and writes {@link GoldenOrder} by wire name, keeping unknown properties. */
  static final class GsonAdapterFactory implements TypeAdapterFactory {
    @Override
    @SuppressWarnings("unchecked")
    public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
      return type.getRawType() == GoldenOrder.class ? (TypeAdapter<T>) new GsonAdapter(gson) : null;
    }
  }

  private static final class GsonAdapter extends TypeAdapter<GoldenOrder> {
    private final TypeAdapter<String> idAdapter;
    private final TypeAdapter<Long> quantityAdapter;
    private final TypeAdapter<Double> priceAdapter;
    private final TypeAdapter<Double> discountAdapter;
    private final TypeAdapter<Double> weightAdapter;
    private final TypeAdapter<Boolean> giftAdapter;
    private final TypeAdapter<String> noteAdapter;
    private final TypeAdapter<GoldenStatus> statusAdapter;
    private final TypeAdapter<ChannelEnum> channelAdapter;
    private final TypeAdapter<List<String>> tagsAdapter;
    private final TypeAdapter<List<GoldenLine>> linesAdapter;
    private final TypeAdapter<GoldenAddress> shippingAdapter;
    private final TypeAdapter<Map<String, String>> labelsAdapter;
    private final TypeAdapter<String> legacyCodeAdapter;

    GsonAdapter(Gson gson) {
      this.idAdapter = gson.getAdapter(new TypeToken<String>() { });
      this.quantityAdapter = gson.getAdapter(new TypeToken<Long>() { });
      this.priceAdapter = gson.getAdapter(new TypeToken<Double>() { });
      this.discountAdapter = gson.getAdapter(new TypeToken<Double>() { });
      this.weightAdapter = gson.getAdapter(new TypeToken<Double>() { });
      this.giftAdapter = gson.getAdapter(new TypeToken<Boolean>() { });
      this.noteAdapter = gson.getAdapter(new TypeToken<String>() { });
      this.statusAdapter = gson.getAdapter(new TypeToken<GoldenStatus>() { });
      this.channelAdapter = gson.getAdapter(new TypeToken<ChannelEnum>() { });
      this.tagsAdapter = gson.getAdapter(new TypeToken<List<String>>() { });
      this.linesAdapter = gson.getAdapter(new TypeToken<List<GoldenLine>>() { });
      this.shippingAdapter = gson.getAdapter(new TypeToken<GoldenAddress>() { });
      this.labelsAdapter = gson.getAdapter(new TypeToken<Map<String, String>>() { });
      this.legacyCodeAdapter = gson.getAdapter(new TypeToken<String>() { });
    }

    @Override
    public void write(JsonWriter out, GoldenOrder instance) throws IOException {
      if (instance == null) {
        out.nullValue();
        return;
      }
      out.beginObject();
      if (instance.id != null) {
        out.name("id");
        Values.write(out, idAdapter, instance.id);
      }
      if (instance.quantity != null) {
        out.name("quantity");
        Values.write(out, quantityAdapter, instance.quantity);
      }
      if (instance.price != null) {
        out.name("price");
        Values.write(out, priceAdapter, instance.price);
      }
      if (instance.discount != null) {
        out.name("discount");
        Values.write(out, discountAdapter, instance.discount);
      }
      if (instance.weight != null) {
        out.name("weight");
        Values.write(out, weightAdapter, instance.weight);
      }
      if (instance.gift != null) {
        out.name("gift");
        Values.write(out, giftAdapter, instance.gift);
      }
      if (instance.note != null) {
        out.name("note");
        Values.write(out, noteAdapter, instance.note);
      }
      if (instance.status != null) {
        out.name("status");
        Values.write(out, statusAdapter, instance.status);
      }
      if (instance.channel != null) {
        out.name("channel");
        Values.write(out, channelAdapter, instance.channel);
      }
      if (instance.tags != null) {
        out.name("tags");
        Values.write(out, tagsAdapter, instance.tags);
      }
      if (instance.lines != null) {
        out.name("lines");
        Values.write(out, linesAdapter, instance.lines);
      }
      if (instance.shipping != null) {
        out.name("shipping");
        Values.write(out, shippingAdapter, instance.shipping);
      }
      if (instance.labels != null) {
        out.name("labels");
        Values.write(out, labelsAdapter, instance.labels);
      }
      if (instance.legacyCode != null) {
        out.name("legacyCode");
        Values.write(out, legacyCodeAdapter, instance.legacyCode);
      }
      Values.writeAdditional(out, instance.additionalProperties);
      out.endObject();
    }

    @Override
    public GoldenOrder read(JsonReader in) throws IOException {
      if (in.peek() == JsonToken.NULL) {
        in.nextNull();
        return null;
      }
      Builder builder = new Builder();
      in.beginObject();
      while (in.hasNext()) {
        String property = in.nextName();
        switch (property) {
          case "id":
            builder.id = idAdapter.read(in);
            break;
          case "quantity":
            builder.quantity = quantityAdapter.read(in);
            break;
          case "price":
            builder.price = priceAdapter.read(in);
            break;
          case "discount":
            builder.discount = discountAdapter.read(in);
            break;
          case "weight":
            builder.weight = weightAdapter.read(in);
            break;
          case "gift":
            builder.gift = giftAdapter.read(in);
            break;
          case "note":
            builder.note = noteAdapter.read(in);
            break;
          case "status":
            builder.status = statusAdapter.read(in);
            break;
          case "channel":
            builder.channel = channelAdapter.read(in);
            break;
          case "tags":
            builder.tags = tagsAdapter.read(in);
            break;
          case "lines":
            builder.lines = linesAdapter.read(in);
            break;
          case "shipping":
            builder.shipping = shippingAdapter.read(in);
            break;
          case "labels":
            builder.labels = labelsAdapter.read(in);
            break;
          case "legacyCode":
            builder.legacyCode = legacyCodeAdapter.read(in);
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


package ai.leonardo.sdk.model;

import com.google.gson.annotations.SerializedName;
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
 * Where the order is.
 *
 * <p>An open set: the constants are the values the spec lists, and {@link #of(String)} also holds
 * a value the vendor added after this SDK was built, keeping its text (see {@link OpenEnum}).
 */
@JsonAdapter(GoldenStatus.Adapter.class)
public final class GoldenStatus extends OpenEnum {
  /** The value {@code "open"}. */
  public static final GoldenStatus OPEN = new GoldenStatus("open", true);
  /** The value {@code "closed"}. */
  public static final GoldenStatus CLOSED = new GoldenStatus("closed", true);
  private static final Map<String, GoldenStatus> KNOWN = index(OPEN, CLOSED);

  private GoldenStatus(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the constant for a known value, or a new unknown value keeping the text.
   *
   * @param value the wire value
   * @return the matching constant, or an unknown value
   */
  public static GoldenStatus of(String value) {
    GoldenStatus known = KNOWN.get(Objects.requireNonNull(value, "value"));
    return known != null ? known : new GoldenStatus(value, false);
  }

  /**
   * Returns every value the spec this SDK was built from lists, in spec order.
   *
   * @return the known values
   */
  public static List<GoldenStatus> knownValues() {
    return List.copyOf(KNOWN.values());
  }

  static final class Adapter extends OpenEnumAdapter<GoldenStatus> {
    Adapter() {
      super(GoldenStatus::of);
    }
  }
}



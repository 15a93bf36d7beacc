package ai.leonardo.sdk.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A value of one of the spec's enumerations, kept open: the vendor adds values (new models, new
 * styles, new statuses) faster than users upgrade, so a value this SDK does not know is neither
 * an error nor lost. Each generated enumeration has a constant per value the spec lists and
 * {@code of(String)} for any other; {@link #isKnown()} tells the two apart and {@link #value()}
 * is always the text the wire carries.
 *
 * <p>Two values are equal when they are of the same enumeration and carry the same text. Use
 * {@code switch (x.value())} for a switch over the known values plus a default.
 */
public abstract class OpenEnum {
    private final String value;
    private final boolean known;

    OpenEnum(String value, boolean known) {
        this.value = value;
        this.known = known;
    }

    /**
     * Returns the value as the wire carries it.
     *
     * @return the text, never {@code null}
     */
    public final String value() {
        return value;
    }

    /**
     * Tells whether the spec this SDK was built from lists this value.
     *
     * @return {@code true} for a listed value, {@code false} for one the vendor added since
     */
    public final boolean isKnown() {
        return known;
    }

    @Override
    public final boolean equals(Object o) {
        return o == this || (o != null && o.getClass() == getClass() && ((OpenEnum) o).value.equals(value));
    }

    @Override
    public final int hashCode() {
        return value.hashCode();
    }

    /** Returns the wire text, so string concatenation and logs show what was sent. */
    @Override
    public final String toString() {
        return value;
    }

    @SafeVarargs
    static <E extends OpenEnum> Map<String, E> index(E... constants) {
        Map<String, E> byValue = new LinkedHashMap<>();
        for (E constant : constants) {
            byValue.put(constant.value(), constant);
        }
        return Collections.unmodifiableMap(byValue);
    }
}

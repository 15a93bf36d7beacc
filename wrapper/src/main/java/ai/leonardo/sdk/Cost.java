package ai.leonardo.sdk;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a generation cost, as the API reported it at creation.
 *
 * @param amount the amount, exact as sent (the API sends it as a decimal string)
 * @param unit the unit as sent, for example {@code CREDITS} or {@code DOLLARS}
 */
public record Cost(BigDecimal amount, String unit) {
    /** Checks the components are present. */
    public Cost {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(unit, "unit");
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + unit;
    }
}

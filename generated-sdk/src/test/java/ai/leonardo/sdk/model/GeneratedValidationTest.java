package ai.leonardo.sdk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the generated {@code validate} checks, on the template fixture (src/test/golden/fixture-spec.json),
 * whose types compile with these tests: each constraint the schema states, by wire-name path, with the
 * bound as the spec writes it and the value given.
 */
class GeneratedValidationTest {
    private static final GoldenOrder VALID = GoldenOrder.builder().id("order-1").note("n")
            .lines(GoldenLine.builder().sku("s-1").build()).build();

    /** One reported violation: kind, path, value, rule. */
    record Report(String kind, String path, Object value, String rule) {
    }

    private static List<Report> validate(GoldenOrder order) {
        List<Report> reports = new ArrayList<>();
        order.validate(new ConstraintSink() {
            @Override
            public void violated(String path, Object value, String rule) {
                reports.add(new Report("violated", path, value, rule));
            }

            @Override
            public void unsendable(String path, Object value, String rule) {
                reports.add(new Report("unsendable", path, value, rule));
            }
        });
        return reports;
    }

    @Test
    void aValueWithinEveryConstraintReportsNothing() {
        assertThat(validate(VALID.toBuilder().quantity(100).price(0.01).discount(0.99).tags("a", "b", "c")
                .shipping(GoldenAddress.builder().city("Oslo").build()).channel(GoldenOrder.ChannelEnum.of("kiosk"))
                .status(GoldenStatus.of("NOT_A_VENDOR_VALUE_SDK_TEST")).build()))
                .as("bounds are inclusive unless exclusive; open enums take unlisted values").isEmpty();
    }

    @Test
    void missingRequiredPropertiesAreUnsendableAndLeadTheReport() {
        assertThat(validate(GoldenOrder.builder().quantity(0).build())).containsExactly(
                new Report("unsendable", "id", null, "is required"),
                new Report("unsendable", "note", null, "is required"),
                new Report("unsendable", "lines", null, "is required"),
                new Report("violated", "quantity", 0L, "must be between 1 and 100"));
    }

    @Test
    void aBlankRequiredTextSaysNothing() {
        assertThat(validate(VALID.toBuilder().note(" ").build()))
                .containsExactly(new Report("violated", "note", " ", "must not be blank"));
    }

    @Test
    void exclusiveBoundsExcludeTheBoundItself() {
        assertThat(validate(VALID.toBuilder().price(0).discount(1).build())).containsExactly(
                new Report("violated", "price", 0.0, "must be greater than 0"),
                new Report("violated", "discount", 1.0, "must be less than 1"));
    }

    @Test
    void aNumberJsonCannotCarryIsUnsendable() {
        assertThat(validate(VALID.toBuilder().weight(Double.NaN).build()))
                .containsExactly(new Report("unsendable", "weight", Double.NaN, "must be a finite number"));
    }

    @Test
    void lengthComesBeforeThePatternAndThePatternNeedsAMatch() {
        assertThat(validate(VALID.toBuilder().id("ab").build()))
                .containsExactly(new Report("violated", "id", "ab", "must be between 3 and 20 characters long"));
        assertThat(validate(VALID.toBuilder().id("Order-1").build()))
                .containsExactly(new Report("violated", "id", "Order-1", "must match ^[a-z]+-\\d+$"));
    }

    @Test
    void listBoundsCountItems() {
        assertThat(validate(VALID.toBuilder().tags("a", "b", "c", "d").build()))
                .containsExactly(new Report("violated", "tags", List.of("a", "b", "c", "d"), "must have between 1 and 3 items"));
    }

    @Test
    void aLengthOrItemCountAtEitherBoundIsWithinAndOnePastItIsNot() {
        assertThat(validate(VALID.toBuilder().id("a-1").tags("a").build())).isEmpty();
        assertThat(validate(VALID.toBuilder().id("abcdefghijklmnopq-12").build())).isEmpty();
        assertThat(validate(VALID.toBuilder().id("abcdefghijklmnopq-123").tags(List.of()).build())).containsExactly(
                new Report("violated", "id", "abcdefghijklmnopq-123", "must be between 3 and 20 characters long"),
                new Report("violated", "tags", List.of(), "must have between 1 and 3 items"));
    }

    @Test
    void nestedValuesAreCheckedWithTheirPath() {
        GoldenOrder order = VALID.toBuilder()
                .lines(GoldenLine.builder().sku("s-1").build(), GoldenLine.builder().amount(-1).build())
                .shipping(GoldenAddress.builder().city("").build())
                .build();

        assertThat(validate(order)).containsExactly(
                new Report("unsendable", "lines[1].sku", null, "is required"),
                new Report("violated", "lines[1].amount", -1.0, "must be at least 0"),
                new Report("violated", "shipping.city", "", "must be at least 1 character long"));
    }
}

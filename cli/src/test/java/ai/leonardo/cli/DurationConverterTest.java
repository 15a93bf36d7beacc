package ai.leonardo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** Durations as people type them; zero only where it means something (a fake's job duration or latency). */
class DurationConverterTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"0, PT0S", "0ms, PT0S", "PT0S, PT0S", "500ms, PT0.5S", "5m, PT5M"})
    void zeroAllowedTakesZeroAndPositiveDurations(String typed, Duration expected) {
        assertThat(new DurationConverter.ZeroAllowed().convert(typed)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"0, must be a positive duration", "0s, must be a positive duration", "5, needs a unit",
        "-1s, is not a duration"})
    void timeoutsAndIntervalsRefuseZeroAndBareNumbers(String typed, String message) {
        assertThatThrownBy(() -> new DurationConverter().convert(typed))
                .isInstanceOf(CommandLine.TypeConversionException.class).hasMessageContaining(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"-1s, is not a duration", "5, needs a unit", "PT-1S, must be a zero or positive duration"})
    void zeroAllowedStillRefusesNegativeDurations(String typed, String message) {
        assertThatThrownBy(() -> new DurationConverter.ZeroAllowed().convert(typed))
                .isInstanceOf(CommandLine.TypeConversionException.class).hasMessageContaining(message);
    }
}

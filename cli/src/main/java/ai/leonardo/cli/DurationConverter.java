package ai.leonardo.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * Reads a duration the way people type one: {@code 500ms}, {@code 30s}, {@code 5m}, {@code 1h}, or
 * ISO-8601 {@code PT5M}. Only positive durations: a zero timeout or poll interval means nothing.
 * {@link ZeroAllowed} also takes {@code 0}, for settings where zero means something (a fake whose jobs
 * complete at once).
 */
class DurationConverter implements CommandLine.ITypeConverter<Duration> {
    private static final Pattern SHORT = Pattern.compile("(\\d+)(ms|s|m|h)?");

    private final boolean zeroAllowed;

    DurationConverter() {
        this(false);
    }

    private DurationConverter(boolean zeroAllowed) {
        this.zeroAllowed = zeroAllowed;
    }

    /** Zero or positive: {@code --job-duration 0} makes a fake's jobs complete at once. */
    static final class ZeroAllowed extends DurationConverter {
        ZeroAllowed() {
            super(true);
        }
    }

    @Override
    public Duration convert(String value) {
        Duration duration = parse(value);
        if (duration.isNegative() || duration.isZero() && !zeroAllowed) {
            throw new CommandLine.TypeConversionException("'" + value + "' must be a "
                    + (zeroAllowed ? "zero or positive" : "positive") + " duration");
        }
        return duration;
    }

    private static Duration parse(String value) {
        String text = value.trim().toLowerCase(Locale.ROOT);
        Matcher m = SHORT.matcher(text);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            if (m.group(2) == null) {
                // A bare number is only unambiguous as zero; "5" could mean seconds or milliseconds.
                if (n == 0) {
                    return Duration.ZERO;
                }
                throw new CommandLine.TypeConversionException("'" + value + "' needs a unit (500ms, 30s, 5m, 1h)");
            }
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofHours(n);
            };
        }
        try {
            return Duration.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException(
                    "'" + value + "' is not a duration (examples: 500ms, 30s, 5m, 1h, PT5M)");
        }
    }
}

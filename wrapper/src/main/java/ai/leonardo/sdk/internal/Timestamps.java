package ai.leonardo.sdk.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

/** Reads the API's timestamps, which the spec types as bare strings. */
public final class Timestamps {
    private Timestamps() {
    }

    /**
     * The API sends ISO-8601 without an offset (UTC); an offset is honoured when present.
     *
     * @param text the timestamp as sent, or null
     * @return the instant, or null when absent or unreadable
     */
    public static Instant parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text, OffsetDateTime::from,
                    LocalDateTime::from);
            return parsed instanceof OffsetDateTime offset ? offset.toInstant()
                    : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

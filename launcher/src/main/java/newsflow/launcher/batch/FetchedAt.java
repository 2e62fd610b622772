package newsflow.launcher.batch;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The manifest's {@code fetched_at}: an ISO-8601 instant ({@code 2024-03-06T12:00:00Z}), a date-time with offset
 * ({@code 2024-03-06T14:00:00+02:00}) or a date alone ({@code 2024-03-06}, taken as the start of that day in UTC).
 */
public final class FetchedAt {
    private FetchedAt() {
    }

    /**
     * @param text the field's value
     * @return the instant
     * @throws IllegalArgumentException naming the field {@code fetched_at} when the value is none of the forms
     */
    public static Instant parse(String text) {
        String t = text == null ? "" : text.strip();
        try {
            if (t.length() == 10) {
                return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("fetched_at \"" + text + "\" is not an ISO-8601 instant, date-time"
                    + " with offset or date (e.g. 2024-03-06T12:00:00Z or 2024-03-06)");
        }
    }
}

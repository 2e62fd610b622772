package newsflow.launcher.demo.site;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/**
 * HTTP-date formatting and parsing (RFC 9110 §5.6.7, IMF-fixdate such as {@code Tue, 04 Mar 2025 10:15:00 GMT}).
 */
final class HttpDates {
    private static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private HttpDates() {
    }

    /**
     * @param instant a moment; sub-second parts are dropped (HTTP dates have one-second resolution)
     * @return the IMF-fixdate text
     */
    static String format(Instant instant) {
        return IMF_FIXDATE.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * @param text an HTTP-date header value (IMF-fixdate or any RFC 1123 form), or null
     * @return the instant, or empty when absent or unparseable (the header is then ignored, RFC 9110 §13.1.3)
     */
    static Optional<Instant> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZonedDateTime.parse(text.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}

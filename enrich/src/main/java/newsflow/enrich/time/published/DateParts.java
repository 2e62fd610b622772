package newsflow.enrich.time.published;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A calendar date, optionally with a time and a UTC offset, at the precision a page gives it.
 * Fields below the precision are 0 (time) or 1 (month, day). Immutable.
 *
 * @param year      four-digit year
 * @param month     1..12 (1 below month precision)
 * @param day       1..31 (1 below day precision)
 * @param hour      0..23
 * @param minute    0..59
 * @param second    0..59
 * @param nanos     fraction of the second, 0..999,999,999
 * @param offset    the offset the page gives, or null when it gives none (or the precision is below minute)
 * @param precision how much of the value the page gives
 */
public record DateParts(int year, int month, int day, int hour, int minute, int second, int nanos,
                        ZoneOffset offset, DatePrecision precision) {

    /** Earliest plausible web publication year (htmldate uses 1995 too). */
    public static final int MIN_YEAR = 1995;

    private static final DateTimeFormatter SECOND_FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    /**
     * @return a date at day precision, or null when the fields make no calendar date
     */
    public static DateParts ofDay(int year, int month, int day) {
        return valid(year, month, day) ? new DateParts(year, month, day, 0, 0, 0, 0, null, DatePrecision.DAY) : null;
    }

    /** @return a month-precision value, or null when the month is out of range */
    public static DateParts ofMonth(int year, int month) {
        return month >= 1 && month <= 12 && year >= 1000
                ? new DateParts(year, month, 1, 0, 0, 0, 0, null, DatePrecision.MONTH) : null;
    }

    /**
     * @return a date-time (minute or second precision), or null when the fields make no valid date-time
     */
    public static DateParts ofTime(int year, int month, int day, int hour, int minute, int second, int nanos,
                                   ZoneOffset offset, DatePrecision precision) {
        if (!valid(year, month, day) || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
                || second > 59) {
            return null;
        }
        return new DateParts(year, month, day, hour, minute, second, nanos, offset, precision);
    }

    private static boolean valid(int year, int month, int day) {
        if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) {
            return false;
        }
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** @return true when a time of day is given (minute or second precision) */
    public boolean hasTime() {
        return precision.compareTo(DatePrecision.MINUTE) >= 0;
    }

    /** @return true when at least a calendar day is given */
    public boolean hasDay() {
        return precision.compareTo(DatePrecision.DAY) >= 0;
    }

    /** @return the calendar date as the page gives it (first of the period below day precision) */
    public LocalDate localDate() {
        return LocalDate.of(year, month, day);
    }

    /** @return the local date-time as the page writes it (midnight below minute precision) */
    public LocalDateTime localDateTime() {
        return LocalDateTime.of(year, month, day, hour, minute, second, nanos);
    }

    /** @return this value with the given offset (a time without one takes it), same local fields */
    public DateParts withOffset(ZoneOffset o) {
        return new DateParts(year, month, day, hour, minute, second, nanos, o, precision);
    }

    /**
     * The earliest instant this value can denote, for the "not after the fetch" test: a value without an offset
     * is read at UTC+14, the easternmost offset, so that no real local time is rejected.
     *
     * @return the earliest instant
     */
    public Instant earliestInstant() {
        ZoneOffset o = offset != null ? offset : ZoneOffset.ofHours(14);
        return localDateTime().toInstant(o);
    }

    /** @return true when both give the same calendar day as written */
    public boolean sameDay(DateParts other) {
        return year == other.year && month == other.month && day == other.day;
    }

    /**
     * The ISO 8601 text at this precision: {@code 2018}, {@code 2018-09}, {@code 2018-09-06},
     * {@code 2018-09-06T01:52:00+03:00}; a time without offset takes the offset of {@code zone} at that local
     * time when a zone is given, else stays without offset.
     *
     * @param zone the source's configured zone, or null
     * @return the ISO text
     */
    public String isoValue(ZoneId zone) {
        switch (precision) {
            case YEAR:
                return String.format(java.util.Locale.ROOT, "%04d", year);
            case MONTH:
                return String.format(java.util.Locale.ROOT, "%04d-%02d", year, month);
            case DAY:
                return localDate().toString();
            default:
                break;
        }
        StringBuilder sb = new StringBuilder(localDateTime().withNano(0).format(SECOND_FORMAT));
        if (nanos != 0) {
            String frac = String.format(java.util.Locale.ROOT, "%09d", nanos);
            int end = frac.length();
            while (end > 3 && frac.charAt(end - 1) == '0') {
                end--;
            }
            sb.append('.').append(frac, 0, end);
        }
        ZoneOffset o = offset;
        if (o == null && zone != null) {
            o = zone.getRules().getOffset(localDateTime());
        }
        if (o != null) {
            sb.append(o.getTotalSeconds() == 0 ? "Z" : o.getId());
        }
        return sb.toString();
    }

    /** @return the instant when an offset is known, else null */
    public Instant instant() {
        return offset == null ? null : OffsetDateTime.of(localDateTime(), offset).toInstant();
    }
}

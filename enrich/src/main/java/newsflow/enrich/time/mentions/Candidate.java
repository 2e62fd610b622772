package newsflow.enrich.time.mentions;

import newsflow.enrich.time.calendar.CalendarSystem;

/**
 * One expression found by a grammar, before overlaps are resolved.
 *
 * @param start      start index in the normalised text (UTF-16)
 * @param end        end index (exclusive) in the normalised text
 * @param value      TIMEX3 value
 * @param type       TIMEX3 type: DATE, TIME, DURATION or SET
 * @param explicit   true when the value is fully given by the text (an anchored calendar date), false when
 *                   it was resolved against the reference date or is a duration/set
 * @param ambiguous  true when a numeric date's order was chosen by the source's order, else null
 * @param resolvedBy how an ambiguity was resolved ({@code source_order}), or null
 * @param calendar   the calendar the text writes the date in, when not the Gregorian one, else null
 * @param original   the date in that calendar ({@link CalendarSystem#original}), or null
 */
record Candidate(int start, int end, String value, String type, boolean explicit, Boolean ambiguous,
                 String resolvedBy, CalendarSystem calendar, String original) {

    Candidate(int start, int end, String value, String type, boolean explicit, Boolean ambiguous,
              String resolvedBy) {
        this(start, end, value, type, explicit, ambiguous, resolvedBy, null, null);
    }

    /**
     * @return this candidate recorded as written in {@code calendar}: {@code original} is the date there
     */
    Candidate inCalendar(CalendarSystem calendar, String original) {
        return new Candidate(start, end, value, type, explicit, ambiguous, resolvedBy, calendar, original);
    }

    /** @return this candidate with another extent and value, its calendar kept */
    Candidate spanning(int newStart, int newEnd, String newValue) {
        return new Candidate(newStart, newEnd, newValue, type, explicit, ambiguous, resolvedBy, calendar, original);
    }

    static Candidate date(int start, int end, String value, boolean explicit) {
        return new Candidate(start, end, value, "DATE", explicit, null, null);
    }

    static Candidate of(int start, int end, String value, String type) {
        return new Candidate(start, end, value, type, false, null, null);
    }

    int length() {
        return end - start;
    }
}

package newsflow.enrich.time.published;

import java.util.regex.Pattern;

/**
 * Tells whether a date found in text is one end of a range ("6.–7. März 2020", "2020/7/11-12", "4 to 5 May"):
 * a span of days is an event's (a fair, a match day, a results table), never the day a page was published, so
 * such dates are not publication candidates. A time before the dash ("12:30 – 5 March 2024") is not a range.
 */
final class DateRanges {

    /**
     * A day number and a dash (or "bis", "to", "au", "al") right before the date: "6. - 7. März", "6.–7. März",
     * "5 - 7 May", "4 to 5 May"; not after a numbering word ("Teil 3 – 5. März 2024", "No. 12 - 5 May").
     */
    private static final Pattern BEFORE = Pattern.compile(
            "(?<![\\d:.,/])(?<!(?:nr|no|teil|part|folge|seite|page|kapitel|chapter|ausgabe|issue|vol|band|heft|#)"
            + "\\.?\\s?)\\d{1,2}(?:\\.|st|nd|rd|th|er)?\\s?(?:[-–—~]|bis|to|au|al)\\s?$");
    /** A dash and a day number written tight after the date ({@code 2020/7/11-12}; not "5.3.2024 - 12 Kommentare"). */
    private static final Pattern AFTER = Pattern.compile("^[-–—~]\\d{1,2}(?![\\d:./])");
    /** Characters looked at on either side. */
    private static final int WINDOW = 24;

    private DateRanges() {
    }

    /**
     * @param folded folded text
     * @param date   a date found in it
     * @return true when the date is the start or end of a range of days
     */
    static boolean isRange(String folded, TextDate date) {
        String before = folded.substring(Math.max(0, date.start() - WINDOW), date.start());
        String after = folded.substring(date.end(), Math.min(folded.length(), date.end() + WINDOW));
        return BEFORE.matcher(before).find() || AFTER.matcher(after).find();
    }
}

package newsflow.enrich.time.mentions;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Named days of the English-speaking news calendar (fixed dates and US federal holidays by their rule in
 * 5 U.S.C. 6103: Thanksgiving = fourth Thursday of November, Memorial Day = last Monday of May, Labor Day
 * = first Monday of September), plus spoken years ("nineteen ninety-six", "the year two thousand") and
 * decade words ("the nineties" → 199). The holiday year is the one on or before the reference day unless
 * "next", a future sentence or its being less than {@link RelativeDateResolver#NEAR_FUTURE_DAYS} days ahead
 * says otherwise.
 */
final class HolidayRules {

    private static final Pattern HOLIDAY = Pattern.compile("(?<![\\p{L}])((?:(last|next|this) )?(Thanksgiving(?: Day)?|"
            + "Christmas(?: Day| Eve)?|New Year's (?:Day|Eve)|Independence Day|Fourth of July|July Fourth|Halloween|"
            + "Valentine's Day|Memorial Day|Labor Day|Veterans Day|Boxing Day|Election Day))(?![\\p{L}])");
    private static final String UNITS = "one|two|three|four|five|six|seven|eight|nine";
    private static final Pattern SPOKEN_YEAR = Pattern.compile("(?<![\\p{L}])((?:the year )?(?:(nineteen|eighteen)"
            + "[ -]((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ -](?:" + UNITS + "))?|ten|eleven|"
            + "twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|two thousand(?:(?: and)? ("
            + UNITS + "|ten|eleven|twelve))?))(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    private static final Pattern DECADE_WORD = Pattern.compile("(?<![\\p{L}])(the (?:(?:early|late|mid)[- ])?"
            + "(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);

    /** a month name, or "the SEASON of", right before a spoken year */
    private static final Pattern LEAD = Pattern.compile("(?:(?<![\\p{L}])(" + EnglishLexicon.MONTH_RE + "),? |"
            + "(?<![\\p{L}])(?:the )?(spring|summer|fall|autumn|winter) of )$", Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> SEASON_CODES = Map.of("spring", "SP", "summer", "SU", "fall", "FA",
            "autumn", "FA", "winter", "WI");

    private HolidayRules() {
    }

    static void find(String text, LocalDate r, List<Candidate> out) {
        Matcher m = HOLIDAY.matcher(text);
        while (m.find()) {
            String mod = m.group(2);
            boolean future = "next".equals(mod) || mod == null && FutureCue.isFuture(text, m.start(), m.end());
            int y = r.getYear();
            LocalDate d = date(m.group(3), y);
            if ("last".equals(mod)) {
                if (!d.isBefore(r)) {
                    d = date(m.group(3), y - 1);
                }
            } else if (future && d.isBefore(r)) {
                d = date(m.group(3), y + 1);
            } else if (!future && !"this".equals(mod) && d.isAfter(r)
                    && d.toEpochDay() - r.toEpochDay() > RelativeDateResolver.NEAR_FUTURE_DAYS) {
                // a holiday a few weeks ahead is the coming one, as for dates without a year
                d = date(m.group(3), y - 1);
            }
            out.add(Candidate.of(m.start(1), m.end(1), Timex.day(d), "DATE"));
        }
        m = SPOKEN_YEAR.matcher(text);
        while (m.find()) {
            int year;
            if (m.group(2) != null) {
                Integer rest = EnglishLexicon.number(m.group(3));
                if (rest == null) {
                    continue;
                }
                year = (m.group(2).equalsIgnoreCase("nineteen") ? 1900 : 1800) + rest;
            } else {
                Integer rest = m.group(4) == null ? Integer.valueOf(0) : EnglishLexicon.number(m.group(4));
                year = 2000 + (rest == null ? 0 : rest);
            }
            out.add(Candidate.date(m.start(1), m.end(1), Timex.year(year), true));
            // "January nineteen ninety-seven", "the winter of nineteen ninety-four": one expression
            Matcher lead = LEAD.matcher(text.substring(Math.max(0, m.start(1) - 24), m.start(1)));
            if (lead.find()) {
                int from = m.start(1) - (lead.end() - lead.start());
                String v = lead.group(1) != null ? Timex.month(year, EnglishLexicon.month(lead.group(1)))
                        : Timex.year(year) + "-" + SEASON_CODES.get(lead.group(2).toLowerCase(Locale.ROOT));
                out.add(Candidate.date(from, m.end(1), v, true));
            }
        }
        m = DECADE_WORD.matcher(text);
        while (m.find()) {
            int tens = EnglishLexicon.number(m.group(2).toLowerCase(Locale.ROOT).replace("ies", "y")) / 10;
            int century = tens * 10 + 1900 > r.getYear() ? 18 : 19;
            out.add(Candidate.of(m.start(1), m.end(1), century + Integer.toString(tens), "DATE"));
        }
    }

    private static LocalDate date(String name, int y) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.startsWith("thanksgiving")) {
            return LocalDate.of(y, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
        }
        if (n.startsWith("memorial")) {
            return LocalDate.of(y, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
        }
        if (n.startsWith("election")) {
            // US federal Election Day: the Tuesday after the first Monday in November (2 U.S.C. 7)
            return LocalDate.of(y, 11, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)).plusDays(1);
        }
        if (n.startsWith("labor")) {
            return LocalDate.of(y, 9, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        }
        if (n.equals("christmas eve")) {
            return LocalDate.of(y, 12, 24);
        }
        if (n.startsWith("christmas")) {
            return LocalDate.of(y, 12, 25);
        }
        if (n.equals("new year's eve")) {
            return LocalDate.of(y, 12, 31);
        }
        if (n.startsWith("new year")) {
            return LocalDate.of(y, 1, 1);
        }
        if (n.startsWith("independence") || n.contains("fourth")) {
            return LocalDate.of(y, 7, 4);
        }
        if (n.startsWith("halloween")) {
            return LocalDate.of(y, 10, 31);
        }
        if (n.startsWith("valentine")) {
            return LocalDate.of(y, 2, 14);
        }
        if (n.startsWith("veterans")) {
            return LocalDate.of(y, 11, 11);
        }
        return LocalDate.of(y, 12, 26);
    }
}

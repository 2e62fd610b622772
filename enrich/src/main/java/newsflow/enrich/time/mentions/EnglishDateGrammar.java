package newsflow.enrich.time.mentions;

import static newsflow.enrich.time.mentions.EnglishLexicon.MONTH_RE;
import static newsflow.enrich.time.mentions.EnglishLexicon.WEEKDAY_RE;

import java.time.LocalDate;
import newsflow.enrich.time.vocab.TimeZoneAbbreviations;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English calendar dates written with month names, years, decades and clock times (TIMEX3 DATE/TIME with
 * an explicit anchor; TimeML Annotation Guidelines 1.2.1, section 2.2). Rules, in the order they are tried
 * (overlaps are settled by {@link MentionMerger}, longest first):
 * <ol>
 *   <li>month-day(-year): "July 11, 2017", "Sept. 30", "Wednesday, Nov. 25, 1999";</li>
 *   <li>day-month(-year): "11 July 2017", "the 5th of September, 2018";</li>
 *   <li>month-year: "November 2017", "early August 1988";</li>
 *   <li>a month alone, optionally with last/next/this/early/late/mid: "in January", "late November";</li>
 *   <li>decades: "the 1990s", "the '80s" (value YYY);</li>
 *   <li>years, kept only in a date context ({@link YearContext});</li>
 *   <li>clock times: "3 p.m.", "10:30 am", "noon", "midnight" on the reference day (TIME).</li>
 * </ol>
 * A day without a year is the latest one on or before the reference day (or one in the coming weeks), the
 * next one in a future sentence or after "effective", strictly before after a past verb ("ended Jan. 31"); a
 * month alone is the latest one unless a future modal governs its clause or "this/next/last year" follows.
 */
final class EnglishDateGrammar implements DateGrammar {

    private static final String B0 = "(?<![\\p{L}\\p{N}])";
    private static final String B1 = "(?![\\p{L}\\p{N}])";
    private static final String MOD = "(?:(?:early|late|mid|Early|Late|Mid)[- ]|(?:the )?(?:end|beginning|start|middle) of )?";

    private static final Pattern MDY = Pattern.compile(B0 + "(?:(" + WEEKDAY_RE + "),? )?" + MOD + "(" + MONTH_RE
            + ") ?(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:(?:,? |, ?)(\\d{4})(?!\\d))?" + B1);
    private static final Pattern DMY = Pattern.compile(B0 + "(?:(" + WEEKDAY_RE + "),? )?(?:the )?(\\d{1,2})"
            + "(?:st|nd|rd|th)? (?:of )?(" + MONTH_RE + ")(?:,? (\\d{4})(?!\\d))?" + B1);
    private static final Pattern MY = Pattern.compile(B0 + MOD + "(" + MONTH_RE + "),? (?:of )?(\\d{4})(?!\\d)" + B1);
    private static final Pattern MONTH_ALONE = Pattern.compile(B0 + "(?:(last|next|this|Last|Next|This) )?"
            + MOD + "(" + MONTH_RE + ")" + B1 + "(?!\\.? ?\\d)");
    private static final Pattern DECADE = Pattern.compile(B0 + "(?:the )?(?:(?:early|late|mid)[- ])?(?:(1[5-9]|20)(\\d)0"
            + "|'(\\d)0)s" + B1);
    /**
     * a clock time: 12-hour with a.m./p.m., noon/midnight, or 24-hour when a zone follows ("14:00 UTC-4"); an
     * optional zone ({@link TimeZoneAbbreviations}) is kept in the value as its offset
     */
    private static final Pattern TIME = Pattern.compile("(?:" + B0 + "(\\d{1,2})(?:[:.](\\d{2}))? ?(a\\.m\\.|p\\.m\\.|am|pm|AM|PM)"
            + "(?![\\p{L}])|" + B0 + "(noon|midday|midnight)" + B1 + "|" + B0 + "([01]?\\d|2[0-3])[:.h]([0-5]\\d)(?= ?\\(?(?:UTC|GMT|"
            + "[A-Z]{3,4}(?![\\p{L}\\d]))))(?: ?" + TimeZoneAbbreviations.RE + ")?");
    private static final Pattern MAY_CONTEXT = Pattern.compile(
            "(?i)(?:in|since|until|till|through|by|of|during|from|to|before|after|between|and|or|last|next|this|"
                    + "early|late|mid|end of|beginning of|start of|middle of)[ -]$");

    /** "effective Feb. 1": a date announced as the start of a rule or an office is the coming one */
    private static final Pattern EFFECTIVE = Pattern.compile("(?i)(?<![\\p{L}])effective (?:on |from |as of )?$");

    /** "the year ended Jan. 31", "since March 3": a past-tense verb or "since" puts the date before the reference */
    private static final Pattern ENDED = Pattern.compile("(?i)(?<![\\p{L}])(?:ended|since|began|started|closed|died|"
            + "was|were) (?:on )?$");

    /** A date without a year in a report is the latest one on or before the reference, else the next one. */
    static RelativeDateResolver.Direction tense(String text, int start, int end) {
        if (ENDED.matcher(text.substring(Math.max(0, start - 12), start)).find()) {
            return RelativeDateResolver.Direction.BEFORE;
        }
        return FutureCue.isFuture(text, start, end) || EFFECTIVE.matcher(text.substring(Math.max(0, start - 12), start))
                .find() ? RelativeDateResolver.Direction.ON_OR_AFTER : RelativeDateResolver.Direction.ON_OR_BEFORE;
    }

    /** "April next year", "February this year": the year expression that follows names the month's year */
    private static final Pattern YEAR_AFTER = Pattern.compile("(?i),? (?:of )?(this|last|next) year(?![\\p{L}])");
    /** a future modal earlier in the clause ("will be named commander for a mission in December") */
    private static final Pattern FUTURE_CLAUSE = Pattern.compile("(?i)(?<![\\p{L}])(?:will|'ll|shall|expected to|"
            + "scheduled to|due to|plans? to|set to|is to|are to)(?![\\p{L}])[^.,;:!?\n\"]*$");
    /** a word between the modal and the month that puts the month back in the past ("since", "as it did") */
    private static final Pattern PAST_MARK = Pattern.compile("(?i)(?<![\\p{L}])(?:since|did|was|were|had|ago|"
            + "last|earlier|previous)(?![\\p{L}])");
    private static final int CLAUSE_LOOKBACK = 120;

    /**
     * A month named alone is the latest one, unless a future modal governs its clause: the sentence's tense
     * elsewhere is too weak a cue for a whole month ("will rise, as it did in October").
     */
    static RelativeDateResolver.Direction clauseTense(String text, int start) {
        String before = text.substring(Math.max(0, start - CLAUSE_LOOKBACK), start);
        Matcher f = FUTURE_CLAUSE.matcher(before);
        if (f.find() && !PAST_MARK.matcher(f.group()).find()) {
            return RelativeDateResolver.Direction.ON_OR_AFTER;
        }
        return RelativeDateResolver.Direction.ON_OR_BEFORE;
    }

    @Override
    public void find(String text, DateReference ref, List<Candidate> out) {
        LocalDate r = ref.day();
        Matcher m = MDY.matcher(text);
        while (m.find()) {
            int month = EnglishLexicon.month(m.group(2));
            int day = Integer.parseInt(m.group(3));
            int year = m.group(4) != null ? Integer.parseInt(m.group(4))
                    : RelativeDateResolver.yearFor(r, month, day, tense(text, m.start(), m.end()));
            if (Timex.valid(year, month, day)) {
                out.add(Candidate.date(m.start(), m.end(), Timex.day(LocalDate.of(year, month, day)), m.group(4) != null));
            }
        }
        m = DMY.matcher(text);
        while (m.find()) {
            int day = Integer.parseInt(m.group(2));
            int month = EnglishLexicon.month(m.group(3));
            if (m.group(4) == null && m.group(3).equalsIgnoreCase("may") && m.group(1) == null) {
                continue; // "5 May" is fine but "5 may" is caught by case; keep only unambiguous forms
            }
            int year = m.group(4) != null ? Integer.parseInt(m.group(4))
                    : RelativeDateResolver.yearFor(r, month, day, tense(text, m.start(), m.end()));
            if (Timex.valid(year, month, day)) {
                out.add(Candidate.date(m.start(), m.end(), Timex.day(LocalDate.of(year, month, day)), m.group(4) != null));
            }
        }
        m = MY.matcher(text);
        while (m.find()) {
            out.add(Candidate.date(m.start(), m.end(), Timex.month(Integer.parseInt(m.group(2)),
                    EnglishLexicon.month(m.group(1))), true));
        }
        m = MONTH_ALONE.matcher(text);
        while (m.find()) {
            String name = m.group(2);
            String mod = m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT);
            if ((name.equals("May") || name.equals("March") || name.startsWith("Mar") || name.startsWith("Jun")
                    || name.startsWith("Jan") && name.length() < 5) && mod == null && m.start() == m.start(2)
                    && !MAY_CONTEXT.matcher(text.substring(Math.max(0, m.start() - 20), m.start())).find()) {
                continue;
            }
            if (name.length() <= 4 && !name.endsWith(".") && !EnglishLexicon.MONTHS.containsKey(name.toLowerCase(Locale.ROOT))
                    || name.length() == 3 && !"May".equals(name)) {
                continue; // "Jan Kavan", "Sept": an abbreviation needs its period or a day number
            }
            int month = EnglishLexicon.month(name);
            RelativeDateResolver.Direction dir = mod == null ? null : switch (mod) {
                case "last" -> RelativeDateResolver.Direction.BEFORE;
                case "next" -> RelativeDateResolver.Direction.AFTER;
                default -> null;
            };
            // a bare month: the latest one, or one in the coming weeks (a sentence's tense is too weak a cue
            // for a whole month: "will rise, as it did in October")
            Matcher y = YEAR_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 16));
            int year = y.lookingAt() ? r.getYear() + switch (y.group(1).toLowerCase(Locale.ROOT)) {
                case "last" -> -1;
                case "next" -> 1;
                default -> 0;
            } : "this".equals(mod) ? r.getYear() : RelativeDateResolver.yearFor(r, month, 0,
                    dir != null ? dir : clauseTense(text, m.start()));
            out.add(Candidate.date(m.start(), m.end(), Timex.month(year, month), false));
        }
        m = DECADE.matcher(text);
        while (m.find()) {
            String v = m.group(1) != null ? m.group(1) + m.group(2) : (Integer.parseInt(m.group(3)) <= 2 ? "20" : "19") + m.group(3);
            out.add(Candidate.date(m.start(), m.end(), v, true));
        }
        YearContext.findYears(text, out);
        m = TIME.matcher(text);
        while (m.find()) {
            String zone = m.group(7) == null ? null : TimeZoneAbbreviations.offset(text.substring(m.start(7) > 0
                    && text.charAt(m.start(7) - 1) == '(' ? m.start(7) - 1 : m.start(7), m.end()));
            int end = zone == null && m.group(7) != null ? m.start(7) : m.end();
            if (m.group(5) != null) {
                if (zone == null) {
                    continue; // a 24-hour time is read only with its zone ("14:00 UTC-4"): "14.00" alone is a number
                }
                String hm = m.group(5).length() == 1 ? "0" + m.group(5) : m.group(5);
                out.add(Candidate.of(m.start(), end, Timex.day(r) + "T" + hm + ":" + m.group(6) + zone, "TIME"));
                continue;
            }
            String hm;
            if (m.group(4) != null) {
                hm = m.group(4).equalsIgnoreCase("midnight") ? "24:00" : "12:00";
            } else {
                int h = Integer.parseInt(m.group(1));
                int min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
                boolean pm = m.group(3).toLowerCase(Locale.ROOT).startsWith("p");
                if (h < 1 || h > 12 || min > 59) {
                    continue;
                }
                h = pm ? (h == 12 ? 12 : h + 12) : (h == 12 ? 0 : h);
                hm = String.format(Locale.ROOT, "%02d:%02d", h, min);
            }
            out.add(Candidate.of(m.start(), end, Timex.day(r) + "T" + hm + (zone == null ? "" : zone), "TIME"));
        }
    }
}

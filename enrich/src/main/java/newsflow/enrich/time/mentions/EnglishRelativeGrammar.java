package newsflow.enrich.time.mentions;

import static newsflow.enrich.time.mentions.EnglishLexicon.NUMBER_RE;
import static newsflow.enrich.time.mentions.EnglishLexicon.UNIT_RE;
import static newsflow.enrich.time.mentions.EnglishLexicon.WEEKDAY_RE;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English relative expressions, durations and sets, resolved against the reference day (TimeML Annotation
 * Guidelines 1.2.1: relative TIMEX3 values are computed from the document creation time; durations are
 * {@code PnU}; sets are {@code type=SET}). Rules:
 * <ol>
 *   <li>deictic days: today, yesterday, tomorrow, tonight, last night, this morning…;</li>
 *   <li>reference tokens: now/currently/current → PRESENT_REF; recently/the past → PAST_REF; soon/the
 *       future → FUTURE_REF;</li>
 *   <li>this/last/next/coming/previous + week/month/year/quarter/weekend/decade/century;</li>
 *   <li>"the past/last/next/first N units" → DURATION; "N units ago/earlier/later" → DATE at that unit;
 *       "N hours/minutes ago/from now" → a point in time at minute precision
 *       ({@link RelativeDateResolver#clockShift});</li>
 *   <li>"N units", "N-unit", "several/a few units" → DURATION (X for vague amounts);</li>
 *   <li>quarters and halves: "the third quarter", "fourth-quarter", "the first half of 1990";</li>
 *   <li>seasons with a modifier or a year: "last fall", "summer 1998";</li>
 *   <li>weekdays: latest on or before, or the next one in a future sentence ({@link FutureCue});</li>
 *   <li>sets: daily, weekly, monthly, annually, every/each/per + unit;</li>
 *   <li>durations with a half ({@link EnglishHalfDurations}), mid-morning/mid-afternoon
 *       ({@link EnglishPartsOfDay}), "the summer" (the reference year's);</li>
 *   <li>last, anaphora anchored to the dates found so far ({@link EnglishAnaphora}): "that year", "the
 *       following month", "the previous Friday", "a year earlier".</li>
 * </ol>
 * In a sentence about quarterly results, "a year ago/earlier" and "year-earlier" name the same quarter one
 * year back (the comparison period of earnings reports), else the previous year.
 */
final class EnglishRelativeGrammar implements DateGrammar {

    private static final String B0 = "(?<![\\p{L}\\p{N}])";
    private static final String B1 = "(?![\\p{L}\\p{N}])";
    private static final int I = Pattern.CASE_INSENSITIVE;

    private static final Pattern DEICTIC = Pattern.compile(B0 + "(today|yesterday|tomorrow|tonight|last night|"
            + "(?:this|yesterday|tomorrow) (?:morning|afternoon|evening|night)|now|currently|current|nowadays|"
            + "at present|the present|presently|recently|lately|the past|in the past|the future|"
            + "in future|the near future|the (?:near|short) term|in recent (?:years|months|weeks|days)|these days)" + B1 + "(?![ -](?:year|month|week|day|quarter|decade|century|period|"
            + "generation|season|fiscal|five|six|\\d))", I);
    private static final Pattern CALENDAR_UNIT = Pattern.compile(B0 + "((?:(?:earlier|later|early|late|mid|"
            + "the end of|the beginning of|the start of|the middle of|the rest of|the remainder of)[ -])?"
            + "(?:the )?(this|last|next|coming|previous|past|following|current|latest|same|present|prior)"
            + "[ -](week|month|year|quarter|weekend|decade|century|fiscal year|season|summer|winter|spring|fall|"
            + "autumn|half))" + B1 + "(?!-(?:earlier|ago|old))", I);
    private static final Pattern AGO = Pattern.compile(B0 + "((" + NUMBER_RE + "|several|a few|few|some|many)"
            + "[ -](" + UNIT_RE + ") (ago|earlier|before|later|from now|hence|since))" + B1, I);
    private static final Pattern YEAR_EARLIER = Pattern.compile(B0 + "((?:the )?year[- ](?:earlier|ago)"
            + "(?: (?:quarter|period|level|results?|figure))?)" + B1, I);
    private static final Pattern SPAN_DURATION = Pattern.compile(B0 + "((?:(?:the|over the|in the|during the|"
            + "for the|within the) )?(?:(past|last|next|first|previous|coming|final|initial|latest|following) )?"
            + "(" + NUMBER_RE + "|several|a few|few|many|some|a couple of|couple of)[ -](?:(?:more|additional|extra|"
            + "straight|consecutive|trading|business|working) )?(" + UNIT_RE + ")"
            + "(?:[ -]long)?)" + B1 + "(?![ -](?:old|olds)" + B1 + ")", I);
    /** a fiscal period named by its end ("in the year ended June 30") is a duration of one year */
    private static final Pattern YEAR_ENDED = Pattern.compile(B0 + "((?:the|its) (?:fiscal |full |calendar )?year)"
            + "(?= end(?:ed|ing|s))", I);
    /** "for the year", "of the year", "for the full year": the reference year of a report */
    private static final Pattern THE_YEAR = Pattern.compile("(?<=(?:for|of|in|throughout|during) )(the (?:fiscal |full |"
            + "calendar )?year)" + B1 + "(?![-'\u2019]| (?:earlier|ago|before|after|end|ended|ending|two|when|in which|that))", I);
    private static final Pattern WEEKEND = Pattern.compile(B0 + "((?:(?:over|during|on|at) )?the weekend)" + B1, I);
    private static final Pattern COMING_PLURAL = Pattern.compile(B0 + "((?:the )?(?:coming|next few|past few|last few|"
            + "past several|last several) (years|months|weeks|days|decades)|(?:the )?(years|months|weeks|days) ahead)" + B1, I);
    private static final Pattern VAGUE_PLURAL = Pattern.compile(B0 + "(?:for|in|over|within|after|take|took|"
            + "takes|taken|lasting|lasted|last|lasts)( (years|months|weeks|days|hours|decades))" + B1, I);
    private static final Pattern QUARTER = Pattern.compile(B0 + "((?:(?:the|its|a|this|their|this year's|last year's|"
            + "next year's) )?"
            + "(first|second|third|fourth|1st|2nd|3rd|4th|final)[ -](quarter|half)(?:[ -](?:of )?((?:fiscal )?"
            + "(?:19|20)\\d\\d))?)" + B1, I);
    private static final Pattern QUARTER_YEAR_FIRST = Pattern.compile(B0 + "((?:fiscal )?((?:19|20)\\d\\d)(?:'s)? "
            + "(first|second|third|fourth|1st|2nd|3rd|4th)[ -](quarter|half))" + B1, I);
    private static final Pattern THE_QUARTER = Pattern.compile(B0 + "(the (?:latest |most recent |recent |just-ended |"
            + "just ended )?quarter|the latest period)" + B1 + "(?!-)", I);
    private static final Pattern SEASON = Pattern.compile(B0 + "((?:(last|this|next|early|late|Last|This|Next) )?"
            + "(spring|summer|fall|autumn|winter)(?: (?:of )?((?:19|20)\\d\\d))?)" + B1);
    /** "the summer", "over the winter": the season of the reference year (its current or latest instance) */
    private static final Pattern THE_SEASON = Pattern.compile(B0 + "(the (spring|summer|fall|autumn|winter))" + B1
            + "(?! of| (?:season|months?|collection|games|olympics|solstice|term|session|break|recess|holidays?)" + B1 + ")", I);
    private static final Pattern WEEKDAY = Pattern.compile(B0 + "((?:(last|next|this|coming|Last|Next|This) )?("
            + WEEKDAY_RE + ")(?:'s)?(?: (morning|afternoon|evening|night))?)(?![\\p{L}\\p{N}])");
    private static final Pattern SET = Pattern.compile(B0 + "(daily|weekly|monthly|annually|yearly|"
            + "nightly|hourly|(?:every|each|per|a) (?:(" + NUMBER_RE + ") )?(day|week|month|year|hour|quarter|"
            + "morning|night|evening|summer|winter|spring|fall|" + WEEKDAY_RE + ")s?)" + B1, I);
    private static final Pattern CENTURY = Pattern.compile(B0 + "((?:the )?(\\d{1,2})(?:st|nd|rd|th)[ -]century)" + B1, I);

    private static final Map<String, String> PART_OF_DAY = Map.of("morning", "MO", "afternoon", "AF",
            "evening", "EV", "night", "NI");
    private static final Map<String, String> SEASONS = Map.of("spring", "SP", "summer", "SU", "fall", "FA",
            "autumn", "FA", "winter", "WI");

    @Override
    public void find(String text, DateReference ref, List<Candidate> out) {
        LocalDate r = ref.day();
        Matcher m = DEICTIC.matcher(text);
        while (m.find()) {
            String w = m.group(1).toLowerCase(Locale.ROOT);
            String v;
            String type = "DATE";
            if (w.equals("today")) {
                v = Timex.day(r);
            } else if (w.equals("yesterday")) {
                v = Timex.day(r.minusDays(1));
            } else if (w.equals("tomorrow")) {
                v = Timex.day(r.plusDays(1));
            } else if (w.equals("tonight")) {
                v = Timex.day(r) + "TNI";
                type = "TIME";
            } else if (w.equals("last night")) {
                v = Timex.day(r.minusDays(1)) + "TNI";
                type = "TIME";
            } else if (w.contains(" ") && PART_OF_DAY.containsKey(w.substring(w.indexOf(' ') + 1))) {
                String first = w.substring(0, w.indexOf(' '));
                LocalDate d = first.equals("yesterday") ? r.minusDays(1) : first.equals("tomorrow") ? r.plusDays(1) : r;
                v = Timex.day(d) + "T" + PART_OF_DAY.get(w.substring(w.indexOf(' ') + 1));
                type = "TIME";
            } else if (w.startsWith("in recent ")) {
                // "in recent months" is a vague stretch of time back from now (TIDES 2005: PXM, like "the past
                // few months"), not a point in the past
                v = Timex.duration(null, EnglishLexicon.unit(w.substring(10)));
                type = "DURATION";
            } else if (w.contains("recent") || w.equals("lately") || w.contains("past")) {
                v = Timex.PAST_REF;
            } else if (w.contains("future") || w.endsWith("term")) {
                v = Timex.FUTURE_REF;
            } else {
                v = Timex.PRESENT_REF;
            }
            out.add(Candidate.of(m.start(1), m.end(1), v, type));
        }
        calendarUnits(text, r, out);
        m = AGO.matcher(text);
        while (m.find()) {
            Integer n = amount(m.group(2));
            String unit = EnglishLexicon.unit(m.group(3));
            String dir = m.group(4).toLowerCase(Locale.ROOT);
            if (n != null && ("H".equals(unit) || "MIN".equals(unit))
                    && (dir.equals("ago") || dir.equals("from now") || dir.equals("hence"))) {
                String[] point = RelativeDateResolver.clockShift(ref, n, unit, dir.equals("ago") ? -1 : 1);
                out.add(Candidate.of(m.start(1), m.end(1), point[0], point[1]));
                continue;
            }
            if (unit == null || "H".equals(unit) || "MIN".equals(unit) || "S".equals(unit) || "DE".equals(unit)
                    || "CE".equals(unit)) {
                continue;
            }
            if (n == null) {
                out.add(Candidate.of(m.start(1), m.end(1), dir.startsWith("later") || dir.startsWith("from")
                        || dir.equals("hence") ? Timex.FUTURE_REF : Timex.PAST_REF, "DATE"));
                continue;
            }
            int sign = dir.equals("later") || dir.equals("from now") || dir.equals("hence") ? 1 : -1;
            if ("Y".equals(unit) && n == 1 && sign < 0 && mentionsQuarter(text, m.start(), m.end())) {
                out.add(Candidate.of(m.start(1), m.end(1), yearEarlierQuarter(r), "DATE"));
                continue;
            }
            String u = "Q".equals(unit) ? "Q" : unit;
            out.add(Candidate.of(m.start(1), m.end(1), RelativeDateResolver.shift(r, u, sign * n), "DATE"));
        }
        m = YEAR_EARLIER.matcher(text);
        while (m.find()) {
            String v = mentionsQuarter(text, m.start(), m.end()) ? yearEarlierQuarter(r) : Timex.year(r.getYear() - 1);
            out.add(Candidate.of(m.start(1), m.end(1), v, "DATE"));
        }
        m = SPAN_DURATION.matcher(text);
        while (m.find()) {
            Integer n = amount(m.group(3));
            String unit = EnglishLexicon.unit(m.group(4));
            if (unit == null || m.group(4).toLowerCase(Locale.ROOT).startsWith("second") && n != null && n == 2
                    && m.group(3).equalsIgnoreCase("a")) {
                continue;
            }
            if (m.group(3).matches("\\d+") && (m.group(3).length() > 4 || m.group(3).matches("(?:1[6-9]|20)\\d\\d"))) {
                continue;
            }
            if ("Q".equals(unit) && text.startsWith(" of", m.end(1)) && amount(m.group(3)) != null) {
                continue; // "three-quarters of the vote" is a fraction
            }
            if (Character.isUpperCase(m.group(4).charAt(0)) && m.start(4) > m.start(1)) {
                continue; // "60 Minutes": a title, not an amount of time
            }
            String amountWord = m.group(3).toLowerCase(Locale.ROOT);
            if ((amountWord.equals("a") || amountWord.equals("an")) && (isRate(text, m.start(1))
                    || "S".equals(unit))) {
                continue; // "700 seats a week", "24 hours a day" are rates; "a second betrayal" an ordinal
            }
            out.add(Candidate.of(m.start(1), m.end(1), englishDuration(n, unit), "DURATION"));
        }
        m = VAGUE_PLURAL.matcher(text);
        while (m.find()) {
            out.add(Candidate.of(m.start(1) + 1, m.end(1), Timex.duration(null, EnglishLexicon.unit(m.group(2))), "DURATION"));
        }
        m = YEAR_ENDED.matcher(text);
        while (m.find()) {
            out.add(Candidate.of(m.start(1), m.end(1), "P1Y", "DURATION"));
        }
        m = THE_YEAR.matcher(text);
        while (m.find()) {
            out.add(Candidate.of(m.start(1), m.end(1), Timex.year(r.getYear()), "DATE"));
        }
        m = WEEKEND.matcher(text);
        while (m.find()) {
            // the weekend just past in a report, the coming one in a future sentence
            boolean future = FutureCue.isFuture(text, m.start(), m.end());
            LocalDate sat = RelativeDateResolver.weekday(r, DayOfWeek.SATURDAY, future
                    ? RelativeDateResolver.Direction.ON_OR_AFTER : RelativeDateResolver.Direction.ON_OR_BEFORE);
            out.add(Candidate.of(m.start(1), m.end(1), Timex.week(sat) + "-WE", "DATE"));
        }
        m = COMING_PLURAL.matcher(text);
        while (m.find()) {
            String u = EnglishLexicon.unit(m.group(2) != null ? m.group(2) : m.group(3));
            out.add(Candidate.of(m.start(1), m.end(1), Timex.duration(null, u), "DURATION"));
        }
        QuarterRules.find(text, r, out, QUARTER, QUARTER_YEAR_FIRST, THE_QUARTER);
        m = SEASON.matcher(text);
        while (m.find()) {
            if (m.group(2) == null && m.group(4) == null) {
                continue;
            }
            String s = SEASONS.get(m.group(3).toLowerCase(Locale.ROOT));
            int year = m.group(4) != null ? Integer.parseInt(m.group(4))
                    : QuarterRules.seasonYear(r, s, m.group(2).toLowerCase(Locale.ROOT));
            out.add(Candidate.of(m.start(1), m.end(1), Timex.year(year) + "-" + s, "DATE"));
        }
        m = WEEKDAY.matcher(text);
        while (m.find()) {
            DayOfWeek dow = EnglishLexicon.weekday(m.group(3));
            String mod = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
            RelativeDateResolver.Direction dir = switch (mod) {
                case "last" -> RelativeDateResolver.Direction.BEFORE;
                case "next", "coming" -> RelativeDateResolver.Direction.AFTER;
                default -> FutureCue.isFuture(text, m.start(), m.end()) ? RelativeDateResolver.Direction.ON_OR_AFTER
                        : RelativeDateResolver.Direction.ON_OR_BEFORE;
            };
            String v = Timex.day(RelativeDateResolver.weekday(r, dow, dir));
            String part = m.group(4) == null ? null : m.group(4).toLowerCase(Locale.ROOT);
            if ("evening".equals(part) || "afternoon".equals(part)) {
                // TimeBank/AQUAINT keep "Thursday evening" as a TIME but "Friday night"/"Tuesday morning"
                // mostly with the day's value (news reports name the day, the part of day is colour)
                out.add(Candidate.of(m.start(1), m.end(1), v + "T" + PART_OF_DAY.get(part), "TIME"));
            } else {
                out.add(Candidate.of(m.start(1), m.end(1), v, "DATE"));
            }
        }
        m = SET.matcher(text);
        while (m.find()) {
            if (m.group(1).matches("(?i)an? .*") && (!isRate(text, m.start(1)) || text.startsWith(" of", m.end(1)))) {
                continue; // "in a year" is a duration (found above), "a quarter of the vote" a fraction
            }
            out.add(Candidate.of(m.start(1), m.end(1), setValue(m.group(1), m.group(2), m.group(3)), "SET"));
        }
        HolidayRules.find(text, r, out);
        m = THE_SEASON.matcher(text);
        while (m.find()) {
            String s = SEASONS.get(m.group(2).toLowerCase(Locale.ROOT));
            out.add(Candidate.of(m.start(1), m.end(1), Timex.year(QuarterRules.seasonYear(r, s, null)) + "-" + s, "DATE"));
        }
        EnglishHalfDurations.find(text, out);
        EnglishPartsOfDay.find(text, r, out);
        m = CENTURY.matcher(text);
        while (m.find()) {
            int c = Integer.parseInt(m.group(2));
            if (c >= 1 && c <= 21) {
                out.add(Candidate.of(m.start(1), m.end(1), String.format(Locale.ROOT, "%02d", c - 1), "DATE"));
            }
        }
        EnglishAnaphora.find(text, out);
    }

    private static void calendarUnits(String text, LocalDate r, List<Candidate> out) {
        Matcher m = CALENDAR_UNIT.matcher(text);
        while (m.find()) {
            String mod = m.group(2).toLowerCase(Locale.ROOT);
            String unitWord = m.group(3).toLowerCase(Locale.ROOT);
            boolean withThe = m.group(1).toLowerCase(Locale.ROOT).matches("(?:.*[ -])?the (?:past|last|next|previous|"
                    + "prior|following) .*");
            int shift = switch (mod) {
                case "last", "previous", "past", "prior" -> -1;
                case "next", "coming", "following" -> 1;
                default -> 0;
            };
            if (withThe && (mod.equals("past") || mod.equals("last") || mod.equals("next"))
                    && !unitWord.equals("weekend") && !unitWord.equals("quarter")) {
                String unit = unitWord.equals("fiscal year") ? "Y" : EnglishLexicon.unit(unitWord);
                if (unit != null) {
                    out.add(Candidate.of(m.start(1), m.end(1), englishDuration(1, unit), "DURATION"));
                    continue;
                }
            }
            String v = switch (unitWord) {
                case "week" -> RelativeDateResolver.shift(r, "W", shift);
                case "month" -> RelativeDateResolver.shift(r, "M", shift);
                case "year", "fiscal year" -> RelativeDateResolver.shift(r, "Y", shift);
                case "quarter" -> mod.equals("latest") || mod.equals("last") && !withThe
                        ? RelativeDateResolver.shift(r, "Q", -1) : RelativeDateResolver.shift(r, "Q", shift);
                case "weekend" -> RelativeDateResolver.weekend(r, shift);
                case "decade" -> RelativeDateResolver.shift(r, "DE", shift);
                case "century" -> RelativeDateResolver.shift(r, "CE", shift);
                case "half" -> Timex.year(r.getYear()) + "-H" + (r.getMonthValue() <= 6 ? 1 : 2);
                case "season" -> null;
                default -> Timex.year(QuarterRules.seasonYear(r, SEASONS.get(unitWord), mod)) + "-" + SEASONS.get(unitWord);
            };
            if (v != null) {
                out.add(Candidate.of(m.start(1), m.end(1), v, "DATE"));
            }
        }
    }

    /** Earnings-report context: "quarter" in the sentence or in the {@value #QUARTER_CONTEXT} chars before it. */
    /** "N things a week": a number or plural noun right before "a/an UNIT" makes it a rate, not a duration. */
    private static boolean isRate(String text, int start) {
        String before = text.substring(Math.max(0, start - 20), start);
        return before.matches("(?s).*(?:\\d|[a-z]{3,}s) $") && !before.matches("(?s).*(?:was|has|is|as|this|its) $");
    }

    /** TimeBank writes decades and centuries in years: "two decades" = P20Y, "a century" = P100Y. */
    private static String englishDuration(Integer n, String unit) {
        if ("DE".equals(unit)) {
            return n == null ? "PXDE" : Timex.duration(n * 10, "Y");
        }
        if ("CE".equals(unit)) {
            return n == null ? "PXCE" : Timex.duration(n * 100, "Y");
        }
        return Timex.duration(n, unit);
    }

    private static boolean mentionsQuarter(String text, int start, int end) {
        int s = Math.max(0, start - QUARTER_CONTEXT);
        int e = text.indexOf('.', end);
        String window = text.substring(s, e < 0 ? text.length() : e).toLowerCase(Locale.ROOT);
        return window.contains("quarter");
    }

    private static final int QUARTER_CONTEXT = 400;

    private static String yearEarlierQuarter(LocalDate r) {
        LocalDate q = r.withDayOfMonth(1).minusMonths(3);
        return Timex.quarter(q.getYear() - 1, Timex.quarterOf(q));
    }

    private static Integer amount(String s) {
        String w = s.toLowerCase(Locale.ROOT);
        if (w.equals("several") || w.contains("few") || w.equals("many") || w.equals("some") || w.contains("couple")) {
            return w.contains("couple") ? Integer.valueOf(2) : null;
        }
        return EnglishLexicon.number(w);
    }

    private static String setValue(String all, String number, String unit) {
        String w = all.toLowerCase(Locale.ROOT);
        if (unit == null) {
            return switch (w) {
                case "daily", "nightly" -> "P1D";
                case "weekly" -> "P1W";
                case "monthly" -> "P1M";
                case "quarterly" -> "P1Q";
                case "hourly" -> "PT1H";
                default -> "P1Y";
            };
        }
        String u = unit.toLowerCase(Locale.ROOT);
        DayOfWeek dow = EnglishLexicon.weekday(u);
        if (dow != null) {
            return "XXXX-WXX-" + dow.getValue();
        }
        if (PART_OF_DAY.containsKey(u)) {
            return "TXX" + PART_OF_DAY.get(u);
        }
        if (SEASONS.containsKey(u)) {
            return "XXXX-" + SEASONS.get(u);
        }
        Integer n = number == null ? Integer.valueOf(1) : EnglishLexicon.number(number);
        String tu = EnglishLexicon.unit(u);
        return Timex.duration(n == null ? 1 : n, tu == null ? "D" : tu);
    }
}

package newsflow.enrich.time.mentions;

import newsflow.enrich.time.vocab.TimeTextNormalizer;
import newsflow.enrich.time.vocab.ArabicCalendarWords;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Arabic amounts of time: "26 عامًا" → P26Y, "ثمانية وسبعين عامًا" → P78Y, duals "عامين" → P2Y, "السنوات الخمس
 * الماضية" → P5Y, a single indefinite accusative noun "عامًا" → P1Y. With قبل ("before/ago") the amount
 * or منذ ("ago/since") the amount names a DATE in the past at the unit's granularity ("قبل عامين" → the year
 * two years back, "منذ ثلاثة أيام" → the day three days back), with بعد and a number or a dual a DATE ahead
 * ("بعد يومين" → the day after tomorrow); otherwise a DURATION (TimeML: durations are PnU, anchored times are
 * DATE). When "من"/"على"/"منذ" follows ("بعد عامين من الحرب", "قبل أسبوعين على الانتخابات") the amount is counted
 * from another event, not from the reference, and stays a DURATION.
 */
final class ArabicDurationRules {

    /** an indefinite accusative noun (or a title) right before a bare "عامًا": "عام" is then "general" */
    private static final Pattern GENERAL_BEFORE = Pattern.compile(TimeTextNormalizer.plain(
            "(?:\\p{L}{2,}ا|امين|مدير|نائب|مراقب|منسق|مفتش|مقرر) $"));

    /** "من"/"على" right after the amount: counted from another event */
    private static final Pattern OTHER_ANCHOR = Pattern.compile(TimeTextNormalizer.plain("^[،,]? (?:من|على|عن|منذ) "));

    /**
     * fractions of a unit: "نصف ساعة" (half an hour), "ربع قرن" (a quarter century), "ساعة ونصف", "ساعتين ونصف",
     * "عام ونصف"; ISO 8601 durations have no fractions of the largest unit in TimeML practice, so the amount is
     * written in the next smaller unit (PT30M, P25Y, PT1H30M, P18M), as HeidelTime normalises "half a year" (P6M)
     */
    private static final Pattern FRACTION = Pattern.compile(TimeTextNormalizer.plain(ArabicDateGrammar.B0
            + "((?:(نصف|ربع) (ساعة|قرن|عام|سنة|يوم))|(?:(ساعة|ساعتين|عاما|عام|عامين|سنة|سنتين|قرن|قرنا)|(" + ArabicNumbers.RE
            + ") (ساعات|اعوام|سنوات)) و ?نصف)" + ArabicDateGrammar.B1));
    /** "منذ عام ونصف", "قبل ساعة ونصف": a point back from the reference, left to the DATE rules */
    private static final Pattern DIRECTION_BEFORE = Pattern.compile(TimeTextNormalizer.plain("(?:قبل|منذ|بعد) $"));

    private ArabicDurationRules() {
    }

    /** Fractions of a unit (see {@link #FRACTION}) as DURATIONs. */
    static void findFractions(String text, List<Candidate> out) {
        Matcher m = FRACTION.matcher(text);
        while (m.find()) {
            if (DIRECTION_BEFORE.matcher(text.substring(Math.max(0, m.start(1) - 5), m.start(1))).find()) {
                continue;
            }
            String v;
            if (m.group(2) != null) {
                int quarters = m.group(2).equals("نصف") ? 2 : 4; // a half or a quarter
                v = switch (ArabicRelativeGrammar.unit(m.group(3))) {
                    case "H" -> "PT" + 60 / quarters + "M";
                    case "CE" -> "P" + 100 / quarters + "Y";
                    case "Y" -> "P" + 12 / quarters + "M";
                    default -> "PT" + 24 / quarters + "H";
                };
            } else {
                Integer n = m.group(4) != null ? (m.group(4).endsWith("ين") ? 2 : 1) : ArabicNumbers.value(m.group(5));
                if (n == null) {
                    continue;
                }
                String unit = ArabicRelativeGrammar.unit(m.group(4) != null ? m.group(4) : m.group(6));
                v = switch (unit) {
                    case "H" -> "PT" + n + "H30M";
                    case "CE" -> "P" + (100 * n + 50) + "Y";
                    default -> "P" + (12 * n + 6) + "M";
                };
            }
            out.add(Candidate.of(m.start(1), m.end(1), v, "DURATION"));
        }
    }

    static void find(String text, LocalDate r, List<Candidate> out, Pattern numUnit, Pattern dual, Pattern pluralNum,
                     Pattern single) {
        Matcher m = numUnit.matcher(text);
        while (m.find()) {
            Integer n = ArabicNumbers.value(m.group(3));
            if (n == null || m.group(3).matches("\\d+") && m.group(3).length() > 4) {
                continue;
            }
            add(out, m.start(1), m.end(1), r, anchor(text, m.end(1), m.group(2)), n,
                    ArabicRelativeGrammar.unit(m.group(4)), true);
        }
        m = dual.matcher(text);
        while (m.find()) {
            add(out, m.start(1), m.end(1), r, anchor(text, m.end(1), m.group(2)), 2,
                    ArabicRelativeGrammar.unit(m.group(3)), true);
        }
        m = pluralNum.matcher(text);
        while (m.find()) {
            Integer n = ArabicNumbers.value(m.group(3));
            if (n != null && !(n == 2 && text.startsWith("ال", m.start(3) - 2))) { // "أيام الاثنين" = Mondays
                out.add(Candidate.of(m.start(1), m.end(1), Timex.duration(n, ArabicRelativeGrammar.unit(m.group(2))),
                        "DURATION"));
            }
        }
        m = single.matcher(text);
        while (m.find()) {
            String unitWord = m.group(3) != null ? m.group(3) : m.group(1);
            String prep = m.group(2);
            if (prep == null && GENERAL_BEFORE.matcher(text.substring(Math.max(0, m.start(1) - 12), m.start(1))).find()) {
                continue; // "أمينًا عامًا", "مديرا عاما": the adjective "general", not "a year"
            }
            if (prep != null && prep.startsWith("ا") && prep.endsWith("من")) {
                prep = null; // اكثر من / اقل من: a bound, not a direction
            }
            add(out, m.start(1), m.end(1), r, anchor(text, m.end(1), prep), 1, ArabicRelativeGrammar.unit(unitWord), false);
        }
    }

    /** @return the preposition when the amount counts from the reference, null when another event anchors it */
    private static String anchor(String text, int end, String prep) {
        return prep != null && OTHER_ANCHOR.matcher(text.substring(end, Math.min(text.length(), end + 6))).find()
                ? null : prep;
    }

    private static void add(List<Candidate> out, int start, int end, LocalDate r, String prep, int n, String unit,
                            boolean numbered) {
        if ("DE".equals(unit) && n > 9) {
            return; // "796 عقدا": contracts, not decades
        }
        boolean calendarUnit = "Y".equals(unit) || "M".equals(unit) || "W".equals(unit) || "D".equals(unit);
        if (("قبل".equals(prep) || "منذ".equals(prep)) && calendarUnit) {
            out.add(Candidate.of(start, end, RelativeDateResolver.shift(r, unit, -n), "DATE"));
        } else if ("بعد".equals(prep) && numbered && calendarUnit) {
            out.add(Candidate.of(start, end, RelativeDateResolver.shift(r, unit, n), "DATE"));
        } else {
            out.add(Candidate.of(start, end, Timex.duration(n, unit), "DURATION"));
        }
    }

    /**
     * @param number  the amount after كل, or null
     * @param unit    the unit after كل, or null
     * @param weekday a weekday after "كل يوم", or null
     * @param adverb  an adverb/adjective such as يوميًا, or null
     * @return the TIMEX3 SET value (P1D, P2Y, XXXX-WXX-6…)
     */
    static String setValue(String number, String unit, String weekday, String adverb) {
        if (adverb != null) {
            String a = adverb.startsWith("ال") ? adverb.substring(2) : adverb;
            return a.startsWith("يوم") ? "P1D" : a.startsWith("اسبوع") ? "P1W" : a.startsWith("شهر") ? "P1M" : "P1Y";
        }
        if (weekday != null) {
            String w = weekday.startsWith("ال") ? weekday : "ال" + weekday;
            var dow = ArabicCalendarWords.weekday(w);
            if (dow != null) {
                return "XXXX-WXX-" + dow.getValue();
            }
        }
        int n = 1;
        if (number != null) {
            Integer v = ArabicNumbers.value(number);
            n = v == null ? 1 : v;
        }
        if (unit.endsWith("ين")) {
            n = 2;
        }
        return Timex.duration(n, ArabicRelativeGrammar.unit(unit));
    }
}

package newsflow.enrich.time.mentions;

import newsflow.enrich.time.vocab.EuropeanWords;
import newsflow.enrich.time.vocab.MonthNames;
import newsflow.enrich.time.vocab.TimeTextNormalizer;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Explicit dates in French, Spanish, German, Italian, Portuguese and Russian (month names from
 * {@link MonthNames}: CLDR format wide forms, Russian genitive ones, usual abbreviations): "5 septembre 2018",
 * "le 1er mars", "5 de septiembre de 2018", "5. September 2018", "dal 1° aprile 2025", "1º de abril",
 * "13 декабря 2022 года", "septembre 2018". A range "from … to …" with the month written once gives both ends:
 * "du 28 au 31 janvier 2026", "del 28 al 31 de enero", "vom 28. bis 31. Januar", "dal 28 al 31 gennaio",
 * "de 28 a 31 de janeiro", "с 28 по 31 января" → the 28th and the 31st (the first end a month earlier when its
 * day is the larger: "du 30 au 2 février" → 30 January). Numeric dates are day-first ({@link NumericDateReader});
 * the deictic days are {@link EuropeanRelativeGrammar}'s, from the language's own {@link EuropeanWords}.
 */
final class EuropeanDateGrammar implements DateGrammar {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String MONTH_RE = "(" + MonthNames.ALTERNATION + ")\\.?";
    private static final String B0 = "(?<![\\p{L}\\p{N}])";
    private static final String B1 = "(?![\\p{L}\\p{N}])";
    private static final String DAY_MARK = "(?:\\.|er|º|°|-?го)?";
    private static final Pattern DAY_MONTH = Pattern.compile(B0 + "(\\d{1,2})" + DAY_MARK + " (?:de )?" + MONTH_RE
            + "(?:,? (?:de |del |des )?(\\d{4}))?" + B1, FLAGS);
    private static final Pattern MONTH_YEAR = Pattern.compile(B0 + MONTH_RE + ",? (?:de |del )?(\\d{4})" + B1, FLAGS);
    /** the first end of a range whose month is written once, just before the second end's day */
    private static final Pattern RANGE_HEAD = Pattern.compile(B0 + "(\\d{1,2})" + DAY_MARK + " ?(?:au|à|al|a|ao|bis|"
            + "bis zum|zum|по|до|y|et|e|und|и|-|–|—)(?: (?:le|el|il|o|den|zum))? ?$", FLAGS);
    private static final Pattern YEAR = Pattern.compile(B0 + "(?:en|depuis|im jahr|im jahre|seit|bis|desde|hasta|"
            + "année|año|jahr|l'an|nel|dal|anno|em|ano|até|в|с|до) ((?:19|20)\\d\\d)" + B1, FLAGS);

    private static final DateGrammar INSTANCE = new EuropeanDateGrammar();

    /**
     * @param lang ISO 639-1 code of a language with {@link EuropeanWords}
     * @return its grammars: explicit dates, numeric dates (day first), relative expressions
     */
    static List<DateGrammar> forLanguage(String lang) {
        return List.of(INSTANCE, new NumericDateReader("DMY", false),
                new EuropeanRelativeGrammar(EuropeanWords.of(lang)));
    }

    @Override
    public void find(String text, DateReference ref, List<Candidate> out) {
        LocalDate r = ref.day();
        Matcher m = DAY_MONTH.matcher(text);
        while (m.find()) {
            int day = Integer.parseInt(m.group(1));
            int month = MonthNames.month(TimeTextNormalizer.fold(m.group(2)));
            boolean explicit = m.group(3) != null;
            int year = explicit ? Integer.parseInt(m.group(3)) : RelativeDateResolver.yearFor(r, month, day, null);
            if (month == 0 || !Timex.valid(year, month, day)) {
                continue;
            }
            out.add(Candidate.date(m.start(), m.end(), Timex.day(LocalDate.of(year, month, day)), explicit));
            Matcher head = RANGE_HEAD.matcher(text.substring(Math.max(0, m.start() - 24), m.start()));
            if (head.find()) {
                int firstDay = Integer.parseInt(head.group(1));
                LocalDate first = firstDay <= day ? LocalDate.of(year, month, 1)
                        : LocalDate.of(year, month, 1).minusMonths(1);
                if (Timex.valid(first.getYear(), first.getMonthValue(), firstDay)) {
                    int offset = Math.max(0, m.start() - 24);
                    out.add(Candidate.date(offset + head.start(1), offset + head.end(1),
                            Timex.day(first.withDayOfMonth(firstDay)), explicit));
                }
            }
        }
        m = MONTH_YEAR.matcher(text);
        while (m.find()) {
            int month = MonthNames.month(TimeTextNormalizer.fold(m.group(1)));
            if (month != 0) {
                out.add(Candidate.date(m.start(), m.end(), Timex.month(Integer.parseInt(m.group(2)), month), true));
            }
        }
        m = YEAR.matcher(text);
        while (m.find()) {
            out.add(Candidate.date(m.start(1), m.end(1), m.group(1), true));
        }
    }
}

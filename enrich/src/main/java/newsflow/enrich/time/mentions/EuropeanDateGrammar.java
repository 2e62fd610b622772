package newsflow.enrich.time.mentions;

import newsflow.enrich.time.vocab.MonthNames;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Explicit dates in French, Spanish and German (month names of {@link MonthNames}), plus the deictic days today/yesterday/tomorrow of each language:
 * "5 septembre 2018", "le 1er mars", "5 de septiembre de 2018", "5. September 2018", "septembre 2018",
 * "aujourd'hui", "ayer", "morgen". Numeric dates are day-first ({@link NumericDateReader}).
 */
final class EuropeanDateGrammar implements DateGrammar {

    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Map<String, Integer> DEICTIC = new HashMap<>();

    static {
        for (String lang : List.of("fr", "es", "de")) {
            MONTHS.putAll(MonthNames.of(lang));
        }
        DEICTIC.put("aujourd'hui", 0);
        DEICTIC.put("hier", -1);
        DEICTIC.put("demain", 1);
        DEICTIC.put("hoy", 0);
        DEICTIC.put("ayer", -1);
        DEICTIC.put("mañana", 1);
        DEICTIC.put("heute", 0);
        DEICTIC.put("gestern", -1);
        DEICTIC.put("morgen", 1);
    }

    private static final String MONTH_RE = "(" + String.join("|", MONTHS.keySet().stream()
            .sorted((a, b) -> b.length() - a.length()).toList()) + ")\\.?";
    private static final String B0 = "(?<![\\p{L}\\p{N}])";
    private static final String B1 = "(?![\\p{L}\\p{N}])";
    private static final Pattern DAY_MONTH = Pattern.compile(B0 + "(\\d{1,2})(?:\\.|er|º|°)? (?:de )?" + MONTH_RE
            + "(?:,? (?:de |del )?(\\d{4}))?" + B1, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MONTH_YEAR = Pattern.compile(B0 + MONTH_RE + ",? (?:de |del )?(\\d{4})" + B1,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DEICTIC_RE = Pattern.compile(B0 + "(aujourd'hui|hier|demain|hoy|ayer|heute|gestern)"
            + B1, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern YEAR = Pattern.compile("(?i)" + B0 + "(?:en|depuis|im jahr|im jahre|seit|bis|"
            + "desde|hasta|année|año|jahr|l'an) ((?:19|20)\\d\\d)" + B1);

    private static final DateGrammar INSTANCE = new EuropeanDateGrammar();

    static List<DateGrammar> forLanguage(String lang) {
        return List.of(INSTANCE, new NumericDateReader("DMY", false));
    }

    @Override
    public void find(String text, DateReference ref, List<Candidate> out) {
        LocalDate r = ref.day();
        Matcher m = DAY_MONTH.matcher(text);
        while (m.find()) {
            int day = Integer.parseInt(m.group(1));
            int month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
            int year = m.group(3) != null ? Integer.parseInt(m.group(3)) : RelativeDateResolver.yearFor(r, month, day, null);
            if (Timex.valid(year, month, day)) {
                out.add(Candidate.date(m.start(), m.end(), Timex.day(LocalDate.of(year, month, day)), m.group(3) != null));
            }
        }
        m = MONTH_YEAR.matcher(text);
        while (m.find()) {
            out.add(Candidate.date(m.start(), m.end(), Timex.month(Integer.parseInt(m.group(2)),
                    MONTHS.get(m.group(1).toLowerCase(Locale.ROOT))), true));
        }
        m = DEICTIC_RE.matcher(text);
        while (m.find()) {
            out.add(Candidate.date(m.start(1), m.end(1),
                    Timex.day(r.plusDays(DEICTIC.get(m.group(1).toLowerCase(Locale.ROOT)))), false));
        }
        m = YEAR.matcher(text);
        while (m.find()) {
            out.add(Candidate.date(m.start(1), m.end(1), m.group(1), true));
        }
    }
}

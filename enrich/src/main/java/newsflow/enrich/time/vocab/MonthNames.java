package newsflow.enrich.time.vocab;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Month names (full and usual abbreviations), one table per language of the news we ingest: {@link #of} gives a
 * language's names as written, {@link #month} and {@link #ALTERNATION} every language's in the folded form of
 * {@link TimeTextNormalizer#fold} (publication dates, where the page's language is not yet known). Arabic names,
 * in all their regional systems, come from {@link ArabicCalendarWords}, their one list. Sources: CLDR
 * "months/format/wide" and "abbreviated" for en, de, fr, es, pt, it, nl, sv (also read for da/no), pl, tr, ru
 * (genitive and nominative); Arabic as documented there. Thread-safe (immutable after class initialisation).
 */
public final class MonthNames {

    /** Per language (ISO 639-1), the names as written in lower case, January = 1. */
    private static final Map<String, Map<String, Integer>> BY_LANGUAGE = new HashMap<>();
    /** Every language's names in the folded form of {@link TimeTextNormalizer#fold}. */
    private static final Map<String, Integer> NAMES = new HashMap<>();

    static {
        language("en", "january jan", "february feb", "march mar", "april apr", "may", "june jun", "july jul",
                "august aug", "september sep sept", "october oct", "november nov", "december dec");
        language("de", "januar jänner", "februar", "märz maerz mär", "april", "mai", "juni", "juli", "august",
                "september", "oktober okt", "november", "dezember dez");
        language("fr", "janvier janv", "février fevrier févr fevr", "mars", "avril avr", "mai", "juin", "juillet juil",
                "août aout", "septembre sept", "octobre oct", "novembre nov", "décembre decembre déc");
        language("es", "enero ene", "febrero", "marzo", "abril abr", "mayo", "junio", "julio", "agosto ago",
                "septiembre setiembre sept", "octubre", "noviembre", "diciembre dic");
        language("pt", "janeiro", "fevereiro fev", "março marco", "abril abr", "maio", "junho", "julho", "agosto ago",
                "setembro set", "outubro out", "novembro", "dezembro dez");
        language("it", "gennaio gen", "febbraio", "marzo", "aprile", "maggio mag", "giugno giu", "luglio lug",
                "agosto ago", "settembre set", "ottobre ott", "novembre", "dicembre dic");
        language("nl", "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
                "oktober", "november", "december");
        language("sv", "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
                "november", "december");
        language("pl", "styczeń stycznia", "luty lutego", "marzec marca", "kwiecień kwietnia", "maj maja",
                "czerwiec czerwca", "lipiec lipca", "sierpień sierpnia", "wrzesień września",
                "październik października", "listopad listopada", "grudzień grudnia");
        language("tr", "ocak", "şubat subat", "mart", "nisan", "mayıs mayis", "haziran", "temmuz", "ağustos agustos",
                "eylül eylul", "ekim", "kasım kasim", "aralık aralik");
        language("ru", "января январь", "февраля февраль", "марта март", "апреля апрель", "мая май", "июня июнь",
                "июля июль", "августа август", "сентября сентябрь", "октября октябрь", "ноября ноябрь",
                "декабря декабрь");
        Map<String, Integer> arabic = new HashMap<>();
        ArabicCalendarWords.forEachGregorianName((name, month) -> arabic.put(name, month));
        BY_LANGUAGE.put("ar", Map.copyOf(arabic));
        for (Map<String, Integer> names : BY_LANGUAGE.values()) {
            names.forEach((name, month) -> NAMES.put(TimeTextNormalizer.fold(name), month));
        }
    }

    /** Regex alternation of all names, longest first, for embedding in patterns. */
    public static final String ALTERNATION = NAMES.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
            .map(java.util.regex.Pattern::quote)
            .collect(Collectors.joining("|"));

    private MonthNames() {
    }

    /** @param months twelve space-separated groups of the names of one month, January first */
    private static void language(String lang, String... months) {
        Map<String, Integer> names = new HashMap<>();
        for (int i = 0; i < months.length; i++) {
            for (String n : months[i].split(" ")) {
                names.put(n, i + 1);
            }
        }
        BY_LANGUAGE.put(lang, Map.copyOf(names));
    }

    /**
     * @param lang an ISO 639-1 code ({@code en de fr es pt it nl sv pl tr ru ar})
     * @return that language's month names (full and usual abbreviations) as written in lower case, with their month
     *         (1–12); empty for another language
     */
    public static Map<String, Integer> of(String lang) {
        return BY_LANGUAGE.getOrDefault(lang, Map.of());
    }

    /**
     * @param folded a month name in folded form (a trailing dot is ignored)
     * @return 1..12, or 0 when unknown
     */
    public static int month(String folded) {
        String key = folded.endsWith(".") ? folded.substring(0, folded.length() - 1) : folded;
        key = key.replaceAll("\\s+", " ");
        return NAMES.getOrDefault(key, 0);
    }
}

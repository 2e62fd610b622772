package newsflow.enrich.time.vocab;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Month names (full and usual abbreviations) in the languages of the news we ingest, in the folded form of
 * {@link TimeTextNormalizer}. Arabic names, in all their regional systems, come from
 * {@link ArabicCalendarWords}, their one list. Sources: CLDR month names for en, de, fr, es, pt, it, nl, sv, da, no, pl, tr,
 * ru (genitive); Arabic as documented there.
 */
public final class MonthNames {

    private static final Map<String, Integer> NAMES = new HashMap<>();

    static {
        add(1, "january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "janeiro", "gennaio", "gen",
                "januari", "styczeń", "stycznia", "ocak", "января", "январь");
        add(2, "february", "feb", "februar", "février", "fevrier", "févr", "fevr", "febrero", "fevereiro", "fev",
                "febbraio", "februari", "luty", "lutego", "şubat", "subat", "февраля", "февраль");
        add(3, "march", "mar", "märz", "maerz", "mär", "mars", "marzo", "março", "marco", "maart", "marzec",
                "marca", "mart", "марта", "март");
        add(4, "april", "apr", "avril", "avr", "abril", "abr", "aprile", "kwiecień", "kwietnia", "nisan",
                "апреля", "апрель");
        add(5, "may", "mai", "mayo", "maio", "maggio", "mag", "mei", "maj", "maja", "mayıs", "mayis", "мая", "май");
        add(6, "june", "jun", "juni", "juin", "junio", "junho", "giugno", "giu", "czerwiec", "czerwca", "haziran",
                "июня", "июнь");
        add(7, "july", "jul", "juli", "juillet", "juil", "julio", "julho", "luglio", "lug", "lipiec", "lipca",
                "temmuz", "июля", "июль");
        add(8, "august", "aug", "août", "aout", "agosto", "ago", "augustus", "augusti", "sierpień", "sierpnia",
                "ağustos", "agustos", "августа", "август");
        add(9, "september", "sep", "sept", "septembre", "septiembre", "setembro", "set", "settembre", "wrzesień",
                "września", "eylül", "eylul", "сентября", "сентябрь");
        add(10, "october", "oct", "oktober", "okt", "octobre", "octubre", "outubro", "out", "ottobre", "ott",
                "październik", "października", "ekim", "октября", "октябрь");
        add(11, "november", "nov", "novembre", "noviembre", "novembro", "listopad", "listopada", "kasım", "kasim",
                "ноября", "ноябрь");
        add(12, "december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic",
                "dezembro", "dicembre", "grudzień", "grudnia", "aralık", "aralik", "декабря", "декабрь");
        ArabicCalendarWords.forEachGregorianName((name, month) -> add(month, name));
    }

    /** Regex alternation of all names, longest first, for embedding in patterns. */
    public static final String ALTERNATION = NAMES.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
            .map(java.util.regex.Pattern::quote)
            .collect(Collectors.joining("|"));

    private MonthNames() {
    }

    private static void add(int month, String... names) {
        for (String n : names) {
            NAMES.put(TimeTextNormalizer.fold(n), month);
        }
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

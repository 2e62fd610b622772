package newsflow.enrich.time.vocab;

import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words of relative dates in one European language (fr, es, de, it, pt, ru): deictic days, weekdays, number
 * words, calendar units, last/this/next modifiers and the prepositions or postpositions of "N units ago/later".
 * Each language has its own table, so a word of one language is never read in another ("Hier" is German for
 * "here", French for "yesterday"): the language of the edition chooses the table. Month names are
 * {@link MonthNames}'. Sources: CLDR 44 "fields" (day/week/month/year relative forms, weekday names, format
 * wide and genitive Russian forms) and the HeidelTime resources for French, Spanish, German, Italian,
 * Portuguese and Russian (Strötgen &amp; Gertz 2013). All keys are lower case (Locale.ROOT).
 *
 * @param lang       ISO 639-1 code
 * @param deictic    day words with their shift in days (yesterday −1, the day after tomorrow +2)
 * @param weekdays   weekday names (all cases written in news) → day
 * @param numbers    number words 1–10 (all genders and cases) → value
 * @param units      calendar unit words (all numbers and cases) → unit code Y, M, W, D, H or MIN
 * @param modifiers  last/this/next words (all genders and cases) → −1, 0 or +1
 * @param before     words written before "N units": direction −1 (ago), +1 (in), 0 (a duration: for, since)
 * @param after      words written after "N units": direction (−1 for "fa", "назад", "atrás")
 * @param articles   articles and prepositions that may open a unit or weekday expression ("la", "im", "на")
 * @param notDeictic words that, written just before a deictic word, make it another noun ("la mañana" is the
 *                   morning, "am Morgen" the morning): the deictic reading is then not taken
 * @param future     future-tense cues of the language: modal and auxiliary words and verb endings (regex)
 */
public record EuropeanWords(String lang, Map<String, Integer> deictic, Map<String, DayOfWeek> weekdays,
                            Map<String, Integer> numbers, Map<String, String> units, Map<String, Integer> modifiers,
                            Map<String, Integer> before, Map<String, Integer> after, List<String> articles,
                            Set<String> notDeictic, String future) {

    private static final Map<String, EuropeanWords> BY_LANG = new HashMap<>();

    static {
        BY_LANG.put("fr", new Builder("fr")
                .deictic("aujourd'hui", 0, "hier", -1, "demain", 1, "avant-hier", -2, "après-demain", 2,
                        "apres-demain", 2)
                .weekdays("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
                .numbers("un|une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix")
                .units("Y", "an|ans|année|années", "M", "mois", "W", "semaine|semaines", "D", "jour|jours",
                        "H", "heure|heures", "MIN", "minute|minutes")
                .modifiers(-1, "dernier|dernière|passé|passée", 0, "ce|cet|cette", 1, "prochain|prochaine")
                .before(-1, "il y a", 1, "dans", 0, "pendant|depuis")
                .articles("le", "la", "l'", "les")
                .future("prochaine?|va|vont|sera|seront|aura|auront|demain|\\p{L}{2,}(?:era|eront|ira|iront|dra|dront)")
                .build());
        BY_LANG.put("es", new Builder("es")
                .deictic("hoy", 0, "ayer", -1, "mañana", 1, "anteayer", -2, "antier", -2, "antes de ayer", -2,
                        "pasado mañana", 2)
                .weekdays("lunes", "martes", "miércoles|miercoles", "jueves", "viernes", "sábado|sabado", "domingo")
                .numbers("un|uno|una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez")
                .units("Y", "año|años", "M", "mes|meses", "W", "semana|semanas", "D", "día|días|dia|dias",
                        "H", "hora|horas", "MIN", "minuto|minutos")
                .modifiers(-1, "pasado|pasada|último|última|ultimo|ultima", 0, "este|esta",
                        1, "próximo|próxima|proximo|proxima|que viene")
                .before(-1, "hace", 1, "dentro de|en", 0, "durante|desde hace")
                .after(-1, "atrás")
                .articles("el", "la", "los", "las")
                .notDeictic("la", "esta", "cada", "una", "media", "toda")
                .future("próxim[oa]|que viene|va a|van a|será|serán|mañana|\\p{L}{2,}(?:rá|rán)")
                .build());
        BY_LANG.put("de", new Builder("de")
                .deictic("heute", 0, "gestern", -1, "morgen", 1, "vorgestern", -2, "übermorgen", 2)
                .weekdays("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag|sonnabend", "sonntag")
                .numbers("ein|eine|einem|einer|einen", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht",
                        "neun", "zehn")
                .units("Y", "jahr|jahre|jahren|jahres", "M", "monat|monate|monaten|monats", "W", "woche|wochen",
                        "D", "tag|tage|tagen", "H", "stunde|stunden", "MIN", "minute|minuten")
                .modifiers(-1, "letzte|letzten|letzter|letztes|vergangene|vergangenen|vergangener|vergangenes",
                        0, "diese|diesen|dieser|dieses",
                        1, "nächste|nächsten|nächster|nächstes|kommende|kommenden|kommender|kommendes")
                .before(-1, "vor", 1, "in", 0, "seit")
                .articles("im", "in der", "am", "der", "die", "das", "den")
                .notDeictic("am", "den", "jeden", "heute", "gestern", "diesen", "guten", "einen", "vom")
                .future("nächste[nrs]?|kommende[nrs]?|wird|werden|soll|sollen|morgen")
                .build());
        BY_LANG.put("it", new Builder("it")
                .deictic("oggi", 0, "ieri", -1, "domani", 1, "l'altro ieri", -2, "altroieri", -2, "l'altroieri", -2,
                        "ieri l'altro", -2, "dopodomani", 2)
                .weekdays("lunedì|lunedi", "martedì|martedi", "mercoledì|mercoledi", "giovedì|giovedi",
                        "venerdì|venerdi", "sabato", "domenica")
                .numbers("un|uno|una", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci")
                .units("Y", "anno|anni", "M", "mese|mesi", "W", "settimana|settimane", "D", "giorno|giorni",
                        "H", "ora|ore", "MIN", "minuto|minuti")
                .modifiers(-1, "scorso|scorsa|passato|passata", 0, "questo|questa|quest'",
                        1, "prossimo|prossima")
                .before(1, "tra|fra", 0, "per|da")
                .after(-1, "fa")
                .articles("il", "lo", "la", "l'")
                .future("prossim[oa]|sarà|saranno|domani|\\p{L}{2,}(?:erà|eranno|irà|iranno|arà|aranno)")
                .build());
        BY_LANG.put("pt", new Builder("pt")
                .deictic("hoje", 0, "ontem", -1, "amanhã", 1, "anteontem", -2, "depois de amanhã", 2)
                .weekdays("segunda-feira", "terça-feira|terca-feira", "quarta-feira", "quinta-feira", "sexta-feira",
                        "sábado|sabado", "domingo")
                .numbers("um|uma", "dois|duas", "três|tres", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez")
                .units("Y", "ano|anos", "M", "mês|meses|mes", "W", "semana|semanas", "D", "dia|dias",
                        "H", "hora|horas", "MIN", "minuto|minutos")
                .modifiers(-1, "passado|passada|último|última", 0, "este|esta|neste|nesta",
                        1, "próximo|próxima|proximo|proxima|que vem")
                .before(-1, "há", 1, "daqui a|dentro de|em", 0, "durante")
                .after(-1, "atrás")
                .articles("o", "a", "no", "na", "do", "da")
                .notDeictic("a", "esta", "nesta", "da", "cada", "de")
                .future("próxim[oa]|que vem|vai|vão|será|serão|amanhã|\\p{L}{2,}(?:ará|arão|erá|erão|irá|irão)")
                .build());
        BY_LANG.put("ru", new Builder("ru")
                .deictic("сегодня", 0, "вчера", -1, "завтра", 1, "позавчера", -2, "послезавтра", 2)
                .weekdays("понедельник", "вторник", "среда|среду", "четверг", "пятница|пятницу",
                        "суббота|субботу", "воскресенье")
                .numbers("один|одна|одну", "два|две", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять",
                        "десять")
                .units("Y", "год|года|лет|году", "M", "месяц|месяца|месяцев|месяце", "W", "неделя|неделю|недели|"
                        + "недель|неделе", "D", "день|дня|дней", "H", "час|часа|часов", "MIN", "минуту|минуты|минут")
                .modifiers(-1, "прошлый|прошлая|прошлое|прошлой|прошлом|прошлую|минувший|минувшей|минувшем|минувшую",
                        0, "этот|эта|это|этой|этом|эту|текущем|текущей",
                        1, "следующий|следующая|следующей|следующем|следующую|будущем|будущей|будущую")
                .before(1, "через", 0, "в течение")
                .after(-1, "назад|тому назад")
                .articles("в", "во", "на")
                .future("будет|будут|состоится|планируется|намерен[ао]?|собирается|завтра|следующ\\p{L}*")
                .build());
    }

    /**
     * @param lang ISO 639-1 code, any case, or null
     * @return the language's words, or null when the language has no relative-date grammar
     */
    public static EuropeanWords of(String lang) {
        return lang == null ? null : BY_LANG.get(lang.toLowerCase(Locale.ROOT));
    }

    /** @return the languages that have a table (fr, es, de, it, pt, ru) */
    public static Set<String> languages() {
        return BY_LANG.keySet();
    }

    /** Fills the maps of one language from "a|b" alternatives. */
    private static final class Builder {
        private final String lang;
        private final Map<String, Integer> deictic = new HashMap<>();
        private final Map<String, DayOfWeek> weekdays = new HashMap<>();
        private final Map<String, Integer> numbers = new HashMap<>();
        private final Map<String, String> units = new HashMap<>();
        private final Map<String, Integer> modifiers = new HashMap<>();
        private final Map<String, Integer> before = new HashMap<>();
        private final Map<String, Integer> after = new HashMap<>();
        private List<String> articles = List.of();
        private Set<String> notDeictic = Set.of();
        private String future = "(?!)";

        Builder(String lang) {
            this.lang = lang;
        }

        Builder deictic(Object... wordShift) {
            for (int i = 0; i < wordShift.length; i += 2) {
                deictic.put((String) wordShift[i], (Integer) wordShift[i + 1]);
            }
            return this;
        }

        Builder weekdays(String... monToSun) {
            for (int i = 0; i < 7; i++) {
                for (String w : monToSun[i].split("\\|")) {
                    weekdays.put(w, DayOfWeek.of(i + 1));
                }
            }
            return this;
        }

        Builder numbers(String... oneToTen) {
            for (int i = 0; i < oneToTen.length; i++) {
                for (String w : oneToTen[i].split("\\|")) {
                    numbers.put(w, i + 1);
                }
            }
            return this;
        }

        Builder units(String... codeWords) {
            for (int i = 0; i < codeWords.length; i += 2) {
                for (String w : codeWords[i + 1].split("\\|")) {
                    units.put(w, codeWords[i]);
                }
            }
            return this;
        }

        Builder modifiers(Object... shiftWords) {
            signed(modifiers, shiftWords);
            return this;
        }

        Builder before(Object... dirWords) {
            signed(before, dirWords);
            return this;
        }

        Builder after(Object... dirWords) {
            signed(after, dirWords);
            return this;
        }

        private static void signed(Map<String, Integer> into, Object... pairs) {
            for (int i = 0; i < pairs.length; i += 2) {
                for (String w : ((String) pairs[i + 1]).split("\\|")) {
                    into.put(w, (Integer) pairs[i]);
                }
            }
        }

        Builder articles(String... words) {
            articles = List.of(words);
            return this;
        }

        Builder notDeictic(String... words) {
            notDeictic = Set.of(words);
            return this;
        }

        Builder future(String regex) {
            future = regex;
            return this;
        }

        EuropeanWords build() {
            return new EuropeanWords(lang, Map.copyOf(deictic), Map.copyOf(weekdays), Map.copyOf(numbers),
                    Map.copyOf(units), Map.copyOf(modifiers), Map.copyOf(before), Map.copyOf(after), articles,
                    notDeictic, future);
        }
    }
}

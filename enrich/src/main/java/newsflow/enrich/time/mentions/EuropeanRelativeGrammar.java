package newsflow.enrich.time.mentions;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Relative expressions in French, Spanish and German news, resolved against the reference day like their
 * English and Arabic counterparts (vocabulary after CLDR fr/es/de "fields" relative-time patterns and the
 * HeidelTime French/Spanish/German resources, Strötgen &amp; Gertz 2013). Rules, in order:
 * <ol>
 *   <li>the second-degree deictic days: avant-hier/après-demain, anteayer/pasado mañana, vorgestern/übermorgen
 *       (today/yesterday/tomorrow are {@link EuropeanDateGrammar}'s);</li>
 *   <li>a calendar unit with last/this/next: "la semaine dernière", "l'an prochain", "cette année", "el mes
 *       pasado", "la semana que viene", "este año", "letzte Woche", "im vergangenen Jahr", "nächsten Monat";</li>
 *   <li>an amount back or ahead: "il y a trois jours", "dans deux semaines", "hace tres días", "dentro de dos
 *       años", "vor drei Tagen", "in zwei Wochen" → a DATE at the unit's granularity; "pendant trois ans",
 *       "durante dos años", "seit drei Jahren" → a DURATION; hours and minutes back or ahead ("il y a 2 heures",
 *       "vor 3 Stunden", "hace 2 horas") → a point in time ({@link RelativeDateResolver#clockShift});</li>
 *   <li>weekdays: "lundi (dernier|prochain)", "el martes (pasado|próximo)", "(am) Mittwoch", "letzten Freitag":
 *       "el pasado viernes", "el próximo lunes": the latest one on or before the reference, the next one when
 *       its own clause speaks of the future ({@link ClauseTense}: a past tense in the clause wins over a future
 *       elsewhere in the sentence).</li>
 * </ol>
 * Thread-safe (stateless).
 */
final class EuropeanRelativeGrammar implements DateGrammar {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String B0 = "(?<![\\p{L}\\p{N}])";
    private static final String B1 = "(?![\\p{L}\\p{N}])";
    private static final Map<String, Integer> NUMBERS = new HashMap<>();
    private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();

    static {
        String[][] numbers = {{"un", "une", "un", "uno", "una", "ein", "einem", "einer", "einen"},
                {"deux", "dos", "zwei"}, {"trois", "tres", "drei"}, {"quatre", "cuatro", "vier"},
                {"cinq", "cinco", "fünf"}, {"six", "seis", "sechs"}, {"sept", "siete", "sieben"},
                {"huit", "ocho", "acht"}, {"neuf", "nueve", "neun"}, {"dix", "diez", "zehn"}};
        for (int i = 0; i < numbers.length; i++) {
            for (String n : numbers[i]) {
                NUMBERS.put(n, i + 1);
            }
        }
        String[][] days = {{"lundi", "lunes", "montag"}, {"mardi", "martes", "dienstag"},
                {"mercredi", "miércoles", "miercoles", "mittwoch"}, {"jeudi", "jueves", "donnerstag"},
                {"vendredi", "viernes", "freitag"}, {"samedi", "sábado", "sabado", "samstag", "sonnabend"},
                {"dimanche", "domingo", "sonntag"}};
        for (int i = 0; i < days.length; i++) {
            for (String d : days[i]) {
                WEEKDAYS.put(d, DayOfWeek.of(i + 1));
            }
        }
    }

    private static final String NUM = "(\\d{1,3}|" + String.join("|", NUMBERS.keySet()) + ")";
    private static final String UNIT = "(jours?|semaines?|mois|ans?|années?|heures?|minutes?|días?|dias?|semanas?|"
            + "mes(?:es)?|años?|horas?|minutos?|tag(?:e|en)?|wochen?|monat(?:e|en)?|jahr(?:e|en)?|stunden?|minuten?)";
    private static final String WEEKDAY = "(" + String.join("|", WEEKDAYS.keySet()) + ")";

    private static final Pattern DEICTIC2 = Pattern.compile(B0 + "(avant-hier|après-demain|apres-demain|anteayer|"
            + "antier|pasado mañana|vorgestern|übermorgen)" + B1, FLAGS);
    private static final Pattern UNIT_MOD = Pattern.compile(B0 + "((?:la |le |l'|el |im |in der |am )?"
            + "(?:(semaine|mois|an|année|semana|mes|año|woche|monat|jahr) (dernière|dernier|passée|passé|prochaine|"
            + "prochain|pasada|pasado|próxima|próximo|proxima|proximo|que viene)"
            + "|(letzte|letzten|letztes|vergangene|vergangenen|vergangenes|nächste|nächsten|nächstes|kommende|"
            + "kommenden|kommendes|diese|diesen|dieses|dieser|cette|ce|este|esta) (woche|monat|jahr|semaine|mois|"
            + "année|an|semana|mes|año)))" + B1, FLAGS);
    private static final Pattern AMOUNT = Pattern.compile(B0 + "((il y a|dans|pendant|depuis|hace|dentro de|durante|"
            + "desde hace|vor|in|seit) " + NUM + " " + UNIT + ")" + B1, FLAGS);
    private static final Pattern WEEKDAY_RE = Pattern.compile(B0 + "((?:(?:el |le )?(letzten|vergangenen|nächsten|"
            + "kommenden|pasado|próximo|proximo|prochain|am) )?" + WEEKDAY + "(?: (dernier|prochain|pasado|próximo|proximo|que viene))?)" + B1, FLAGS);
    @Override
    public void find(String text, DateReference ref, List<Candidate> out) {
        LocalDate r = ref.day();
        Matcher m = DEICTIC2.matcher(text);
        while (m.find()) {
            String w = m.group(1).toLowerCase(Locale.ROOT);
            int shift = w.startsWith("avant") || w.startsWith("ante") || w.startsWith("antier")
                    || w.startsWith("vorg") ? -2 : 2;
            out.add(Candidate.of(m.start(1), m.end(1), Timex.day(r.plusDays(shift)), "DATE"));
        }
        m = UNIT_MOD.matcher(text);
        while (m.find()) {
            String unit = m.group(2) != null ? m.group(2) : m.group(5);
            String mod = (m.group(3) != null ? m.group(3) : m.group(4)).toLowerCase(Locale.ROOT);
            out.add(Candidate.of(m.start(1), m.end(1), RelativeDateResolver.shift(r, unit(unit), shift(mod)), "DATE"));
        }
        m = AMOUNT.matcher(text);
        while (m.find()) {
            String prep = m.group(2).toLowerCase(Locale.ROOT);
            String n = m.group(3).toLowerCase(Locale.ROOT);
            Integer amount = n.chars().allMatch(Character::isDigit) ? Integer.valueOf(n) : NUMBERS.get(n);
            String unit = unit(m.group(4));
            if (amount == null || prep.equals("in") && !"Y M W D".contains(unit)
                    || prep.equals("dans") && !"Y M W D".contains(unit)) {
                continue;
            }
            boolean calendar = "Y".equals(unit) || "M".equals(unit) || "W".equals(unit) || "D".equals(unit);
            int dir = switch (prep) {
                case "il y a", "hace", "vor" -> -1;
                case "dans", "dentro de", "in" -> 1;
                default -> 0;
            };
            if (dir != 0 && ("H".equals(unit) || "MIN".equals(unit))) {
                String[] point = RelativeDateResolver.clockShift(ref, amount, unit, dir);
                out.add(Candidate.of(m.start(1), m.end(1), point[0], point[1]));
            } else if (dir != 0 && calendar) {
                out.add(Candidate.of(m.start(1), m.end(1), RelativeDateResolver.shift(r, unit, dir * amount), "DATE"));
            } else if (dir == 0) {
                out.add(Candidate.of(m.start(1) + prep.length() + 1, m.end(1), Timex.duration(amount, unit), "DURATION"));
            }
        }
        m = WEEKDAY_RE.matcher(text);
        while (m.find()) {
            DayOfWeek dow = WEEKDAYS.get(m.group(3).toLowerCase(Locale.ROOT));
            String mod = m.group(2) != null && !m.group(2).equalsIgnoreCase("am") ? m.group(2) : m.group(4);
            RelativeDateResolver.Direction dir;
            if (mod != null) {
                dir = shift(mod.toLowerCase(Locale.ROOT)) < 0 ? RelativeDateResolver.Direction.BEFORE
                        : RelativeDateResolver.Direction.AFTER;
            } else {
                dir = ClauseTense.of(text, m.start(), m.end()) == ClauseTense.Tense.FUTURE
                        ? RelativeDateResolver.Direction.ON_OR_AFTER : RelativeDateResolver.Direction.ON_OR_BEFORE;
            }
            int start = m.group(2) != null && m.group(2).equalsIgnoreCase("am") ? m.start(3) : m.start(1);
            out.add(Candidate.of(start, m.end(1), Timex.day(RelativeDateResolver.weekday(r, dow, dir)), "DATE"));
        }
    }

    private static String unit(String w) {
        String s = w.toLowerCase(Locale.ROOT);
        if (s.startsWith("sem") || s.startsWith("woch")) {
            return "W";
        }
        if (s.startsWith("mois") || s.startsWith("mes") || s.startsWith("monat")) {
            return "M";
        }
        if (s.startsWith("an") || s.startsWith("añ") || s.startsWith("jahr")) {
            return "Y";
        }
        if (s.startsWith("heure") || s.startsWith("hora") || s.startsWith("stund")) {
            return "H";
        }
        if (s.startsWith("minut")) {
            return "MIN";
        }
        return "D";
    }

    private static int shift(String mod) {
        if (mod.startsWith("dern") || mod.startsWith("pass") || mod.startsWith("pasad") || mod.startsWith("letzt")
                || mod.startsWith("vergang")) {
            return -1;
        }
        if (mod.startsWith("proch") || mod.startsWith("próx") || mod.startsWith("prox") || mod.equals("que viene")
                || mod.startsWith("nächst") || mod.startsWith("kommend")) {
            return 1;
        }
        return 0;
    }
}

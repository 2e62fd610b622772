package newsflow.enrich.time.mentions;

import newsflow.enrich.time.vocab.EuropeanWords;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Relative expressions in one of French, Spanish, German, Italian, Portuguese or Russian news, resolved against
 * the reference day like their English and Arabic counterparts; the words are the language's own
 * {@link EuropeanWords} table, so a word of another language is never read (German "Hier" is not French "hier").
 * Rules, in order:
 * <ol>
 *   <li>deictic days: "hier", "ayer", "vorgestern", "l'altro ieri", "depois de amanhã", "позавчера" — unless the
 *       word before makes it a noun ("la mañana", "am Morgen");</li>
 *   <li>a calendar unit with last/this/next, either order: "la semaine dernière", "la próxima semana",
 *       "im vergangenen Jahr", "l'anno scorso", "no ano passado", "на прошлой неделе";</li>
 *   <li>an amount back or ahead: "il y a trois jours", "hace tres días", "vor drei Tagen", "tre giorni fa",
 *       "há três dias", "три дня назад", "dans deux semaines", "через два дня" → a DATE at the unit's
 *       granularity; "pendant trois ans", "seit drei Jahren", "da tre anni" → a DURATION; hours and minutes back
 *       ("il y a 2 heures", "vor 3 Stunden", "hace 2 horas") → a point in time
 *       ({@link RelativeDateResolver#clockShift});</li>
 *   <li>weekdays with or without last/next before or after: "lundi dernier", "el pasado viernes", "letzten
 *       Freitag", "giovedì scorso", "na sexta-feira passada", "в прошлую пятницу"; a bare weekday is the latest
 *       one on or before the reference, the next one when its own clause speaks of the future ({@link ClauseTense}:
 *       a past tense in the clause wins over a future elsewhere in the sentence; otherwise a future cue of the
 *       language in the sentence).</li>
 * </ol>
 * Thread-safe (immutable).
 */
final class EuropeanRelativeGrammar implements DateGrammar {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String B0 = "(?<![\\p{L}\\p{N}'’-])";
    private static final String B1 = "(?![\\p{L}\\p{N}-])";
    /** after a word: a space, or nothing when the word ends in an apostrophe ("l'anno", "quest'anno") */
    private static final String GAP = "(?:(?<=')|\\s)";

    private final EuropeanWords words;
    private final Pattern deictic;
    private final Pattern unitMod;
    private final Pattern amountBefore;
    private final Pattern amountAfter;
    private final Pattern weekday;
    private final Pattern future;

    EuropeanRelativeGrammar(EuropeanWords words) {
        this.words = words;
        String num = "(\\d{1,3}|" + alt(words.numbers().keySet()) + ")";
        String unit = "(" + alt(words.units().keySet()) + ")";
        String calendarUnit = "(" + alt(words.units().entrySet().stream()
                .filter(e -> "YMW".contains(e.getValue())).map(Map.Entry::getKey).toList()) + ")";
        String mod = "(" + alt(words.modifiers().keySet()) + ")";
        String art = "(?:(?:" + alt(words.articles()) + ")" + GAP + ")?";
        deictic = Pattern.compile(B0 + "(" + alt(words.deictic().keySet()) + ")" + B1, FLAGS);
        unitMod = Pattern.compile(B0 + "(" + art + "(?:" + calendarUnit + "\\s" + mod + "|" + mod + GAP
                + calendarUnit + "))" + B1, FLAGS);
        amountBefore = Pattern.compile(B0 + "((" + alt(words.before().keySet()) + ")\\s" + num + "\\s" + unit + ")"
                + B1, FLAGS);
        amountAfter = words.after().isEmpty() ? null : Pattern.compile(B0 + "(" + num + "\\s" + unit + "\\s("
                + alt(words.after().keySet()) + "))" + B1, FLAGS);
        weekday = Pattern.compile(B0 + "(?:(" + alt(words.articles()) + ")" + GAP + ")?((?:" + mod + "\\s)?("
                + alt(words.weekdays().keySet()) + ")(?:\\s" + mod + ")?)" + B1, FLAGS);
        future = Pattern.compile(B0 + "(?:" + words.future() + ")" + B1, FLAGS);
    }

    /** @return the words alternation, longest first, each quoted */
    private static String alt(Collection<String> ws) {
        return ws.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(w -> w))
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }

    @Override
    public void find(String text, DateReference ref, List<Candidate> out) {
        LocalDate r = ref.day();
        Matcher m = deictic.matcher(text);
        while (m.find()) {
            if (!isNoun(text, m.start(1), m.group(1))) {
                int shift = words.deictic().get(m.group(1).toLowerCase(Locale.ROOT));
                out.add(Candidate.of(m.start(1), m.end(1), Timex.day(r.plusDays(shift)), "DATE"));
            }
        }
        m = unitMod.matcher(text);
        while (m.find()) {
            String unit = m.group(2) != null ? m.group(2) : m.group(5);
            String mod = m.group(3) != null ? m.group(3) : m.group(4);
            out.add(Candidate.of(m.start(1), m.end(1), RelativeDateResolver.shift(r, code(unit), modifier(mod)),
                    "DATE"));
        }
        m = amountBefore.matcher(text);
        while (m.find()) {
            int dir = words.before().get(m.group(2).toLowerCase(Locale.ROOT));
            addAmount(out, ref, dir, m.group(3), m.group(4), m.start(1), m.end(1), m.start(3));
        }
        if (amountAfter != null) {
            m = amountAfter.matcher(text);
            while (m.find()) {
                int dir = words.after().get(m.group(4).toLowerCase(Locale.ROOT));
                addAmount(out, ref, dir, m.group(2), m.group(3), m.start(1), m.end(1), m.start(1));
            }
        }
        m = weekday.matcher(text);
        while (m.find()) {
            DayOfWeek dow = words.weekdays().get(m.group(4).toLowerCase(Locale.ROOT));
            String mod = m.group(3) != null ? m.group(3) : m.group(5);
            int shift = mod == null ? 0 : modifier(mod);
            RelativeDateResolver.Direction dir = shift < 0 ? RelativeDateResolver.Direction.BEFORE
                    : shift > 0 ? RelativeDateResolver.Direction.AFTER
                    : future(text, m.start(), m.end()) ? RelativeDateResolver.Direction.ON_OR_AFTER
                    : RelativeDateResolver.Direction.ON_OR_BEFORE;
            out.add(Candidate.of(m.start(2), m.end(2), Timex.day(RelativeDateResolver.weekday(r, dow, dir)), "DATE"));
        }
    }

    private void addAmount(List<Candidate> out, DateReference ref, int dir, String n, String unitWord, int start,
                           int end, int durationStart) {
        LocalDate r = ref.day();
        String lower = n.toLowerCase(Locale.ROOT);
        Integer amount = lower.chars().allMatch(Character::isDigit) ? Integer.valueOf(lower)
                : words.numbers().get(lower);
        String unit = code(unitWord);
        boolean calendar = "YMWD".contains(unit) && unit.length() == 1;
        if (amount == null) {
            return;
        }
        if (dir < 0 && ("H".equals(unit) || "MIN".equals(unit))) { // "N hours ago": a point in time
            String[] point = RelativeDateResolver.clockShift(ref, amount, unit, dir);
            out.add(Candidate.of(start, end, point[0], point[1]));
        } else if (dir != 0 && calendar) {
            out.add(Candidate.of(start, end, RelativeDateResolver.shift(r, unit, dir * amount), "DATE"));
        } else if (dir == 0) {
            out.add(Candidate.of(durationStart, end, Timex.duration(amount, unit), "DURATION"));
        }
    }

    /**
     * A deictic word is a noun when the word before it is one of the language's noun openers ("la mañana", "am
     * Morgen"), or, in German, when it is capitalised inside a sentence ("Morgen" the morning, "morgen" tomorrow).
     */
    private boolean isNoun(String text, int start, String word) {
        int e = start;
        while (e > 0 && text.charAt(e - 1) == ' ') {
            e--;
        }
        int s = e;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        String prev = text.substring(s, e).toLowerCase(Locale.ROOT);
        if (!prev.isEmpty() && words.notDeictic().contains(prev)) {
            return true;
        }
        return "de".equals(words.lang()) && Character.isUpperCase(word.charAt(0))
                && word.equalsIgnoreCase("morgen") && !prev.isEmpty();
    }

    /**
     * @return true when the clause of [start, end) is in the future ({@link ClauseTense}), or, when the clause shows
     *         no tense, the sentence carries a future cue of the language
     */
    private boolean future(String text, int start, int end) {
        ClauseTense.Tense tense = ClauseTense.of(text, start, end);
        return tense == ClauseTense.Tense.FUTURE || tense == ClauseTense.Tense.NONE && isFuture(text, start, end);
    }

    /** @return true when the sentence around [start, end) carries a future cue of the language */
    private boolean isFuture(String text, int start, int end) {
        int s = Math.max(0, Math.max(text.lastIndexOf(". ", start), text.lastIndexOf('\n', start)));
        int e = text.indexOf(". ", end);
        return future.matcher(text.substring(s, e < 0 ? text.length() : e)).find();
    }

    private String code(String unitWord) {
        return words.units().get(unitWord.toLowerCase(Locale.ROOT));
    }

    private int modifier(String mod) {
        return words.modifiers().get(mod.toLowerCase(Locale.ROOT));
    }
}

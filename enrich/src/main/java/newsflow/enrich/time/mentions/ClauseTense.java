package newsflow.enrich.time.mentions;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tense of the clause an expression stands in, for French, Spanish, German and Italian (issue 14 item 3): a
 * bare weekday is the latest such day on or before the reference unless its own clause speaks of the future
 * (project contract, ../shared/eval/README.md; TimeML Annotation Guidelines 1.2.1 anchor relative dates to the
 * document creation time in the direction of the clause's tense).
 *
 * <p>The clause is the stretch between sentence ends, semicolons and commas around the expression; a clause
 * holding little more than the expression ("Lundi, le ministre se rendra…") takes the next one. Within it the
 * tense marker nearest to the expression decides, so "Der Minister hat am Dienstag den Plan vorgestellt, der ab
 * 2025 gelten wird" is past and "a annoncé qu'il viendra lundi" future. Markers:
 * <ul>
 *   <li>future: fr futur simple (-era, -ira, -dra, -eront…, sera, aura), "va/vont + infinitive", prochain(e),
 *       demain; es futuro (-rá, -rán, -ré, -remos), "va/van a", próximo/a, que viene, mañana; de wird/werden, soll,
 *       kommenden, nächsten, morgen; it futuro (-rà, -ranno, -rò, -remo), prossimo/a, domani;</li>
 *   <li>past: de Perfekt (hat/haben/ist/sind + Partizip ge…t/ge…en, also after a separable prefix, or …iert), Präteritum of sein/haben/werden;
 *       es pretérito (-ó, -aron, -ieron, dijo, fue…), "ha/han + -ado/-ido", pasado; fr passé composé
 *       (a/ont/est/sont + -é/-i/-u…), plus-que-parfait, dernier; it passato prossimo (ha/hanno/è/sono + -ato/
 *       -ito/-uto), scorso.</li>
 * </ul>
 * Thread-safe (stateless).
 */
final class ClauseTense {

    /** The tense a clause speaks in. */
    enum Tense { PAST, FUTURE, NONE }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String B0 = "(?<![\\p{L}\\p{N}])";
    private static final String B1 = "(?![\\p{L}\\p{N}])";
    private static final Pattern FUTURE = Pattern.compile(B0 + "(?:prochaine?s?|(?:va|vont|vais) \\p{L}+(?:er|ir|re)"
            + "|sera|seront|aura|auront|demain|\\p{L}{2,}(?:era|eront|ira|iront|dra|dront|erai|irai)"
            + "|próxim[oa]s?|proxim[oa]s?|que viene|(?:va|van|vamos) a|mañana|\\p{L}{3,}(?:rá|rán|ré|remos)"
            + "|wird|werden|wirst|soll|sollen|kommende[nrs]?|nächste[nrs]?|morgen"
            + "|prossim[oaie]|domani|\\p{L}{2,}(?:rà|ranno|rò|remo))" + B1, FLAGS);
    private static final Pattern PAST = Pattern.compile(B0 + "(?:(?:hat|haben|hatte|hatten|ist|sind)(?= (?:.* )?"
            + "(?:\\p{L}{0,6}ge\\p{L}{2,}(?:t|en)|\\p{L}{3,}iert)" + B1 + ")|war|waren|wurde|wurden|vergangene[nrs]?|letzte[nrs]?"
            + "|\\p{L}{2,}(?:ó|aron|ieron)|dijo|dijeron|fue|fueron|hizo|hicieron|hubo|estuvo|pasad[oa]"
            + "|(?:ha|han|había|habían) \\p{L}{2,}(?:ado|ido)"
            + "|(?:a|ont|avait|avaient|est|sont|était|étaient) (?:(?:déjà|bien|aussi|enfin|finalement|été) )?\\p{L}{2,}(?:é|ée|és|ées|i|is|u|us|it)"
            + "|derni(?:er|ère)"
            + "|(?:ha|hanno|aveva|avevano|è|sono|era|erano) \\p{L}{2,}(?:at[oaie]|it[oaie]|ut[oaie])|scors[oaie]"
            + "|ieri)" + B1, FLAGS);

    /** A clause whose words besides the expression are fewer than this borrows the next clause. */
    private static final int MIN_CLAUSE_WORDS = 2;
    /** Longest stretch (UTF-16 chars) looked at on each side: bounds the cost on unpunctuated text. */
    private static final int MAX_SPAN = 300;

    private ClauseTense() {
    }

    /**
     * @param text  the normalised text
     * @param start start of the expression
     * @param end   end of the expression
     * @return the tense of the expression's clause, NONE when it shows neither
     */
    static Tense of(String text, int start, int end) {
        int s = start;
        int floor = Math.max(0, start - MAX_SPAN);
        while (s > floor && !isBreak(text.charAt(s - 1))) {
            s--;
        }
        int e = clauseEnd(text, end);
        String around = text.substring(s, start) + " " + text.substring(end, e);
        if (around.isBlank() || around.strip().split("\\s+").length < MIN_CLAUSE_WORDS) {
            e = clauseEnd(text, Math.min(text.length(), e + 1));
        }
        Tense best = Tense.NONE;
        int bestDistance = Integer.MAX_VALUE;
        for (Tense t : new Tense[] {Tense.FUTURE, Tense.PAST}) {
            Matcher m = (t == Tense.FUTURE ? FUTURE : PAST).matcher(text).region(s, e);
            while (m.find()) {
                if (m.start() < end && m.end() > start) {
                    continue; // the expression's own words
                }
                int d = m.end() <= start ? start - m.end() : m.start() - end;
                if (d < bestDistance) {
                    bestDistance = d;
                    best = t;
                }
            }
        }
        return best;
    }

    private static int clauseEnd(String text, int from) {
        int e = from;
        int ceiling = Math.min(text.length(), from + MAX_SPAN);
        while (e < ceiling && !isBreak(text.charAt(e))) {
            e++;
        }
        return e;
    }

    private static boolean isBreak(char c) {
        return c == '.' || c == ',' || c == ';' || c == '!' || c == '?' || c == '\n' || c == ':';
    }
}

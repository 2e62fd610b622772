package newsflow.enrich.time.mentions;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides when a bare four-digit number in English text is a year (TIMEX3 DATE "YYYY"). A number between
 * 1600 and 2099 is a year unless the context makes it a count, an amount or an identifier:
 * <ul>
 *   <li>identifier nouns before it ("Article 2022", "Resolution 1441", "Flight 1549", "No. 1990");</li>
 *   <li>amount words before it ("$", "about", "more than", "nearly", "total of");</li>
 *   <li>a counted noun after it: a lower-case plural or a measure unit ("2000 students", "1500 km");</li>
 *   <li>thousands separators, decimals and percentages ("300,000", "2,022", "1999.5", "2000%").</li>
 * </ul>
 * The list-of-cues approach follows HeidelTime's negative rules for English years (Strötgen &amp; Gertz 2013,
 * "Multilingual and cross-domain temporal tagging", LRE 47(2)).
 */
final class YearContext {

    private static final Pattern YEAR = Pattern.compile(
            "(?<![\\p{L}\\p{N}$£€#@/.,:'])(?<!(?<!mid|pre|post)-)((?:1[6-9]|20)\\d\\d)(?![\\p{L}\\p{N}]|[,.]\\d|%|-\\d| ?percent| ?per cent)");
    private static final Pattern ID_BEFORE = Pattern.compile("(?i)(?:article|art\\.|no\\.|nos\\.|number|numbers|resolution|"
            + "res\\.|room|flight|route|law|decree|page|pages|p\\.|pp\\.|section|sec\\.|chapter|paragraph|clause|item|code|"
            + "model|case|bill|rule|order|suite|box|highway|interstate|street|st\\.|avenue|ave\\.|boeing|airbus|version|"
            + "v\\.|platform|gate|unit|lot|apartment|apt\\.|phone|tel\\.|fax|extension|ext\\.|channel|hr|h\\.r\\.|s\\.|"
            + "sb|ab|index|level|grade|dow|nasdaq|s&p|ftse|nikkei|dax|cac|at|over|above|below|under|to|from|"
            + "about|some|nearly|almost|than|least|only|just|approximately|roughly|around|total of|up to|estimated|"
            + "\\$|us\\$|rs\\.?|usd|eur|gbp|\\p{Sc})\\s?$");
    private static final Pattern YEAR_PREP = Pattern.compile("(?i)(?:in|since|until|till|by|of|for|during|from|to|"
            + "through|between|and|or|before|after|early|late|mid|mid-|fiscal|calendar|year|around|circa|c\\.|spring|"
            + "summer|fall|autumn|winter|season|class of|end of|start of|beginning of|as of|throughout|within|"
            + "over)[ -]$");
    private static final Pattern NEXT_WORD = Pattern.compile("^ ?([\\p{L}]+)");
    private static final Set<String> MEASURES = Set.of("km", "m", "kg", "g", "mm", "cm", "ft", "lb", "lbs", "mph",
            "kph", "mw", "kw", "gw", "hp", "cc", "ml", "l", "sq", "acres", "hectares", "tons", "tonnes", "meters",
            "metres", "feet", "miles", "yards", "kilometers", "kilometres", "points", "pts", "dollars", "euros",
            "pounds", "yen", "yuan", "rupees", "riyals", "dinars", "shares", "units", "people", "men", "women",
            "children", "troops", "soldiers", "barrels", "bpd", "votes", "seats", "jobs", "homes", "cars",
            "a", "more", "other", "new", "of");
    private static final Set<String> NON_NOUN_S = Set.of("was", "is", "has", "its", "as", "this", "plus", "thus",
            "says", "does", "his", "hers", "ours", "yours", "us", "always", "perhaps", "whereas", "besides", "less",
            "unless", "ends", "begins", "marks", "saw", "sees", "brings", "proves", "seems", "looks");

    private YearContext() {
    }

    /** Adds a DATE candidate for every bare year in a date context. */
    static void findYears(String text, List<Candidate> out) {
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            String before = text.substring(Math.max(0, m.start() - 24), m.start());
            boolean prep = YEAR_PREP.matcher(before).find();
            if (!prep && ID_BEFORE.matcher(before).find()) {
                continue;
            }
            if (prep && before.matches("(?is).*(?:more than|fewer than|less than|up to|total of|some|about|"
                    + "nearly|almost|than|least|of)\\s$") && countedAfter(text, m.end())) {
                continue;
            }
            String lead = before.toLowerCase(Locale.ROOT);
            boolean fiscal = lead.endsWith("fiscal ") || lead.endsWith("calendar ");
            if (!fiscal && countedAfter(text, m.end())) {
                continue;
            }
            String v = m.group(1);
            int start = m.start();
            if (lead.endsWith("mid-") || lead.endsWith("pre-") || lead.endsWith("post-")) {
                start = m.start() - (lead.endsWith("post-") ? 5 : 4);
            } else if (fiscal) {
                start = m.start() - (lead.endsWith("fiscal ") ? 7 : 9);
            }
            out.add(Candidate.date(start, m.end(), v, true));
        }
    }

    private static boolean countedAfter(String text, int end) {
        Matcher w = NEXT_WORD.matcher(text.substring(end, Math.min(text.length(), end + 30)));
        if (!w.find()) {
            return false;
        }
        String word = w.group(1);
        String lower = word.toLowerCase(Locale.ROOT);
        if (MEASURES.contains(lower)) {
            return true;
        }
        return Character.isLowerCase(word.charAt(0)) && lower.length() > 3 && lower.endsWith("s")
                && !lower.endsWith("ss") && !NON_NOUN_S.contains(lower);
    }
}

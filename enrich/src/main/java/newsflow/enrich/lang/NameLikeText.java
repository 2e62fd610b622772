package newsflow.enrich.lang;

/**
 * A text whose words nearly all begin with a capital letter (a byline, a credit, a team line-up, a list of
 * names) says little about its language even when long: Lingua reads the names' origin, not the page's
 * language. Only scripts with letter case can show it.
 */
final class NameLikeText {

    /** Share of capitalised words from which a text is taken for names. */
    static final double CAPITALISED_SHARE = 0.9;
    /** Words needed before the share means anything. */
    static final int MIN_WORDS = 2;

    private NameLikeText() {
    }

    /**
     * @param words the text's words in its dominant writing system, separated by single spaces
     * @return true when at least {@link #CAPITALISED_SHARE} of at least {@link #MIN_WORDS} words are capitalised
     */
    static boolean test(String words) {
        if (words.isEmpty()) {
            return false;
        }
        String[] split = words.split(" ");
        if (split.length < MIN_WORDS || !Character.isLetter(split[0].codePointAt(0))) {
            return false;
        }
        int[] counts = counts(split);
        return counts[0] >= MIN_WORDS && counts[1] >= CAPITALISED_SHARE * counts[0];
    }

    /**
     * @param words the text's words in its dominant writing system, separated by single spaces
     * @return the share of its cased words that begin with a capital letter; 0 when none is cased
     */
    static double capitalisedShare(String words) {
        if (words.isEmpty()) {
            return 0;
        }
        int[] counts = counts(words.split(" "));
        return counts[0] == 0 ? 0 : (double) counts[1] / counts[0];
    }

    /** @return {cased words, capitalised words} */
    private static int[] counts(String[] split) {
        int cased = 0;
        int capital = 0;
        for (String w : split) {
            if (w.isEmpty()) {
                continue;
            }
            int first = w.codePointAt(0);
            if (Character.isUpperCase(first) || Character.isTitleCase(first)) {
                capital++;
                cased++;
            } else if (Character.isLowerCase(first)) {
                cased++;
            }
        }
        return new int[] {cased, capital};
    }
}

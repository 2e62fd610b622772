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
        int cased = 0;
        int capital = 0;
        for (String w : split) {
            int first = w.codePointAt(0);
            if (Character.isUpperCase(first) || Character.isTitleCase(first)) {
                capital++;
                cased++;
            } else if (Character.isLowerCase(first)) {
                cased++;
            }
        }
        return cased >= MIN_WORDS && capital >= CAPITALISED_SHARE * cased;
    }
}

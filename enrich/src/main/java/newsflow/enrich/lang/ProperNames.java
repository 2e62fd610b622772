package newsflow.enrich.lang;

/**
 * Proper names are not evidence of the language around them ("Former England footballer Paul Gascoigne" reads as
 * French to n-gram statistics). In scripts with letter case, a word that begins with a capital letter and does
 * not open the text, a sentence or a quotation is taken for a name and left out of the statistics, as long as
 * {@link #MIN_LETTERS} letters remain (German capitalises every noun: its long texts keep ample evidence, its
 * shortest keep their capitals).
 */
final class ProperNames {

    /** Letters that must remain for the names to be left out. */
    static final int MIN_LETTERS = 6;

    /** Characters that end a sentence or open a quotation: the next capital is not a name. */
    private static final String BREAKS = ".!?:;…«\"“„‘'(¿¡";

    private ProperNames() {
    }

    /**
     * @param text any text
     * @return the text without its capitalised words that do not open the text, a sentence or a quotation;
     *         the text itself when fewer than {@link #MIN_LETTERS} letters would remain
     */
    static String strip(String text) {
        String[] tokens = text.strip().split("\\s+");
        StringBuilder kept = new StringBuilder(text.length());
        int letters = 0;
        String before = null;
        for (String token : tokens) {
            if (token.isEmpty()) {
                continue;
            }
            boolean opens = before == null || BREAKS.indexOf(before.charAt(before.length() - 1)) >= 0
                    || BREAKS.indexOf(token.charAt(0)) >= 0;
            int first = firstLetter(token);
            boolean name = !opens && first >= 0
                    && (Character.isUpperCase(first) || Character.isTitleCase(first));
            if (!name) {
                kept.append(token).append(' ');
                letters += (int) token.codePoints().filter(Character::isLetter).count();
            }
            before = token;
        }
        return letters >= MIN_LETTERS ? kept.toString().strip() : text;
    }

    private static int firstLetter(String token) {
        for (int i = 0; i < token.length(); ) {
            int cp = token.codePointAt(i);
            if (Character.isLetter(cp)) {
                return cp;
            }
            if (Character.isDigit(cp)) {
                return -1;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }
}

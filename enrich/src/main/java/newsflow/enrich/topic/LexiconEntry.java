package newsflow.enrich.topic;

/**
 * One lexicon term: a sequence of words pointing to an IPTC Media Topics concept.
 *
 * @param code   qcode the term is evidence for, or null for a stop phrase (it only hides the shorter terms
 *               inside it, e.g. "cup of tea" hides "cup")
 * @param top    top-level ancestor of {@code code}, or null for a stop phrase
 * @param weight evidence weight of one occurrence (1 = ordinary evidence; 3 = nearly decisive)
 * @param words  the words in lexicon normal form ({@link WordTokenizer#lexiconForm})
 * @param prefix for each word, true when it matches any document word that starts with it ({@code word*})
 */
record LexiconEntry(String code, String top, double weight, String[] words, boolean[] prefix) {

    /** @return the number of words */
    int length() {
        return words.length;
    }

    /** @return true when the i-th word of the term matches one of the forms of a document word */
    boolean matches(int i, String[] forms) {
        String w = words[i];
        for (String f : forms) {
            if (prefix[i] ? f.startsWith(w) : f.equals(w)) {
                return true;
            }
        }
        return false;
    }
}

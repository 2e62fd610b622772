package newsflow.enrich.lang;

import java.util.List;
import newsflow.enrich.extract.BlockKind;

/**
 * A heading alone in its language (no paragraph, list item or other block of the document but headings in it)
 * would make an edition with a title and no paragraph, or of headings only; on real pages that is far more often
 * a short heading the statistics misread (names, telegraphic words) than a section in another language without
 * text. Such a heading takes the language of the
 * section it opens (the next block with letters), or of the previous block when it closes the document, unless
 * its own evidence is strong: a change of writing system, or a heading of at least {@link #LONG_LETTERS}
 * letters (a sentence, which the statistics read well). Paragraphs are left alone: a short paragraph in another
 * language among others is common on multilingual pages (a quote, a caption), and its statistics decide
 * ({@link ContextResolver}).
 */
final class LoneHeadings {

    /** Letters from which a heading's own statistics are strong evidence. */
    static final int LONG_LETTERS = 60;

    private LoneHeadings() {
    }

    /**
     * @param languages each block's resolved language, in document order; changed in place
     * @param evidence  each block's own evidence, same order
     * @param kinds     each block's kind, same order
     */
    static void join(String[] languages, List<BlockEvidence> evidence, List<BlockKind> kinds) {
        for (int i = 0; i < languages.length; i++) {
            BlockEvidence e = evidence.get(i);
            if (kinds.get(i) != BlockKind.HEADING || e.system() == null || e.letters() >= LONG_LETTERS
                    || hasText(languages, kinds, languages[i])) {
                continue;
            }
            int context = withLetters(evidence, i, +1);
            if (context < 0) {
                context = withLetters(evidence, i, -1);
            }
            if (context >= 0 && evidence.get(context).system() == e.system()) {
                languages[i] = languages[context];
            }
        }
    }

    /** @return whether a block other than a heading is in this language */
    private static boolean hasText(String[] languages, List<BlockKind> kinds, String lang) {
        for (int j = 0; j < languages.length; j++) {
            if (kinds.get(j) != BlockKind.HEADING && languages[j].equals(lang)) {
                return true;
            }
        }
        return false;
    }

    private static int withLetters(List<BlockEvidence> evidence, int i, int step) {
        for (int j = i + step; j >= 0 && j < evidence.size(); j += step) {
            if (evidence.get(j).system() != null) {
                return j;
            }
        }
        return -1;
    }
}

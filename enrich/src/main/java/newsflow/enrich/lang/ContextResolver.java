package newsflow.enrich.lang;

import java.util.List;
import newsflow.enrich.extract.BlockKind;

/**
 * Decides each block's language from its own evidence and its neighbours', in this order:
 * <ol>
 *   <li><b>Anchors</b>: a block whose best language leads every rival by at least {@link #ANCHOR_MARGIN}
 *       letter-units (or whose script alone decides), and which is not a list of names, keeps it.</li>
 *   <li><b>Context</b>: another block with letters takes the language of the nearest anchor of the same writing
 *       system before or after it when that language trails its own best by at most {@link #SWITCH_COST} (or at
 *       all, for names): a name, a truncated sentence or a short heading in the document's language is not a
 *       switch; nor is a single word ("Specs:", "Broccoli", a German compound read as Dutch), whatever its
 *       statistics, which are weakest on single words. A block that cannot tell its own best language from the
 *       runner-up (margin under {@link #SURE_MARGIN}) while its words are mostly capitalised has no real evidence against its context and needs
 *       {@link #UNSURE_SWITCH_COST} to leave it (issue 13: product names, price lists and credit lines made small
 *       extra editions). A block without a verdict on unsupported languages is at
 *       {@link #SWITCH_COST} from {@code und} (the context of a language the configuration does not enable).</li>
 *   <li><b>Own</b>: otherwise a block keeps its own best language when an anchor of its script exists and
 *       clearly disagrees (a five-word French heading in an English page), or when it is a phrase in a script
 *       no anchor writes (an Arabic caption in an English page): a change of script is near-certain
 *       evidence.</li>
 *   <li><b>Neighbours</b>: a block left (no letters, a single word or a name in another script, a script no
 *       enabled language writes) takes the language of the nearest decided block of its own writing system, or
 *       of any when there is none: the next one for a heading, the previous one otherwise; a phrase in a script no enabled language writes stays {@code und}, as does
 *       a block with no decided block around it.</li>
 *   <li><b>Lone headings</b>: a heading alone in its language joins the section it opens
 *       ({@link LoneHeadings}).</li>
 * </ol>
 * The cost of a switch is in the unit of {@link LinguaScorer}'s gap (letters times the relative log-likelihood
 * deficit, proper names left out), so long blocks always decide for themselves. Its value lies between the
 * largest gap of a short (under 50 characters) block in its context's language and the smallest gap of a short
 * block in another language, as measured on the mixed-language evaluation. A page title, a headline full of
 * names and telegraphic words, gets the anchor margin as its tolerance.
 */
final class ContextResolver {

    /** Letter-units a block's own evidence must exceed to leave the language of its context. */
    static final double SWITCH_COST = 1.0;
    /**
     * Letter-units by which a block's best language must lead its runner-up for the block to be sure of it
     * (issue 13). A block of mostly capitalised words ({@link #NAME_HEAVY_SHARE}) that cannot tell two other
     * languages apart (a German price list of product names read as Portuguese by 0.02 over Spanish, a German
     * credit line read as English by 0.05 over French, a product name read as Dutch by 0.95 over German) has no
     * real evidence against its context: it leaves the context only beyond {@link #UNSURE_SWITCH_COST}. Short
     * sentences of function words ("Il s'agit de la", "Cada unidad se llama beat") are evidence even when
     * unsure between two neighbours of their own.
     */
    static final double SURE_MARGIN = 1.0;
    /** Share of capitalised words from which a block reads mostly as names, product names or a credit. */
    static final double NAME_HEAVY_SHARE = 0.5;
    /**
     * Letter-units an unsure block (margin under {@link #SURE_MARGIN}) must trail its context's language by to
     * leave it: such blocks on the fundus pages trail their page's language by 0.95–1.75, while the short blocks
     * of another language in the mixed-language set that are unsure between two languages ("Cada unidad se llama
     * beat", es/pt; "La nombre guide", fr/es) trail English by 3.6 and more.
     */
    static final double UNSURE_SWITCH_COST = 3.0;
    /** Letter-units by which a block's best language must lead every rival for the block to be an anchor. */
    static final double ANCHOR_MARGIN = 4.5;
    /** Letters from which a block is a phrase. */
    static final int PHRASE_MIN_LETTERS = 6;
    /** Words from which a block is a phrase. */
    static final int PHRASE_MIN_WORDS = 2;

    /** The code of an undecided block. */
    static final String UNDECIDED = "und";

    /**
     * @param evidence each block's own evidence, in document order
     * @param kinds    each block's kind, same order
     * @return each block's language (ISO code or {@code und}), same order
     */
    List<String> resolve(List<BlockEvidence> evidence, List<BlockKind> kinds) {
        int n = evidence.size();
        String[] lang = new String[n];
        boolean[] anchor = new boolean[n];
        for (int i = 0; i < n; i++) {
            BlockEvidence e = evidence.get(i);
            if (isAnchor(e)) {
                lang[i] = e.top();
                anchor[i] = true;
            }
        }
        for (int i = 0; i < n; i++) {
            if (!anchor[i] && evidence.get(i).top() != null) {
                lang[i] = byContext(i, evidence, lang, anchor);
            }
        }
        String[] resolved = lang.clone();
        for (int i = 0; i < n; i++) {
            if (lang[i] == null) {
                BlockEvidence e = evidence.get(i);
                boolean foreignText = e.system() != null && e.ranked().isEmpty() && isPhrase(e);
                resolved[i] = foreignText ? UNDECIDED
                        : neighbour(i, lang, evidence, kinds.get(i) == BlockKind.HEADING);
            }
        }
        LoneHeadings.join(resolved, evidence, kinds);
        return List.of(resolved);
    }

    /**
     * @param title     the title's own evidence
     * @param evidence  the blocks' evidence
     * @param languages the blocks' resolved languages
     * @param declared  the page's declared language (ISO 639-1), or null
     * @return the title's language: its own when decisive; else the page's declared language when the document
     *         has blocks in it and the title's evidence allows it (the declared language is the page's, and so
     *         the title's, more often than a short text's statistics); else the closest language of the same
     *         script in the document; else its own when it is a phrase; else null (the caller gives it to the
     *         main edition)
     */
    String resolveTitle(BlockEvidence title, List<BlockEvidence> evidence, List<String> languages,
                        String declared) {
        if (title.top() == null) {
            return null;
        }
        if (isAnchor(title)) {
            return title.top();
        }
        if (declared != null && languages.contains(declared) && allows(title, title.gapOf(declared), ANCHOR_MARGIN)) {
            return declared;
        }
        String best = null;
        double bestGap = Double.POSITIVE_INFINITY;
        for (int i = 0; i < evidence.size(); i++) {
            if (evidence.get(i).system() == title.system() && title.gapOf(languages.get(i)) < bestGap) {
                best = languages.get(i);
                bestGap = title.gapOf(best);
            }
        }
        if (best != null && allows(title, bestGap, ANCHOR_MARGIN)) {
            return best;
        }
        return best != null || isPhrase(title) ? title.top() : null;
    }

    /** @return whether a text's own evidence allows a language trailing its best by {@code gap} */
    private static boolean allows(BlockEvidence e, double gap, double tolerance) {
        return gap <= tolerance || e.nameLike() && gap < Double.POSITIVE_INFINITY;
    }

    private static boolean isAnchor(BlockEvidence e) {
        return e.top() != null && !e.nameLike() && e.margin() >= ANCHOR_MARGIN;
    }

    private static String byContext(int i, List<BlockEvidence> evidence, String[] lang, boolean[] anchor) {
        BlockEvidence e = evidence.get(i);
        String best = null;
        double bestGap = Double.POSITIVE_INFINITY;
        for (int step : new int[] {-1, +1}) {
            String candidate = nearestAnchor(i, step, e.system(), evidence, lang, anchor);
            if (candidate != null && (best == null || contextGap(e, candidate) < bestGap)) {
                best = candidate;
                bestGap = contextGap(e, candidate);
            }
        }
        boolean unsure = e.margin() < SURE_MARGIN && e.capitalised() >= NAME_HEAVY_SHARE;
        double tolerance = unsure ? UNSURE_SWITCH_COST : SWITCH_COST;
        if (best != null && (allows(e, bestGap, tolerance) || e.words() < PHRASE_MIN_WORDS)) {
            return best;
        }
        if (e.nameLike()) {
            return null;
        }
        return best != null || isPhrase(e) ? e.top() : null;
    }

    /**
     * @return the block's gap to a context language; for {@code und} (a language the configuration does not
     *         enable) without a verdict of the block's own ({@link UnsupportedLanguages} did not run or could not
     *         tell), {@link #SWITCH_COST}: a name or a short line inside a Czech page is Czech as well
     */
    private static double contextGap(BlockEvidence e, String candidate) {
        double gap = e.gapOf(candidate);
        return UNDECIDED.equals(candidate) && gap == Double.POSITIVE_INFINITY ? SWITCH_COST : gap;
    }

    private static boolean isPhrase(BlockEvidence e) {
        return e.letters() >= PHRASE_MIN_LETTERS && e.words() >= PHRASE_MIN_WORDS;
    }

    private static String nearestAnchor(int i, int step, WritingSystem system, List<BlockEvidence> evidence,
                                        String[] lang, boolean[] anchor) {
        for (int j = i + step; j >= 0 && j < evidence.size(); j += step) {
            if (anchor[j] && evidence.get(j).system() == system) {
                return lang[j];
            }
        }
        return null;
    }

    /**
     * The nearest decided block's language, preferring a block of the same writing system (a Latin-script line
     * between an English and an Arabic paragraph is English, case C22); any script when none of its own is
     * decided, and for a block without letters.
     */
    private static String neighbour(int i, String[] lang, List<BlockEvidence> evidence, boolean heading) {
        WritingSystem system = evidence.get(i).system();
        if (system != null) {
            String same = nearestDecided(i, lang, heading, j -> evidence.get(j).system() == system);
            if (same != null) {
                return same;
            }
        }
        String any = nearestDecided(i, lang, heading, j -> true);
        return any != null ? any : UNDECIDED;
    }

    private static String nearestDecided(int i, String[] lang, boolean heading,
                                         java.util.function.IntPredicate eligible) {
        int first = heading ? +1 : -1;
        for (int step : new int[] {first, -first}) {
            for (int j = i + step; j >= 0 && j < lang.length; j += step) {
                if (lang[j] != null && eligible.test(j)) {
                    return lang[j];
                }
            }
        }
        return null;
    }
}

package newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Block-level cleanup of the selected container, applied in this order:
 * <ol>
 *   <li>blocks of teaser cards ({@link TeaserCardRule}) are dropped;</li>
 *   <li>link blocks ({@link LinkDensity#isLinkBlock}) are dropped;</li>
 *   <li>template tokens are cut out of the text, and promos and ads opening with a bracketed label are dropped
 *       ({@link PlaceholderRule});</li>
 *   <li>boilerplate phrases ({@link BoilerplatePhrases}) are dropped;</li>
 *   <li>in paragraphs, lines that repeat the title, name an author, are bylines/datelines or an author's name
 *       with a date ({@link DatelineBylineRule}) or e-mail credits ({@link PlaceholderRule}) are dropped, and a paragraph left empty goes;</li>
 *   <li>headings that repeat the title are dropped, and so is a first block (of the first
 *       {@link #HEADLINE_REPEAT_BLOCKS}) with the title's words in the title's order, whatever its tag, case and
 *       punctuation;</li>
 *   <li>a block identical to the one before it is dropped;</li>
 *   <li>headings left at the end (no text follows them) are dropped.</li>
 * </ol>
 */
final class BlockFilter {

    /** How many leading blocks may be a repeat of the headline. */
    static final int HEADLINE_REPEAT_BLOCKS = 2;

    private final BoilerplatePhrases phrases = new BoilerplatePhrases();
    private final DatelineBylineRule metadataLines = new DatelineBylineRule();
    private final TeaserCardRule teaserCards = new TeaserCardRule();

    /**
     * @param selected the blocks of the selected container, in order
     * @param title    the extracted title, or null
     * @param authors  author names from metadata
     * @return the main-text blocks
     */
    List<Block> filter(List<RawBlock> selected, String title, List<String> authors) {
        String normTitle = title == null ? null : TitleExtractor.norm(title);
        List<String> titleWords = title == null || words(title).isEmpty() ? null : words(title);
        Set<String> normAuthors = new HashSet<>();
        for (String a : authors) {
            normAuthors.add(TitleExtractor.norm(a));
        }
        List<Block> out = new ArrayList<>();
        java.util.Set<org.jsoup.nodes.Element> cards = teaserCards.teaserCards(selected);
        for (RawBlock b : selected) {
            if (!cards.isEmpty() && cards.contains(b.owner().parent())) {
                continue;
            }
            if (LinkDensity.isLinkBlock(b) || phrases.isBoilerplate(b.text())) {
                continue;
            }
            String text = PlaceholderRule.stripTokens(b.text());
            if (text.isEmpty() || PlaceholderRule.isPromo(text)) {
                continue;
            }
            if (b.kind() == BlockKind.PARAGRAPH || b.kind() == BlockKind.HEADING) {
                text = keepTextLines(text, normTitle, normAuthors, b.kind() == BlockKind.PARAGRAPH);
                if (text.isEmpty()) {
                    continue;
                }
            }
            if (out.size() < HEADLINE_REPEAT_BLOCKS && titleWords != null && titleWords.equals(words(text))) {
                continue;
            }
            Block block = new Block(b.kind(), text);
            if (!out.isEmpty() && out.get(out.size() - 1).equals(block)) {
                continue;
            }
            out.add(block);
        }
        while (!out.isEmpty() && out.get(out.size() - 1).kind() == BlockKind.HEADING) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** @return the letter-and-digit runs of the text, lower case */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            int cp = i < text.length() ? text.codePointAt(i) : ' ';
            if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
                w.appendCodePoint(cp);
                i += Character.charCount(cp) - 1;
            } else if (w.length() > 0) {
                out.add(w.toString().toLowerCase(java.util.Locale.ROOT));
                w.setLength(0);
            }
        }
        return out;
    }

    private String keepTextLines(String text, String normTitle, Set<String> normAuthors, boolean paragraph) {
        if (text.indexOf('\n') < 0) {
            return isMetadata(text, normTitle, normAuthors, paragraph) ? "" : text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        for (String line : text.split("\n")) {
            if (!isMetadata(line, normTitle, normAuthors, paragraph)) {
                if (kept.length() > 0) {
                    kept.append('\n');
                }
                kept.append(line);
            }
        }
        return kept.toString();
    }

    private boolean isMetadata(String line, String normTitle, Set<String> normAuthors, boolean paragraph) {
        String n = TitleExtractor.norm(line);
        if (normTitle != null && n.equals(normTitle)) {
            return true;
        }
        if (!paragraph) {
            return false;
        }
        return normAuthors.contains(n) || metadataLines.isMetadataLine(line) || PlaceholderRule.isEmailCredit(line)
                || DatelineBylineRule.isCreditLine(n, normAuthors);
    }
}

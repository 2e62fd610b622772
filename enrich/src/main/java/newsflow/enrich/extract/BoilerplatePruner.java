package newsflow.enrich.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Applies {@link BoilerplateVocabulary} to a cleaned page: removes each element whose class/id/role names page
 * furniture, unless it is protected. Protection (position and size): the element holds, or is, the declared
 * article body ({@code itemprop=articleBody}, a content class), is a structural root ({@code body},
 * {@code main}), or holds at least {@link #PROTECTED_SHARE} of the page's text or of its paragraph
 * ({@code <p>}) text — a furniture word on a wrapper of the whole article is a false alarm (e.g.
 * {@code class="page has-sidebar"}, {@code sidebar-grid}).
 */
final class BoilerplatePruner {

    /** Share of the page's characters above which a furniture-named element is kept. */
    static final double PROTECTED_SHARE = 0.5;

    /**
     * Elements never removed by vocabulary: structural roots, and headings (a heading goes with its furniture
     * container; alone, a class like {@code widget-title} on an in-article subheading is a false alarm).
     */
    static final Set<String> STRUCTURAL_TAGS = Set.of("html", "body", "main", "h1", "h2", "h3", "h4", "h5", "h6");

    private final BoilerplateVocabulary vocabulary = new BoilerplateVocabulary();

    /**
     * @param root the cleaned body; mutated in place
     */
    void prune(Element root) {
        Map<Element, Integer> lengths = new IdentityHashMap<>();
        Map<Element, Integer> paragraphLengths = new IdentityHashMap<>();
        textLengths(root, lengths, paragraphLengths);
        Map<Element, Boolean> holdsContent = contentHolders(root);
        int total = Math.max(1, lengths.getOrDefault(root, 0));
        int paragraphTotal = paragraphLengths.getOrDefault(root, 0);
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element el) || el == root || STRUCTURAL_TAGS.contains(el.normalName())) {
                    return FilterResult.CONTINUE;
                }
                if (holdsContent.containsKey(el)) {
                    return FilterResult.CONTINUE;
                }
                if (vocabulary.isFurniture(el)
                        && lengths.getOrDefault(el, 0) < PROTECTED_SHARE * total
                        && (paragraphTotal == 0
                            || paragraphLengths.getOrDefault(el, 0) < PROTECTED_SHARE * paragraphTotal)
                        && !(isInline(el) && InlineDates.inSentence(el))) {
                    return FilterResult.REMOVE;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, root);
    }

    /** An element of phrasing content: not a block and holding no block. */
    static boolean isInline(Element el) {
        if (TextBlockWalker.BLOCK_TAGS.contains(el.normalName())) {
            return false;
        }
        for (Element d : el.getAllElements()) {
            if (TextBlockWalker.BLOCK_TAGS.contains(d.normalName())) {
                return false;
            }
        }
        return true;
    }

    /** Characters of text, and of text inside {@code <p>}, below each element, computed in one pass. */
    static void textLengths(Element root, Map<Element, Integer> lengths, Map<Element, Integer> paragraphLengths) {
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
            }

            @Override
            public void tail(Node node, int depth) {
                int own;
                if (node instanceof TextNode t) {
                    own = t.isBlank() ? 0 : t.text().length();
                } else if (node instanceof Element el) {
                    own = lengths.getOrDefault(el, 0);
                } else {
                    return;
                }
                Element parent = node.parent() instanceof Element p ? p : null;
                if (parent != null && own > 0) {
                    lengths.merge(parent, own, Integer::sum);
                }
                if (parent != null && node instanceof Element el) {
                    int para = el.normalName().equals("p") ? own : paragraphLengths.getOrDefault(el, 0);
                    if (para > 0) {
                        paragraphLengths.merge(parent, para, Integer::sum);
                    }
                }
            }
        }, root);
    }

    private Map<Element, Boolean> contentHolders(Element root) {
        Map<Element, Boolean> holders = new IdentityHashMap<>();
        for (Element el : root.getAllElements()) {
            if (vocabulary.isContent(el)) {
                for (Element p = el; p != null && !holders.containsKey(p); p = p.parent()) {
                    holders.put(p, Boolean.TRUE);
                }
            }
        }
        return holders;
    }
}

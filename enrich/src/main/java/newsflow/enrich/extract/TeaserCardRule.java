package newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Heuristic 12 (teaser cards): a run of look-alike cards, each a linked headline ({@link #MIN_TITLE_LINK_SHARE}
 * of it linked, at most {@link #MAX_TITLE_CHARS} characters) with at most {@link #MAX_CARD_BLOCKS} short lines
 * of summary (each under {@link #MAX_SUMMARY_CHARS}), is a "more stories" rail even when its class names say
 * nothing. Cards look alike when they share tag and class list (or, without a class, the same parent); at least
 * {@link #MIN_CARDS} are needed. Source: the teaser/listing patterns trafilatura prunes with its
 * {@code link_density_test_tables} and "teaser" class list, recast as a structural test.
 */
final class TeaserCardRule {

    /** Look-alike cards needed. */
    static final int MIN_CARDS = 3;
    /** Linked share of a card title. */
    static final double MIN_TITLE_LINK_SHARE = 0.9;
    /** Longest card title. */
    static final int MAX_TITLE_CHARS = 150;
    /** Blocks a card may hold besides its title. */
    static final int MAX_CARD_BLOCKS = 3;
    /** Longest summary block of a card. */
    static final int MAX_SUMMARY_CHARS = 300;

    /**
     * @param blocks selected blocks in document order
     * @return the card elements whose blocks are teasers (identity set)
     */
    Set<Element> teaserCards(List<RawBlock> blocks) {
        Map<Element, List<RawBlock>> byCard = new IdentityHashMap<>();
        for (RawBlock b : blocks) {
            Element card = b.owner().parent();
            if (card != null) {
                byCard.computeIfAbsent(card, k -> new ArrayList<>()).add(b);
            }
        }
        Map<String, List<Element>> bySignature = new HashMap<>();
        for (Map.Entry<Element, List<RawBlock>> en : byCard.entrySet()) {
            if (isCard(en.getValue())) {
                Element c = en.getKey();
                String sig = c.normalName() + "." + (c.className().isBlank()
                        ? "@" + System.identityHashCode(c.parent()) : c.className());
                bySignature.computeIfAbsent(sig, k -> new ArrayList<>()).add(c);
            }
        }
        Set<Element> out = Collections.newSetFromMap(new IdentityHashMap<>());
        for (List<Element> cards : bySignature.values()) {
            if (cards.size() >= MIN_CARDS) {
                out.addAll(cards);
            }
        }
        return out;
    }

    private static boolean isCard(List<RawBlock> blocks) {
        if (blocks.isEmpty() || blocks.size() > MAX_CARD_BLOCKS + 1) {
            return false;
        }
        boolean title = false;
        for (RawBlock b : blocks) {
            if (!title && b.text().length() <= MAX_TITLE_CHARS && b.linkDensity() >= MIN_TITLE_LINK_SHARE) {
                title = true;
            } else if (b.text().length() >= MAX_SUMMARY_CHARS) {
                return false;
            }
        }
        return title;
    }
}

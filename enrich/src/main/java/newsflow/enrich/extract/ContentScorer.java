package newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Heuristic 4 (text density and position): finds the element holding the article, Readability-style. Each
 * paragraph-like block of at least {@link #MIN_SCORED_CHARS} characters scores 1 + its commas + one point per
 * {@link #CHARS_PER_POINT} characters (at most {@link #MAX_LENGTH_POINTS}); the score goes to the block's
 * container, half of it to the container's parent and a sixth to the grandparent. Containers start with a tag
 * bonus and a class-word weight and end multiplied by (1 − link density). The best container is widened to a
 * common ancestor when several near-best containers share one; then {@link SiblingSelection} adds its
 * siblings, same-class chunks and repeated groups. Source: Readability.js {@code _grabArticle}.
 */
final class ContentScorer {

    /** Blocks shorter than this do not vote. */
    static final int MIN_SCORED_CHARS = 25;
    /** Characters per length point. */
    static final int CHARS_PER_POINT = 100;
    /** Cap on length points per block. */
    static final int MAX_LENGTH_POINTS = 3;
    /** Weight of a content or furniture class word. */
    static final double CLASS_WEIGHT = 25;
    /** Near-best containers: at least this share of the best score. */
    static final double ALTERNATIVE_SHARE = 0.75;
    /** Near-best containers that must share an ancestor to widen the selection to it. */
    static final int MIN_ALTERNATIVES = 3;
    /** How many runner-up containers are compared. */
    static final int ALTERNATIVES_CONSIDERED = 5;

    /** Score factor of containers outside the page's main landmark. */
    static final double OUTSIDE_LANDMARK_FACTOR = 0.5;


    /** Tags whose blocks vote for their parent rather than themselves. */
    static final Set<String> PARAGRAPH_TAGS = Set.of(
            "p", "pre", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dd", "dt", "td", "th", "span",
            "font", "b", "strong", "em", "i");

    /** Class/id words that suggest article content (Readability.js {@code positive}). */
    static final List<String> POSITIVE_WORDS = List.of(
            "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text", "blog",
            "story", "prose", "rich-text", "richtext");

    private final BoilerplateVocabulary vocabulary = new BoilerplateVocabulary();

    /**
     * @param root    the cleaned page body (for its landmarks)
     * @param blocks  all walked blocks of the cleaned page, in document order
     * @param density link density of every element, from the same blocks
     * @return the blocks inside the selected article container(s), in document order; empty when none votes
     */
    List<RawBlock> select(Element root, List<RawBlock> blocks, LinkDensity density) {
        Map<Element, double[]> scores = new IdentityHashMap<>();
        Map<Element, Integer> voters = new IdentityHashMap<>();
        for (RawBlock b : blocks) {
            if (!votes(b)) {
                continue;
            }
            voters.merge(containerOf(b.owner()), 1, Integer::sum);
            double score = 1 + commas(b.text()) + Math.min(b.text().length() / CHARS_PER_POINT, MAX_LENGTH_POINTS);
            Element container = containerOf(b.owner());
            Element e = container;
            for (int level = 0; level < 3 && e != null; level++, e = e.parent()) {
                double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
                scores.computeIfAbsent(e, this::initialScore)[0] += score * share;
            }
        }
        if (scores.isEmpty()) {
            // A page too short to vote (every block under MIN_SCORED_CHARS): the whole page is the candidate.
            return blocks;
        }
        Map<Element, Double> finals = new IdentityHashMap<>();
        for (Map.Entry<Element, double[]> en : scores.entrySet()) {
            finals.put(en.getKey(), en.getValue()[0] * (1 - density.of(en.getKey())));
        }
        discountOutsideLandmarks(root, finals);
        List<Map.Entry<Element, Double>> ranked = new ArrayList<>(finals.entrySet());
        ranked.sort(Map.Entry.<Element, Double>comparingByValue().reversed());
        Element top = ranked.get(0).getKey();
        double topScore = ranked.get(0).getValue();
        top = widen(top, topScore, ranked, finals);
        topScore = Math.max(topScore, finals.getOrDefault(top, topScore));
        Set<Element> included = SiblingSelection.siblings(top, topScore, finals, density);
        included.addAll(SiblingSelection.cousins(top, density));
        included.addAll(SiblingSelection.repeatedGroups(top, topScore, finals, voters, density));
        return SiblingSelection.blocksWithin(blocks, included, top.parent());
    }

    /**
     * Position: when the page marks its main region ({@code <main>}, {@code role=main}, or its only
     * {@code <article>}) and a scored container lies inside it, containers outside it (modals, rails, footers
     * without class words) are multiplied by {@link #OUTSIDE_LANDMARK_FACTOR}.
     */
    private static void discountOutsideLandmarks(Element root, Map<Element, Double> finals) {
        List<Element> landmarks = new ArrayList<>(root.select("main, [role=main]"));
        List<Element> articles = root.getElementsByTag("article");
        if (articles.size() == 1) {
            landmarks.add(articles.get(0));
        }
        if (landmarks.isEmpty()) {
            return;
        }
        Set<Element> inside = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : finals.keySet()) {
            for (Element p = e; p != null; p = p.parent()) {
                if (landmarks.contains(p)) {
                    inside.add(e);
                    break;
                }
            }
        }
        if (inside.isEmpty()) {
            return;
        }
        for (Map.Entry<Element, Double> en : finals.entrySet()) {
            Element e = en.getKey();
            if (!inside.contains(e) && !containsAny(e, landmarks)) {
                en.setValue(en.getValue() * OUTSIDE_LANDMARK_FACTOR);
            }
        }
    }

    private static boolean containsAny(Element e, List<Element> landmarks) {
        for (Element l : landmarks) {
            if (isAncestor(e, l)) {
                return true;
            }
        }
        return false;
    }

    private static boolean votes(RawBlock b) {
        return b.text().length() >= MIN_SCORED_CHARS
                && (b.kind() == BlockKind.PARAGRAPH || b.kind() == BlockKind.QUOTE || b.kind() == BlockKind.PRE);
    }

    static Element containerOf(Element owner) {
        Element c = owner;
        while (c.parent() != null && PARAGRAPH_TAGS.contains(c.normalName())) {
            c = c.parent();
        }
        return c;
    }

    private double[] initialScore(Element e) {
        double s = switch (e.normalName()) {
            case "div", "article", "section", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if (vocabulary.isContent(e)) {
            s += CLASS_WEIGHT;
        } else if (hasPositiveWord(e)) {
            s += CLASS_WEIGHT / 2;
        }
        if (vocabulary.isFurniture(e)) {
            s -= CLASS_WEIGHT;
        }
        return new double[] {s};
    }

    private static boolean hasPositiveWord(Element e) {
        String v = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        if (v.isBlank()) {
            return false;
        }
        for (String w : POSITIVE_WORDS) {
            if (v.contains(w)) {
                return true;
            }
        }
        return false;
    }

    static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '\u060c' || c == '\uff0c' || c == '\u3001') {
                n++;
            }
        }
        return n;
    }

    private static Element widen(Element top, double topScore, List<Map.Entry<Element, Double>> ranked,
                                 Map<Element, Double> finals) {
        List<Element> alternatives = new ArrayList<>();
        for (int i = 1; i < ranked.size() && alternatives.size() < ALTERNATIVES_CONSIDERED; i++) {
            if (ranked.get(i).getValue() >= ALTERNATIVE_SHARE * topScore) {
                alternatives.add(ranked.get(i).getKey());
            }
        }
        if (alternatives.size() >= MIN_ALTERNATIVES) {
            for (Element p = top.parent(); p != null && !p.normalName().equals("body"); p = p.parent()) {
                int inside = 0;
                for (Element a : alternatives) {
                    if (a == p || isAncestor(p, a)) {
                        inside++;
                    }
                }
                if (inside >= MIN_ALTERNATIVES) {
                    top = p;
                    break;
                }
            }
        }
        // Readability: climb while a parent scores higher than the current candidate.
        double last = finals.getOrDefault(top, topScore);
        double floor = last / 3;
        for (Element p = top.parent(); p != null && !p.normalName().equals("body"); p = p.parent()) {
            Double ps = finals.get(p);
            if (ps == null) {
                continue;
            }
            if (ps < floor) {
                break;
            }
            if (ps > last) {
                top = p;
                break;
            }
            last = ps;
        }
        return top;
    }

    static boolean isAncestor(Element ancestor, Element el) {
        for (Element p = el.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

}

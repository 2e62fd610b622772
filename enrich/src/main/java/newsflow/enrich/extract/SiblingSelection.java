package newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Heuristic 4b (position): what joins the best container found by {@link ContentScorer}. Its siblings join when
 * they score at least {@link #SIBLING_SHARE} of it or are link-poor paragraphs, and a heading sibling when
 * included content follows it (Readability.js {@code _grabArticle}). Added here: "chunked" article bodies (the
 * text split into several containers by ads or embeds) — elements with the same tag and class list as the best
 * container, within {@link #COUSIN_LEVELS} levels of a common ancestor and with link density under
 * {@link #SIBLING_LINK_DENSITY}; and repeated groups (slideshows, listicles).
 */
final class SiblingSelection {

    /** A sibling joins when its score is at least this share of the best (and {@link #MIN_SIBLING_SCORE}). */
    static final double SIBLING_SHARE = 0.2;
    /** Floor of the sibling threshold. */
    static final double MIN_SIBLING_SCORE = 10;
    /** A paragraph sibling longer than this joins when its link density is below {@link #SIBLING_LINK_DENSITY}. */
    static final int SIBLING_PARAGRAPH_CHARS = 80;
    /** Link density limit for paragraph siblings. */
    static final double SIBLING_LINK_DENSITY = 0.25;

    /** How far up a common ancestor of same-class containers is searched. */
    static final int COUSIN_LEVELS = 6;

    /** Voting paragraphs each member of a repeated group must hold. */
    static final int MIN_GROUP_PARAGRAPHS = 2;

    private SiblingSelection() {
    }

    static Set<Element> siblings(Element top, double topScore, Map<Element, Double> finals,
                                         LinkDensity density) {
        Set<Element> included = Collections.newSetFromMap(new IdentityHashMap<>());
        Element parent = top.parent();
        if (parent == null) {
            included.add(top);
            return included;
        }
        double threshold = Math.max(MIN_SIBLING_SCORE, topScore * SIBLING_SHARE);
        List<Element> kids = parent.children();
        boolean[] take = new boolean[kids.size()];
        for (int i = 0; i < kids.size(); i++) {
            Element s = kids.get(i);
            if (s == top) {
                take[i] = true;
                continue;
            }
            double bonus = !top.className().isEmpty() && top.className().equals(s.className()) ? topScore * 0.2 : 0;
            double sc = finals.getOrDefault(s, Double.NEGATIVE_INFINITY);
            if (sc + bonus >= threshold) {
                take[i] = true;
            } else if (isParagraphLike(s)) {
                int len = density.chars(s);
                double ld = density.of(s);
                if (len > SIBLING_PARAGRAPH_CHARS && ld < SIBLING_LINK_DENSITY) {
                    take[i] = true;
                } else if (len > 0 && ld == 0 && endsSentence(s.text())) {
                    take[i] = true;
                }
            }
        }
        boolean later = false;
        for (int i = kids.size() - 1; i >= 0; i--) {
            if (take[i]) {
                later = true;
            } else if (later && isHeading(kids.get(i))) {
                take[i] = true;
            }
        }
        for (int i = 0; i < kids.size(); i++) {
            if (take[i]) {
                included.add(kids.get(i));
            }
        }
        return included;
    }

    static List<Element> cousins(Element top, LinkDensity density) {
        List<Element> out = new ArrayList<>();
        String cls = top.className();
        if (cls.isBlank()) {
            return out;
        }
        Element ancestor = top;
        for (int i = 0; i < COUSIN_LEVELS && ancestor.parent() != null; i++) {
            ancestor = ancestor.parent();
        }
        for (Element e : ancestor.getAllElements()) {
            if (e != top && e.normalName().equals(top.normalName()) && cls.equals(e.className())
                    && density.chars(e) > 0 && density.of(e) < SIBLING_LINK_DENSITY
                    && !ContentScorer.isAncestor(top, e) && !ContentScorer.isAncestor(e, top)) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * Slideshows and listicles: at least {@link #ContentScorer.MIN_ALTERNATIVES} scored, link-poor containers sharing a tag and
     * class list near the best container, each holding at least {@link #MIN_GROUP_PARAGRAPHS} voting paragraphs
     * (a teaser card holds one) and together scoring at least as much as it, join as a group.
     */
    static List<Element> repeatedGroups(Element top, double topScore, Map<Element, Double> finals,
                                                Map<Element, Integer> voters, LinkDensity density) {
        Element ancestor = top;
        for (int i = 0; i < COUSIN_LEVELS && ancestor.parent() != null; i++) {
            ancestor = ancestor.parent();
        }
        Map<String, List<Element>> groups = new java.util.HashMap<>();
        Map<String, Double> totals = new java.util.HashMap<>();
        for (Map.Entry<Element, Double> en : finals.entrySet()) {
            Element e = en.getKey();
            if (e == top || e.className().isBlank() || en.getValue() <= 0
                    || voters.getOrDefault(e, 0) < MIN_GROUP_PARAGRAPHS
                    || density.of(e) >= SIBLING_LINK_DENSITY || !ContentScorer.isAncestor(ancestor, e)
                    || ContentScorer.isAncestor(e, top) || ContentScorer.isAncestor(top, e)) {
                continue;
            }
            String key = e.normalName() + "." + e.className();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
            totals.merge(key, en.getValue(), Double::sum);
        }
        List<Element> out = new ArrayList<>();
        for (Map.Entry<String, List<Element>> g : groups.entrySet()) {
            if (g.getValue().size() >= ContentScorer.MIN_ALTERNATIVES && totals.get(g.getKey()) >= topScore) {
                out.addAll(g.getValue());
            }
        }
        return out;
    }

    private static boolean isParagraphLike(Element e) {
        return switch (e.normalName()) {
            case "p", "blockquote", "pre", "ul", "ol", "dl", "table" -> true;
            default -> false;
        };
    }

    /** A heading, a header/hgroup holding one, or a wrapper whose whole text is one heading. */
    static boolean isHeading(Element e) {
        String n = e.normalName();
        if (n.length() == 2 && n.charAt(0) == 'h' && n.charAt(1) >= '1' && n.charAt(1) <= '6') {
            return true;
        }
        Element h = e.selectFirst("h1, h2, h3, h4, h5, h6");
        if (h == null) {
            return false;
        }
        return n.equals("header") || n.equals("hgroup") || e.text().length() == h.text().length();
    }

    private static boolean endsSentence(String t) {
        String s = t.strip();
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(s.length() - 1);
        return c == '.' || c == '!' || c == '?' || c == ':' || c == '\u061f' || c == '\u3002' || c == '"'
                || c == '\u201d' || c == '\u00bb';
    }

    static List<RawBlock> blocksWithin(List<RawBlock> blocks, Set<Element> included, Element parent) {
        List<RawBlock> out = new ArrayList<>();
        for (RawBlock b : blocks) {
            Element o = b.owner();
            if (o == parent) {
                if (b.text().length() >= ContentScorer.MIN_SCORED_CHARS && b.linkDensity() < SIBLING_LINK_DENSITY) {
                    out.add(b);
                }
                continue;
            }
            for (Element e = o; e != null && e != parent; e = e.parent()) {
                if (included.contains(e)) {
                    out.add(b);
                    break;
                }
            }
        }
        return out;
    }
}

package newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The publisher's lead (standfirst, summary, teaser, excerpt) by structure, whatever its class name: the first
 * paragraph-like block of prose that stands between the headline and the first block of the selected article
 * text. Publishers put it in the article header, which the class vocabulary ({@code header}, {@code teaser},
 * {@code meta}) or the container choice often loses. Read on the untouched page (before {@link HtmlCleaner} and
 * {@link BoilerplatePruner}), so a lead pruned by its class name is still found; inserted in front of the body
 * blocks, where {@link BlockFilter} still judges it.
 *
 * <p>A candidate is a block element without block-level descendants, outside headings, figures, forms and hidden
 * elements, of {@link #MIN_CHARS}..{@link #MAX_CHARS} characters and at least {@link #MIN_WORDS} words (or
 * {@link #MIN_CHARS} letters in scripts without spaces), ending like a sentence (not cut short with an ellipsis), with link density under
 * {@link #MAX_LINK_DENSITY}, that is neither a dateline, byline, image credit nor promo (it names a social network), and not a caption (an image inside
 * it or in a near ancestor holding little more text, or an image-only element right before or after it). The lead is
 * the first candidate within {@link #ZONE_CHARS} characters of text after the headline, and the candidates that
 * follow it under the same parent (a standfirst of several paragraphs). Source of the idea: the "summary" of
 * fundus' parsers, which every publisher places there.
 */
final class LeadParagraph {

    /** Shortest lead (characters). */
    static final int MIN_CHARS = 40;
    /** Longest lead block (characters): longer prose is the body itself. */
    static final int MAX_CHARS = 1500;
    /** Fewest words of a lead in spaced scripts. */
    static final int MIN_WORDS = 6;
    /** Linked characters over all characters, at most. */
    static final double MAX_LINK_DENSITY = 0.2;
    /** Characters of text after the headline searched for the lead. */
    static final int ZONE_CHARS = 3000;
    /** Extra text an image's ancestor may hold besides a caption. */
    static final int CAPTION_SLACK_CHARS = 80;
    /** Text an image-only neighbour may hold (a "expand picture" label). */
    static final int IMAGE_LABEL_CHARS = 40;

    /** Elements whose subtree never holds a lead. */
    static final Set<String> EXCLUDED = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "nav",
            "aside", "footer", "form", "button", "script", "style", "noscript", "template", "li", "td", "th", "dt",
            "dd", "blockquote", "table", "ul", "ol", "a", "label", "select", "dialog", "menu");

    /** Tags of images and media. */
    static final String MEDIA = "img, picture, video, svg, figure, iframe";

    private final DatelineBylineRule metadataLines = new DatelineBylineRule();
    private final ImageCreditRule credits = new ImageCreditRule();
    private final BoilerplatePhrases phrases = new BoilerplatePhrases();

    /**
     * The lead found on the untouched page, with the document order of every element (the cleaned page loses
     * elements, so positions are taken before).
     *
     * @param headline the headline element
     * @param blocks   the lead's paragraphs (element and text), in order
     * @param order    document order of the page's elements
     */
    record Lead(Element headline, List<RawBlock> blocks, Map<Element, Integer> order) {
    }

    /**
     * @param doc   the untouched page
     * @param title the extracted title, or null
     * @return the lead, or null when the page has no headline or no lead after it
     */
    Lead find(Document doc, String title) {
        Element body = doc.body();
        if (body == null) {
            return null;
        }
        Element headline = headline(body, title);
        if (headline == null) {
            return null;
        }
        Elements all = body.getAllElements();
        Map<Element, Integer> order = new IdentityHashMap<>(all.size() * 2);
        for (int i = 0; i < all.size(); i++) {
            order.put(all.get(i), i);
        }
        int start = order.get(headline) + headline.getAllElements().size();
        int chars = 0;
        List<RawBlock> lead = new ArrayList<>();
        Element parent = null;
        for (int i = start; i < all.size() && chars < ZONE_CHARS; i++) {
            Element e = all.get(i);
            if (!isLeaf(e) || isExcluded(e, headline)) {
                continue;
            }
            String text = TextBlockWalker.collapse(e.text()).strip();
            chars += text.length();
            RawBlock candidate = candidate(e, text);
            if (!lead.isEmpty()) {
                if (candidate == null || e.parent() != parent) {
                    break;
                }
                lead.add(candidate);
            } else if (candidate != null) {
                lead.add(candidate);
                parent = e.parent();
            }
        }
        return lead.isEmpty() ? null : new Lead(headline, List.copyOf(lead), order);
    }

    /**
     * @param lead     the lead found before cleaning, or null
     * @param selected the selected body blocks, in order
     * @return the selected blocks with the lead's paragraphs in front of the first block after the headline, when
     *         the lead stands before that block and its text is not already there; else {@code selected}
     */
    static List<RawBlock> insert(Lead lead, List<RawBlock> selected) {
        if (lead == null || selected.isEmpty()) {
            return selected;
        }
        int headlineAt = lead.order().get(lead.headline());
        int at = -1;
        for (int i = 0; i < selected.size(); i++) {
            Integer o = selected.get(i).owner() == null ? null : lead.order().get(selected.get(i).owner());
            if (o != null && o > headlineAt && selected.get(i).owner() != lead.headline()) {
                at = i;
                break;
            }
        }
        if (at < 0) {
            return selected;
        }
        int bodyAt = lead.order().get(selected.get(at).owner());
        List<RawBlock> add = new ArrayList<>();
        for (RawBlock b : lead.blocks()) {
            if (lead.order().get(b.owner()) < bodyAt && !present(b.text(), selected)) {
                add.add(b);
            }
        }
        if (add.isEmpty()) {
            return selected;
        }
        List<RawBlock> out = new ArrayList<>(selected.size() + add.size());
        out.addAll(selected.subList(0, at));
        out.addAll(add);
        out.addAll(selected.subList(at, selected.size()));
        return out;
    }

    private static boolean present(String text, List<RawBlock> selected) {
        String n = TitleExtractor.norm(text);
        for (RawBlock b : selected) {
            if (TitleExtractor.norm(b.text()).contains(n)) {
                return true;
            }
        }
        return false;
    }

    /** The heading (h1 first, then h2/h3) whose text is the title, holds it or is most of it; else the first h1. */
    static Element headline(Element body, String title) {
        Elements h1s = body.getElementsByTag("h1");
        if (title == null || title.isBlank()) {
            return h1s.isEmpty() ? null : h1s.first();
        }
        String t = TitleExtractor.norm(title);
        for (String tags : List.of("h1", "h2, h3")) {
            for (Element h : body.select(tags)) {
                String n = TitleExtractor.norm(h.text());
                if (!n.isEmpty() && (n.contains(t) || t.contains(n) && n.length() * 5 >= t.length() * 3)) {
                    return h;
                }
            }
        }
        return null;
    }

    /** A block element holding text and no block-level element. */
    private static boolean isLeaf(Element e) {
        if (!TextBlockWalker.BLOCK_TAGS.contains(e.normalName()) || !e.hasText()) {
            return false;
        }
        for (Element d : e.getAllElements()) {
            if (d != e && TextBlockWalker.BLOCK_TAGS.contains(d.normalName())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isExcluded(Element e, Element headline) {
        Element article = headline.closest("article");
        for (Element p = e; p != null; p = p.parent()) {
            if (EXCLUDED.contains(p.normalName()) || p.hasAttr("hidden")
                    || p.attr("style").replace(" ", "").contains("display:none")
                    || "true".equals(p.attr("aria-hidden"))) {
                return true;
            }
            if (p.normalName().equals("article") && article != null && p != article) {
                return true;
            }
        }
        return false;
    }

    private RawBlock candidate(Element e, String text) {
        if (text.length() < MIN_CHARS || text.length() > MAX_CHARS || !endsSentence(text) || !wordy(text)) {
            return null;
        }
        int linked = 0;
        for (Element a : e.getElementsByTag("a")) {
            linked += a.text().length();
        }
        if (linked > MAX_LINK_DENSITY * text.length()) {
            return null;
        }
        if (metadataLines.isMetadataLine(text) || credits.isCredit(text) || phrases.isBoilerplate(text)
                || namesSocialNetwork(text) || isCaption(e, text)) {
            return null;
        }
        return new RawBlock(BlockKind.PARAGRAPH, text, e, linked);
    }

    /** A line naming a social network or messenger is a promo ("Chat with us in Facebook Messenger"). */
    private static boolean namesSocialNetwork(String text) {
        String t = text.toLowerCase(java.util.Locale.ROOT);
        for (String n : BoilerplatePhrases.SOCIAL_NETWORKS) {
            if (t.contains(n)) {
                return true;
            }
        }
        return false;
    }

    /** An image in it, in a near ancestor that holds little else, or an image-only neighbour. */
    private static boolean isCaption(Element e, String text) {
        if (!e.select(MEDIA).isEmpty()) {
            return true;
        }
        Element a = e.parent();
        for (int level = 0; level < 2 && a != null; level++, a = a.parent()) {
            if (!a.select(MEDIA).isEmpty()) {
                if (a.text().length() <= text.length() + CAPTION_SLACK_CHARS) {
                    return true;
                }
                break;
            }
        }
        return isImageOnly(e.previousElementSibling()) || isImageOnly(e.nextElementSibling());
    }

    private static boolean isImageOnly(Element e) {
        return e != null && !e.select(MEDIA).isEmpty() && e.text().length() <= IMAGE_LABEL_CHARS;
    }

    private static boolean wordy(String text) {
        int spaces = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' ') {
                spaces++;
            }
        }
        return spaces + 1 >= MIN_WORDS || spaces == 0 && text.length() >= MIN_CHARS;
    }

    /**
     * Ends with a full stop, question or exclamation mark (any script) or a closing quote; not with an ellipsis
     * (a teaser cut short, usually another article's).
     */
    static boolean endsSentence(String text) {
        char c = text.charAt(text.length() - 1);
        if (text.endsWith("..") || c == '…') {
            return false;
        }
        return c == '.' || c == '!' || c == '?' || c == '\u061f' || c == '\u06d4' || c == '\u3002'
                || c == '！' || c == '？' || c == '"' || c == '”' || c == '»' || c == '“' || c == '«' || c == ')';
    }
}

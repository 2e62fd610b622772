package newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reader comments recognised by structure, whatever their class names (case C20 and its variants:
 * {@code div.user-discussion .reply}, {@code details.ReaderResponses}, {@code ol.thread li}): sibling elements of
 * one signature (tag and class list) that are each a comment unit — a short author line, a date or relative
 * time, and text, with no heading — form a thread when there are at least {@link #MIN_UNITS} of them, or when a
 * unit holds a reply of its own signature (reply nesting); and the thread is interactive: a unit holds a control
 * (button, in-page or reply link, form), or the thread sits in a {@code details} element or beside a form. A live
 * blog's entries carry headings and no such controls, so they stay. Elements of more than
 * {@link #MAX_UNIT_CHARS} characters are not read as units. Runs on the untouched page (before
 * {@link HtmlCleaner} removes the controls) and removes the units, and their container when only a label remains.
 */
final class CommentThreads {

    /** Sibling units that make a thread. */
    static final int MIN_UNITS = 2;
    /** Longest author line (characters). */
    static final int MAX_AUTHOR_CHARS = 40;
    /** Most words of an author line. */
    static final int MAX_AUTHOR_WORDS = 4;
    /** Longest date line (characters). */
    static final int MAX_DATE_CHARS = 60;
    /** Shortest comment text (characters). */
    static final int MIN_TEXT_CHARS = 15;
    /** A container left with at most this much text after its units go is a thread label, and goes too. */
    static final int MAX_LABEL_CHARS = 60;
    /** Longest comment unit with its replies (characters): a longer element is not read as one. */
    static final int MAX_UNIT_CHARS = 6000;
    /** Levels above a thread searched for a comment form. */
    static final int FORM_LEVELS = 4;

    /** Relative times in en, de, fr, es, it, ar ("2 hours ago", "vor 3 Stunden", "il y a 2 h", "منذ ساعتين"). */
    static final Pattern RELATIVE_TIME = Pattern.compile(
            "(?i)\\b(ago|vor \\d|il y a|hace \\d|fa$|gestern|yesterday|hier|ayer|ieri)|منذ|قبل \\d|أمس");

    /** Tags that make an element a heading or a non-author line. */
    static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    /**
     * Removes comment threads below the root.
     *
     * @param root the untouched page body; mutated in place
     */
    void remove(Element root) {
        Set<Element> units = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Element> parents = new ArrayList<>();
        Map<Element, Integer> lengths = new IdentityHashMap<>();
        BoilerplatePruner.textLengths(root, lengths, new IdentityHashMap<>());
        Map<String, Integer> signatures = new java.util.HashMap<>();
        Elements all = root.getAllElements();
        for (Element e : all) {
            signatures.merge(signature(e), 1, Integer::sum);
        }
        for (Element p : all) {
            if (p.childrenSize() == 0 || lengths.getOrDefault(p, 0) < MIN_TEXT_CHARS) {
                continue;
            }
            Map<String, List<Element>> groups = new LinkedHashMap<>();
            for (Element c : p.children()) {
                int chars = lengths.getOrDefault(c, 0);
                if (TextBlockWalker.BLOCK_TAGS.contains(c.normalName()) && chars >= MIN_TEXT_CHARS
                        && chars <= MAX_UNIT_CHARS) {
                    groups.computeIfAbsent(signature(c), k -> new ArrayList<>()).add(c);
                }
            }
            for (List<Element> group : groups.values()) {
                Element first = group.get(0);
                if (signatures.get(signature(first)) < MIN_UNITS
                        || group.size() == 1 && first.className().isEmpty() && !first.normalName().equals("li")) {
                    continue;
                }
                List<Element> found = thread(p, group);
                if (!found.isEmpty()) {
                    units.addAll(found);
                    parents.add(p);
                }
            }
        }
        for (Element u : units) {
            if (u.parent() != null) {
                u.remove();
            }
        }
        for (Element p : parents) {
            if (p.parent() != null && p != root && p.text().length() <= MAX_LABEL_CHARS) {
                p.remove();
            }
        }
    }

    private static List<Element> thread(Element parent, List<Element> group) {
        String sig = signature(group.get(0));
        boolean nested = false;
        List<Element> comments = new ArrayList<>();
        int misses = 0;
        for (Element c : group) {
            if (isUnit(c)) {
                comments.add(c);
                nested |= hasReply(c, sig);
            } else if (2 * ++misses > group.size()) {
                return List.of();
            }
        }
        if (comments.isEmpty() || comments.size() < MIN_UNITS && !nested || 2 * comments.size() < group.size()) {
            return List.of();
        }
        boolean interactive = nested || inDetailsOrBesideForm(parent);
        for (Element c : comments) {
            interactive |= hasControl(c);
        }
        return interactive ? comments : List.of();
    }

    private static String signature(Element e) {
        return e.normalName() + "." + e.className();
    }

    private static boolean hasReply(Element unit, String sig) {
        for (Element d : unit.getAllElements()) {
            if (d != unit && signature(d).equals(sig) && isUnit(d)) {
                return true;
            }
        }
        return false;
    }

    /** An author line, then a date and text; no heading. */
    static boolean isUnit(Element unit) {
        Element author = null;
        boolean dated = false;
        int textChars = 0;
        for (Element leaf : unit.getAllElements()) {
            if (HEADINGS.contains(leaf.normalName())) {
                return false;
            }
            dated |= leaf.normalName().equals("time");
            if (leaf == unit) {
                continue;
            }
            String t = TextBlockWalker.collapse(leaf.ownText()).strip();
            if (t.isEmpty()) {
                continue;
            }
            if (t.length() <= MAX_DATE_CHARS
                    && (DatelineBylineRule.isDateline(t) || RELATIVE_TIME.matcher(t).find())) {
                dated = true;
            } else if (author == null && textChars == 0 && isAuthorLine(leaf, t)) {
                author = leaf;
            } else if (t.length() >= MIN_TEXT_CHARS) {
                textChars += t.length();
            }
        }
        textChars += TextBlockWalker.collapse(unit.ownText()).strip().length() >= MIN_TEXT_CHARS ? 1 : 0;
        return author != null && dated && textChars > 0;
    }

    private static boolean isAuthorLine(Element leaf, String t) {
        if (t.length() < 2 || t.length() > MAX_AUTHOR_CHARS || HEADINGS.contains(leaf.normalName())) {
            return false;
        }
        if (t.split("\\s+").length > MAX_AUTHOR_WORDS) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if (Character.isDigit(t.charAt(i))) {
                return false;
            }
        }
        char last = t.charAt(t.length() - 1);
        return last != '.' && last != '!' && last != '?' && last != '\u061f';
    }

    private static boolean hasControl(Element unit) {
        return !unit.select("button, [role=button], form, textarea, a[href^=#], a[href*=reply], a[href*=comment],"
                + " a[href*=respond], [onclick]").isEmpty();
    }

    private static boolean inDetailsOrBesideForm(Element parent) {
        Element a = parent;
        for (int level = 0; level < FORM_LEVELS && a != null; level++, a = a.parent()) {
            if (a.normalName().equals("details") || !a.select("textarea, form").isEmpty()) {
                return true;
            }
        }
        return false;
    }
}

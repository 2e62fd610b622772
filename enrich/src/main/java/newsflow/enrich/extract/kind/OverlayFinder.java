package newsflow.enrich.extract.kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsflow.enrich.extract.kind.KindVocabulary.Category;
import org.jsoup.nodes.Element;

/**
 * Finds overlays on the untouched page body by language-independent markup and detaches the ones that are not
 * the article, so that an article beside a banner keeps its text and the banner goes. An overlay is the
 * outermost element that is a {@code <dialog>}, has {@code role="dialog"}/{@code alertdialog} or
 * {@code aria-modal="true"} (WAI-ARIA 1.2), an inline {@code position:fixed}, or a class/id naming a layer
 * ({@link #LAYER_SUBSTRINGS}), a consent platform ({@link #CONSENT_SUBSTRINGS}) or a paywall box
 * ({@link #PAYWALL_SUBSTRINGS}). It is detached when it holds under {@link #BANNER_SHARE} of the page's text;
 * a larger one only when it is a wall: consent markup or a consent phrase, or modal markup with buttons and at
 * most {@link #WALL_MAX_CHARS} characters. A larger overlay without that evidence (an article shown in a
 * lightbox, a page wrapper named {@code has-modal}) stays, and so does any element that holds the article
 * ({@link #holdsArticle}); overlays are then looked for inside it. Thread-safe.
 */
public final class OverlayFinder {

    /** Overlays under this share of the page's text are banners beside the content. */
    public static final double BANNER_SHARE = 0.5;
    /** A larger modal with buttons is a wall only up to this many characters. */
    public static final int WALL_MAX_CHARS = 1500;
    /**
     * A paywall box is detached only up to this many characters, and without a prompt phrase only up to
     * {@link #OFFER_BOX_MAX_CHARS} with a call to action (a teaser wrapped in a paywall class stays).
     */
    public static final int PAYWALL_BOX_MAX_CHARS = 600;

    /** A paywall box without prompt wording is an offer only up to this many characters (a teaser is longer). */
    public static final int OFFER_BOX_MAX_CHARS = 300;

    /** Class/id substrings of layers. */
    static final List<String> LAYER_SUBSTRINGS = List.of("modal", "overlay", "popup", "lightbox", "interstitial");
    /** Class/id substrings of consent platforms and cookie banners. */
    static final List<String> CONSENT_SUBSTRINGS = List.of(
            "consent", "cookie", "gdpr", "didomi", "onetrust", "cmp-", "cmp_", "privacy-wall", "sp_message");
    /** Class/id substrings of paywall and offer boxes. */
    static final List<String> PAYWALL_SUBSTRINGS = List.of(
            "paywall", "regwall", "piano-offer", "tp-modal", "subscription-box", "subscribe-box", "premium-box",
            "offer-box", "abo-box");
    /** ARIA roles of modal layers. */
    static final Set<String> MODAL_ROLES = Set.of("dialog", "alertdialog");

    private final KindVocabulary vocabulary;

    /** @param vocabulary consent phrases, the second signal */
    public OverlayFinder(KindVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * @param body the page body before cleaning; overlays that are not the article are removed from it
     * @return every overlay found, outermost only, in document order
     */
    public List<Overlay> detach(Element body) {
        List<Overlay> found = new ArrayList<>();
        if (body == null) {
            return found;
        }
        int total = Math.max(1, body.text().length());
        List<Element> remove = new ArrayList<>();
        collect(body, total, found, remove);
        for (Element el : remove) {
            el.remove();
        }
        return found;
    }

    private void collect(Element parent, int total, List<Overlay> found, List<Element> remove) {
        for (Element el : parent.children()) {
            String names = (el.className() + " " + el.id()).toLowerCase(Locale.ROOT);
            boolean consent = containsAny(names, CONSENT_SUBSTRINGS);
            boolean paywall = containsAny(names, PAYWALL_SUBSTRINGS);
            boolean modal = isModal(el);
            if (!consent && !paywall && !modal && !containsAny(names, LAYER_SUBSTRINGS)) {
                collect(el, total, found, remove);
                continue;
            }
            String text = el.text();
            if (holdsArticle(el, text)) {
                collect(el, total, found, remove);
                continue;
            }
            double share = text.length() / (double) total;
            int buttons = buttons(el);
            Overlay o = new Overlay(text, buttons, consent, paywall, modal, share);
            boolean consentText = vocabulary.matches(Category.CONSENT, text);
            boolean detach;
            if (paywall && !consent && !modal) {
                boolean prompt = vocabulary.matches(Category.PAYWALL, text);
                detach = share < BANNER_SHARE && text.length() <= PAYWALL_BOX_MAX_CHARS
                        && (prompt || text.length() <= OFFER_BOX_MAX_CHARS
                            && (buttons > 0 || el.selectFirst("a[href], form, input") != null));
            } else {
                detach = share < BANNER_SHARE || consentText
                        || (consent && buttons > 0 && text.length() <= WALL_MAX_CHARS)
                        || (modal && buttons > 0 && text.length() <= WALL_MAX_CHARS);
            }
            if (detach) {
                found.add(o);
                remove.add(el);
            } else {
                collect(el, total, found, remove);
            }
        }
    }

    /**
     * An element that holds the article is never an overlay, whatever its class says
     * ({@code class="box article modal-enabled"}): it is or contains {@code article}, {@code main} or
     * {@code itemprop=articleBody}, or has more than {@link #WALL_MAX_CHARS} characters with at least
     * {@link #BANNER_SHARE} of the page's paragraph text.
     */
    private static boolean holdsArticle(Element el, String text) {
        if (el.is("article, main, [itemprop=articleBody]")
                || el.selectFirst("article, main, [itemprop=articleBody]") != null) {
            return true;
        }
        if (text.length() <= WALL_MAX_CHARS) {
            return false;
        }
        Element body = el.ownerDocument() == null ? null : el.ownerDocument().body();
        int all = body == null ? 0 : paragraphChars(body);
        return all > 0 && paragraphChars(el) >= BANNER_SHARE * all;
    }

    private static int paragraphChars(Element root) {
        int n = 0;
        for (Element p : root.getElementsByTag("p")) {
            n += p.text().length();
        }
        return n;
    }

    private static boolean isModal(Element el) {
        if (el.normalName().equals("dialog") || "true".equalsIgnoreCase(el.attr("aria-modal"))) {
            return true;
        }
        String role = el.attr("role");
        if (!role.isEmpty() && MODAL_ROLES.contains(role.toLowerCase(Locale.ROOT))) {
            return true;
        }
        String style = el.attr("style");
        return !style.isEmpty() && style.toLowerCase(Locale.ROOT).replace(" ", "").contains("position:fixed");
    }

    private static int buttons(Element el) {
        int n = el.select("button, input[type=submit], input[type=button], [role=button]").size();
        for (Element a : el.select("a[class]")) {
            String c = a.className().toLowerCase(Locale.ROOT);
            if (c.contains("btn") || c.contains("button")) {
                n++;
            }
        }
        return n;
    }

    private static boolean containsAny(String value, List<String> parts) {
        if (value.isBlank()) {
            return false;
        }
        for (String p : parts) {
            if (value.contains(p)) {
                return true;
            }
        }
        return false;
    }
}

package newsflow.enrich.extract.kind;

import java.util.Optional;
import newsflow.common.model.PageKind;
import newsflow.enrich.extract.kind.KindVocabulary.Category;

/**
 * Decides whether a page stands in for an article — a soft 404, a consent wall or another interstitial (bot
 * check, redirect, a modal wall in a language without a vocabulary) — from {@link WallEvidence}. Structure
 * first: how much article text is left outside the walls decides; status codes, error markup and overlays are
 * the evidence; the phrases of {@link KindVocabulary} are a second signal. Rules:
 * <ul>
 *   <li><b>soft 404</b>: points from an HTTP status of 400 or more (2), error-template markup (2), an error
 *       phrase in the title or headline (2), a 4xx/5xx code in a short title, headline or block (1), an error
 *       phrase in a short block (1); at least 3 points with under {@link #MAX_ERROR_PAGE_CHARS} characters of text
 *       left, or 2 points with under {@link #MIN_ARTICLE_CHARS};</li>
 *   <li><b>consent wall</b>: little text left, and a consent overlay (markup or phrase) that blocks the page
 *       ({@link #isWall}) was detached, or a consent phrase is in the title or a short block;</li>
 *   <li><b>interstitial</b>: little text left, and a blocking modal overlay with buttons was detached, or a
 *       meta refresh, or a bot-check phrase in the title or a short block.</li>
 * </ul>
 * With {@link #MIN_ARTICLE_CHARS} or more characters of text left, or {@link #MIN_ARTICLE_SENTENCES} blocks of
 * {@link #MIN_SENTENCE_CHARS} characters (a short brief), the page is an article and the walls were banners
 * beside it.
 */
public final class PageKindRules {

    /** Text left outside the walls from which on the page is an article. */
    public static final int MIN_ARTICLE_CHARS = 150;
    /** Blocks of running text from which on a short page is an article (a brief of two or three sentences). */
    public static final int MIN_ARTICLE_SENTENCES = 2;
    /** A block this long is a sentence rather than a label or a button. */
    public static final int MIN_SENTENCE_CHARS = 25;
    /** An error page with strong evidence may carry this much other text (suggested stories, search tips). */
    public static final int MAX_ERROR_PAGE_CHARS = 1500;
    /** Blocks longer than this are not read as wall phrases. */
    public static final int MAX_PHRASE_BLOCK_CHARS = 400;
    /** An overlay with less text is no wall (a close button, an empty consent placeholder). */
    public static final int MIN_WALL_TEXT_CHARS = 40;
    /** A modal overlay without consent evidence is a wall only from this share of the page's text. */
    public static final double MIN_MODAL_WALL_SHARE = 0.3;
    /** Points that make a soft 404 whatever the text (with under {@link #MAX_ERROR_PAGE_CHARS} left). */
    static final int STRONG_POINTS = 3;

    private final KindVocabulary vocabulary;

    /** @param vocabulary phrases, the second signal */
    public PageKindRules(KindVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * @param ev the page's evidence
     * @return the kind when the page is a soft 404, consent wall or interstitial; empty for an article
     */
    public Optional<PageKind> decide(WallEvidence ev) {
        if (isSoft404(ev)) {
            return Optional.of(PageKind.SOFT_404);
        }
        if (ev.articleChars() >= MIN_ARTICLE_CHARS || ev.sentences() >= MIN_ARTICLE_SENTENCES) {
            return Optional.empty();
        }
        boolean consent = headMatches(ev, Category.CONSENT) || blockMatches(ev, Category.CONSENT);
        boolean modalWall = false;
        for (Overlay o : ev.overlays()) {
            if (!isWall(o)) {
                continue;
            }
            consent |= o.consentMarkup() || vocabulary.matches(Category.CONSENT, o.text());
            modalWall |= o.modal() && o.buttons() > 0 && !o.paywallMarkup() && o.pageShare() >= MIN_MODAL_WALL_SHARE;
        }
        if (consent) {
            return Optional.of(PageKind.CONSENT_WALL);
        }
        if (modalWall || ev.metaRefresh() || headMatches(ev, Category.BOT_CHECK)
                || blockMatches(ev, Category.BOT_CHECK)) {
            return Optional.of(PageKind.INTERSTITIAL);
        }
        return Optional.empty();
    }

    /**
     * @param text a block of main text
     * @return true when it is a short consent or subscription prompt that never belongs to an article body
     */
    public boolean isPrompt(String text) {
        if (text.length() > MAX_PHRASE_BLOCK_CHARS) {
            return false;
        }
        String n = KindVocabulary.normalize(text);
        return vocabulary.matchesNormalized(Category.PAYWALL, n) || vocabulary.matchesNormalized(Category.CONSENT, n);
    }

    /**
     * @param text a block of main text
     * @return true when it is a short subscription prompt
     */
    public boolean isPaywallPrompt(String text) {
        return text.length() <= MAX_PHRASE_BLOCK_CHARS && vocabulary.matches(Category.PAYWALL, text);
    }

    /**
     * An overlay blocks the page when it says something ({@link #MIN_WALL_TEXT_CHARS}) and is modal or holds
     * {@link OverlayFinder#BANNER_SHARE} of the page's text; an empty consent placeholder, a close button or a
     * small cookie bar beside a short post is no wall. A wall without consent evidence must also be modal, have
     * buttons and hold {@link #MIN_MODAL_WALL_SHARE} of the page's text (a lightbox caption is no wall).
     */
    private static boolean isWall(Overlay o) {
        return o.text().length() >= MIN_WALL_TEXT_CHARS && (o.modal() || o.pageShare() >= OverlayFinder.BANNER_SHARE);
    }

    private boolean isSoft404(WallEvidence ev) {
        int points = 0;
        if (ev.status() >= 400) {
            points += 2;
        }
        if (ev.errorMarkup()) {
            points += 2;
        }
        if (headMatches(ev, Category.NOT_FOUND)) {
            points += 2;
        }
        if (ErrorPageSignals.hasStatusCode(ev.title()) || ErrorPageSignals.hasStatusCode(ev.headline())
                || ev.pageTexts().stream().anyMatch(ErrorPageSignals::hasStatusCode)) {
            points += 1;
        }
        if (blockMatches(ev, Category.NOT_FOUND)) {
            points += 1;
        }
        return (points >= STRONG_POINTS && ev.articleChars() < MAX_ERROR_PAGE_CHARS)
                || (points >= 2 && ev.articleChars() < MIN_ARTICLE_CHARS);
    }

    private boolean headMatches(WallEvidence ev, Category c) {
        return short80(ev.title()) && vocabulary.matches(c, ev.title())
                || short80(ev.headline()) && vocabulary.matches(c, ev.headline());
    }

    private boolean blockMatches(WallEvidence ev, Category c) {
        for (String t : ev.pageTexts()) {
            if (t.length() <= MAX_PHRASE_BLOCK_CHARS && vocabulary.matches(c, t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean short80(String s) {
        return s != null && s.length() <= ErrorPageSignals.MAX_STATUS_LINE_CHARS;
    }
}

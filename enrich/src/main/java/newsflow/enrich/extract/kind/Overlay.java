package newsflow.enrich.extract.kind;

/**
 * An overlay found on a page before cleaning: a modal, a fixed banner, a consent layer or a paywall box.
 *
 * @param text          its text (whitespace collapsed)
 * @param buttons       buttons and button-like links inside it
 * @param consentMarkup true when its class or id names a consent platform or cookies ({@link OverlayFinder})
 * @param paywallMarkup true when its class or id names a paywall or offer box
 * @param modal         true when its markup makes it a modal layer: {@code <dialog>}, {@code role="dialog"},
 *                      {@code aria-modal="true"} or an inline {@code position:fixed}
 * @param pageShare     its share of the page's text, 0..1
 */
public record Overlay(String text, int buttons, boolean consentMarkup, boolean paywallMarkup, boolean modal,
                      double pageShare) {
}

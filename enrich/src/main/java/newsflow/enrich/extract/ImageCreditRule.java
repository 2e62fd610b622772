package newsflow.enrich.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Heuristic 6b (image credits): short blocks that credit or stand in for a picture, not article text. A block
 * is a credit when it
 * <ul>
 *   <li>opens with a credit label ({@link #CREDIT_LABEL}: "Foto:", "Foto [M]:", "Fotos:", "Bild:", "Photo:",
 *       "Image:", "Credit:", "Fotoğraf:", "Grafik:", "©", "(c)") and is at most {@link #MAX_LABELLED_CHARS}
 *       characters;</li>
 *   <li>or names a picture agency ({@link #PICTURE_AGENCIES}: Getty Images, imago, Shutterstock, picture
 *       alliance …) in at most {@link #MAX_AGENCY_WORDS} words without ending like a sentence ("Getty Images",
 *       "Francesco Carta Fotografo | Moment | Getty Images", "imago images/Pemax");</li>
 *   <li>or is a lazy-loading placeholder's text ("Placeholder image-1").</li>
 * </ul>
 * Longer blocks and sentences that mention an agency are kept: a caption that describes the scene is text.
 */
final class ImageCreditRule {

    /** Longest block a credit label condemns. */
    static final int MAX_LABELLED_CHARS = 160;
    /** Most words of an agency credit line. */
    static final int MAX_AGENCY_WORDS = 10;
    /** A credit label at the start of a block. */
    static final Pattern CREDIT_LABEL = Pattern.compile(
            "^(?:(?:foto|fotos|foto\\(s\\)|bild|bilder|photo|photos|image|images|picture|credit|credits|fotoğraf"
            + "|grafik|illustration|crédit|crédits)\\s*(?:\\[m]\\s*)?:|©|\\(c\\)\\s)");
    /** Picture agencies and stock libraries (lower case). */
    static final List<String> PICTURE_AGENCIES = List.of("getty images", "gettyimages", "imago images", "imago/",
            "shutterstock", "picture alliance", "picture-alliance", "istockphoto", "istock", "alamy", "123rf",
            "adobe stock", "keystone-sda", "dpa-bildfunk", "ap photo", "afp photo", "reuters/", "epa-efe");
    /** A lazy-loading placeholder's alternative text. */
    private static final Pattern PLACEHOLDER = Pattern.compile("^placeholder(?:[ -]?image)?[ -]?\\d*$");

    /**
     * @param text a block's text
     * @return whether the block is an image credit or placeholder
     */
    boolean isCredit(String text) {
        if (text.strip().indexOf('\n') >= 0) {
            return false;
        }
        String t = TextBlockWalker.collapse(text).strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return false;
        }
        if (PLACEHOLDER.matcher(t).matches()) {
            return true;
        }
        if (t.length() <= MAX_LABELLED_CHARS && CREDIT_LABEL.matcher(t).find()) {
            return true;
        }
        if (t.split("\\s+").length > MAX_AGENCY_WORDS || t.endsWith(".") || t.endsWith("!") || t.endsWith("?")) {
            return false;
        }
        for (String a : PICTURE_AGENCIES) {
            if (t.contains(a)) {
                return true;
            }
        }
        return false;
    }
}

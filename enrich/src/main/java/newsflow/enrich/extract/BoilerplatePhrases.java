package newsflow.enrich.extract;

import java.util.List;
import java.util.Locale;

/**
 * Heuristic 6 (boilerplate phrases): short blocks that are calls to action or legal lines — share bars,
 * "Read more", subscription prompts, copyright lines, "Please enable JavaScript" — in English and Arabic.
 * A phrase only condemns a block of at most {@link #MAX_BLOCK_CHARS} characters, except the JavaScript notice
 * which is never main text (case C26). Also: a block that is only an ad-slot label ({@link #AD_LABELS}), and a
 * block of at most {@link #MAX_CTA_CHARS} characters that is a newsletter call to action (a verb of
 * {@link #CTA_VERBS} with an object of {@link #CTA_OBJECTS}), a "follow us" line naming a social network, and a
 * gallery counter ("Image 3 of 5"), and image credits and placeholders ({@link ImageCreditRule}).
 */
final class BoilerplatePhrases {

    /** Blocks longer than this are judged on their other features. */
    static final int MAX_BLOCK_CHARS = 120;

    /** Phrases (lower case) that mark a short block as boilerplate when it starts with them. */
    static final List<String> OPENING_PHRASES = List.of(
            "share on", "share this", "share:", "follow us", "sign up", "subscribe", "read more", "read also",
            "see also", "related:", "related stories", "related articles", "advertisement", "click here",
            "tags:", "topics:", "filed under", "all rights reserved", "©", "copyright", "(c) ", "download the app",
            "listen to this", "print this", "email this", "comments", "leave a comment", "you may also like",
            "recommended", "more from", "most read", "sponsored", "photo:", "image:", "credit:", "source:",
            "don't miss", "don’t miss", "related roundup", "related coverage", "related content", "related video",
            "related topics", "related links", "related reading", "more on this story",
            "czytaj więcej", "czytaj też", "czytaj także", "lesen sie auch", "mehr zum thema", "lesen sie mehr",
            "lire aussi", "à lire aussi", "a lire aussi", "lire la suite", "leer más", "lee también", "leia mais",
            "leia também", "leggi anche", "jetzt weiterlesen", "weiterlesen", "devamını oku", "ayrıca bakınız", "читайте также", "ещё по теме",
            "läs också", "les også", "læs også", "lees ook", "اقرأ المزيد",
            "شارك", "تابعونا", "اقرأ أيضا", "اقرأ أيضاً", "إقرأ أيضا", "اقرأ ايضا", "الكلمات المفتاحية",
            "جميع الحقوق محفوظة", "اشترك", "التعليقات", "مواضيع ذات صلة", "أخبار ذات صلة", "طباعة", "المصدر:");

    /** Whole-block labels of ad slots (lower case, compared after stripping). */
    static final java.util.Set<String> AD_LABELS = java.util.Set.of(
            "advert", "advertisement", "ad", "ads", "sponsored", "anzeige", "werbung", "publicité", "publicidad",
            "pubblicità", "реклама", "إعلان", "اعلان", "広告", "광고");

    /** Calls to action: a short block containing a word of each list is a newsletter or subscription promo. */
    static final List<String> CTA_VERBS = List.of("sign up", "signing up", "subscribe", "register", "get our",
            "anmelden", "abonnieren", "hier entlang", "inscrivez", "abonnez", "iscriviti", "suscríbete", "اشترك", "سجل");
    /** Objects of calls to action. */
    static final List<String> CTA_OBJECTS = List.of("newsletter", "inbox", "daily email", "النشرة");
    /** Longest block the call-to-action test applies to. */
    static final int MAX_CTA_CHARS = 250;

    /** Social networks named by "follow us" lines. */
    static final List<String> SOCIAL_NETWORKS = List.of(
            "twitter", "facebook", "instagram", "youtube", "linkedin", "tiktok", "telegram", "whatsapp", "flipboard",
            "فيسبوك", "تويتر", "انستغرام", "يوتيوب");
    /** "Follow" verbs of such lines. */
    static final List<String> FOLLOW_VERBS = List.of("follow", "like us", "join us", "تابع", "تابعونا", "folgen", "suivez");
    /** Longest "follow us" line. */
    static final int MAX_FOLLOW_CHARS = 200;
    /** Words that open a gallery counter ("Image 3 of 5"). */
    static final List<String> GALLERY_WORDS = List.of("image", "photo", "picture", "slide", "foto", "bild");

    private final ImageCreditRule credits = new ImageCreditRule();

    /** Phrases (lower case) that mark a block as boilerplate wherever they occur and whatever its length. */
    static final List<String> ALWAYS = List.of(
            "enable javascript", "javascript is disabled", "javascript must be enabled", "your browser does not support",
            "all rights reserved");

    /**
     * @param text a block's text
     * @return true when the block is boilerplate
     */
    boolean isBoilerplate(String text) {
        if (credits.isCredit(text)) {
            return true;
        }
        String t = text.toLowerCase(Locale.ROOT).strip();
        if (t.length() <= MAX_BLOCK_CHARS * 2) {
            for (String p : ALWAYS) {
                if (t.contains(p)) {
                    return true;
                }
            }
        }
        if (AD_LABELS.contains(t) || isGalleryCounter(t)) {
            return true;
        }
        if (t.length() <= MAX_FOLLOW_CHARS && containsAny(t, FOLLOW_VERBS) && containsAny(t, SOCIAL_NETWORKS)) {
            return true;
        }
        if (t.length() <= MAX_CTA_CHARS && containsAny(t, CTA_VERBS) && containsAny(t, CTA_OBJECTS)) {
            return true;
        }
        if (t.length() > MAX_BLOCK_CHARS) {
            return false;
        }
        for (String p : OPENING_PHRASES) {
            if (t.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /** "Image 3 of 5", "Photo 2/7": a gallery word, a number, "of" or "/", a number, nothing else. */
    static boolean isGalleryCounter(String t) {
        String[] w = t.replace("/", " / ").split("\\s+");
        if (w.length != 4 || !GALLERY_WORDS.contains(w[0])) {
            return false;
        }
        return isNumber(w[1]) && (w[2].equals("of") || w[2].equals("/") || w[2].equals("von") || w[2].equals("de"))
                && isNumber(w[3]);
    }

    private static boolean isNumber(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsAny(String t, List<String> words) {
        for (String w : words) {
            if (t.contains(w)) {
                return true;
            }
        }
        return false;
    }
}

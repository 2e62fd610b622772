package newsflow.enrich.lang;

import java.lang.Character.UnicodeScript;

/**
 * The writing systems that separate languages before any statistics: the Unicode {@code Script} property of a
 * letter (Unicode Standard Annex #24), with Han, Hiragana and Katakana grouped as {@link #CJK} because Japanese
 * writes with all three.
 */
public enum WritingSystem {
    /** Latin letters (English, French, Turkish, Indonesian…). */
    LATIN,
    /** Cyrillic (Russian, Ukrainian, Bulgarian…). */
    CYRILLIC,
    /** Arabic script (Arabic, Persian, Urdu). */
    ARABIC,
    /** Hebrew script. */
    HEBREW,
    /** Greek. */
    GREEK,
    /** Devanagari (Hindi, Marathi). */
    DEVANAGARI,
    /** Bengali. */
    BENGALI,
    /** Gurmukhi (Punjabi). */
    GURMUKHI,
    /** Gujarati. */
    GUJARATI,
    /** Tamil. */
    TAMIL,
    /** Telugu. */
    TELUGU,
    /** Thai. */
    THAI,
    /** Georgian. */
    GEORGIAN,
    /** Armenian. */
    ARMENIAN,
    /** Han ideographs, Hiragana and Katakana (Chinese, Japanese). */
    CJK,
    /** Hangul (Korean). */
    HANGUL,
    /** Any other script: never evidence for an enabled language. */
    OTHER;

    /**
     * @param codePoint a letter
     * @return its writing system
     */
    public static WritingSystem of(int codePoint) {
        UnicodeScript script = UnicodeScript.of(codePoint);
        return switch (script) {
            case LATIN -> LATIN;
            case CYRILLIC -> CYRILLIC;
            case ARABIC -> ARABIC;
            case HEBREW -> HEBREW;
            case GREEK -> GREEK;
            case DEVANAGARI -> DEVANAGARI;
            case BENGALI -> BENGALI;
            case GURMUKHI -> GURMUKHI;
            case GUJARATI -> GUJARATI;
            case TAMIL -> TAMIL;
            case TELUGU -> TELUGU;
            case THAI -> THAI;
            case GEORGIAN -> GEORGIAN;
            case ARMENIAN -> ARMENIAN;
            case HAN, HIRAGANA, KATAKANA -> CJK;
            case HANGUL -> HANGUL;
            default -> OTHER;
        };
    }

    /**
     * @param codePoint a letter
     * @return true for Hiragana and Katakana, which only Japanese (of the supported languages) writes
     */
    public static boolean isKana(int codePoint) {
        UnicodeScript script = UnicodeScript.of(codePoint);
        return script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA;
    }
}

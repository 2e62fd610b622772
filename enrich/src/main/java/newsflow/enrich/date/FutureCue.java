package newsflow.enrich.date;

import java.util.regex.Pattern;

/**
 * Decides whether the sentence around an expression speaks of the future, which flips a bare weekday from
 * "latest on or before" to "next" (project contract, ../shared/eval/README.md). Cues: English modal
 * {@code will}/{@code 'll}/{@code shall}, {@code next}, {@code coming}, {@code upcoming}, {@code scheduled};
 * Arabic {@code سوف}, the future prefix {@code سـ} on an imperfect verb (سيعقد، ستنطلق، سنعمل), and the
 * adjectives {@code القادم/المقبل} (and feminine forms).
 */
final class FutureCue {

    private static final Pattern EN = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:will|shall|next|coming|upcoming|scheduled|tomorrow)(?![\\p{L}])|'ll(?![\\p{L}])");
    private static final Pattern AR = Pattern.compile(DigitNormalizer.plain(
            "(?<![\\p{L}])(?:[وف]?سوف|[وف]?س[يتن][\\p{L}]{3,}|[\\p{L}]*(?:القادم|المقبل|القادمة|المقبلة)|غدا|غداً)(?![\\p{L}])"));

    private FutureCue() {
    }

    /**
     * @param text  the normalised text
     * @param start start of the expression
     * @param end   end of the expression
     * @return true if the expression's sentence carries a future cue
     */
    static boolean isFuture(String text, int start, int end) {
        int s = start;
        while (s > 0 && !isSentenceEnd(text, s - 1)) {
            s--;
        }
        int e = end;
        while (e < text.length() && !isSentenceEnd(text, e)) {
            e++;
        }
        String sentence = text.substring(s, e);
        if (EN.matcher(sentence).find()) {
            return true;
        }
        var m = AR.matcher(sentence);
        while (m.find()) {
            String w = m.group();
            if (w.contains("سوف") || w.contains("قادم") || w.contains("مقبل") || w.startsWith("غد")) {
                return true;
            }
            if (isFutureVerb(w)) {
                return true;
            }
        }
        return false;
    }

    /** سـ + imperfect prefix, excluding nouns ending in taa marbuta or the plural -at (سيارة، سنوات، سياسية). */
    private static boolean isFutureVerb(String w) {
        String stem = w.charAt(0) == 'و' || w.charAt(0) == 'ف' ? w.substring(1) : w;
        return stem.length() >= 4 && !stem.endsWith("ة") && !stem.endsWith("ات") && !stem.endsWith("ية")
                && !stem.startsWith("سنة") && !stem.startsWith("ساع") && !stem.startsWith("سيد");
    }

    private static boolean isSentenceEnd(String t, int i) {
        char c = t.charAt(i);
        if (c == '\n' || c == '!' || c == '?' || c == '\u061F' || c == ';' || c == '\u061B') {
            return true;
        }
        // a period ends a sentence when a space and an upper-case letter (or end) follow
        return c == '.' && (i + 1 >= t.length() || Character.isWhitespace(t.charAt(i + 1))
                && (i + 2 >= t.length() || Character.isUpperCase(t.charAt(i + 2))));
    }
}

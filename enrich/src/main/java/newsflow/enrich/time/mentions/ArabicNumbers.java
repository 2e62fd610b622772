package newsflow.enrich.time.mentions;

import newsflow.enrich.time.vocab.TimeTextNormalizer;

import java.util.HashMap;
import java.util.Map;

/**
 * Arabic cardinal number words 1–99 as used with duration nouns (masculine and feminine forms, nominative
 * and oblique: ثلاثة/ثلاث، اثنان/اثنين، عشرون/عشرين), including compounds "ثمانية وسبعين" (units + و + tens) and
 * "أحد عشر"; written in {@link TimeTextNormalizer} orthography.
 */
final class ArabicNumbers {

    private static final Map<String, Integer> WORDS = new HashMap<>();

    static {
        String[][] units = {{"واحد", "واحدة"}, {"اثنان", "اثنين", "اثنتان", "اثنتين"}, {"ثلاثة", "ثلاث"},
                {"اربعة", "اربع"}, {"خمسة", "خمس"}, {"ستة", "ست"}, {"سبعة", "سبع"}, {"ثمانية", "ثماني", "ثمان"},
                {"تسعة", "تسع"}, {"عشرة", "عشر"}};
        for (int i = 0; i < units.length; i++) {
            for (String w : units[i]) {
                WORDS.put(TimeTextNormalizer.plain(w), i + 1);
            }
        }
        String[][] tens = {{"عشرون", "عشرين"}, {"ثلاثون", "ثلاثين"}, {"اربعون", "اربعين"}, {"خمسون", "خمسين"},
                {"ستون", "ستين"}, {"سبعون", "سبعين"}, {"ثمانون", "ثمانين"}, {"تسعون", "تسعين"}};
        for (int i = 0; i < tens.length; i++) {
            for (String w : tens[i]) {
                WORDS.put(TimeTextNormalizer.plain(w), (i + 2) * 10);
            }
        }
        WORDS.put(TimeTextNormalizer.plain("مئة"), 100);
        WORDS.put(TimeTextNormalizer.plain("مائة"), 100);
    }

    /** Regex for a number: digits, a word, "units و tens", or "units عشر/عشرة" (11–19). */
    static final String RE;

    static {
        String words = WORDS.keySet().stream().sorted((a, b) -> b.length() - a.length())
                .reduce((a, b) -> a + "|" + b).orElseThrow();
        RE = "(?:\\d+|(?:احد|احدي|اثنا|اثني|اثنتا|" + words + ")(?: (?:عشر|عشرة)| و(?:" + words + "))?)";
    }

    private ArabicNumbers() {
    }

    /** @return the value of a number matched by {@link #RE}, or null */
    static Integer value(String s) {
        String t = TimeTextNormalizer.plain(s.trim());
        if (t.matches("\\d+")) {
            return t.length() > 6 ? null : Integer.parseInt(t);
        }
        String[] parts = t.split(" ");
        if (parts.length == 1) {
            return WORDS.get(t);
        }
        if (parts.length == 2 && (parts[1].equals("عشر") || parts[1].equals(TimeTextNormalizer.plain("عشرة")))) {
            Integer u = parts[0].startsWith("اح") ? Integer.valueOf(1) : parts[0].startsWith("اثن") ? Integer.valueOf(2)
                    : WORDS.get(parts[0]);
            return u == null ? null : 10 + u;
        }
        if (parts.length == 2 && parts[1].startsWith("و")) {
            Integer u = WORDS.get(parts[0]);
            Integer d = WORDS.get(parts[1].substring(1));
            return u == null || d == null ? null : u + d;
        }
        return null;
    }
}

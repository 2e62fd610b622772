package newsflow.enrich.extract;

import java.util.Locale;
import java.util.Set;
import newsflow.enrich.time.vocab.ArabicCalendarWords;

/**
 * Heuristic 5 (bylines and datelines): a short line that only names the author ("By Jane Doe", "بقلم …") or
 * only gives a date/time ("Updated 6 September 2018, 1:52 am", "2016-10-14", "14/5/2017") is page metadata, not
 * main text. A line is a dateline when, after removing digits, punctuation and date words (months, weekdays,
 * am/pm, zone abbreviations, "updated", "published"… in English, Arabic, German, French and Spanish; Arabic month
 * and weekday names from {@code time.vocab.ArabicCalendarWords}), at most
 * {@link #MAX_LEFTOVER_LETTERS} letters remain. A line that names a known author next to a date and byline words
 * only ("Do 25.04.24 | 14:07 Uhr | Von Jane Doe") is a byline too ({@link #isCreditLine}).
 */
final class DatelineBylineRule {

    /** Lines longer than this are never bylines or datelines. */
    static final int MAX_LINE_CHARS = 80;
    /** Letters allowed outside date words in a dateline. */
    static final int MAX_LEFTOVER_LETTERS = 2;
    /** Words a byline may have at most. */
    static final int MAX_BYLINE_WORDS = 8;

    /** Byline openers (lower case, with the trailing space). */
    static final Set<String> BYLINE_OPENERS = Set.of(
            "by ", "written by ", "words by ", "story by ", "بقلم ", "بقلم: ", "كتب ", "كتبت ", "كتب: ", "von ",
            "par ", "por ", "di ", "door ", "av ", "af ", "автор:");

    /** Words that may appear in a dateline (lower case). */
    static final Set<String> DATE_WORDS = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
            "wed", "thu", "fri", "sat", "sun", "am", "pm", "a.m", "p.m", "gmt", "utc", "est", "edt", "cst", "cdt",
            "pst", "pdt", "bst", "cet", "cest", "et", "pt", "updated", "published", "posted", "last", "modified",
            "on", "at", "date", "time", "hours", "ago", "minutes", "min", "read", "of",
            "نشر", "في", "تحديث", "آخر", "مساء", "صباحا", "ص", "م", "هـ", "بتاريخ", "منذ", "ساعة", "ساعات",
            "دقيقة", "دقائق", "يوم",
            "januar", "februar", "märz", "juni", "juli", "oktober", "dezember", "montag", "dienstag", "mittwoch",
            "donnerstag", "freitag", "samstag", "sonntag", "stand", "uhr", "aktualisiert", "veröffentlicht", "um",
            "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
            "novembre", "décembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
            "publié", "le", "mis", "à", "jour", "h",
            "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
            "noviembre", "diciembre", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
            "actualizado", "publicado", "el", "de", "del", "las", "hs",
            "publisert", "oppdatert", "kl", "publicerad", "uppdaterad", "udgivet", "opdateret");

    /** Words joining or introducing names in a byline (lower case). */
    static final Set<String> CREDIT_WORDS = Set.of("by", "von", "par", "por", "di", "door", "av", "af", "and", "und",
            "et", "y", "og", "och", "en", "e", "text", "autor", "author");

    /**
     * @param line one line of a block, stripped
     * @return true when the line is a dateline or a bare byline
     */
    boolean isMetadataLine(String line) {
        if (line.length() > MAX_LINE_CHARS || line.isEmpty()) {
            return false;
        }
        return isDateline(line) || isByline(line);
    }

    /**
     * @param normLine a line, normalised like {@link TitleExtractor#norm}
     * @param authors  the page's author names, normalised the same way
     * @return whether the line is only author names, byline words, separators and a date/time
     */
    static boolean isCreditLine(String normLine, Set<String> authors) {
        if (authors.isEmpty() || normLine.length() > MAX_LINE_CHARS) {
            return false;
        }
        String rest = normLine;
        boolean named = false;
        for (String a : authors) {
            if (a.length() >= 3 && rest.contains(a)) {
                rest = rest.replace(a, " ");
                named = true;
            }
        }
        if (!named) {
            return false;
        }
        StringBuilder kept = new StringBuilder();
        for (String w : rest.split("[\\s|,;:·•]+")) {
            if (!w.isEmpty() && !CREDIT_WORDS.contains(w)) {
                kept.append(w).append(' ');
            }
        }
        String left = kept.toString().strip();
        return left.isEmpty() || isDateline(left);
    }

    static boolean isByline(String line) {
        String l = line.toLowerCase(Locale.ROOT);
        for (String o : BYLINE_OPENERS) {
            if (l.startsWith(o)) {
                int words = l.strip().split("\\s+").length;
                return words <= MAX_BYLINE_WORDS && !endsLikeSentence(line) && startsWithName(line, o.length());
            }
        }
        return false;
    }

    /** After the opener comes a name: a capital letter in cased scripts, any letter in uncased ones. */
    private static boolean startsWithName(String line, int from) {
        int i = from;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        if (i >= line.length()) {
            return false;
        }
        int cp = line.codePointAt(i);
        if (!Character.isLetter(cp)) {
            return false;
        }
        return Character.isUpperCase(cp) || Character.isTitleCase(cp)
                || !Character.isLowerCase(cp) && Character.toUpperCase(cp) == cp;
    }

    private static boolean endsLikeSentence(String line) {
        char c = line.charAt(line.length() - 1);
        return c == '.' && !line.endsWith("Jr.") || c == '?' || c == '!';
    }

    static boolean isDateline(String line) {
        boolean digit = false;
        int leftover = 0;
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= line.length(); i++) {
            char c = i < line.length() ? line.charAt(i) : ' ';
            if (Character.isLetter(c) || c == '.' && word.length() > 0) {
                word.append(c);
                continue;
            }
            if (Character.isDigit(c)) {
                digit = true;
            }
            if (word.length() > 0) {
                String w = word.toString().toLowerCase(Locale.ROOT);
                if (w.endsWith(".")) {
                    w = w.substring(0, w.length() - 1);
                }
                if (!DATE_WORDS.contains(w) && !ArabicCalendarWords.isDatelineWord(w)) {
                    leftover += w.length();
                }
                word.setLength(0);
            }
        }
        return digit && leftover <= MAX_LEFTOVER_LETTERS;
    }
}

package newsflow.enrich.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Case C17: a paragraph that holds whole sentences in two writing systems (an English sentence, then its Arabic
 * translation, in one {@code <p>}) is cut at the sentence boundary where the script changes, so that each part
 * can go to its own edition. The script boundary is near-certain evidence; the sentence boundary keeps the cut
 * off the words. What stays whole: a quote (a sentence end inside quotation marks ends no sentence, and a run
 * needs its letters outside quotes) or a name in another script inside a sentence, and a run of sentences too
 * small to be text of its own (fewer than {@link #MIN_PART_LETTERS} letters outside quotes or
 * {@link #MIN_PART_WORDS} words, or title case rather than running text, such as "Read More Latest News from
 * Abohar (Punjab) in Urdu"), which joins the run before it (or after it, when it opens the paragraph).
 */
final class ScriptSentences {

    /** Letters a run of sentences of one script needs to stand as a part of its own. */
    static final int MIN_PART_LETTERS = 20;
    /** Words a run of sentences of one script needs to stand as a part of its own. */
    static final int MIN_PART_WORDS = 4;
    /**
     * Share of capitalised words from which a run in a cased script is not running text but title case: a
     * headline, a menu, names, a "Read More Politics Latest News" line (German capitalises its nouns, a third
     * of its words or so).
     */
    static final double TITLE_CASE_SHARE = 0.6;

    /**
     * A sentence ends at . ! ? … and their Arabic, Urdu, Devanagari and CJK forms (؟ ۔ । 。 ！ ？), closing quotes
     * and brackets included, before white space; or at a line break.
     */
    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?<=[.!?…؟۔।。！？][\"'”’»)\\]]{0,2})\\s+|\\n+|(?<=[。！？])");

    private ScriptSentences() {
    }

    /** A stretch of the text: [start, end) in chars, and its dominant writing system (null: no letter). */
    private record Run(int start, int end, WritingSystem system) {
    }

    /**
     * @param text a block's text
     * @return the text cut where whole sentences change writing system, each part a stripped slice of the text;
     *         the text alone (one element) when it holds no such change
     */
    static List<String> parts(String text) {
        List<Run> runs = new ArrayList<>();
        for (Run sentence : sentences(text)) {
            int last = runs.size() - 1;
            if (last >= 0 && (sentence.system() == null || runs.get(last).system() == null
                    || sentence.system() == runs.get(last).system())) {
                WritingSystem system = runs.get(last).system() != null ? runs.get(last).system() : sentence.system();
                runs.set(last, new Run(runs.get(last).start(), sentence.end(), system));
            } else {
                runs.add(sentence);
            }
        }
        if (runs.size() < 2) {
            return List.of(text);
        }
        List<Run> parts = new ArrayList<>();
        Run pending = null;
        for (Run run : runs) {
            boolean alone = standsAlone(text.substring(run.start(), run.end()));
            if (pending != null) {
                run = new Run(pending.start(), run.end(), alone ? run.system() : pending.system());
                pending = null;
            }
            if (alone || !parts.isEmpty()) {
                append(parts, alone ? run : new Run(run.start(), run.end(), null));
            } else {
                pending = run;
            }
        }
        if (pending != null || parts.size() < 2) {
            return List.of(text);
        }
        List<String> out = new ArrayList<>(parts.size());
        for (Run part : parts) {
            out.add(text.substring(part.start(), part.end()).strip());
        }
        return out;
    }

    /** Adds a run, merged into the last part when of the same script or too small (system null). */
    private static void append(List<Run> parts, Run run) {
        int last = parts.size() - 1;
        if (last >= 0 && (run.system() == null || run.system() == parts.get(last).system())) {
            parts.set(last, new Run(parts.get(last).start(), run.end(), parts.get(last).system()));
        } else {
            parts.add(run);
        }
    }

    private static boolean standsAlone(String run) {
        LetterProfile profile = LetterProfile.of(run);
        WritingSystem system = profile.dominant();
        if (system == null) {
            return false;
        }
        return profile.unquotedLetters(system) >= MIN_PART_LETTERS && profile.wordCount(system) >= MIN_PART_WORDS
                && capitalisedShare(profile.words(system)) < TITLE_CASE_SHARE;
    }

    /** @return the share of words beginning with a capital letter (0 in scripts without case) */
    private static double capitalisedShare(String words) {
        String[] split = words.split(" ");
        int capital = 0;
        for (String w : split) {
            int first = w.codePointAt(0);
            if (Character.isUpperCase(first) || Character.isTitleCase(first)) {
                capital++;
            }
        }
        return (double) capital / split.length;
    }

    /**
     * @return the sentences, each from its first character to the start of the next one; a sentence end inside
     *         quotation marks does not end the sentence that quotes it
     */
    private static List<Run> sentences(String text) {
        List<Run> out = new ArrayList<>();
        Matcher m = SENTENCE_END.matcher(text);
        int start = 0;
        int quoteMarks = 0;
        int counted = 0;
        while (m.find()) {
            for (; counted < m.start(); counted++) {
                if (LetterProfile.QUOTE_MARKS.indexOf(text.charAt(counted)) >= 0) {
                    quoteMarks++;
                }
            }
            if (m.end() <= start || m.start() <= start || quoteMarks % 2 == 1) {
                continue;
            }
            out.add(new Run(start, m.start(), LetterProfile.of(text.substring(start, m.start())).dominant()));
            start = m.end();
        }
        if (start < text.length()) {
            out.add(new Run(start, text.length(), LetterProfile.of(text.substring(start)).dominant()));
        }
        return out;
    }
}

package newsflow.enrich.topic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Multilingual topic lexicon: terms (one or more words) with a weight for an IPTC Media Topics code, written
 * by the newsflow team from general news vocabulary and the IPTC labels and definitions.
 *
 * <p>File format (UTF-8, one rule a line, {@code #} comments): {@code code<TAB>weight<TAB>term|term|…}. A term
 * is words separated by spaces; a word ending in {@code *} matches every word that starts with it (at least
 * {@value #MIN_PREFIX} letters). The code {@code -} marks stop phrases. Words are normalised as document words
 * are ({@link WordTokenizer#lexiconForm}), so Arabic may be written with or without diacritics, hamza seats or
 * the article.
 *
 * <p>Matching is leftmost-longest: a match lying inside a longer match that started earlier is ignored, and a
 * stop phrase hides every other term of its length at its position.
 * Immutable after loading, thread-safe.
 */
final class Lexicon {
    /** Shortest prefix a {@code word*} may have. */
    static final int MIN_PREFIX = 3;
    private static final String STOP_CODE = "-";

    private final Map<String, LexiconEntry> byTermAndTop = new LinkedHashMap<>();
    private final Map<String, List<LexiconEntry>> byExactFirst = new HashMap<>();
    private final Map<String, List<LexiconEntry>> byPrefixFirst = new HashMap<>();
    private final BitSet prefixLengths = new BitSet();
    private int size;

    private Lexicon() {
    }

    /**
     * Loads lexicon files from the classpath.
     *
     * @param vocabulary codes are checked against it
     * @param resources  absolute classpath names
     * @return the lexicon
     * @throws IllegalStateException on a missing file, a malformed line, an unknown or a retired code
     */
    static Lexicon load(MediaTopics vocabulary, List<String> resources) {
        Lexicon lex = new Lexicon();
        for (String resource : resources) {
            InputStream in = Lexicon.class.getResourceAsStream(resource);
            if (in == null) {
                throw new IllegalStateException("topic lexicon not on the classpath: " + resource);
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                int n = 0;
                while ((line = r.readLine()) != null) {
                    n++;
                    lex.addLine(vocabulary, line, resource + ":" + n);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        lex.byTermAndTop.values().forEach(lex::index);
        return lex;
    }

    private void addLine(MediaTopics vocabulary, String line, String where) {
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) {
            return;
        }
        String[] f = t.split("\t+");
        if (f.length != 3) {
            throw new IllegalStateException(where + ": expected code<TAB>weight<TAB>terms");
        }
        String code = f[0].strip();
        if (STOP_CODE.equals(code)) {
            code = null;
        } else {
            MediaTopic topic = vocabulary.find(code)
                    .orElseThrow(() -> new IllegalStateException(where + ": unknown code " + f[0]));
            if (topic.isRetired()) {
                throw new IllegalStateException(where + ": retired code " + f[0]);
            }
        }
        double weight = Double.parseDouble(f[1].strip());
        for (String term : f[2].split("\\|")) {
            addTerm(vocabulary, code, weight, term.strip(), where);
        }
    }

    /**
     * Adds a term; a term listed again under the same top-level subject is merged into one entry (the most
     * specific code, the highest weight), so that listing a word under a subject and under one of its
     * narrower concepts does not count it twice.
     */
    /** Characters between the words of a lexicon term: anything WordTokenizer does not keep in a word ({@code *} marks a prefix). */
    private static final String TERM_SEPARATORS = "[^\\p{L}\\p{N}\\p{M}\\u0640*]+";

    private void addTerm(MediaTopics vocabulary, String code, double weight, String term, String where) {
        if (term.isEmpty()) {
            return;
        }
        // split like document words (WordTokenizer): apostrophes and hyphens separate words, so that
        // "chiffre d'affaires" and "box-office" in a lexicon match the words a text is cut into
        String[] raw = java.util.Arrays.stream(term.split(TERM_SEPARATORS)).filter(w -> !w.isEmpty())
                .toArray(String[]::new);
        if (raw.length == 0) {
            return;
        }
        String[] words = new String[raw.length];
        boolean[] prefix = new boolean[raw.length];
        for (int i = 0; i < raw.length; i++) {
            String w = raw[i];
            prefix[i] = w.endsWith("*");
            if (prefix[i]) {
                w = w.substring(0, w.length() - 1);
            }
            words[i] = WordTokenizer.lexiconForm(w);
            if (prefix[i] && words[i].length() < MIN_PREFIX) {
                throw new IllegalStateException(where + ": prefix shorter than " + MIN_PREFIX + ": " + raw[i]);
            }
        }
        String top = code == null ? null : vocabulary.require(code).top();
        StringBuilder key = new StringBuilder(String.valueOf(top));
        for (int i = 0; i < words.length; i++) {
            key.append(' ').append(words[i]).append(prefix[i] ? "*" : "");
        }
        LexiconEntry old = byTermAndTop.get(key.toString());
        LexiconEntry entry = new LexiconEntry(code, top, weight, words, prefix);
        if (old != null) {
            boolean oldDeeper = code == null
                    || vocabulary.require(old.code()).level() >= vocabulary.require(code).level();
            entry = new LexiconEntry(oldDeeper ? old.code() : code, top, Math.max(weight, old.weight()), words, prefix);
        }
        byTermAndTop.put(key.toString(), entry);
    }

    private void index(LexiconEntry e) {
        String[] words = e.words();
        if (e.prefix()[0]) {
            byPrefixFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(e);
            prefixLengths.set(words[0].length());
        } else {
            byExactFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(e);
        }
        size++;
    }

    /** @return the number of terms */
    int size() {
        return size;
    }

    /**
     * Finds the terms in a word sequence, leftmost-longest.
     *
     * @param words document words as {@link WordTokenizer#words} gives them
     * @param sink  receives every kept match (never a stop phrase), in text order
     */
    void match(List<String[]> words, Consumer<LexiconEntry> sink) {
        int coveredUntil = -1;
        List<LexiconEntry> found = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            found.clear();
            int longest = 0;
            for (String form : words.get(i)) {
                longest = collect(byExactFirst.get(form), words, i, found, longest);
                for (int len = prefixLengths.nextSetBit(MIN_PREFIX); len >= 0 && len <= form.length();
                     len = prefixLengths.nextSetBit(len + 1)) {
                    longest = collect(byPrefixFirst.get(form.substring(0, len)), words, i, found, longest);
                }
            }
            if (longest == 0) {
                continue;
            }
            int end = i + longest - 1;
            if (end <= coveredUntil) {
                continue;
            }
            coveredUntil = end;
            if (found.stream().anyMatch(e -> e.code() == null)) {
                continue;
            }
            emitBestPerTop(found, sink);
        }
    }

    /**
     * One position is evidence once per top-level subject: of overlapping synonyms ("terror*" and
     * "terrorism") under one subject only the heaviest counts (the first listed on a tie).
     */
    private static void emitBestPerTop(List<LexiconEntry> found, Consumer<LexiconEntry> sink) {
        for (int i = 0; i < found.size(); i++) {
            LexiconEntry e = found.get(i);
            boolean best = true;
            for (int j = 0; j < found.size() && best; j++) {
                LexiconEntry o = found.get(j);
                if (j != i && o.top().equals(e.top())
                        && (o.weight() > e.weight() || (o.weight() == e.weight() && j < i))) {
                    best = false;
                }
            }
            if (best) {
                sink.accept(e);
            }
        }
    }

    private static int collect(List<LexiconEntry> candidates, List<String[]> words, int start,
                               List<LexiconEntry> found, int longest) {
        if (candidates == null) {
            return longest;
        }
        for (LexiconEntry e : candidates) {
            int n = e.length();
            if (n < longest || start + n > words.size() || found.contains(e)) {
                continue;
            }
            boolean ok = true;
            for (int k = 1; k < n && ok; k++) {
                ok = e.matches(k, words.get(start + k));
            }
            if (ok) {
                if (n > longest) {
                    found.clear();
                    longest = n;
                }
                found.add(e);
            }
        }
        return longest;
    }
}

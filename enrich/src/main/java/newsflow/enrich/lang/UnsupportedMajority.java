package newsflow.enrich.lang;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A page written mostly in a language the configuration does not enable (a Norwegian or Icelandic article) is
 * read again with that knowledge: once the blocks called {@code und} hold most of a writing system's letters on
 * the page, every block of that script is checked against the unsupported languages without the thresholds
 * that guard a single text ({@link UnsupportedLanguages#UND_COST} and the relative-margin filter), since the
 * page has made {@code und} the likely language. Otherwise its short and medium blocks, on which the closest
 * enabled language (Dutch, German) can lead, form small spurious editions. A page in an enabled language with
 * one unsupported paragraph is not affected.
 */
final class UnsupportedMajority {

    /** Share of a script's letters on the page, in blocks called {@code und}, from which it is the majority. */
    static final double MAJORITY = 0.5;

    private UnsupportedMajority() {
    }

    /**
     * @param evidence  each block's own evidence
     * @param languages each block's resolved language, same order
     * @return the writing systems whose letters on the page are mostly in blocks called {@code und} though an
     *         enabled language writes them (a script no enabled language writes is {@code und} anyway)
     */
    static Set<WritingSystem> scripts(List<BlockEvidence> evidence, List<String> languages) {
        Map<WritingSystem, long[]> letters = new EnumMap<>(WritingSystem.class);
        for (int i = 0; i < evidence.size(); i++) {
            BlockEvidence e = evidence.get(i);
            if (e.system() == null || e.ranked().isEmpty()) {
                continue;
            }
            long[] counts = letters.computeIfAbsent(e.system(), k -> new long[2]);
            counts[1] += e.letters();
            if (ContextResolver.UNDECIDED.equals(languages.get(i))) {
                counts[0] += e.letters();
            }
        }
        Set<WritingSystem> out = EnumSet.noneOf(WritingSystem.class);
        letters.forEach((system, counts) -> {
            if (counts[0] > MAJORITY * counts[1]) {
                out.add(system);
            }
        });
        return out;
    }
}

package newsflow.enrich.lang;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsflow.enrich.extract.Block;
import newsflow.enrich.extract.BlockKind;

/**
 * Splits a document's main text into language editions, block by block. A block holding whole sentences in two
 * writing systems is first cut where the script changes ({@link ScriptSentences}, case C17; headings are never
 * cut, nor are tables). Each block's language comes from its own evidence ({@link LanguageIdentifier}) and its neighbours'
 * ({@link ContextResolver}); a page mostly in a language the configuration does not enable is read again with
 * that knowledge ({@link UnsupportedMajority}). Every block lands in the edition of its language. The page title
 * goes to the edition of its language (or to the first edition when that language has no block); in every other
 * edition a heading that opens the language's run becomes the edition's title and is not a paragraph (nor is a
 * first heading that repeats the page title). Thread-safe, deterministic.
 */
public final class EditionSplitter {

    private final LanguageIdentifier identifier;
    private final ContextResolver resolver = new ContextResolver();

    /** Splits with the default languages and mode (see {@link LanguageIdentifier#LanguageIdentifier()}). */
    public EditionSplitter() {
        this(DefaultIdentifier.INSTANCE);
    }

    /**
     * @param identifier the identifier to use (its enabled languages and mode); shared, thread-safe
     */
    public EditionSplitter(LanguageIdentifier identifier) {
        this.identifier = identifier;
    }

    /** Holds the default identifier, built on first use. */
    private static final class DefaultIdentifier {
        static final LanguageIdentifier INSTANCE = new LanguageIdentifier();
    }

    /**
     * @param title    the page title, or null
     * @param blocks   main-text blocks in document order
     * @param htmlLang the page's declared language ({@code <html lang>}, BCP 47), or null; used only to break
     *                 near-ties on the page title, never for blocks (pages declare one language for all their
     *                 text)
     * @return editions in order of first appearance (the page title counting first); empty when there is no
     *         block
     */
    public List<EditionDraft> split(String title, List<Block> blocks, String htmlLang) {
        if (blocks.isEmpty()) {
            return List.of();
        }
        blocks = cutAtScriptChanges(blocks);
        List<BlockEvidence> evidence = evidence(blocks);
        List<String> languages = resolver.resolve(evidence, kinds(blocks));
        Set<WritingSystem> undScripts = UnsupportedMajority.scripts(evidence, languages);
        if (!undScripts.isEmpty()) {
            evidence = reread(blocks, evidence, undScripts);
            languages = resolver.resolve(evidence, kinds(blocks));
        }
        BlockEvidence titleEvidence = title == null || title.isBlank() ? null : identifier.evidence(title);
        if (titleEvidence != null && undScripts.contains(titleEvidence.system())) {
            titleEvidence = identifier.evidence(title, true);
        }
        String titleLang = titleEvidence == null ? null
                : resolver.resolveTitle(titleEvidence, evidence, languages, primaryTag(htmlLang));
        return assemble(title, titleLang, blocks, languages);
    }

    /**
     * @param blocks main-text blocks in document order
     * @return each block's language (ISO 639-1 code, or {@code und}), same order; blocks are not cut here
     */
    public List<String> languages(List<Block> blocks) {
        return resolver.resolve(evidence(blocks), kinds(blocks));
    }

    /** @return the blocks, those holding whole sentences in two scripts cut in parts of the same kind */
    private static List<Block> cutAtScriptChanges(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            List<String> parts = block.kind() == BlockKind.HEADING || block.kind() == BlockKind.TABLE
                    ? List.of(block.text())
                    : ScriptSentences.parts(block.text());
            if (parts.size() == 1) {
                out.add(block);
            } else {
                parts.forEach(part -> out.add(new Block(block.kind(), part)));
            }
        }
        return out;
    }

    /** @return the evidence, blocks of the given scripts read again as on a page mostly in {@code und} */
    private List<BlockEvidence> reread(List<Block> blocks, List<BlockEvidence> evidence, Set<WritingSystem> scripts) {
        List<BlockEvidence> out = new ArrayList<>(evidence);
        for (int i = 0; i < blocks.size(); i++) {
            if (scripts.contains(evidence.get(i).system())) {
                out.set(i, identifier.evidence(blocks.get(i).text(), true));
            }
        }
        return out;
    }

    private List<BlockEvidence> evidence(List<Block> blocks) {
        List<BlockEvidence> evidence = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            evidence.add(identifier.evidence(block.text()));
        }
        return evidence;
    }

    private static List<BlockKind> kinds(List<Block> blocks) {
        return blocks.stream().map(Block::kind).toList();
    }

    private List<EditionDraft> assemble(String title, String titleLang, List<Block> blocks, List<String> langs) {
        Map<String, List<Integer>> members = new LinkedHashMap<>();
        if (titleLang != null && langs.contains(titleLang)) {
            members.put(titleLang, new ArrayList<>());
        }
        for (int i = 0; i < blocks.size(); i++) {
            members.computeIfAbsent(langs.get(i), k -> new ArrayList<>()).add(i);
        }
        String titled = titleLang != null && members.containsKey(titleLang) ? titleLang
                : title == null || title.isBlank() ? null : members.keySet().iterator().next();
        long total = 0;
        for (Block block : blocks) {
            total += LetterProfile.of(block.text()).totalLetters();
        }
        List<EditionDraft> editions = new ArrayList<>(members.size());
        for (Map.Entry<String, List<Integer>> e : members.entrySet()) {
            String lang = e.getKey();
            List<Integer> idx = e.getValue();
            String editionTitle = null;
            int from = 0;
            if (lang.equals(titled)) {
                editionTitle = title;
                Block first = blocks.get(idx.get(0));
                if (first.kind() == BlockKind.HEADING && sameText(first.text(), title)) {
                    from = 1; // the title repeated as the first heading is not a paragraph
                }
            } else if (blocks.get(idx.get(0)).kind() == BlockKind.HEADING) {
                editionTitle = blocks.get(idx.get(0)).text();
                from = 1;
            }
            List<String> paragraphs = new ArrayList<>();
            long letters = 0;
            for (int k = 0; k < idx.size(); k++) {
                String text = blocks.get(idx.get(k)).text();
                letters += LetterProfile.of(text).totalLetters();
                if (k >= from) {
                    paragraphs.add(text);
                }
            }
            double share = total == 0 ? 0.0 : (double) letters / total;
            editions.add(new EditionDraft(lang, editionTitle, direction(lang, idx, blocks), share,
                    List.copyOf(paragraphs)));
        }
        return List.copyOf(editions);
    }

    private static boolean sameText(String a, String b) {
        return a.replaceAll("\\s+", " ").strip().equals(b.replaceAll("\\s+", " ").strip());
    }

    private static String primaryTag(String htmlLang) {
        if (htmlLang == null || htmlLang.isBlank()) {
            return null;
        }
        String tag = htmlLang.strip().toLowerCase(java.util.Locale.ROOT);
        int dash = tag.indexOf('-') >= 0 ? tag.indexOf('-') : tag.indexOf('_');
        return dash > 0 ? tag.substring(0, dash) : tag;
    }

    private static String direction(String lang, List<Integer> idx, List<Block> blocks) {
        if (!ContextResolver.UNDECIDED.equals(lang)) {
            return LanguageCatalog.direction(lang);
        }
        int rtl = 0;
        int all = 0;
        for (int i : idx) {
            LetterProfile p = LetterProfile.of(blocks.get(i).text());
            rtl += p.letters(WritingSystem.ARABIC) + p.letters(WritingSystem.HEBREW);
            all += p.totalLetters();
        }
        return 2 * rtl > all ? "rtl" : "ltr";
    }
}

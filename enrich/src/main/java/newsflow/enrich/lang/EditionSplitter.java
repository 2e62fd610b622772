package newsflow.enrich.lang;

import java.util.List;
import newsflow.enrich.extract.Block;

/**
 * Splits a document's main text into language editions, block by block. Thread-safe, deterministic.
 * (First version: one edition in the page's declared language; per-block identification comes with issue 4.)
 */
public final class EditionSplitter {

    /**
     * @param title    the page title, or null
     * @param blocks   main-text blocks in document order
     * @param htmlLang the page's declared language, or null
     * @return editions in order of first appearance; empty when there is no text
     */
    public List<EditionDraft> split(String title, List<Block> blocks, String htmlLang) {
        if (blocks.isEmpty()) {
            return List.of();
        }
        String lang = htmlLang == null || htmlLang.isBlank() ? "und" : htmlLang.substring(0, 2);
        return List.of(new EditionDraft(lang, title, "ar".equals(lang) ? "rtl" : "ltr", 1.0,
                blocks.stream().map(Block::text).toList()));
    }
}

package newsflow.enrich.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import newsflow.enrich.extract.Block;
import newsflow.enrich.extract.BlockKind;

/**
 * Marks which paragraphs of an edition are tables ({@code Edition.tableParagraphs}): the edition's paragraphs are
 * the extraction's blocks of its language (tables are never cut at script changes), so a paragraph whose text is
 * that of a {@link BlockKind#TABLE} block is a table.
 */
final class TableParagraphs {

    private TableParagraphs() {
    }

    /**
     * @param paragraphs an edition's paragraphs
     * @param blocks     the extraction's blocks
     * @return 0-based indices of the paragraphs that are tables, ascending; empty when the page has no table
     */
    static List<Integer> indices(List<String> paragraphs, List<Block> blocks) {
        Set<String> tables = new HashSet<>();
        for (Block b : blocks) {
            if (b.kind() == BlockKind.TABLE) {
                tables.add(b.text());
            }
        }
        if (tables.isEmpty()) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            if (tables.contains(paragraphs.get(i))) {
                out.add(i);
            }
        }
        return List.copyOf(out);
    }
}

package newsflow.enrich.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.List;
import newsflow.common.model.DateMention;
import newsflow.common.model.Edition;
import newsflow.common.serde.Json;

/**
 * Keeps an edition record under a size budget (case C34): when its JSON is larger, paragraphs are dropped
 * from the end (dates beyond the kept text with them) and the edition is marked {@code text_truncated}.
 * Raw HTML is never carried on the editions topics.
 *
 * @param maxBytes the budget of one serialized edition, in bytes
 */
public record EditionSizeBudget(int maxBytes) {
    /** The default budget: 512 KiB. */
    public static final int DEFAULT_MAX_BYTES = 512 * 1024;

    /**
     * @param e an edition
     * @return {@code e} itself when within budget, else a truncated copy
     */
    public Edition fit(Edition e) {
        int size = size(e);
        if (size <= maxBytes) {
            return e;
        }
        List<String> kept = new ArrayList<>(e.paragraphs());
        while (!kept.isEmpty() && size > maxBytes) {
            String last = kept.remove(kept.size() - 1);
            size -= last.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 4;
        }
        if (kept.isEmpty() && !e.paragraphs().isEmpty()) {
            String first = e.paragraphs().get(0);
            kept.add(first.substring(0, Math.min(first.length(), maxBytes / 8)));
        }
        int keptChars = String.join("\n\n", kept).codePointCount(0, String.join("\n\n", kept).length());
        List<DateMention> dates = e.dates().stream().filter(d -> d.end() <= keptChars).toList();
        return e.withText(List.copyOf(kept), dates, true);
    }

    private static int size(Edition e) {
        try {
            return Json.mapper().writeValueAsBytes(e).length;
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("edition cannot be written as JSON", ex);
        }
    }
}

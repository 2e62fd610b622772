package newsflow.ingest.sitemap;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsflow.common.model.FeedItem;

/**
 * The URLs of one sitemap, each once, with the language alternates linked to one original per group (Google's
 * hreflang sitemap extension lists the whole group under every member, so each URL is named many times): the
 * first {@code <loc>} of a group in document order is the original; every other member gets
 * {@link FeedItem#alternateOf()} = that original, whether it appears as an alternate only or as a {@code <loc>}
 * of its own as well (its title and date then come from its own {@code <loc>}). Not thread-safe.
 */
final class SitemapAlternates {
    private final Map<String, FeedItem> byUrl = new LinkedHashMap<>();
    /** URLs other items name as their original: they never become an alternate themselves (no cycles). */
    private final Set<String> originals = new HashSet<>();

    /** @param item a {@code <loc>} (no alternateOf) */
    void loc(FeedItem item) {
        FeedItem before = byUrl.get(item.url());
        if (before == null) {
            byUrl.put(item.url(), item);
        } else if (before.alternateOf() != null) {
            // named earlier as an alternate: keep the link to its original, take its own title and date
            byUrl.put(item.url(), new FeedItem(item.url(), item.title(), item.published(), item.rawPubDate(), false,
                    before.alternateOf(), item.hreflang() != null ? item.hreflang() : before.hreflang()));
        } else if (before.hreflang() == null && item.hreflang() != null) {
            byUrl.put(item.url(), new FeedItem(item.url(), before.title(), before.published(), before.rawPubDate(),
                    false, null, item.hreflang()));
        }
    }

    /** @param item an alternate, its original in alternateOf */
    void alternate(FeedItem item) {
        String original = item.alternateOf();
        FeedItem origin = byUrl.get(original);
        if (origin != null && origin.alternateOf() != null) {
            original = origin.alternateOf(); // listed under a member of a group: the group's original
        }
        FeedItem before = byUrl.get(item.url());
        if (originals.contains(item.url()) || original.equals(item.url())) {
            return;
        }
        if (before == null) {
            byUrl.put(item.url(), new FeedItem(item.url(), null, item.published(), item.rawPubDate(), false, original,
                    item.hreflang()));
            originals.add(original);
        } else if (before.alternateOf() == null) {
            byUrl.put(item.url(), new FeedItem(item.url(), before.title(), before.published(), before.rawPubDate(),
                    false, original, before.hreflang() != null ? before.hreflang() : item.hreflang()));
            originals.add(original);
        }
    }

    /** @return every URL once, in the order first named */
    List<FeedItem> items() {
        return new ArrayList<>(byUrl.values());
    }
}

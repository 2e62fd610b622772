package newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import newsflow.common.model.PageKind;

/**
 * Joins the pages of one multi-page article (case C24) after the pipeline fetched them by following
 * {@link Extraction#nextPageUrl()}. Readability's maintainers leave the merging to the caller; this is that
 * merge. Rules: the first page is the record (its title, dates and canonical URL); a later page joins only when
 * it is an article or a continuation page ({@link newsflow.common.model.PageKind#CONTINUATION}) with the same
 * canonical URL (when both pages declare one); at most {@link #MAX_PAGES} pages;
 * the walk stops at a loop (a page that repeats an earlier page's blocks or points back to a page already
 * joined); a block repeated from an earlier page (a repeated standfirst or header) is kept once.
 */
public final class MultiPageJoiner {

    /** The most pages joined into one article. */
    public static final int MAX_PAGES = 10;

    private MultiPageJoiner() {
    }

    /**
     * @param pages the extractions in fetch order, first page first; not empty
     * @return the joined article
     * @throws IllegalArgumentException when {@code pages} is empty
     */
    public static JoinedArticle join(List<Extraction> pages) {
        if (pages == null || pages.isEmpty()) {
            throw new IllegalArgumentException("no pages to join");
        }
        Extraction first = pages.get(0);
        List<Block> blocks = new ArrayList<>(first.blocks());
        Set<Block> seenBlocks = new HashSet<>(first.blocks());
        Set<List<Block>> seenPages = new HashSet<>();
        seenPages.add(first.blocks());
        Set<String> seenNext = new HashSet<>();
        if (first.nextPageUrl() != null) {
            seenNext.add(first.nextPageUrl());
        }
        int joined = 1;
        for (int i = 1; i < pages.size() && joined < MAX_PAGES; i++) {
            Extraction p = pages.get(i);
            boolean textPage = p.kind() == PageKind.ARTICLE || p.kind() == PageKind.CONTINUATION;
            if (!textPage || !sameCanonical(first, p) || !seenPages.add(p.blocks())) {
                break;
            }
            for (Block b : p.blocks()) {
                if (seenBlocks.add(b)) {
                    blocks.add(b);
                }
            }
            joined++;
            String next = p.nextPageUrl();
            if (next == null || !seenNext.add(next) || Objects.equals(next, first.canonicalUrl())) {
                break;
            }
        }
        Extraction e = new Extraction(first.kind(), first.title(), List.copyOf(blocks), first.published(),
                first.modified(), first.authors(), first.siteName(), first.canonicalUrl(), first.htmlLang(),
                first.bodySource(), first.links(), first.paywalled(), first.leadImage(), first.section(),
                first.keywords(), null);
        return new JoinedArticle(e, joined);
    }

    private static boolean sameCanonical(Extraction a, Extraction b) {
        return a.canonicalUrl() == null || b.canonicalUrl() == null || a.canonicalUrl().equals(b.canonicalUrl());
    }
}

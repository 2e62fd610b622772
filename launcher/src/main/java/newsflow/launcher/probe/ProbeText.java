package newsflow.launcher.probe;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Writes a {@link ProbeReport} for a person: one labelled line per fact, then the items, one per line. */
final class ProbeText {
    /** Items listed at most; the rest are counted. */
    static final int MAX_ITEMS = 50;

    private ProbeText() {
    }

    /**
     * @param r   the report
     * @param out where to write
     */
    static void write(ProbeReport r, PrintWriter out) {
        out.println("probe " + r.target());
        ProbeReport.Fetch f = r.fetch();
        if (f != null) {
            line(out, "robots.txt", f.robots().verdict() + (f.robots().crawlDelayMs() == null ? ""
                    : ", crawl-delay " + f.robots().crawlDelayMs() + " ms"));
            if (f.refused() != null) {
                line(out, "fetch", "refused: " + f.refused());
            } else {
                line(out, "fetch", "HTTP " + f.status() + " " + f.finalUrl() + " (" + f.redirects() + " redirects), "
                        + f.bytes() + " bytes");
                line(out, "content type", String.valueOf(f.contentType()));
                line(out, "content coding", f.contentCoding());
            }
        }
        line(out, "kind", r.kind());
        ProbeReport.Encoding e = r.encoding();
        if (e != null) {
            line(out, "charset", e.charset() + " (" + e.source() + (e.uncertain() ? ", uncertain: a statistical guess"
                    : "") + (e.declared() == null ? "" : ", declared " + e.declared() + " but the bytes disagree")
                    + (e.undecodable() ? ", UNDECODABLE" : "") + ")");
        }
        if (r.poll() != null) {
            line(out, "poll interval", r.poll().interval() + " (a new source at the default poll_interval), then "
                    + r.poll().next() + " while polls find new items" + (r.poll().declared() == null ? ""
                    : "; the publisher declares " + r.poll().declared()));
        }
        if (r.feed() != null) {
            line(out, "feed", r.feed().format() + ", \"" + r.feed().title() + "\", " + r.feed().items().size()
                    + " items" + (r.feed().repaired() ? " (repaired)" : ""));
            items(out, r.feed().items());
        }
        if (r.sitemap() != null) {
            line(out, "sitemap", r.sitemap().urls().size() + " URLs, " + r.sitemap().childSitemaps().size()
                    + " child sitemaps, " + r.sitemap().alternates().size() + " alternates");
            items(out, r.sitemap().urls());
            r.sitemap().childSitemaps().forEach(c -> out.println("  child   " + c));
            alternates(out, r.sitemap().alternates());
        }
        if (r.page() != null) {
            ProbeReport.PageSummary p = r.page();
            line(out, "page kind", p.kind());
            line(out, "title", String.valueOf(p.title()));
            line(out, "published", p.published() == null ? "unknown" : p.published() + " (" + p.source() + ")");
            for (ProbeReport.Edition ed : p.editions()) {
                line(out, "edition " + ed.lang(), String.format(Locale.ROOT, "%.0f%% of the text, %d paragraphs, "
                        + "%d words, \"%s\"", ed.share() * 100, ed.paragraphs(), ed.words(), ed.title()));
            }
            alternates(out, p.alternates());
            p.feeds().forEach(u -> line(out, "feed link", u));
        }
        r.notes().forEach(n -> line(out, "note", n));
        out.flush();
    }

    private static void items(PrintWriter out, List<ProbeReport.Item> items) {
        for (int i = 0; i < Math.min(items.size(), MAX_ITEMS); i++) {
            ProbeReport.Item it = items.get(i);
            out.println("  item    " + (it.published() == null ? "(no date)" : it.published()) + "  " + it.url()
                    + (it.robots() == null || it.robots().equals("allowed") ? "" : "  [robots.txt: " + it.robots() + "]")
                    + (it.title() == null ? "" : "  " + it.title()));
        }
        if (items.size() > MAX_ITEMS) {
            out.println("  …       " + (items.size() - MAX_ITEMS) + " more (--json lists them all)");
        }
    }

    private static void alternates(PrintWriter out, List<ProbeReport.Alternate> alternates) {
        alternates.forEach(a -> out.println("  alternate " + a.hreflang() + "  " + a.url() + "  (of " + a.of() + ")"));
    }

    private static void line(PrintWriter out, String label, String value) {
        out.printf(Locale.ROOT, "%-16s %s%n", label, value);
    }
}

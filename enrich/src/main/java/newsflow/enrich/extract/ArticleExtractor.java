package newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.List;
import newsflow.common.model.PageKind;
import newsflow.common.model.SourceHints;
import newsflow.enrich.meta.MetadataExtractor;
import newsflow.enrich.meta.PageMetadata;
import newsflow.enrich.time.published.PublicationDateExtractor;
import newsflow.enrich.time.published.PublicationDates;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Extracts the article from a page: main-text blocks, title, page kind, and (through
 * {@link PublicationDateExtractor} and {@link MetadataExtractor}) dates, authors and site metadata. The page is
 * parsed once. Thread-safe (no mutable state).
 *
 * <p>Order of the heuristics:
 * <ol>
 *   <li>read the untouched page: dates, metadata, JSON-LD ({@link JsonLdReader}), title ({@link TitleExtractor}),
 *       paywall marks ({@link PaywallDetector}), rel=next ({@link NextPageLink}), whether the page continues
 *       another page's article ({@link ContinuationPage});</li>
 *   <li>remove comment threads by structure ({@link CommentThreads}), clean by tag ({@link HtmlCleaner}), then
 *       by class/id vocabulary ({@link BoilerplatePruner});</li>
 *   <li>cut the body into blocks ({@link TextBlockWalker}) and measure link density ({@link LinkDensity});</li>
 *   <li>select the article container by text density ({@link ContentScorer}); put the lead in front of it when
 *       the container misses it ({@link LeadParagraph}, found on the untouched page);</li>
 *   <li>filter blocks ({@link BlockFilter}: links, phrases, bylines/datelines, title repeats);</li>
 *   <li>decide the kind: listing ({@link ListingDetector}); else JSON-LD {@code articleBody} when the DOM text
 *       is missing or under {@link #JSONLD_PREFERRED_SHARE} of it; else the HTML string of a script state blob
 *       ({@link HydrationBlobReader}) when the DOM gave nothing; a consent wall, bot check or error page with
 *       little text is an interstitial ({@link InterstitialDetector}); with no text at all, needs_render; an
 *       article page that continues another page's article is a continuation (its blocks are kept, for the
 *       join).</li>
 * </ol>
 */
public final class ArticleExtractor {

    /** DOM text shorter than this share of the JSON-LD articleBody loses to it. */
    static final double JSONLD_PREFERRED_SHARE = 0.5;

    private final PublicationDateExtractor dates = new PublicationDateExtractor();
    private final MetadataExtractor metadata = new MetadataExtractor();
    private final JsonLdReader jsonLd = new JsonLdReader();
    private final TitleExtractor titles = new TitleExtractor();
    private final PaywallDetector paywall = new PaywallDetector();
    private final NextPageLink nextPage = new NextPageLink();
    private final ContinuationPage continuation = new ContinuationPage();
    private final HtmlCleaner cleaner = new HtmlCleaner();
    private final BoilerplatePruner pruner = new BoilerplatePruner();
    private final TextBlockWalker walker = new TextBlockWalker();
    private final ContentScorer scorer = new ContentScorer();
    private final BlockFilter filter = new BlockFilter();
    private final ListingDetector listings = new ListingDetector();
    private final HydrationBlobReader hydration = new HydrationBlobReader();
    private final InterstitialDetector interstitials = new InterstitialDetector();
    private final LeadParagraph leads = new LeadParagraph();
    private final CommentThreads comments = new CommentThreads();

    /**
     * @param in the page
     * @return the extraction; never null. Non-article kinds have no blocks, except a continuation (its text, for
     *         the join); a listing carries its article links.
     */
    public Extraction extract(PageInput in) {
        String url = in.url() == null ? "" : in.url();
        Document doc = Jsoup.parse(in.html() == null ? "" : in.html(), url);
        SourceHints hints = in.hints() == null ? SourceHints.NONE : in.hints();
        PublicationDates pd = dates.extract(doc, in.url(), in.fetchedAt(), hints);
        PageMetadata meta = metadata.extract(doc, in.url());
        JsonLdArticle ld = jsonLd.read(doc);
        String title = TitleText.clean(titles.extract(doc, ld.headline(), meta.siteName()));
        boolean paywalled = paywall.isMarkedPaywalled(doc, ld);
        String next = nextPage.find(doc, in.url());
        boolean declaredArticle = ListingDetector.declaresArticle(doc, ld);
        boolean continues = continuation.isContinuation(doc, in.url(), meta.canonicalUrl());
        LeadParagraph.Lead lead = leads.find(doc, title);

        Element body = doc.body();
        List<Element> scripts = doc.getElementsByTag("script");
        comments.remove(body);
        cleaner.clean(body);
        pruner.prune(body);
        List<RawBlock> raw = walker.walk(body);
        paywalled = paywalled || paywall.hasPrompt(raw);
        LinkDensity density = new LinkDensity(raw);
        List<RawBlock> selected = scorer.select(body, raw, density);
        List<Block> blocks = filter.filter(LeadParagraph.insert(lead, selected), title, meta.authors());

        PageKind kind = PageKind.ARTICLE;
        String source = "dom";
        List<String> links = List.of();
        List<String> teasers = listings.teaserLinks(declaredArticle, body, selected, in.url());
        if (teasers != null) {
            kind = PageKind.LISTING;
            links = List.copyOf(teasers);
            blocks = List.of();
            next = null;
        } else if (ld.articleBody() != null && chars(blocks) < JSONLD_PREFERRED_SHARE * ld.articleBody().length()) {
            List<Block> fromLd = jsonLdBlocks(ld.articleBody());
            if (!fromLd.isEmpty()) {
                blocks = fromLd;
                source = "jsonld";
            }
        }
        if (kind == PageKind.ARTICLE && blocks.isEmpty()) {
            blocks = hydrationBlocks(scripts, title, meta.authors());
            source = "hydration";
        }
        if (kind == PageKind.ARTICLE && "dom".equals(source)
                && interstitials.isInterstitial(doc, title, raw, blocks)) {
            kind = PageKind.INTERSTITIAL;
            blocks = List.of();
            next = null;
        }
        if (kind == PageKind.ARTICLE && blocks.isEmpty()) {
            kind = PageKind.NEEDS_RENDER;
            next = null;
        }
        if (kind == PageKind.ARTICLE && continues) {
            kind = PageKind.CONTINUATION;
        }
        return new Extraction(kind, title, List.copyOf(blocks), pd.published(), pd.modified(), meta.authors(),
                meta.siteName(), meta.canonicalUrl(), meta.htmlLang(), source, links, paywalled, meta.leadImage(),
                meta.section(), meta.keywords(), next);
    }

    /** Blocks from a script's state blob: its HTML string, cleaned and filtered like the page. */
    private List<Block> hydrationBlocks(List<Element> scripts, String title, List<String> authors) {
        String html = hydration.longestHtmlString(scripts);
        if (html == null) {
            return List.of();
        }
        Element frag = Jsoup.parseBodyFragment(html).body();
        cleaner.clean(frag);
        pruner.prune(frag);
        List<RawBlock> raw = walker.walk(frag);
        return filter.filter(raw, title, authors);
    }

    private static int chars(List<Block> blocks) {
        int n = 0;
        for (Block b : blocks) {
            n += b.text().length();
        }
        return n;
    }

    /** Splits a JSON-LD articleBody into paragraphs: HTML is walked, plain text splits at line breaks. */
    private List<Block> jsonLdBlocks(String articleBody) {
        List<Block> out = new ArrayList<>();
        if (articleBody.indexOf('<') >= 0 && articleBody.indexOf('>') > 0) {
            Document frag = Jsoup.parseBodyFragment(articleBody);
            cleaner.clean(frag.body());
            for (RawBlock b : walker.walk(frag.body())) {
                out.add(new Block(b.kind(), b.text()));
            }
            return out;
        }
        String text = Parser.unescapeEntities(articleBody, false);
        for (String para : text.split("\\n")) {
            String t = TextBlockWalker.collapse(para).strip();
            if (!t.isEmpty()) {
                out.add(new Block(BlockKind.PARAGRAPH, t));
            }
        }
        return out;
    }
}

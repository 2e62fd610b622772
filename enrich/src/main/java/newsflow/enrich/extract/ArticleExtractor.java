package newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import newsflow.common.model.PageKind;
import newsflow.common.model.SourceHints;
import newsflow.enrich.extract.kind.ErrorPageSignals;
import newsflow.enrich.extract.kind.KindVocabulary;
import newsflow.enrich.extract.kind.Overlay;
import newsflow.enrich.extract.kind.OverlayFinder;
import newsflow.enrich.extract.kind.PageKindRules;
import newsflow.enrich.extract.kind.WallEvidence;
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
 *   <li>detach overlays that are not the article — banners, consent layers, paywall boxes
 *       ({@link OverlayFinder}); remove comment threads by structure ({@link CommentThreads}), clean by tag
 *       ({@link HtmlCleaner}), then by class/id vocabulary ({@link BoilerplatePruner});</li>
 *   <li>cut the body into blocks ({@link TextBlockWalker}) and measure link density ({@link LinkDensity});</li>
 *   <li>select the article container by text density ({@link ContentScorer}); put the lead in front of it when
 *       the container misses it ({@link LeadParagraph}, found on the untouched page);</li>
 *   <li>filter blocks ({@link BlockFilter}: links, phrases, bylines/datelines, title repeats), and take out
 *       consent and subscription prompts ({@link PageKindRules#isPrompt}; a subscription prompt marks the page
 *       paywalled);</li>
 *   <li>decide the kind ({@link PageKindRules}): a soft 404; else a listing ({@link ListingDetector}); else
 *       JSON-LD {@code articleBody} when the DOM text
 *       is missing or under {@link #JSONLD_PREFERRED_SHARE} of it; else the HTML string of a script state blob
 *       ({@link HydrationBlobReader}) when the DOM gave nothing; a consent wall, or a bot check, redirect or
 *       modal wall, with too little text left outside it; with no text at all, needs_render; an
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
    private final OverlayFinder overlays = new OverlayFinder(KindVocabulary.DEFAULT);
    private final PageKindRules kindRules = new PageKindRules(KindVocabulary.DEFAULT);
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
        Element h1 = body.selectFirst("h1");
        boolean errorMarkup = ErrorPageSignals.hasErrorMarkup(doc);
        boolean refresh = doc.selectFirst("meta[http-equiv=refresh]") != null;
        List<Overlay> detached = overlays.detach(body);
        paywalled = paywalled || detached.stream().anyMatch(Overlay::paywallMarkup);
        comments.remove(body);
        cleaner.clean(body);
        pruner.prune(body);
        List<RawBlock> raw = walker.walk(body);
        paywalled = paywalled || paywall.hasPrompt(raw);
        LinkDensity density = new LinkDensity(raw);
        List<RawBlock> selected = scorer.select(body, raw, density);
        List<Block> blocks = filter.filter(LeadParagraph.insert(lead, selected), title, meta.authors());
        paywalled = paywalled || hasPaywallPrompt(blocks);
        blocks = withoutPrompts(blocks);
        Optional<PageKind> wall = kindRules.decide(new WallEvidence(in.status(), doc.title(),
                h1 == null ? null : h1.text(), errorMarkup, refresh, detached,
                raw.stream().map(RawBlock::text).toList(), chars(blocks), sentences(blocks)));

        PageKind kind = PageKind.ARTICLE;
        String source = "dom";
        List<String> links = List.of();
        List<String> teasers = listings.teaserLinks(declaredArticle, body, selected, in.url());
        if (wall.orElse(null) == PageKind.SOFT_404 && ld.articleBody() == null) {
            kind = PageKind.SOFT_404;
            blocks = List.of();
            next = null;
        } else if (teasers != null) {
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
            source = blocks.isEmpty() ? source : "hydration";
        }
        if (!"dom".equals(source)) {
            paywalled = paywalled || hasPaywallPrompt(blocks);
            blocks = withoutPrompts(blocks);
        }
        if (kind == PageKind.ARTICLE && "dom".equals(source) && wall.isPresent() && wall.get() != PageKind.SOFT_404) {
            kind = wall.get();
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

    private boolean hasPaywallPrompt(List<Block> blocks) {
        return blocks.stream().anyMatch(b -> kindRules.isPaywallPrompt(b.text()));
    }

    /** The blocks that are not consent or subscription prompts ({@link PageKindRules#isPrompt}). */
    private List<Block> withoutPrompts(List<Block> blocks) {
        return blocks.stream().filter(b -> !kindRules.isPrompt(b.text())).toList();
    }

    /** Blocks that are sentences rather than labels: {@link PageKindRules#MIN_SENTENCE_CHARS} or more. */
    private static int sentences(List<Block> blocks) {
        int n = 0;
        for (Block b : blocks) {
            n += b.kind() != BlockKind.HEADING && b.text().length() >= PageKindRules.MIN_SENTENCE_CHARS ? 1 : 0;
        }
        return n;
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

package newsflow.ingest.sitemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import newsflow.common.model.FeedItem;
import org.junit.jupiter.api.Test;

class SitemapReaderTest {
    @Test
    void googleNewsSitemapGivesTitleAndPublicationDate() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
                + "xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">\n"
                + "<url><loc>https://news.example/a/1</loc><news:news><news:publication><news:name>Ex</news:name>"
                + "<news:language>en</news:language></news:publication>"
                + "<news:publication_date>2024-03-05T09:15:00+01:00</news:publication_date>"
                + "<news:title>Budget passes</news:title></news:news></url>\n"
                + "<url><loc>https://news.example/a/2</loc><lastmod>2024-03-04</lastmod></url>\n"
                + "</urlset>";
        SitemapReader.Result r = SitemapReader.read(xml.getBytes(StandardCharsets.UTF_8), "application/xml",
                "https://news.example/sitemap.xml");
        assertThat(r.childSitemaps()).isEmpty();
        assertThat(r.items()).extracting(FeedItem::url)
                .containsExactly("https://news.example/a/1", "https://news.example/a/2");
        FeedItem first = r.items().get(0);
        assertThat(first.title()).isEqualTo("Budget passes");
        assertThat(OffsetDateTime.parse(first.published()).toInstant().toString()).isEqualTo("2024-03-05T08:15:00Z");
        assertThat(OffsetDateTime.parse(r.items().get(1).published()).toLocalDate().toString())
                .isEqualTo("2024-03-04");
    }

    @Test
    void sitemapIndexListsChildSitemaps() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<sitemap><loc>https://news.example/sitemap-1.xml</loc></sitemap>"
                + "<sitemap><loc>https://news.example/sitemap-news.xml</loc><lastmod>2024-03-05</lastmod></sitemap>"
                + "</sitemapindex>";
        SitemapReader.Result r = SitemapReader.read(xml.getBytes(StandardCharsets.UTF_8), "text/xml",
                "https://news.example/sitemap.xml");
        assertThat(r.items()).isEmpty();
        assertThat(r.childSitemaps()).containsExactlyInAnyOrder("https://news.example/sitemap-1.xml",
                "https://news.example/sitemap-news.xml");
    }

    @Test
    void gzippedSitemapIsRead() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<url><loc>https://news.example/z/1</loc></url></urlset>";
        java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(gz)) {
            out.write(xml.getBytes(StandardCharsets.UTF_8));
        }
        SitemapReader.Result r = SitemapReader.read(gz.toByteArray(), "application/gzip",
                "https://news.example/sitemap.xml.gz");
        assertThat(r.items()).extracting(FeedItem::url).containsExactly("https://news.example/z/1");
    }
}

package newsflow.ingest.url;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlCanonicalizerTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "https://news.example/a/123?utm_source=x&utm_medium=social",
        "https://news.example/a/123?from=rss#comments",
        "https://m.news.example/a/123",
        "https://news.example/amp/a/123",
        "HTTPS://News.Example:443/a/123",
        "https://news.example/a/123/amp",
        "https://amp.news.example/a/123?fbclid=abc&gclid=def"})
    void c31SameStoryMapsToOneKey(String url) {
        assertThat(UrlCanonicalizer.canonicalize(url)).isEqualTo("https://news.example/a/123");
    }

    @Test
    void c31ArticleIdsAreKeptAndSessionIdsDropped() {
        String a = UrlCanonicalizer.canonicalize("https://old.example/show.php?id=77&sessionid=abc");
        String b = UrlCanonicalizer.canonicalize("https://old.example/show.php?id=78");
        assertThat(a).isEqualTo("https://old.example/show.php?id=77");
        assertThat(b).isEqualTo("https://old.example/show.php?id=78");
        assertThat(a).isNotEqualTo(b);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "http://Example.COM:80/x/../y/?b=2&a=1&a=0|http://example.com/y/?a=0&a=1&b=2",
        "https://example.com|https://example.com/",
        "https://example.com:8443/p?ref=rss&page=2|https://example.com:8443/p?page=2",
        "https://example.com/p?ref=homepage|https://example.com/p?ref=homepage",
        "https://bücher.example/straße|https://xn--bcher-kva.example/stra%C3%9Fe",
        "https://example.com/a;jsessionid=ABC123?x=1|https://example.com/a?x=1",
        "https://m.example/a|https://m.example/a"})
    void normalises(String in, String expected) {
        assertThat(UrlCanonicalizer.canonicalize(in)).isEqualTo(expected);
    }

    @Test
    void rejectsNonHttp() {
        assertThatThrownBy(() -> UrlCanonicalizer.canonicalize("ftp://example.com/x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UrlCanonicalizer.canonicalize("/relative"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UrlCanonicalizer.canonicalize("javascript:alert(1)"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

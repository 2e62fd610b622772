package newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The small heuristics one by one. */
class HeuristicsTest {

    @Test
    void datelinesAndBylinesAreRecognised() {
        DatelineBylineRule r = new DatelineBylineRule();
        assertThat(r.isMetadataLine("Updated 6 September 2018, 1:52 am")).isTrue();
        assertThat(r.isMetadataLine("2016-10-14")).isTrue();
        assertThat(r.isMetadataLine("الخميس 14 مارس 2019")).isTrue();
        assertThat(r.isMetadataLine("By Jane Doe and John Roe")).isTrue();
        assertThat(r.isMetadataLine("Stand: 22.04.2024, 06:00 Uhr")).isTrue();
        assertThat(r.isMetadataLine("Publié le 5 mai 2023 à 10h")).isTrue();
        assertThat(r.isMetadataLine("Madrid, 5 de mayo de 2020")).isFalse();
        assertThat(r.isMetadataLine("By the end of 2019 the plant had closed.")).isFalse();
        assertThat(r.isMetadataLine("By 2025, 40% of the UK's")).isFalse();
        assertThat(r.isMetadataLine("بقلم محمد علي")).isTrue();
        assertThat(r.isMetadataLine("The plant closed in 2019.")).isFalse();
    }

    @Test
    void siteNameSuffixIsStripped() {
        assertThat(TitleExtractor.stripSiteName("Storm hits the coast | Daily Example", null))
                .isEqualTo("Storm hits the coast");
        assertThat(TitleExtractor.stripSiteName("Daily Example - Storm hits the coast", "Daily Example"))
                .isEqualTo("Storm hits the coast");
        assertThat(TitleExtractor.stripSiteName("Jobs - Home", null)).isEqualTo("Jobs - Home");
    }

    @Test
    void anH1HoldingOnlyTheSiteNameIsNotTheTitle() {
        String html = "<html><head><title>The sharing economy is a lie | Salon</title>"
                + "<meta property=\"og:site_name\" content=\"Salon\"></head><body><h1>Salon</h1></body></html>";
        assertThat(new TitleExtractor().extract(Jsoup.parse(html), null, "Salon"))
                .isEqualTo("The sharing economy is a lie");
    }

    @Test
    void furnitureVocabularyMatchesClassAndIdWords() {
        BoilerplateVocabulary v = new BoilerplateVocabulary();
        assertThat(v.isFurniture(el("<div class=\"fb-comments\"></div>"))).isTrue();
        assertThat(v.isFurniture(el("<div id=\"most-read\"></div>"))).isTrue();
        assertThat(v.isFurniture(el("<div class=\"share-bar\"></div>"))).isTrue();
        assertThat(v.isFurniture(el("<div class=\"entry-content\"></div>"))).isFalse();
        assertThat(v.isFurniture(el("<div class=\"commentary-body\"></div>"))).isFalse();
        assertThat(v.isFurniture(el("<div class=\"headline\"></div>"))).isFalse();
    }

    @Test
    void linkHeavyBlocksAreNavigation() {
        Element p = el("<p>x</p>");
        assertThat(LinkDensity.isLinkBlock(new RawBlock(BlockKind.PARAGRAPH, "Home Sport World", p, 16))).isTrue();
        assertThat(LinkDensity.isLinkBlock(new RawBlock(BlockKind.PARAGRAPH, "The mayor said (link) today.", p, 6)))
                .isFalse();
    }

    @Test
    void boilerplatePhrasesCondemnShortBlocksOnly() {
        BoilerplatePhrases b = new BoilerplatePhrases();
        assertThat(b.isBoilerplate("Share on Facebook Twitter")).isTrue();
        assertThat(b.isBoilerplate("اقرأ أيضا: عنوان آخر")).isTrue();
        assertThat(b.isBoilerplate("Image 3 of 5")).isTrue();
        assertThat(b.isBoilerplate("Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.")).isTrue();
        assertThat(b.isBoilerplate("Advertisement")).isTrue();
        assertThat(b.isBoilerplate("Sign up for our daily newsletter to get the news in your inbox.")).isTrue();
        assertThat(b.isBoilerplate("Three of the five images were taken at night.")).isFalse();
        assertThat(b.isBoilerplate("Subscribers said the service improved after the merger, and prices held steady "
                + "through the winter while competitors raised theirs twice.")).isFalse();
    }

    private static Element el(String html) {
        return Jsoup.parseBodyFragment(html).body().child(0);
    }
}

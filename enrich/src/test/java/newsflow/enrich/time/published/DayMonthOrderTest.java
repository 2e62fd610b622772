package newsflow.enrich.time.published;

import newsflow.enrich.time.vocab.TimeTextNormalizer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsflow.common.model.SourceHints;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Case C04: one day/month order per page, from the hint, unambiguous samples or the locale. */
class DayMonthOrderTest {

    private final TextDateParser parser = new TextDateParser();

    private static DayMonthOrder resolve(String html, SourceHints hints) {
        Document doc = Jsoup.parse(html);
        var headline = TitleAnchor.find(doc);
        return DateOrderResolver.resolve(doc, hints, VisibleTextSegments.collect(doc, headline,
                new Boilerplate(headline)));
    }

    @Test
    void c04UnambiguousSamplesFixTheOrderForTheAmbiguousOne() {
        String html = "<html lang=\"en-GB\"><body><span class=\"date\">15/4/2019</span>"
                + "<span class=\"date\">24/4/2019</span><span class=\"date\">2/5/2019</span></body></html>";
        DayMonthOrder order = resolve(html, SourceHints.NONE);
        assertThat(order).isEqualTo(DayMonthOrder.DMY);
        List<TextDate> dates = parser.findAll(TimeTextNormalizer.fold("15/4/2019 24/4/2019 2/5/2019"), order);
        assertThat(dates).extracting(t -> t.date().localDate().toString())
                .containsExactly("2019-04-15", "2019-04-24", "2019-05-02");
        assertThat(dates).extracting(TextDate::ambiguous).containsExactly(false, false, true);
    }

    @Test
    void c04LocaleDecidesWhenNoSampleIsUnambiguous() {
        assertThat(resolve("<html lang=\"en-US\"><body><span class=\"date\">2/5/2019</span></body></html>",
                SourceHints.NONE)).isEqualTo(DayMonthOrder.MDY);
        assertThat(resolve("<html lang=\"en-GB\"><body><span class=\"date\">2/5/2019</span></body></html>",
                SourceHints.NONE)).isEqualTo(DayMonthOrder.DMY);
    }

    @Test
    void c04SourceHintWins() {
        assertThat(resolve("<html lang=\"en-GB\"><body><span class=\"date\">15/4/2019</span></body></html>",
                new SourceHints(null, null, "MDY"))).isEqualTo(DayMonthOrder.MDY);
    }

    @Test
    void dottedDatesAreDayFirstEvenInMonthFirstLocales() {
        assertThat(parser.first(TimeTextNormalizer.fold("02.12.2019"), DayMonthOrder.MDY).localDate().toString())
                .isEqualTo("2019-12-02");
    }
}

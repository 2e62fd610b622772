package newsflow.enrich.time.published;

import newsflow.enrich.time.vocab.TimeTextNormalizer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import newsflow.common.model.SourceHints;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Ranges of days are events, not publication dates. */
class DateRangesTest {

    private final TextDateParser parser = new TextDateParser();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "vom 6. - 7. März 2020 in Heilbronn|true",
        "winners (2020/7/11-12, 18 horses)|true",
        "from 4 to 5 May 2021|true",
        "Published 12:30 - 5 March 2024|false",
        "Veröffentlicht am 5. März 2024|false",
        "Teil 3 – 5. März 2024|false",
        "Issue No. 12 - 5 May 2021|false",
        "05.02.2020 - 12 Kommentare|false",
        "du 5 au 7 mars 2024|true",
        "Messe 6.–7. März 2020|true",
        "2024-03-05 - 10:00|false"})
    void tellsRanges(String text, boolean range) {
        String folded = TimeTextNormalizer.fold(text);
        TextDate date = parser.findAll(folded, DayMonthOrder.DMY).get(0);
        assertThat(DateRanges.isRange(folded, date)).isEqualTo(range);
    }

    @Test
    void aRangeInTheLeadIsNotTheBylineDate() {
        String html = "<html><head><title>Fair supply chains</title></head><body><article>"
                + "<h1>Fair supply chains</h1><p>The workshop runs from 6 - 7 March 2020 in Heilbronn.</p>"
                + "<p class=\"meta\">05.02.2020 - Editor: E. F.</p></article></body></html>";
        var d = new PublicationDateExtractor().extract(Jsoup.parse(html), null,
                Instant.parse("2024-03-06T12:00:00Z"), SourceHints.NONE);
        assertThat(d.published().value()).isEqualTo("2020-02-05");
    }
}

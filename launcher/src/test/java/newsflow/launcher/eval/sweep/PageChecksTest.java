package newsflow.launcher.eval.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import newsflow.common.model.DateValue;
import newsflow.enrich.extract.kind.KindVocabulary;
import org.junit.jupiter.api.Test;

/** The sweep's per-page checks, one precision, entity form and wall category at a time. */
class PageChecksTest {

    private static final Instant FETCHED = Instant.parse("2024-03-06T12:00:00Z");

    private static DateValue date(String value, String precision) {
        return new DateValue(value, precision, "test");
    }

    @Test
    void aDateIsAfterTheFetchOnlyWhenItsEarliestReadingIs() {
        assertThat(PageChecks.isAfter(date("2024-03-07T09:00:00+01:00", "minute"), FETCHED)).isTrue();
        assertThat(PageChecks.isAfter(date("2024-03-06T13:00:00+03:00", "minute"), FETCHED)).isFalse();
        assertThat(PageChecks.isAfter(date("2024-03-07", "day"), FETCHED)).isFalse(); // UTC+14 reaches back
        assertThat(PageChecks.isAfter(date("2024-03-08", "day"), FETCHED)).isTrue();
        assertThat(PageChecks.isAfter(date("2024-04", "month"), FETCHED)).isTrue();
        assertThat(PageChecks.isAfter(date("2024", "year"), FETCHED)).isFalse();
        assertThat(PageChecks.isAfter(date("2031", "year"), FETCHED)).isTrue();
        assertThat(PageChecks.isAfter(date("2024-03-08T01:00:00", "minute"), FETCHED)).isTrue();
        assertThat(PageChecks.isAfter(date("not a date", "day"), FETCHED)).isFalse();
        assertThat(PageChecks.isAfter(null, FETCHED)).isFalse();
    }

    @Test
    void titlesWithNamedDecimalOrHexEntitiesAreFound() {
        assertThat(PageChecks.ENTITY.matcher("Minister&rsquo;s plan").find()).isTrue();
        assertThat(PageChecks.ENTITY.matcher("Budget &#8211; the vote").find()).isTrue();
        assertThat(PageChecks.ENTITY.matcher("Budget &#x2013; the vote").find()).isTrue();
        assertThat(PageChecks.ENTITY.matcher("Fish & chips; a review").find()).isFalse();
        assertThat(PageChecks.ENTITY.matcher("AT&T results").find()).isFalse();
    }

    @Test
    void wallTextIsReportedWithItsCategoryInAnyOfTheSixLanguages() {
        PageChecks checks = new PageChecks(KindVocabulary.DEFAULT);
        assertThat(checks.wallText(List.of("The ferry sailed.", "We use cookies to improve the site.")))
                .startsWith("consent: We use cookies");
        assertThat(checks.wallText(List.of("Die gesuchte Seite wurde nicht gefunden."))).startsWith("not_found:");
        assertThat(checks.wallText(List.of("Il vous reste 85 % de cet article à lire."))).startsWith("paywall:");
        assertThat(checks.wallText(List.of("هذا المحتوى حصري للمشتركين"))).startsWith("paywall:");
        assertThat(checks.wallText(List.of("The council met on Monday and approved the budget."))).isNull();
    }
}

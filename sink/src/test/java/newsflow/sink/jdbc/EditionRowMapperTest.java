package newsflow.sink.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import newsflow.common.model.DateValue;
import newsflow.common.model.Edition;
import newsflow.common.model.TopicTag;
import org.junit.jupiter.api.Test;

class EditionRowMapperTest {
    private final EditionRowMapper mapper = new EditionRowMapper(IptcTopLevel.shipped());

    @Test
    void flattensAnEdition() {
        EditionRow row = mapper.toRow(SampleEditions.bridge("Bridge repair approved", 1, SampleEditions.T1));
        assertThat(row.body()).isEqualTo("The city council approved the repair of the old bridges on Tuesday."
                + "\n\nWork starts on 11 July 2024.");
        assertThat(row.paragraphsJson()).isEqualTo("[\"The city council approved the repair of the old bridges on"
                + " Tuesday.\",\"Work starts on 11 July 2024.\"]");
        assertThat(row.datesJson()).contains("\"value\":\"2024-07-11\"");
        assertThat(row.publishedDay()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(row.fetchedDay()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(row.topTopic()).isEqualTo("medtop:04000000");
        assertThat(row.topTopicScore()).isEqualTo(0.8);
        assertThat(row.topics()).extracting(EditionRow.TopicRow::topCode)
                .containsExactly("medtop:04000000", "medtop:11000000");
    }

    @Test
    void publishedDayIsTheDayAsWrittenNotConvertedToUtc() {
        // 01:52 at +03:00 is the previous day in UTC; the page's own day is kept
        DateValue v = new DateValue("2018-09-06T01:52:00+03:00", "minute", "meta");
        assertThat(EditionRowMapper.dayOf(v)).isEqualTo(LocalDate.of(2018, 9, 6));
    }

    @Test
    void noDayForCoarsePrecisionOrMalformedValues() {
        assertThat(EditionRowMapper.dayOf(new DateValue("2018-09", "month", "url"))).isNull();
        assertThat(EditionRowMapper.dayOf(new DateValue("2018", "year", "url"))).isNull();
        assertThat(EditionRowMapper.dayOf(new DateValue("2018-13-45", "day", "url"))).isNull();
        assertThat(EditionRowMapper.dayOf(null)).isNull();
    }

    @Test
    void fetchDayIsUtc() {
        Edition e = SampleEditions.edition("D", "en", "t", 1, Instant.parse("2024-03-05T23:30:00Z"),
                List.of("p"), List.of(), null);
        assertThat(mapper.toRow(e).fetchedDay()).isEqualTo(LocalDate.of(2024, 3, 5));
    }

    @Test
    void repeatedTopicCodesBecomeOneChildRow() {
        Edition e = SampleEditions.edition("D", "en", "t", 1, SampleEditions.T1, List.of("p"),
                List.of(new TopicTag("medtop:15000000", "sport", 0.9), new TopicTag("medtop:15000000", "sport", 0.3),
                        new TopicTag("medtop:99999999", "unknown", 0.2)), null);
        EditionRow row = mapper.toRow(e);
        assertThat(row.topics()).extracting(EditionRow.TopicRow::code, EditionRow.TopicRow::rank)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("medtop:15000000", 0),
                        org.assertj.core.groups.Tuple.tuple("medtop:99999999", 1));
        assertThat(row.topics().get(1).topCode()).isNull();
    }

    @Test
    void untaggedEditionHasNoTopTopicAndEmptyJsonLists() {
        Edition e = new Edition("D", "und", "https://x", null, null, null, 0.5, null, null, null, null, null, null,
                null, SampleEditions.T1, 1, null, 1, false, null);
        EditionRow row = mapper.toRow(e);
        assertThat(row.topTopic()).isNull();
        assertThat(row.body()).isEmpty();
        assertThat(row.paragraphsJson()).isEqualTo("[]");
        assertThat(row.topicsJson()).isEqualTo("[]");
        assertThat(row.authorsJson()).isEqualTo("[]");
    }

    @Test
    void editionWithoutFetchTimeIsInvalid() {
        Edition e = new Edition("D", "en", "https://x", null, null, "ltr", 1, List.of(), List.of(), List.of(), null,
                null, List.of(), null, null, 1, null, 1, false, null);
        assertThatThrownBy(() -> mapper.toRow(e)).isInstanceOf(InvalidEditionException.class)
                .hasMessageContaining("D:en");
    }
}

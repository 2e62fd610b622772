package newsflow.enrich.time.mentions;

import static newsflow.enrich.time.mentions.TaggerAssertions.tag;
import static newsflow.enrich.time.mentions.TaggerAssertions.texts;
import static newsflow.enrich.time.mentions.TaggerAssertions.values;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsflow.common.model.DateMention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class EnglishTaggingTest {

    private static final String REF = "2018-09-06"; // a Thursday

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The accord was signed on July 11, 2017 in Doha.|July 11, 2017|2017-07-11",
            "The accord was signed on 11 July 2017 in Doha.|11 July 2017|2017-07-11",
            "It was signed on the 11th of July, 2017.|the 11th of July, 2017|2017-07-11",
            "It was signed on Sept. 30, 1989.|Sept. 30, 1989|1989-09-30",
            "They met in November 2017 in Washington.|November 2017|2017-11",
            "The plan laid out for 2018 was reviewed.|2018|2018",
            "Hosting the World Cup 2022 is a challenge.|2022|2022",
            "Prices rose in the 1990s.|the 1990s|199",
            "The deal closes in the third quarter.|the third quarter|2018-Q3",
            "The ISO date 2017-07-11 appears in the file.|2017-07-11|2017-07-11",
    })
    void explicitDates(String sentence, String text, String value) {
        List<DateMention> found = tag(sentence, "en", REF);
        assertThat(found).extracting(DateMention::text, DateMention::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple(text, value));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The two sides held five work sessions.",
            "The university has 300,000 students.",
            "Under Article 2022 of the code, fines apply.",
            "He sold 2000 shares last month to a fund.",
    })
    void numbersThatAreNotYears(String sentence) {
        assertThat(values(tag(sentence, "en", REF))).doesNotContain("2022", "2000", "P5D");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "He arrived yesterday.|yesterday|2018-09-05",
            "The talks took place in Doha on Wednesday.|Wednesday|2018-09-05",
            "The minister will travel on Wednesday.|Wednesday|2018-09-12",
            "Exports fell last year.|last year|2017",
            "Elections are due next month.|next month|2018-10",
            "The ban began two weeks ago.|two weeks ago|2018-W34",
            "Prices are higher now.|now|PRESENT_REF",
            "The dialogue reviewed the past year.|the past year|P1Y",
            "The bank reports daily.|daily|P1D",
            "The office is closed every Wednesday.|every Wednesday|XXXX-WXX-3",
            "The talks lasted five hours.|five hours|PT5H",
    })
    void relativeExpressions(String sentence, String text, String value) {
        List<DateMention> found = tag(sentence, "en", REF);
        assertThat(texts(found)).containsExactly(text);
        assertThat(values(found)).containsExactly(value);
    }

    @Test
    void deicticWordNextToExplicitDateIsOneExpression() {
        List<DateMention> found = tag("The second dialogue opens today, 5 September 2018, in Doha.", "en", REF);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).text()).isEqualTo("today, 5 September 2018");
        assertThat(found.get(0).value()).isEqualTo("2018-09-05");
    }

    @Test
    void aWeekdayInsideAnExplicitDateIsPartOfIt() {
        assertThat(values(tag("Signed on Wednesday, Nov. 25, 1999.", "en", REF))).containsExactly("1999-11-25");
    }

    @Test
    void offsetsAreCodePoints() {
        String text = "\uD83D\uDE00 On July 11, 2017 it began.";
        DateMention m = tag(text, "en", REF).get(0);
        assertThat(m.start()).isEqualTo(5);
        assertThat(m.end()).isEqualTo(5 + "July 11, 2017".length());
    }

    @Test
    void relativeMentionsFromFetchTimeAreMarked() {
        var found = TaggerAssertions.TAGGER.tag("He arrived yesterday.", "en",
                new DateReference(java.time.LocalDate.parse(REF), true, null));
        assertThat(found.get(0).resolvedBy()).isEqualTo("fetched");
    }
}

package newsflow.enrich.time.mentions;

import static newsflow.enrich.time.mentions.TaggerAssertions.tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsflow.common.model.DateMention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How English expressions without a full anchor are resolved: tense of the clause, anaphora, halves, seasons. */
class EnglishResolutionTest {

    private static final String REF = "2018-09-06"; // a Thursday

    private static String valueOf(String sentence, String text) {
        List<DateMention> found = tag(sentence, "en", REF);
        return found.stream().filter(m -> m.text().equals(text)).map(DateMention::value).findFirst()
                .orElse("(not found among " + found.stream().map(m -> m.text() + "=" + m.value()).toList() + ")");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a future modal governing the clause sends a bare month forward
            "The airline will double its flights to Lagos by February.|February|2019-02",
            "The three states are expected to join in April.|April|2019-04",
            // a month in the past stays in the past, even in a sentence that speaks of the future elsewhere
            "Sales will rise, as they did in April.|April|2018-04",
            "The carrier, which has sailed since March, will return soon.|March|2018-03",
            "Prices fell in February.|February|2018-02",
            // "this/next/last year" after the month names its year
            "The process began in October this year.|October|2018-10",
            "They join in February next year.|February|2019-02",
            "The vote was held in November last year.|November|2017-11",
    })
    void bareMonths(String sentence, String text, String value) {
        assertThat(valueOf(sentence, text)).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // an effective date is the coming one
            "The new rules take force effective Feb. 1.|Feb. 1|2019-02-01",
            // a quotation opening the next sentence ends the sentence: its "will" is not this date's tense
            "Assets as of June 30 fell to $2 billion. \"We will recover,\" he said.|June 30|2018-06-30",
    })
    void daysWithoutYear(String sentence, String text, String value) {
        assertThat(valueOf(sentence, text)).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "He fled in June 1998 and returned later that year.|later that year|1998",
            "The plant opened in 1985. Output that year was small.|that year|1985",
            "The blast came on Oct. 23, 2001. Earlier that day, police had left.|Earlier that day|2001-10-23",
            "The law passed on May 22, 1995 and took effect the following year.|the following year|1996",
            "The strike began in March 2004. The following month, talks resumed.|The following month|2004-04",
            "The firm reported on Friday, Oct. 27, 1989, after a drop the previous Friday.|the previous Friday|1989-10-20",
            "The index closed on Friday, Oct. 27, 1989, down from the previous Friday and from Oct. 13.|the previous Friday|1989-10-20",
            "He was arrested on Tuesday, Feb. 22, 2000 and freed the next morning.|the next morning|2000-02-23TMO",
            "Sales rose in the second quarter of 1988; that quarter was the best.|that quarter|1988-Q2",
    })
    void anaphoraTakeTheLastDateMentioned(String sentence, String text, String value) {
        assertThat(valueOf(sentence, text)).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Profit in the third quarter of 1989 rose to $5 million from $4 million a year earlier.|a year earlier|1988-Q3",
            "Sales in the first quarter of 1990 fell 3% from a year earlier.|a year earlier|1989-Q1",
            "Sales in June 1990 rose; a year earlier they had fallen.|a year earlier|1989-06",
    })
    void offsetsMoveTheReportedPeriod(String sentence, String text, String value) {
        assertThat(valueOf(sentence, text)).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a past verb with its object right before the weekday outweighs a "will" later in the sentence
            "The envoys issued a joint statement Friday saying the pact will hold.|Friday|2018-08-31",
            // "next to" is a place, not a future cue
            "A bomb went off next to the embassy on Friday.|Friday|2018-08-31",
            "The ministers will meet on Friday.|Friday|2018-09-07",
            // a past verb before a day without a year keeps it before the reference day
            "In the fiscal year ended Oct. 31, sales rose.|Oct. 31|2017-10-31",
    })
    void tenseAroundTheExpression(String sentence, String text, String value) {
        assertThat(valueOf(sentence, text)).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Prices have fallen in recent months.|in recent months|PXM",
            "Kidnappings rose in recent years.|in recent years|PXY",
    })
    void recentUnitsAreVagueDurations(String sentence, String text, String value) {
        assertThat(valueOf(sentence, text)).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The lease runs for at least 20 more years.|20 more years|P20Y",
            "The loan may be extended for an additional year.|an additional year|P1Y",
            "Eight trading days later the index recovered.|Eight trading days|P8D",
            "It turned a profit after several quarters of losses.|several quarters|PXQ",
            "We see no relief in the near term.|the near term|FUTURE_REF",
            "The court meets at midday.|midday|2018-09-06T12:00",
            "Turnout may be low on Election Day.|Election Day|2018-11-06",
            "The launch slips to next year's first quarter.|next year's first quarter|2019-Q1",
            "Kirschner earned $376,000 in the 2017 quarter.|the 2017 quarter|2017-Q2",
            "January nineteen ninety-seven. Atlanta again.|January nineteen ninety-seven|1997-01",
            "By mid afternoon, officials were speaking.|mid afternoon|2018-09-06TAF",
            "In London at mid-afternoon yesterday, shares were up.|mid-afternoon yesterday|2018-09-05TAF",
            "Oil fell to the level of the winter of nineteen ninety-four.|the winter of nineteen ninety-four|1994-WI",
    })
    void otherKinds(String sentence, String text, String value) {
        assertThat(valueOf(sentence, text)).isEqualTo(value);
    }

    @Test
    void fractionsAndRatesAreNotDurations() {
        assertThat(tag("Funds hold more than a quarter of the market.", "en", REF)).isEmpty();
        assertThat(tag("The long-term trend is clear.", "en", REF)).isEmpty();
    }

    @Test
    void anaphoraWithoutAnAnchorIsLeftOut() {
        assertThat(tag("Output that year was small.", "en", REF)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The trial lasted 2 1/2 years.|2 1/2 years|P2Y6M",
            "The strike lasted two and a half years.|two and a half years|P2Y6M",
            "The talks went on for 5 1/2 hours.|5 1/2 hours|PT5H30M",
            "The speech took a minute and a half.|a minute and a half|PT1M30S",
            "They waited half an hour.|half an hour|PT30M",
            "The review takes a year and a half.|a year and a half|P1Y6M",
    })
    void durationsWithAHalf(String sentence, String text, String value) {
        assertThat(valueOf(sentence, text)).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Competitors cut prices over the summer.|the summer|2018-SU",
            "Shipments slowed in the spring.|the spring|2018-SP",
    })
    void theSeasonIsTheReferenceYears(String sentence, String text, String value) {
        assertThat(valueOf(sentence, text)).isEqualTo(value);
    }

    @Test
    void aSeasonNamingSomethingElseIsNotADate() {
        assertThat(tag("The summer collection sold well.", "en", REF)).isEmpty();
    }
}

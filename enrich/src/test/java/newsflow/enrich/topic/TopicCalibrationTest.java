package newsflow.enrich.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import newsflow.common.model.TopicTag;
import org.junit.jupiter.api.Test;

/** Issue 13: the editions of one document are calibrated against each other, without inventing a topic. */
class TopicCalibrationTest {

    private static final String ENV = "medtop:06000000";
    private static final String ECO = "medtop:04000000";
    private static final String POL = "medtop:11000000";
    private static final String SPORT = "medtop:15000000";

    private static TopicTag t(String code, double score) {
        return new TopicTag(code, code, score);
    }

    private static String top(List<TopicTag> tags) {
        return TopicAgreement.bestPerTopLevel(MediaTopics.get(), tags).entrySet().stream()
                .max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    @Test
    void aNearTieInOneLanguageIsSettledByTheOtherEdition() {
        // the demo site's desalination page: English clearly environment, Arabic economy by a hair
        List<List<TopicTag>> out = TopicCalibration.acrossEditions(List.of(
                List.of(t(ENV, 0.32), t(ECO, 0.25), t("medtop:20000209", 0.17)),
                List.of(t(ECO, 0.28), t("medtop:20000256", 0.21), t(ENV, 0.27), t("medtop:20000437", 0.08))));
        assertThat(top(out.get(0))).isEqualTo(ENV);
        assertThat(top(out.get(1))).isEqualTo(ENV);
        assertThat(out.get(1).get(0).code()).isEqualTo(ENV);
        for (List<TopicTag> tags : out) {
            for (TopicTag tag : tags) {
                assertThat(tag.score()).isBetween(0.0, 1.0);
            }
        }
    }

    @Test
    void aClearSubjectInEachLanguageIsKept() {
        // two reports of one football match; a sport-or-politics split by a wide margin stays each edition's own
        List<List<TopicTag>> out = TopicCalibration.acrossEditions(List.of(
                List.of(t(SPORT, 0.8), t(POL, 0.1)),
                List.of(t(POL, 0.7), t(SPORT, 0.05))));
        assertThat(top(out.get(0))).isEqualTo(SPORT);
        assertThat(top(out.get(1))).isEqualTo(POL);
    }

    @Test
    void noEditionGainsACodeItsOwnTextDoesNotHold() {
        List<List<TopicTag>> out = TopicCalibration.acrossEditions(List.of(
                List.of(t(SPORT, 0.8)),
                List.of(t(POL, 0.3)),
                List.of()));
        assertThat(out.get(0)).extracting(TopicTag::code).containsExactly(SPORT);
        assertThat(out.get(1)).extracting(TopicTag::code).containsExactly(POL);
        assertThat(out.get(2)).isEmpty();
    }

    @Test
    void aSingleTaggedEditionAndUnreadEditionsAreUnchanged() {
        List<TopicTag> only = List.of(t(ECO, 0.4), t(ENV, 0.39));
        List<List<TopicTag>> in = new ArrayList<>(Arrays.asList(only, null, List.of()));
        List<List<TopicTag>> out = TopicCalibration.acrossEditions(in);
        assertThat(out.get(0)).isEqualTo(only);
        assertThat(out.get(1)).isNull();
        assertThat(out.get(2)).isEmpty();
    }

    @Test
    void deeperTagsFollowTheirSubjectAndNeverOutscoreIt() {
        List<List<TopicTag>> out = TopicCalibration.acrossEditions(List.of(
                List.of(t(ECO, 0.3), t("medtop:20000209", 0.3), t(ENV, 0.29)),
                List.of(t(ENV, 0.6), t(ECO, 0.1))));
        List<TopicTag> first = out.get(0);
        assertThat(first.get(0).code()).isEqualTo(ENV);
        double eco = first.stream().filter(x -> x.code().equals(ECO)).findFirst().orElseThrow().score();
        double deeper = first.stream().filter(x -> x.code().equals("medtop:20000209")).findFirst().orElseThrow().score();
        assertThat(deeper).isLessThanOrEqualTo(eco + 1e-12);
    }
}

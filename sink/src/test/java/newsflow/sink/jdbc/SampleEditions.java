package newsflow.sink.jdbc;

import java.time.Instant;
import java.util.List;
import newsflow.common.model.DateMention;
import newsflow.common.model.DateValue;
import newsflow.common.model.Edition;
import newsflow.common.model.TopicTag;

/** Small hand-written editions for the sink's tests (case C36 and the dashboard view). */
public final class SampleEditions {
    /** Fetch time of version 1 of the C36 article. */
    public static final Instant T1 = Instant.parse("2024-03-05T10:00:00Z");
    /** Fetch time of version 2 of the C36 article. */
    public static final Instant T2 = Instant.parse("2024-03-05T15:00:00Z");

    private SampleEditions() {
    }

    /**
     * The C36 article "Bridge repair approved", English, tagged with a sub-topic of economy (medtop:20001245,
     * "infrastructure projects", under medtop:04000000 in the IPTC vocabulary) and published on 2024-03-05.
     */
    public static Edition bridge(String title, int version, Instant fetchedAt) {
        return edition("H1", "en", title, version, fetchedAt,
                List.of("The city council approved the repair of the old bridges on Tuesday.",
                        "Work starts on 11 July 2024."),
                List.of(new TopicTag("medtop:20001245", "infrastructure projects", 0.8),
                        new TopicTag("medtop:11000000", "politics", 0.6)),
                new DateValue("2024-03-05T09:30:00+01:00", "minute", "json-ld:datePublished"));
    }

    /** An edition with the given fields and plausible others. */
    public static Edition edition(String documentId, String lang, String title, int version, Instant fetchedAt,
                                  List<String> paragraphs, List<TopicTag> topics, DateValue published) {
        String body = String.join("\n\n", paragraphs);
        int start = Math.max(0, body.indexOf("11 July 2024"));
        List<DateMention> dates = body.contains("11 July 2024")
                ? List.of(new DateMention("11 July 2024", "2024-07-11", "DATE", start, start + 12, null, null))
                : List.of();
        return new Edition(documentId, lang, "https://news.example/a/" + documentId, "example", title,
                "ar".equals(lang) ? "rtl" : "ltr", 1.0, paragraphs, topics, dates, published, null,
                List.of("Jane Doe"), "News Example", fetchedAt, version, "c0ffee" + version, 1, false, null);
    }
}

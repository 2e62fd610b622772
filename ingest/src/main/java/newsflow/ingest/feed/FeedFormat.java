package newsflow.ingest.feed;

/** The syndication formats ingest reads, with their wire names. */
public enum FeedFormat {
    /** RSS 2.0 (and the 0.9x versions it grew from): {@code <rss><channel><item>}. */
    RSS2("rss2.0"),
    /** RSS 1.0: RDF with {@code http://purl.org/rss/1.0/} items dated by {@code dc:date}. */
    RSS1("rss1.0"),
    /** Atom 1.0 (RFC 4287). */
    ATOM("atom"),
    /** JSON Feed 1.0 / 1.1 (jsonfeed.org). */
    JSON("json"),
    /** Not a feed: an HTML page given where a feed was expected (its feed links are autodiscovered). */
    HTML("html");

    private final String wireName;

    FeedFormat(String wireName) {
        this.wireName = wireName;
    }

    /** @return the name used in logs and summaries, e.g. {@code rss1.0} */
    public String wireName() {
        return wireName;
    }
}

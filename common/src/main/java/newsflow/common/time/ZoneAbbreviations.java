package newsflow.common.time;

import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;

/**
 * Zone abbreviations of machine and human dates (feed items, meta tags, bylines) and their fixed offsets: the one
 * table of ingest's feed dates and enrich's {@code time} family. RFC 822 section 5.1 names {@code UT}, {@code GMT},
 * the North-American zones ({@code EST}/{@code EDT}, {@code CST}/{@code CDT}, {@code MST}/{@code MDT},
 * {@code PST}/{@code PDT}) and {@code Z}; feeds in the wild add {@code UTC} and a few common European and
 * Asian abbreviations, listed here when they are unambiguous in news feeds ({@code IST} is read as India,
 * {@code CET}/{@code CEST} and their German names {@code MEZ}/{@code MESZ} as Central Europe, {@code AST} as
 * Arabia Standard Time, the reading of Arabic-language news).
 */
public final class ZoneAbbreviations {
    private static final Map<String, ZoneOffset> OFFSETS = Map.ofEntries(
            Map.entry("UT", ZoneOffset.UTC), Map.entry("UTC", ZoneOffset.UTC), Map.entry("GMT", ZoneOffset.UTC),
            Map.entry("Z", ZoneOffset.UTC),
            Map.entry("EST", ZoneOffset.ofHours(-5)), Map.entry("EDT", ZoneOffset.ofHours(-4)),
            Map.entry("CST", ZoneOffset.ofHours(-6)), Map.entry("CDT", ZoneOffset.ofHours(-5)),
            Map.entry("MST", ZoneOffset.ofHours(-7)), Map.entry("MDT", ZoneOffset.ofHours(-6)),
            Map.entry("PST", ZoneOffset.ofHours(-8)), Map.entry("PDT", ZoneOffset.ofHours(-7)),
            Map.entry("BST", ZoneOffset.ofHours(1)), Map.entry("WET", ZoneOffset.UTC),
            Map.entry("WEST", ZoneOffset.ofHours(1)), Map.entry("CET", ZoneOffset.ofHours(1)),
            Map.entry("CEST", ZoneOffset.ofHours(2)), Map.entry("MEZ", ZoneOffset.ofHours(1)),
            Map.entry("MESZ", ZoneOffset.ofHours(2)), Map.entry("EET", ZoneOffset.ofHours(2)),
            Map.entry("EEST", ZoneOffset.ofHours(3)), Map.entry("MSK", ZoneOffset.ofHours(3)),
            Map.entry("AST", ZoneOffset.ofHours(3)), Map.entry("IST", ZoneOffset.ofHoursMinutes(5, 30)),
            Map.entry("JST", ZoneOffset.ofHours(9)), Map.entry("KST", ZoneOffset.ofHours(9)),
            Map.entry("AEST", ZoneOffset.ofHours(10)), Map.entry("AEDT", ZoneOffset.ofHours(11)));

    private ZoneAbbreviations() {
    }

    /**
     * @param name a zone abbreviation, any case
     * @return its offset, or null when unknown
     */
    public static ZoneOffset offsetOf(String name) {
        return OFFSETS.get(name.toUpperCase(Locale.ROOT));
    }
}

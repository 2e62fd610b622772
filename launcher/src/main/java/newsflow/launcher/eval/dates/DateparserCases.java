package newsflow.launcher.eval.dates;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.common.serde.Json;

/**
 * The Arabic, Hijri and Jalali cases of dateparser's test suite as stored in ../shared/eval/dateparser-tests
 * (README there: one JSON record per parameterised test; datetimes as {"__datetime__": ...}). Cases kept:
 * <ul>
 *   <li>test_hijri.jsonl (Arabic Hijri date strings, expected Gregorian datetime);</li>
 *   <li>test_jalali.jsonl records of {@code test_get_date} (Persian Jalali strings, expected datetime);</li>
 *   <li>Arabic {@code test_search_and_parse} (each expected date found in a sentence);</li>
 *   <li>Arabic {@code test_translation} / {@code test_freshness_translation} whose English translation is a
 *       calendar date ("6 january 2015 …"), "N day ago" or an amount "N day/year".</li>
 * </ul>
 * Records needing a frozen "now" for hours/minutes are skipped. A case passes when a mention's value equals
 * the expectation (dates compared on their first 10 characters).
 */
public final class DateparserCases {

    /** Reference day used for relative Arabic cases (any fixed day works: expectations are derived from it). */
    public static final LocalDate REFERENCE = LocalDate.of(2020, 6, 15);

    /**
     * @param kind     hijri, jalali or arabic
     * @param text     the input string
     * @param lang     language code for the tagger
     * @param expected expected value: a day "YYYY-MM-DD" or a TIMEX3 value
     */
    public record Case(String kind, String text, String lang, String expected) {
    }

    private static final Pattern EN_DATE = Pattern.compile("(\\d{1,2}) ([a-z]+) (\\d{4})");
    private static final Pattern DAYS_AGO = Pattern.compile("^(\\d+) day ago$");
    private static final Pattern AMOUNT = Pattern.compile("^(\\d+) (day|week|month|year)$");
    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december");

    private DateparserCases() {
    }

    /**
     * @param dir the dateparser-tests folder
     * @return the cases, in file order
     * @throws IOException when a file cannot be read
     */
    public static List<Case> load(Path dir) throws IOException {
        List<Case> out = new ArrayList<>();
        for (JsonNode n : lines(dir.resolve("test_hijri.jsonl"))) {
            JsonNode k = n.path("kwargs");
            if (k.has("dt_string") && k.path("dt_obj").has("__datetime__")) {
                out.add(new Case("hijri", k.get("dt_string").asText(), "ar",
                        k.path("dt_obj").get("__datetime__").asText().substring(0, 10)));
            }
        }
        for (JsonNode n : lines(dir.resolve("test_jalali.jsonl"))) {
            JsonNode k = n.path("kwargs");
            if ("test_get_date".equals(n.path("test").asText()) && k.path("dt").has("__datetime__")) {
                out.add(new Case("jalali", k.get("date_string").asText(), "fa",
                        k.path("dt").get("__datetime__").asText().substring(0, 10)));
            }
        }
        for (JsonNode n : lines(dir.resolve("test_search.jsonl"))) {
            JsonNode p = n.path("params");
            if ("ar".equals(p.path("shortname").asText()) && p.has("expected")) {
                for (JsonNode e : p.get("expected")) {
                    out.add(new Case("arabic", p.get("string").asText(), "ar",
                            e.get(1).get("__datetime__").asText().substring(0, 10)));
                }
            }
        }
        for (JsonNode n : lines(dir.resolve("test_languages.jsonl"))) {
            JsonNode p = n.path("params");
            if (!"ar".equals(p.path("shortname").asText()) || !p.has("expected_translation")) {
                continue;
            }
            String tr = p.get("expected_translation").asText().toLowerCase(Locale.ROOT);
            String expected = expectedFromTranslation(tr);
            if (expected != null) {
                out.add(new Case("arabic", p.get("datetime_string").asText(), "ar", expected));
            }
        }
        return out;
    }

    private static String expectedFromTranslation(String tr) {
        Matcher m = EN_DATE.matcher(tr);
        if (m.find() && MONTHS.contains(m.group(2))) {
            return LocalDate.of(Integer.parseInt(m.group(3)), MONTHS.indexOf(m.group(2)) + 1,
                    Integer.parseInt(m.group(1))).toString();
        }
        m = DAYS_AGO.matcher(tr);
        if (m.find()) {
            return REFERENCE.minusDays(Integer.parseInt(m.group(1))).toString();
        }
        m = AMOUNT.matcher(tr);
        if (m.find()) {
            return "P" + m.group(1) + Character.toUpperCase(m.group(2).charAt(0));
        }
        return null;
    }

    private static List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        if (!Files.exists(file)) {
            return out;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                out.add(Json.mapper().readTree(line));
            }
        }
        return out;
    }
}

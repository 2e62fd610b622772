package newsflow.enrich.time.published;

import java.net.URI;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date in the URL path: {@code /2018/09/06/}, {@code 2018-09-06}, {@code /20180906/} give a day;
 * {@code /2021/04/} gives a month and never a day (case C03: the digits after it are an article id).
 */
final class UrlDates {

    private static final Pattern DAY = Pattern.compile(
            "(?<![\\d])((?:19|20)\\d{2})([-_/.]?)(\\d{2})\\2(\\d{2})(?![\\d])");
    private static final Pattern SLASH_DAY = Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})(?:/|$|[^\\d])");
    private static final Pattern MONTH = Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2})(?:/|$)");

    private UrlDates() {
    }

    /**
     * @param url       the page URL, or null
     * @param canonical the page's canonical or og:url, read when the URL gives no date; or null
     * @param out       receives at most one candidate
     */
    static void collect(String url, String canonical, List<DateCandidate> out) {
        int before = out.size();
        collectOne(url, out);
        if (out.size() == before && canonical != null) {
            collectOne(canonical, out);
        }
    }

    private static void collectOne(String url, List<DateCandidate> out) {
        String path = path(url);
        if (path == null) {
            return;
        }
        Matcher m = SLASH_DAY.matcher(path);
        DateParts d = null;
        if (m.find()) {
            d = DateParts.ofDay(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        }
        if (d == null) {
            m = DAY.matcher(path);
            if (m.find()) {
                d = DateParts.ofDay(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)),
                        Integer.parseInt(m.group(4)));
            }
        }
        if (d != null) {
            out.add(new DateCandidate(d, DateKind.UNLABELLED, "url", EvidenceScores.URL_DAY));
            return;
        }
        m = MONTH.matcher(path);
        if (m.find()) {
            d = DateParts.ofMonth(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            if (d != null) {
                out.add(new DateCandidate(d, DateKind.UNLABELLED, "url", EvidenceScores.URL_MONTH));
            }
        }
    }

    private static String path(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String p = URI.create(url.strip().replace(" ", "%20")).getRawPath();
            return p == null || p.isEmpty() ? null : p;
        } catch (IllegalArgumentException e) {
            int i = url.indexOf("://");
            int slash = i < 0 ? -1 : url.indexOf('/', i + 3);
            return slash < 0 ? null : url.substring(slash);
        }
    }
}

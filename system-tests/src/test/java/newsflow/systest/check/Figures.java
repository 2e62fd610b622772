package newsflow.systest.check;

import java.util.Map;
import java.util.Set;
import newsflow.systest.site.RequestLog;

/**
 * The figures every system test prints in one line (prefix {@code SYSTEST}) and asserts on: requests per
 * article URL, the smallest gap between two requests to one host, and pages lost, duplicated or invented in the
 * database.
 *
 * @param scenario         the test's name
 * @param pages            article URLs the site serves
 * @param minRequests      fewest requests of one article URL
 * @param maxRequests      most requests of one article URL
 * @param requestedTwice   article URLs requested more than once
 * @param minHostGapMs     smallest gap between two article requests to one host, ms (-1: fewer than two)
 * @param gapsUnderDelay   consecutive same-host article requests closer than the configured delay
 * @param stored           article URLs with at least one edition row
 * @param lost             article URLs with no edition row
 * @param duplicated       edition rows beyond the first of their URL
 * @param invented         edition rows whose URL the site does not serve
 */
public record Figures(String scenario, int pages, int minRequests, int maxRequests, long requestedTwice,
                      long minHostGapMs, long gapsUnderDelay, int stored, int lost, int duplicated, int invented) {

    /**
     * @param scenario the test's name
     * @param urls     the site's article URLs
     * @param log      the site's request log
     * @param rows     URL → edition rows, from the database
     * @param delayMs  the configured per-host delay
     * @return the figures
     */
    public static Figures of(String scenario, Set<String> urls, RequestLog log, Map<String, Integer> rows, long delayMs) {
        Map<String, Integer> perUrl = log.requestsPerUrl(urls);
        int min = perUrl.values().stream().mapToInt(Integer::intValue).min().orElse(0);
        int max = perUrl.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        long twice = perUrl.values().stream().filter(n -> n > 1).count();
        long gap = log.minHostGapMillis(urls);
        int stored = (int) urls.stream().filter(rows::containsKey).count();
        int duplicated = urls.stream().mapToInt(u -> Math.max(0, rows.getOrDefault(u, 0) - 1)).sum();
        int invented = rows.entrySet().stream().filter(e -> !urls.contains(e.getKey())).mapToInt(Map.Entry::getValue).sum();
        return new Figures(scenario, urls.size(), min, max, twice, gap == Long.MAX_VALUE ? -1 : gap,
                log.gapsUnder(urls, delayMs), stored, urls.size() - stored, duplicated, invented);
    }

    /** @return the figures as one line */
    public String line() {
        return "SYSTEST " + scenario + ": pages=" + pages + " requests-per-url=" + minRequests + ".." + maxRequests
                + " urls-requested-more-than-once=" + requestedTwice + " min-host-gap-ms=" + minHostGapMs
                + " gaps-under-delay=" + gapsUnderDelay + " stored=" + stored + " lost=" + lost
                + " duplicated=" + duplicated + " invented=" + invented;
    }

    /** @return this, after printing {@link #line()} */
    public Figures print() {
        System.out.println(line());
        return this;
    }
}

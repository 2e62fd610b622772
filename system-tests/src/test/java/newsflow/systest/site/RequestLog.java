package newsflow.systest.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;

/** Every request of the loopback site, in arrival order, and the figures the tests read from it. */
public final class RequestLog {
    private final ConcurrentLinkedQueue<Request> requests = new ConcurrentLinkedQueue<>();

    /** @param r a request to record */
    public void add(Request r) {
        requests.add(r);
    }

    /** @return a copy of every request so far */
    public List<Request> all() {
        return new ArrayList<>(requests);
    }

    /** Forgets every request (between scenarios sharing a site). */
    public void clear() {
        requests.clear();
    }

    /**
     * @param urls the URLs of interest (the article pages)
     * @return URL → number of requests, for each URL of {@code urls} (0 when never requested)
     */
    public Map<String, Integer> requestsPerUrl(Set<String> urls) {
        Map<String, Integer> counts = new TreeMap<>();
        urls.forEach(u -> counts.put(u, 0));
        for (Request r : requests) {
            counts.computeIfPresent(r.url(), (u, n) -> n + 1);
        }
        return counts;
    }

    /**
     * @param only requests whose URL is in this set count (null: every request)
     * @return the smallest gap in milliseconds between two consecutive requests to one host, over every host;
     *         {@link Long#MAX_VALUE} when no host had two requests
     */
    public long minHostGapMillis(Set<String> only) {
        Map<String, List<Request>> byHost = requests.stream()
                .filter(r -> only == null || only.contains(r.url()))
                .collect(Collectors.groupingBy(Request::host));
        long min = Long.MAX_VALUE;
        for (List<Request> list : byHost.values()) {
            list.sort(Comparator.comparing(Request::at));
            for (int i = 1; i < list.size(); i++) {
                min = Math.min(min, list.get(i).at().toEpochMilli() - list.get(i - 1).at().toEpochMilli());
            }
        }
        return min;
    }

    /**
     * @param only   requests whose URL is in this set count (null: every request)
     * @param millis a gap in milliseconds
     * @return how many consecutive same-host request pairs came closer than {@code millis}
     */
    public long gapsUnder(Set<String> only, long millis) {
        Map<String, List<Request>> byHost = requests.stream()
                .filter(r -> only == null || only.contains(r.url()))
                .collect(Collectors.groupingBy(Request::host));
        long n = 0;
        for (List<Request> list : byHost.values()) {
            list.sort(Comparator.comparing(Request::at));
            for (int i = 1; i < list.size(); i++) {
                if (list.get(i).at().toEpochMilli() - list.get(i - 1).at().toEpochMilli() < millis) {
                    n++;
                }
            }
        }
        return n;
    }
}

package newsflow.ingest.poll;

import java.time.Duration;

/**
 * Adaptive re-poll of feeds and sitemaps (issue 12 item 7): a document's interval is halved after a poll that
 * found new items and grows by half after one that found none (a 304 included), within
 * [{@code ingest.poll.interval.min.ms}, {@code ingest.poll.interval.max.ms}], widened to take in the source's own
 * {@code poll_interval} (the interval of the first poll, so a source never starts outside what its operator
 * wrote). What the publisher declares is a floor within those bounds: the interval is never shorter than
 * {@code Cache-Control: max-age} (RFC 9111 §5.2.2.1), the RSS 2.0 {@code <ttl>} (minutes) or the RSS
 * syndication module's {@code <sy:updatePeriod>} / {@code <sy:updateFrequency>} ({@link FeedCadence}): polling
 * more often than the publisher refreshes finds nothing new. Pure.
 */
public final class PollInterval {
    /** Default lower bound ({@code ingest.poll.interval.min.ms}). */
    public static final Duration DEFAULT_MIN = Duration.ofMinutes(1);
    /** Default upper bound ({@code ingest.poll.interval.max.ms}). */
    public static final Duration DEFAULT_MAX = Duration.ofHours(1);
    private final Duration min;
    private final Duration max;

    /**
     * @param min the shortest interval the adaptation goes down to
     * @param max the longest interval the adaptation goes up to
     * @throws IllegalArgumentException when {@code min} is not positive or is longer than {@code max}
     */
    public PollInterval(Duration min, Duration max) {
        if (min.isNegative() || min.isZero() || min.compareTo(max) > 0) {
            throw new IllegalArgumentException("poll interval bounds must satisfy 0 < min <= max: " + min + ", "
                    + max);
        }
        this.min = min;
        this.max = max;
    }

    /**
     * @param current the interval in force (a persisted one after a restart), or null for a document not polled
     *                yet
     * @param source  the source's {@code poll_interval}
     * @return the interval to use now: {@code current} (or {@code source}) within the bounds
     */
    public Duration initial(Duration current, Duration source) {
        return clamp(current == null ? source : current, lower(source), upper(source));
    }

    /**
     * @param current  the interval of the poll that just ended
     * @param source   the source's {@code poll_interval}
     * @param foundNew true when the poll found items not fetched yet
     * @param declared the publisher's declared refresh interval ({@link FeedCadence#floor}), or null
     * @return the interval until the next poll
     */
    public Duration next(Duration current, Duration source, boolean foundNew, Duration declared) {
        Duration lo = lower(source);
        Duration hi = upper(source);
        Duration base = clamp(current == null ? source : current, lo, hi);
        Duration raw = foundNew ? base.dividedBy(2) : base.plus(base.dividedBy(2));
        Duration floor = declared == null ? lo : clamp(declared, lo, hi);
        return clamp(raw, floor, hi);
    }

    private Duration lower(Duration source) {
        return source.compareTo(min) < 0 ? source : min;
    }

    private Duration upper(Duration source) {
        return source.compareTo(max) > 0 ? source : max;
    }

    private static Duration clamp(Duration d, Duration lo, Duration hi) {
        if (d.compareTo(lo) < 0) {
            return lo;
        }
        return d.compareTo(hi) > 0 ? hi : d;
    }
}

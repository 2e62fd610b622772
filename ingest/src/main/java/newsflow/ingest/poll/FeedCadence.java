package newsflow.ingest.poll;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often a publisher says its feed changes: {@code Cache-Control: max-age} (RFC 9111 §5.2.2.1, seconds), the
 * RSS 2.0 channel's {@code <ttl>} (minutes a channel may be cached) and the RSS syndication module's
 * {@code <sy:updatePeriod>} ({@code hourly}, {@code daily}, {@code weekly}, {@code monthly}, {@code yearly}) and
 * {@code <sy:updateFrequency>} (times per period, default 1), which RSS 1.0, RSS 2.0 and Atom feeds carry.
 * The channel head is scanned up to the first {@code <item>} or {@code <entry>} (at most 64 KiB), leniently, so
 * that it works on a feed the parser must repair and whatever parser reads the items; a compressed or unreadable
 * head simply declares nothing.
 *
 * @param maxAge       the response's max-age, or null
 * @param ttl          the channel's {@code <ttl>}, or null
 * @param updatePeriod the period divided by the frequency, or null
 */
public record FeedCadence(Duration maxAge, Duration ttl, Duration updatePeriod) {
    /** How far into the body the channel head is looked for. */
    static final int HEAD_BYTES = 64 * 1024;
    private static final Pattern MAX_AGE = Pattern.compile("(?:^|[,\\s])max-age\\s*=\\s*\"?(\\d{1,10})");
    private static final Pattern NO_CACHE = Pattern.compile("(?:^|[,\\s])(?:no-cache|no-store)(?:$|[,\\s=])");
    private static final Pattern TTL = Pattern.compile("<ttl\\s*>\\s*(\\d{1,7})\\s*</ttl\\s*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PERIOD = Pattern.compile(
            "<(?:[\\w.-]+:)?updatePeriod\\s*>\\s*(hourly|daily|weekly|monthly|yearly)\\s*<", Pattern.CASE_INSENSITIVE);
    private static final Pattern FREQUENCY = Pattern.compile("<(?:[\\w.-]+:)?updateFrequency\\s*>\\s*(\\d{1,6})\\s*<",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FIRST_ITEM = Pattern.compile("<(?:[\\w.-]+:)?(?:item|entry)[\\s>/]");

    /** Nothing declared. */
    public static final FeedCadence NONE = new FeedCadence(null, null, null);

    /**
     * @param body         the feed body (decoded content coding), or null for a response without one (a 304)
     * @param cacheControl the Cache-Control header, or null
     * @return what the response and the channel head declare
     */
    public static FeedCadence read(byte[] body, String cacheControl) {
        Duration maxAge = maxAge(cacheControl);
        if (body == null || body.length == 0 || body.length > 1 && (body[0] & 0xff) == 0x1f
                && (body[1] & 0xff) == 0x8b) {
            return new FeedCadence(maxAge, null, null);
        }
        // ISO-8859-1 maps bytes 1:1: the markup and digits read alike in UTF-8 and every ASCII-compatible charset
        String head = new String(body, 0, Math.min(body.length, HEAD_BYTES), StandardCharsets.ISO_8859_1);
        Matcher item = FIRST_ITEM.matcher(head);
        if (item.find()) {
            head = head.substring(0, item.start());
        }
        Duration ttl = null;
        Matcher t = TTL.matcher(head);
        if (t.find()) {
            long minutes = Long.parseLong(t.group(1));
            ttl = minutes > 0 ? Duration.ofMinutes(minutes) : null;
        }
        return new FeedCadence(maxAge, ttl, updatePeriod(head));
    }

    /** @return the longest of the declared intervals, or null when none is declared */
    public Duration floor() {
        Duration f = null;
        for (Duration d : new Duration[] {maxAge, ttl, updatePeriod}) {
            if (d != null && (f == null || d.compareTo(f) > 0)) {
                f = d;
            }
        }
        return f;
    }

    private static Duration maxAge(String cacheControl) {
        if (cacheControl == null) {
            return null;
        }
        String cc = cacheControl.toLowerCase(Locale.ROOT);
        if (NO_CACHE.matcher(cc).find()) {
            return null;
        }
        Matcher m = MAX_AGE.matcher(cc);
        if (!m.find()) {
            return null;
        }
        long seconds = Long.parseLong(m.group(1));
        return seconds > 0 ? Duration.ofSeconds(seconds) : null;
    }

    private static Duration updatePeriod(String head) {
        Matcher p = PERIOD.matcher(head);
        if (!p.find()) {
            return null;
        }
        Duration period = switch (p.group(1).toLowerCase(Locale.ROOT)) {
            case "hourly" -> Duration.ofHours(1);
            case "daily" -> Duration.ofDays(1);
            case "weekly" -> Duration.ofDays(7);
            case "monthly" -> Duration.ofDays(30);
            default -> Duration.ofDays(365);
        };
        Matcher f = FREQUENCY.matcher(head);
        long frequency = f.find() ? Long.parseLong(f.group(1)) : 1;
        return frequency > 0 ? period.dividedBy(frequency) : period;
    }
}

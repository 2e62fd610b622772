package newsflow.ingest.feed;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Chooses which items of a feed or sitemap one poll hands over, so a large archive is taken over several polls and
 * new stories never wait behind it (issue 12): the items not yet fetched and not already handed over
 * ({@link ArchiveCursor}), newest first by date — dated items by their instant (a date without offset read as UTC),
 * then undated items in document order — at most {@code max} of them. Pure.
 */
public final class PollSelection {
    /** The default of {@code ingest.feed.max.items.per.poll}. */
    public static final int DEFAULT_MAX_ITEMS = 500;

    /**
     * @param handed the items to hand over now, newest first
     * @param next   the cursor to keep until the next poll
     * @param listed the items the document listed with a link
     * @param left   items neither fetched nor handed over, left for later polls
     * @param <T>    the item type
     */
    public record Result<T>(List<T> handed, ArchiveCursor next, int listed, int left) {
    }

    private record Candidate<T>(T item, long hash, Instant date, int order) {
    }

    private PollSelection() {
    }

    /**
     * @param items     the items in document order
     * @param link      an item's link as given (null: the item is not counted)
     * @param published an item's ISO 8601 date, or null
     * @param cursor    where the archive stood after the last poll
     * @param max       the most items handed over in this poll
     * @param fetched   whether an item link is already fetched (final in the fetch state)
     * @param <T>       the item type
     * @return what to hand over, and the cursor after it
     */
    public static <T> Result<T> select(List<T> items, Function<T, String> link, Function<T, String> published,
                                       ArchiveCursor cursor, int max, Predicate<String> fetched) {
        Set<Long> stillHanded = new HashSet<>();
        List<Candidate<T>> candidates = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        int listed = 0;
        for (T item : items) {
            String l = link.apply(item);
            if (l == null) {
                continue;
            }
            listed++;
            long h = ArchiveCursor.hash(l);
            if (!seen.add(h) || fetched.test(l)) {
                continue;
            }
            if (cursor.handed().contains(h)) {
                stillHanded.add(h);
            } else {
                candidates.add(new Candidate<>(item, h, instant(published.apply(item)), candidates.size()));
            }
        }
        candidates.sort(Comparator.comparing((Candidate<T> c) -> c.date(),
                Comparator.nullsLast(Comparator.reverseOrder())).thenComparingInt(Candidate::order));
        List<T> handed = new ArrayList<>();
        for (Candidate<T> c : candidates.subList(0, Math.min(max, candidates.size()))) {
            handed.add(c.item());
            stillHanded.add(c.hash());
        }
        return new Result<>(handed, new ArchiveCursor(stillHanded), listed, candidates.size() - handed.size());
    }

    private static Instant instant(String iso) {
        if (iso == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(iso).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}

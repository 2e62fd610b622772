package newsflow.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** At most a poll's budget, newest first; the rest over the next polls, each item once (issue 12, item 3). */
class PollSelectionTest {
    private record Item(String link, String date) {
    }

    private static List<Item> archive(int n, boolean dated, int newestAt) {
        List<Item> out = new ArrayList<>();
        Instant t0 = Instant.parse("2024-01-01T00:00:00Z");
        for (int i = 0; i < n; i++) {
            // document order is not date order: the newest item sits at newestAt
            int age = Math.floorMod(i - newestAt, n);
            out.add(new Item("https://news.example/a/" + i, dated ? t0.minusSeconds(60L * age).toString() : null));
        }
        return out;
    }

    private static PollSelection.Result<Item> poll(List<Item> items, ArchiveCursor c, int max, Set<String> fetched) {
        return PollSelection.select(items, Item::link, Item::date, c, max, fetched::contains);
    }

    @Test
    void twentyThousandItemsAreTakenFiveHundredAPollEachOnceNewestFirst() {
        List<Item> items = archive(20_000, true, 7_000);
        Set<String> fetched = new HashSet<>();
        ArchiveCursor cursor = ArchiveCursor.EMPTY;
        List<Item> order = new ArrayList<>();
        int polls = 0;
        while (true) {
            PollSelection.Result<Item> r = poll(items, cursor, 500, fetched);
            if (r.handed().isEmpty()) {
                break;
            }
            polls++;
            assertThat(r.handed()).hasSizeLessThanOrEqualTo(500);
            order.addAll(r.handed());
            cursor = r.next();
            r.handed().forEach(i -> fetched.add(i.link())); // fetched before the next poll
            assertThat(cursor.handed()).hasSizeLessThanOrEqualTo(500);
        }
        assertThat(polls).isEqualTo(40);
        assertThat(order).hasSize(20_000).doesNotHaveDuplicates();
        assertThat(order.get(0).link()).isEqualTo("https://news.example/a/7000");
        int outOfOrder = 0;
        for (int i = 1; i < order.size(); i++) {
            outOfOrder += order.get(i).date().compareTo(order.get(i - 1).date()) < 0 ? 0 : 1;
        }
        assertThat(outOfOrder).isZero();
    }

    @Test
    void undatedItemsGoInDocumentOrderAndInFlightItemsAreNotHandedTwice() {
        List<Item> items = archive(12, false, 0);
        PollSelection.Result<Item> first = poll(items, ArchiveCursor.EMPTY, 5, Set.of());
        assertThat(first.handed()).extracting(Item::link).containsExactly("https://news.example/a/0",
                "https://news.example/a/1", "https://news.example/a/2", "https://news.example/a/3",
                "https://news.example/a/4");
        assertThat(first.left()).isEqualTo(7);
        // nothing fetched yet: the next poll hands the following five, not the same again
        PollSelection.Result<Item> second = poll(items, first.next(), 5, Set.of());
        assertThat(second.handed()).extracting(Item::link).startsWith("https://news.example/a/5").hasSize(5);
        PollSelection.Result<Item> third = poll(items, second.next(), 5, Set.of());
        assertThat(third.handed()).hasSize(2);
        assertThat(third.left()).isZero();
        assertThat(poll(items, third.next(), 5, Set.of()).handed()).isEmpty();
    }

    @Test
    void aNewStoryArrivingMidArchiveComesFirstAtTheNextPoll() {
        List<Item> items = new ArrayList<>(archive(9, true, 0));
        PollSelection.Result<Item> first = poll(items, ArchiveCursor.EMPTY, 3, Set.of());
        items.add(0, new Item("https://news.example/breaking", "2024-02-01T00:00:00+01:00"));
        items.add(new Item("https://news.example/undated", null));
        PollSelection.Result<Item> second = poll(items, first.next(), 3, Set.of());
        assertThat(second.handed().get(0).link()).isEqualTo("https://news.example/breaking");
        assertThat(second.handed()).doesNotContainAnyElementsOf(first.handed());
        PollSelection.Result<Item> rest = poll(items, second.next(), 100, Set.of());
        assertThat(rest.handed()).hasSize(5).last().extracting(Item::link).isEqualTo("https://news.example/undated");
    }

    @Test
    void anItemNoLongerListedOrFetchedLeavesTheCursorSoItStaysSmall() {
        List<Item> items = archive(6, true, 0);
        PollSelection.Result<Item> first = poll(items, ArchiveCursor.EMPTY, 4, Set.of());
        assertThat(first.next().handed()).hasSize(4);
        Set<String> fetched = Set.of(first.handed().get(0).link());
        List<Item> later = items.subList(2, 6); // the two newest dropped off the feed
        PollSelection.Result<Item> second = poll(later, first.next(), 4, fetched);
        assertThat(second.next().handed()).hasSize(4); // two still in flight + the two not handed before
        assertThat(second.handed()).hasSize(2);
        assertThat(first.next().wasHanded(first.handed().get(1).link())).isTrue();
    }
}

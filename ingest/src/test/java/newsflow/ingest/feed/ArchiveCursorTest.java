package newsflow.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The archive cursor's fetch-state form: what is written reads back the same, and damage reads as empty. */
class ArchiveCursorTest {

    @Test
    void aCursorReadsBackAsWritten() {
        Set<Long> one = Set.of(ArchiveCursor.hash("https://example.org/a.html"));
        Set<Long> budget = IntStream.range(0, 500).mapToObj(i -> ArchiveCursor.hash("https://x.test/" + i))
                .collect(Collectors.toSet());
        Set<Long> extremes = Set.of(Long.MIN_VALUE, -1L, 0L, Long.MAX_VALUE);
        for (Set<Long> handed : java.util.List.of(one, budget, extremes)) {
            ArchiveCursor c = new ArchiveCursor(handed);
            assertThat(ArchiveCursor.decode(c.encoded()).handed()).isEqualTo(handed);
        }
        ArchiveCursor read = ArchiveCursor.decode(new ArchiveCursor(one).encoded());
        assertThat(read.wasHanded("https://example.org/a.html")).isTrue();
        assertThat(read.wasHanded("https://example.org/b.html")).isFalse();
    }

    @Test
    void nothingToKeepIsWrittenAsNullAndReadsAsEmpty() {
        assertThat(ArchiveCursor.EMPTY.encoded()).isNull();
        assertThat(ArchiveCursor.decode(null)).isEqualTo(ArchiveCursor.EMPTY);
        assertThat(ArchiveCursor.decode("")).isEqualTo(ArchiveCursor.EMPTY);
    }

    @Test
    void aDamagedValueReadsAsEmptyNeverAsOtherItems() {
        assertThat(ArchiveCursor.decode("not base64 at all!")).isEqualTo(ArchiveCursor.EMPTY);
        assertThat(ArchiveCursor.decode("AAAA")).isEqualTo(ArchiveCursor.EMPTY); // 3 bytes, not a whole hash
        assertThat(ArchiveCursor.decode("AAAAAAAAAAAAAA==")).isEqualTo(ArchiveCursor.EMPTY); // 10 bytes
    }

    @Test
    void aCursorOverThePersistedCapIsNotWritten() {
        Set<Long> many = new HashSet<>();
        for (long i = 0; i <= ArchiveCursor.MAX_PERSISTED; i++) {
            many.add(i);
        }
        assertThat(new ArchiveCursor(many).encoded()).isNull();
    }
}

package newsflow.sink.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import newsflow.common.model.DateValue;
import newsflow.common.model.Edition;
import newsflow.common.model.TopicTag;
import newsflow.common.serde.Json;

/**
 * Flattens an {@link Edition} into an {@link EditionRow}: paragraphs joined by {@code "\n\n"} (the join the
 * offsets of {@code DateMention} refer to), list fields as JSON text, the publication day, the fetch day (UTC)
 * and the edition's IPTC top-level topic ({@link IptcTopLevel}). Pure and thread-safe.
 */
public final class EditionRowMapper {
    /** Separator of paragraphs in {@code body}: the join that date-mention offsets refer to. */
    public static final String PARAGRAPH_SEPARATOR = "\n\n";
    /** Precisions of {@code DateValue} fine enough to name a day. */
    static final Set<String> DAY_PRECISIONS = Set.of("day", "minute", "second");
    private static final Pattern LEADING_DAY = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}");

    private final IptcTopLevel hierarchy;

    /** @param hierarchy IPTC top-level lookup */
    public EditionRowMapper(IptcTopLevel hierarchy) {
        this.hierarchy = hierarchy;
    }

    /**
     * @param e an edition
     * @return its row
     * @throws InvalidEditionException when the edition cannot be stored at all (no fetch time, no key), so that
     *                                 it is dead-lettered rather than retried
     */
    public EditionRow toRow(Edition e) {
        if (e.documentId() == null || e.lang() == null) {
            throw new InvalidEditionException("edition without document_id or lang");
        }
        if (e.fetchedAt() == null) {
            throw new InvalidEditionException("edition " + e.key() + " without fetched_at");
        }
        List<String> paragraphs = e.paragraphs() == null ? List.of() : e.paragraphs();
        List<TopicTag> tags = e.topics() == null ? List.of() : e.topics();
        Optional<TopicTag> top = hierarchy.topTopic(tags);
        DateValue pub = e.published();
        DateValue mod = e.modified();
        return new EditionRow(
                e.documentId(), e.lang(), e.url(), e.source(), e.title(), e.direction(), e.share(),
                String.join(PARAGRAPH_SEPARATOR, paragraphs), json(paragraphs), json(tags),
                json(e.dates() == null ? List.of() : e.dates()), json(e.authors() == null ? List.of() : e.authors()),
                top.map(TopicTag::code).orElse(null), top.map(TopicTag::score).orElse(null),
                pub == null ? null : pub.value(), pub == null ? null : pub.precision(),
                pub == null ? null : pub.source(), dayOf(pub),
                mod == null ? null : mod.value(), mod == null ? null : mod.precision(),
                mod == null ? null : mod.source(),
                e.siteName(), e.fetchedAt(), LocalDate.ofInstant(e.fetchedAt(), ZoneOffset.UTC),
                e.enrichmentVersion(), e.contentHash(), e.editionCount(), e.textTruncated(), e.topicNote(),
                topicRows(tags), e.fetchedUrl() != null ? e.fetchedUrl() : e.url(),
                e.pages(), e.paywalled(), e.leadImage(), e.section(), json(e.keywords()), e.bodySource());
    }

    /**
     * @param value a date as the page gives it, or null
     * @return its calendar day as written (no zone conversion), when its precision names a day; else null
     */
    static LocalDate dayOf(DateValue value) {
        if (value == null || value.value() == null || !DAY_PRECISIONS.contains(value.precision())
                || !LEADING_DAY.matcher(value.value()).find()) {
            return null;
        }
        try {
            return LocalDate.parse(value.value().substring(0, 10));
        } catch (DateTimeParseException ex) {
            return null;
        }
    }

    /** One row per distinct code (the first, best-ranked occurrence wins), ranks in tag order. */
    private List<EditionRow.TopicRow> topicRows(List<TopicTag> tags) {
        Map<String, TopicTag> distinct = new LinkedHashMap<>();
        for (TopicTag tag : tags) {
            if (tag != null && tag.code() != null) {
                distinct.putIfAbsent(tag.code(), tag);
            }
        }
        List<EditionRow.TopicRow> rows = new ArrayList<>();
        for (TopicTag tag : distinct.values()) {
            rows.add(new EditionRow.TopicRow(tag.code(), hierarchy.topOf(tag.code()).orElse(null), tag.label(),
                    tag.score(), rows.size()));
        }
        return rows;
    }

    private static String json(Object value) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException ex) {
            throw new InvalidEditionException("cannot write JSON column: " + ex.getOriginalMessage());
        }
    }
}

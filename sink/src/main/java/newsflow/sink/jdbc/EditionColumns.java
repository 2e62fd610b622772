package newsflow.sink.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import newsflow.sink.schema.SqlDialect;

/**
 * The written columns of table {@code editions}, in statement order, each with how it is bound. One list drives
 * both the SQL text ({@link UpsertSql}) and the parameter binding, so the two cannot drift apart.
 * {@code stored_at} is not listed: the database sets it.
 */
public final class EditionColumns {
    /** How a column's value is bound. */
    public enum Kind { TEXT, JSON, DOUBLE, INTEGER, BOOLEAN, DAY, INSTANT }

    /**
     * A column.
     *
     * @param name  column name
     * @param kind  binding kind
     * @param value reads the value from a row (may return null)
     */
    public record Column(String name, Kind kind, Function<EditionRow, Object> value) {
    }

    /** The primary-key columns of {@code editions}. */
    public static final List<String> KEY = List.of("document_id", "lang");

    /** Every written column, key columns first. */
    public static final List<Column> ALL = List.of(
            new Column("document_id", Kind.TEXT, EditionRow::documentId),
            new Column("lang", Kind.TEXT, EditionRow::lang),
            new Column("url", Kind.TEXT, EditionRow::url),
            new Column("fetched_url", Kind.TEXT, EditionRow::fetchedUrl),
            new Column("source", Kind.TEXT, EditionRow::source),
            new Column("title", Kind.TEXT, EditionRow::title),
            new Column("direction", Kind.TEXT, EditionRow::direction),
            new Column("share", Kind.DOUBLE, EditionRow::share),
            new Column("body", Kind.TEXT, EditionRow::body),
            new Column("paragraphs", Kind.JSON, EditionRow::paragraphsJson),
            new Column("topics", Kind.JSON, EditionRow::topicsJson),
            new Column("dates", Kind.JSON, EditionRow::datesJson),
            new Column("authors", Kind.JSON, EditionRow::authorsJson),
            new Column("top_topic", Kind.TEXT, EditionRow::topTopic),
            new Column("top_topic_score", Kind.DOUBLE, EditionRow::topTopicScore),
            new Column("published_value", Kind.TEXT, EditionRow::publishedValue),
            new Column("published_precision", Kind.TEXT, EditionRow::publishedPrecision),
            new Column("published_source", Kind.TEXT, EditionRow::publishedSource),
            new Column("published_day", Kind.DAY, EditionRow::publishedDay),
            new Column("modified_value", Kind.TEXT, EditionRow::modifiedValue),
            new Column("modified_precision", Kind.TEXT, EditionRow::modifiedPrecision),
            new Column("modified_source", Kind.TEXT, EditionRow::modifiedSource),
            new Column("site_name", Kind.TEXT, EditionRow::siteName),
            new Column("fetched_at", Kind.INSTANT, EditionRow::fetchedAt),
            new Column("fetched_day", Kind.DAY, EditionRow::fetchedDay),
            new Column("enrichment_version", Kind.INTEGER, EditionRow::enrichmentVersion),
            new Column("content_hash", Kind.TEXT, EditionRow::contentHash),
            new Column("edition_count", Kind.INTEGER, EditionRow::editionCount),
            new Column("text_truncated", Kind.BOOLEAN, EditionRow::textTruncated),
            new Column("topic_note", Kind.TEXT, EditionRow::topicNote),
            new Column("pages", Kind.INTEGER, EditionRow::pages),
            new Column("paywalled", Kind.BOOLEAN, EditionRow::paywalled),
            new Column("lead_image", Kind.TEXT, EditionRow::leadImage),
            new Column("section", Kind.TEXT, EditionRow::section),
            new Column("keywords", Kind.JSON, EditionRow::keywordsJson),
            new Column("body_source", Kind.TEXT, EditionRow::bodySource));

    private EditionColumns() {
    }

    /**
     * Binds every column of {@link #ALL} to parameters 1…n of {@code ps}.
     *
     * @throws SQLException from the driver
     */
    public static void bind(PreparedStatement ps, EditionRow row, SqlDialect dialect) throws SQLException {
        int i = 1;
        for (Column c : ALL) {
            Object v = c.value().apply(row);
            switch (c.kind()) {
                case TEXT, JSON -> ps.setString(i, (String) v);
                case DOUBLE -> {
                    if (v == null) {
                        ps.setNull(i, Types.DOUBLE);
                    } else {
                        ps.setDouble(i, (Double) v);
                    }
                }
                case INTEGER -> ps.setInt(i, (Integer) v);
                case BOOLEAN -> dialect.bindBoolean(ps, i, (Boolean) v);
                case DAY -> dialect.bindDay(ps, i, (LocalDate) v);
                case INSTANT -> dialect.bindInstant(ps, i, (Instant) v);
                default -> throw new IllegalStateException("unknown kind " + c.kind());
            }
            i++;
        }
    }
}

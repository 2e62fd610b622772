package newsflow.sink.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Read-only summaries of what the sink stored, for the demo's closing summary and for operators; the same
 * SQL works on PostgreSQL and SQLite. The dashboard itself reads the view {@code editions_per_day}.
 */
public final class SinkQueries {
    /** A query to show users: editions per day, language and IPTC top-level topic, newest days first. */
    public static final String SAMPLE_QUERY =
            "SELECT day, lang, top_topic, editions FROM editions_per_day ORDER BY day DESC, editions DESC LIMIT 20";

    private final DataSource dataSource;

    /** @param dataSource connections to a migrated sink database */
    public SinkQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * A count by key.
     *
     * @param key   the language or topic code ({@code null} for untagged editions)
     * @param count editions
     */
    public record Count(String key, long count) {
    }

    /**
     * @return distinct documents stored
     * @throws SQLException from the database
     */
    public long documents() throws SQLException {
        return counts("SELECT 'documents', COUNT(DISTINCT document_id) FROM editions", -1).get(0).count();
    }

    /**
     * @return editions per language, most first (ties by language code)
     * @throws SQLException from the database
     */
    public List<Count> editionsPerLanguage() throws SQLException {
        return counts("SELECT lang, COUNT(*) AS n FROM editions GROUP BY lang ORDER BY n DESC, lang", -1);
    }

    /**
     * @param limit how many
     * @return editions per IPTC top-level topic (the edition's top topic), most first; untagged editions excluded
     * @throws SQLException from the database
     */
    public List<Count> topTopics(int limit) throws SQLException {
        return counts("SELECT top_topic, COUNT(*) AS n FROM editions WHERE top_topic IS NOT NULL"
                + " GROUP BY top_topic ORDER BY n DESC, top_topic LIMIT ?", limit);
    }

    /**
     * @return the rows of {@link #SAMPLE_QUERY} as {@code day|lang|top_topic|editions} text
     * @throws SQLException from the database
     */
    public List<String> sample() throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(SAMPLE_QUERY);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getLong(4));
            }
            endRead(c);
        }
        return out;
    }

    /**
     * @return editions per language as an ordered map, most first
     * @throws SQLException from the database
     */
    public Map<String, Long> editionsPerLanguageMap() throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        editionsPerLanguage().forEach(c -> out.put(c.key(), c.count()));
        return out;
    }

    private List<Count> counts(String sql, int limit) throws SQLException {
        List<Count> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (limit >= 0) {
                ps.setInt(1, limit);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Count(rs.getString(1), rs.getLong(2)));
                }
            }
            endRead(c);
        }
        return out;
    }

    private static void endRead(Connection c) throws SQLException {
        if (!c.getAutoCommit()) {
            c.rollback();
        }
    }
}

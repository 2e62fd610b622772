package newsflow.launcher.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reads back what the sink stored, through plain JDBC (works on SQLite and PostgreSQL: every column read as
 * text). Column names and meanings: sink/src/main/resources/db/migration.
 */
final class EditionRows {
    /**
     * One row of {@code editions}, the columns the end-to-end tests look at.
     *
     * @param documentId     document id
     * @param lang           edition language
     * @param url            the fetched page's URL (column fetched_url): the page this edition accounts for;
     *                       the canonical URL (column url) differs when the page names another same-site one
     * @param title          title or null
     * @param direction      ltr / rtl
     * @param paragraphs     JSON array text
     * @param body           paragraphs joined by blank lines
     * @param publishedValue ISO 8601 as the page gives it, or null
     * @param modifiedValue  ISO 8601 as the page gives it, or null
     * @param fetchedAt      fetch time as the database renders it
     */
    record Row(String documentId, String lang, String url, String title, String direction, String paragraphs,
               String body, String publishedValue, String modifiedValue, String fetchedAt) {
        /** Short form for assertion messages: the body and paragraphs are left out. */
        @Override
        public String toString() {
            return lang + " edition of " + url + " (" + documentId + "): title=" + title + ", published="
                    + publishedValue + ", modified=" + modifiedValue + ", " + body.length() + " body chars";
        }
    }

    private EditionRows() {
    }

    /**
     * @param jdbcUrl the sink's database (credentials in the URL when needed)
     * @return every edition row, ordered by URL and language
     * @throws SQLException when the database cannot be read
     */
    static List<Row> all(String jdbcUrl) throws SQLException {
        List<Row> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT document_id, lang, fetched_url, title, direction, paragraphs, body,"
                     + " published_value, modified_value, fetched_at FROM editions ORDER BY fetched_url, lang")) {
            while (r.next()) {
                out.add(new Row(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                        r.getString(6), r.getString(7), r.getString(8), r.getString(9), r.getString(10)));
            }
        }
        return out;
    }

    /** @return URL → the set of edition languages stored for it */
    static Map<String, Set<String>> langsByUrl(List<Row> rows) {
        return rows.stream().collect(Collectors.groupingBy(Row::url, TreeMap::new,
                Collectors.mapping(Row::lang, Collectors.toCollection(TreeSet::new))));
    }

    /**
     * @param jdbcUrl the sink's database
     * @return {@code "<day>|<lang>"} → editions, from the view {@code editions_per_day} summed over top_topic
     * @throws SQLException when the database cannot be read
     */
    static Map<String, Long> editionsPerDayAndLang(String jdbcUrl) throws SQLException {
        Map<String, Long> out = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT day, lang, editions FROM editions_per_day")) {
            while (r.next()) {
                out.merge(r.getString(1) + "|" + r.getString(2), r.getLong(3), Long::sum);
            }
        }
        return out;
    }

    /**
     * @param jdbcUrl the sink's database
     * @param sql     a query whose first column is read as text
     * @return the first column of every result row, in result order
     * @throws SQLException when the database cannot be read
     */
    static List<String> column(String jdbcUrl, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }
}

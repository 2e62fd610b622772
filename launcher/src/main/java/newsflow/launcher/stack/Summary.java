package newsflow.launcher.stack;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/** The closing summary of a run, read back from the database the sink wrote. */
public final class Summary {
    private Summary() {
    }

    /**
     * @param jdbcUrl  the database
     * @param user     user, or null
     * @param password password, or null
     * @param out      where to print
     * @throws SQLException when the database cannot be read
     */
    public static void print(String jdbcUrl, String user, String password, PrintStream out) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT COUNT(DISTINCT document_id), COUNT(*) FROM editions")) {
                r.next();
                out.printf(Locale.ROOT, "documents: %d, editions: %d%n", r.getLong(1), r.getLong(2));
            }
            out.println("editions per language:");
            try (ResultSet r = s.executeQuery(
                    "SELECT lang, COUNT(*) AS n FROM editions GROUP BY lang ORDER BY n DESC, lang")) {
                while (r.next()) {
                    out.printf(Locale.ROOT, "  %-4s %d%n", r.getString(1), r.getLong(2));
                }
            }
            out.println("top topics (IPTC top level, editions):");
            try (ResultSet r = s.executeQuery("SELECT top_topic, COUNT(*) AS n FROM editions "
                    + "WHERE top_topic IS NOT NULL GROUP BY top_topic ORDER BY n DESC, top_topic LIMIT 8")) {
                while (r.next()) {
                    out.printf(Locale.ROOT, "  %-16s %d%n", r.getString(1), r.getLong(2));
                }
            }
        }
    }
}

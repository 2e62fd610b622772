package newsflow.launcher.stack;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintStream;
import java.sql.SQLException;
import java.util.Locale;
import newsflow.sink.jdbc.SinkDataSources;
import newsflow.sink.jdbc.SinkQueries;

/** The closing summary of a run, read back from the database the sink wrote ({@link SinkQueries}). */
public final class Summary {
    private Summary() {
    }

    /**
     * @param jdbcUrl  the database
     * @param user     user, or null
     * @param password password, or null
     * @param labels   IPTC code → label, for the topic lines
     * @param out      where to print
     * @throws SQLException when the database cannot be read
     */
    public static void print(String jdbcUrl, String user, String password,
                             java.util.function.Function<String, String> labels, PrintStream out) throws SQLException {
        try (HikariDataSource ds = SinkDataSources.create(jdbcUrl, user, password, "summary")) {
            SinkQueries q = new SinkQueries(ds);
            long editions = q.editionsPerLanguage().stream().mapToLong(SinkQueries.Count::count).sum();
            out.printf(Locale.ROOT, "documents: %d, editions: %d%n", q.documents(), editions);
            out.println("editions per language:");
            for (SinkQueries.Count c : q.editionsPerLanguage()) {
                out.printf(Locale.ROOT, "  %-4s %d%n", c.key(), c.count());
            }
            out.println("top topics (IPTC top level, editions):");
            for (SinkQueries.Count c : q.topTopics(8)) {
                out.printf(Locale.ROOT, "  %-16s %-40s %d%n", c.key(), labels.apply(c.key()), c.count());
            }
            out.println("sample query: " + SinkQueries.SAMPLE_QUERY);
            for (String row : q.sample()) {
                out.println("  " + row);
            }
        }
    }
}

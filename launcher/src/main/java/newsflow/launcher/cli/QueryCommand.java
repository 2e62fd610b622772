package newsflow.launcher.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsflow query}: runs one SQL query on the results database and prints rows tab-separated. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run one SQL query on the results database (SQLite file or PostgreSQL) and print the rows.")
public final class QueryCommand implements Callable<Integer> {
    @Option(names = "--jdbc-url", description = "The database, e.g. jdbc:postgresql://host/db (default: the most recently"
            + " written of ./newsflow-demo/newsflow.db and ./newsflow-run/newsflow.db).")
    String jdbcUrl;

    @Option(names = "--db", description = "A SQLite file to read (instead of --jdbc-url).")
    Path db;

    @Option(names = "--user", description = "Database user.")
    String user;

    @Option(names = "--password", description = "Database password (or NEWSFLOW_SINK_JDBC_PASSWORD).", arity = "0..1", interactive = true)
    String password;

    @Parameters(index = "0", description = "The SQL query.")
    String sql;

    @Override
    public Integer call() throws Exception {
        String pw = password != null ? password : System.getenv("NEWSFLOW_SINK_JDBC_PASSWORD");
        String url = DatabaseLocator.resolve(jdbcUrl, db, Path.of(""));
        if (jdbcUrl == null) {
            System.err.println("reading " + url);
        }
        try (Connection c = open(url, user, pw); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            ResultSetMetaData md = r.getMetaData();
            StringBuilder header = new StringBuilder();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                header.append(i > 1 ? "\t" : "").append(md.getColumnLabel(i));
            }
            System.out.println(header);
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    row.append(i > 1 ? "\t" : "").append(r.getString(i));
                }
                System.out.println(row);
            }
        }
        return 0;
    }

    /** Opens the database; a failure names the URL (the SQLite driver's message does not name the file). */
    private static Connection open(String url, String user, String password) throws SQLException {
        try {
            return DriverManager.getConnection(url, user, password);
        } catch (SQLException e) {
            throw new SQLException("cannot open " + url + ": " + e.getMessage(), e.getSQLState(), e);
        }
    }
}

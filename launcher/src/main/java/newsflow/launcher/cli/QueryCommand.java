package newsflow.launcher.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsflow query}: runs one SQL query on the results database and prints rows tab-separated. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run one SQL query on the results database (SQLite file or PostgreSQL) and print the rows.")
public final class QueryCommand implements Callable<Integer> {
    @Option(names = "--jdbc-url", defaultValue = "jdbc:sqlite:newsflow-demo/newsflow.db",
            description = "The database (default: ${DEFAULT-VALUE}).")
    String jdbcUrl;

    @Option(names = "--user", description = "Database user.")
    String user;

    @Option(names = "--password", description = "Database password (or NEWSFLOW_SINK_JDBC_PASSWORD).", arity = "0..1", interactive = true)
    String password;

    @Parameters(index = "0", description = "The SQL query.")
    String sql;

    @Override
    public Integer call() throws Exception {
        String pw = password != null ? password : System.getenv("NEWSFLOW_SINK_JDBC_PASSWORD");
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, pw); Statement s = c.createStatement();
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
}

package newsflow.systest.check;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

/** Reads the sink's editions table of one database with plain JDBC (user postgres). */
public final class DatabaseProbe {
    private final String jdbcUrl;

    /** @param jdbcUrl the scenario's database */
    public DatabaseProbe(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    /**
     * @return URL → number of edition rows with that URL; empty when the table does not exist yet or the database
     *         does not answer (the caller awaits)
     */
    public Map<String, Integer> rowsPerUrl() {
        Map<String, Integer> rows = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl + "?connectTimeout=5&socketTimeout=10", "postgres", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT url, count(*) FROM editions GROUP BY url")) {
            while (rs.next()) {
                rows.put(rs.getString(1), rs.getInt(2));
            }
        } catch (SQLException e) {
            return Map.of();
        }
        return rows;
    }
}

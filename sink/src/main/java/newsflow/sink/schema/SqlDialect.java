package newsflow.sink.schema;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The two databases the sink writes to, and the few places where their SQL or JDBC binding differs: migration
 * locations, JSON placeholders and how instants, days and booleans are bound. Everything else (the upsert,
 * the views) is the same SQL on both: {@code INSERT … ON CONFLICT … DO UPDATE … WHERE} needs SQLite 3.24+.
 */
public enum SqlDialect {
    /** PostgreSQL: JSONB, DATE, TIMESTAMPTZ and BOOLEAN columns. */
    POSTGRESQL("postgresql", "CAST(? AS jsonb)"),
    /** SQLite: JSON as text, days as {@code YYYY-MM-DD} text, instants as fixed-width UTC text, booleans as 0/1. */
    SQLITE("sqlite", "?");

    /** Fixed-width UTC instant text (nanosecond fraction always present), so that text order is time order. */
    public static final DateTimeFormatter FIXED_WIDTH_INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final String folder;
    private final String jsonPlaceholder;

    SqlDialect(String folder, String jsonPlaceholder) {
        this.folder = folder;
        this.jsonPlaceholder = jsonPlaceholder;
    }

    /**
     * @param jdbcUrl a JDBC URL, e.g. {@code jdbc:sqlite:newsflow.db} or {@code jdbc:postgresql://host/db}
     * @return the dialect of that URL
     * @throws IllegalArgumentException for any other database
     */
    public static SqlDialect fromJdbcUrl(String jdbcUrl) {
        String url = jdbcUrl == null ? "" : jdbcUrl.toLowerCase(Locale.ROOT);
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        if (url.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        throw new IllegalArgumentException("unsupported JDBC URL (jdbc:postgresql: or jdbc:sqlite: expected): " + jdbcUrl);
    }

    /** @return Flyway locations: the portable migrations plus this vendor's, e.g. {@code classpath:db/migration/sqlite} */
    public List<String> migrationLocations() {
        return List.of("classpath:db/migration/common", "classpath:db/migration/" + folder);
    }

    /** @return the placeholder for a JSON text parameter ({@code ?}, or a cast to jsonb on PostgreSQL) */
    public String jsonPlaceholder() {
        return jsonPlaceholder;
    }

    /**
     * Binds an instant: a {@code TIMESTAMPTZ} on PostgreSQL, {@link #FIXED_WIDTH_INSTANT} text on SQLite.
     *
     * @throws SQLException from the driver
     */
    public void bindInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
        if (value == null) {
            ps.setNull(index, this == POSTGRESQL ? Types.TIMESTAMP_WITH_TIMEZONE : Types.VARCHAR);
        } else if (this == POSTGRESQL) {
            ps.setObject(index, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
        } else {
            ps.setString(index, FIXED_WIDTH_INSTANT.format(value));
        }
    }

    /**
     * Binds a day: a {@code DATE} on PostgreSQL, ISO {@code YYYY-MM-DD} text on SQLite.
     *
     * @throws SQLException from the driver
     */
    public void bindDay(PreparedStatement ps, int index, LocalDate value) throws SQLException {
        if (value == null) {
            ps.setNull(index, this == POSTGRESQL ? Types.DATE : Types.VARCHAR);
        } else if (this == POSTGRESQL) {
            ps.setObject(index, value);
        } else {
            ps.setString(index, value.toString());
        }
    }

    /**
     * Binds a boolean: {@code BOOLEAN} on PostgreSQL, 0/1 on SQLite.
     *
     * @throws SQLException from the driver
     */
    public void bindBoolean(PreparedStatement ps, int index, boolean value) throws SQLException {
        if (this == POSTGRESQL) {
            ps.setBoolean(index, value);
        } else {
            ps.setInt(index, value ? 1 : 0);
        }
    }
}

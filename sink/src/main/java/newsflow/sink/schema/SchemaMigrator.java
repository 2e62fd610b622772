package newsflow.sink.schema;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a database to the sink's schema with Flyway: the portable migrations in {@code db/migration/common}
 * plus the vendor's in {@code db/migration/postgresql} or {@code db/migration/sqlite}. Versions are unique
 * across both folders (V1 tables per vendor, V2 portable views, V3 PostgreSQL full-text indexes).
 */
public final class SchemaMigrator {
    private SchemaMigrator() {
    }

    /**
     * Applies every pending migration, on its own connection (so it works before a one-connection SQLite
     * pool exists).
     *
     * @param jdbcUrl  JDBC URL of the database
     * @param user     user name, or null
     * @param password password, or null
     * @return how many migrations were applied (0 when the schema is current)
     * @throws org.flywaydb.core.api.FlywayException when a migration fails or the history does not match
     */
    public static int migrate(String jdbcUrl, String user, String password) {
        SqlDialect dialect = SqlDialect.fromJdbcUrl(jdbcUrl);
        MigrateResult result = Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(jdbcUrl, user, password)
                .locations(dialect.migrationLocations().toArray(String[]::new))
                .load()
                .migrate();
        return result.migrationsExecuted;
    }
}

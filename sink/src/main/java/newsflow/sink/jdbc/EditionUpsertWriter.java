package newsflow.sink.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import newsflow.common.model.Edition;
import newsflow.sink.schema.SqlDialect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes batches of editions with the idempotent upsert of {@link UpsertSql}, one transaction per batch.
 * <ul>
 *   <li>A row whose upsert reports 1 (inserted, or replaced an older version) gets its {@code edition_topics}
 *       rows replaced in the same transaction; a row the version rule kept (0) keeps its children.</li>
 *   <li>Transient failures ({@link TransientFailures}) are retried with {@link RetryPolicy}; when every attempt
 *       fails, {@link SinkUnavailableException} is thrown and nothing of the batch is committed.</li>
 *   <li>Any other failure rolls the batch back and unrolls it: each edition is written in its own transaction
 *       and those that still fail are returned as {@link WriteOutcome.Failure}s for the dead-letter topic
 *       (the pattern of kafka-connect-jdbc's error handling).</li>
 *   <li>On rollback the original exception is kept and a rollback error is added to it as suppressed.</li>
 *   <li>With assertions on, the PostgreSQL driver reports a connection lost during a batch as an
 *       {@link AssertionError}; its failed rollback (SQLSTATE 08003) makes it the transient failure it is.</li>
 * </ul>
 * One writer may be shared by threads only when its {@link DataSource} hands out a connection per call.
 */
public final class EditionUpsertWriter {
    private static final Logger LOG = LoggerFactory.getLogger(EditionUpsertWriter.class);

    private static final int LOG_MESSAGE_CHARS = 300;

    private final DataSource dataSource;
    private final SqlDialect dialect;
    private final EditionRowMapper mapper;
    private final RetryPolicy retry;
    private final String upsertSql;
    private final java.util.function.Consumer<Exception> onDatabaseError;

    /** Rows inserted or replaced by one transaction, and how many of them were new keys. */
    private record Written(int stored, int inserted) {
    }

    /**
     * @param dataSource connections to the migrated database
     * @param dialect    the database's dialect
     * @param mapper     edition → row
     * @param retry      retries for transient failures
     */
    public EditionUpsertWriter(DataSource dataSource, SqlDialect dialect, EditionRowMapper mapper, RetryPolicy retry) {
        this(dataSource, dialect, mapper, retry, e -> { });
    }

    /**
     * @param dataSource      connections to the migrated database
     * @param dialect         the database's dialect
     * @param mapper          edition → row
     * @param retry           retries for transient failures
     * @param onDatabaseError told of every failed database attempt, transient or not (for an error counter)
     */
    public EditionUpsertWriter(DataSource dataSource, SqlDialect dialect, EditionRowMapper mapper, RetryPolicy retry,
                               java.util.function.Consumer<Exception> onDatabaseError) {
        this.onDatabaseError = onDatabaseError;
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.mapper = mapper;
        this.retry = retry;
        this.upsertSql = UpsertSql.upsertEdition(dialect);
    }

    /**
     * Writes a batch; editions of the same key may repeat in it and are applied in order.
     *
     * @param batch editions in consumption order
     * @return counts and the poison records
     * @throws SinkUnavailableException when the database stays unavailable through every retry
     */
    public WriteOutcome write(List<Edition> batch) {
        List<WriteOutcome.Failure> failures = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        List<EditionRow> rows = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            try {
                rows.add(mapper.toRow(batch.get(i)));
                indexes.add(i);
            } catch (RuntimeException e) {
                failures.add(new WriteOutcome.Failure(i, e));
            }
        }
        if (rows.isEmpty()) {
            return new WriteOutcome(0, 0, failures, 0);
        }
        int stored = 0;
        int unchanged = 0;
        int inserted = 0;
        try {
            Written written = withRetry(rows);
            stored = written.stored();
            inserted = written.inserted();
            unchanged = rows.size() - written.stored();
        } catch (SQLException | RuntimeException batchError) {
            if (batchError instanceof SinkUnavailableException unavailable) {
                throw unavailable;
            }
            LOG.warn("batch of {} editions failed ({}); writing them one by one", rows.size(), brief(batchError));
            for (int r = 0; r < rows.size(); r++) {
                try {
                    Written written = withRetry(List.of(rows.get(r)));
                    stored += written.stored();
                    inserted += written.inserted();
                    unchanged += 1 - written.stored();
                } catch (SQLException | RuntimeException recordError) {
                    if (recordError instanceof SinkUnavailableException unavailable) {
                        throw unavailable;
                    }
                    failures.add(new WriteOutcome.Failure(indexes.get(r), recordError));
                }
            }
        }
        failures.sort((a, b) -> Integer.compare(a.index(), b.index()));
        return new WriteOutcome(stored, unchanged, failures, inserted);
    }

    /**
     * Deletes editions by key (tombstones of the editions topic) with their {@code edition_topics} rows, in one
     * transaction, whatever their version; a key that is not stored is no error.
     *
     * @param keys the keys, in consumption order
     * @return how many editions were deleted
     * @throws SinkUnavailableException when the database stays unavailable through every retry
     * @throws SQLException             on any other database failure
     */
    public int delete(List<EditionKey> keys) throws SQLException {
        if (keys.isEmpty()) {
            return 0;
        }
        return withRetry(keys.size() + " deletions", c -> deleteAll(c, keys));
    }

    private static int deleteAll(Connection c, List<EditionKey> keys) throws SQLException {
        int deleted = 0;
        try (PreparedStatement topics = c.prepareStatement(UpsertSql.deleteTopics());
             PreparedStatement edition = c.prepareStatement(UpsertSql.deleteEdition())) {
            for (EditionKey key : keys) {
                topics.setString(1, key.documentId());
                topics.setString(2, key.lang());
                topics.executeUpdate();
                edition.setString(1, key.documentId());
                edition.setString(2, key.lang());
                deleted += edition.executeUpdate();
            }
        }
        return deleted;
    }

    /** Work done in one transaction on one connection. */
    @FunctionalInterface
    private interface TransactionWork<R> {
        R run(Connection c) throws SQLException;
    }

    private Written withRetry(List<EditionRow> rows) throws SQLException {
        return withRetry(rows.size() + " editions", c -> {
            Set<List<String>> existing = existingKeys(c, rows);
            List<EditionRow> written = upsert(c, rows);
            replaceTopics(c, written);
            int inserted = 0;
            for (EditionRow row : written) {
                if (existing.add(List.of(row.documentId(), row.lang()))) {
                    inserted++; // a key written twice in the batch is inserted once, then updated
                }
            }
            return new Written(written.size(), inserted);
        });
    }

    /** Runs one transaction, retrying transient failures; non-transient ones are thrown at once. */
    private <R> R withRetry(String what, TransactionWork<R> work) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                return inTransaction(work);
            } catch (SQLException | RuntimeException | AssertionError e) {
                onDatabaseError.accept(e instanceof Exception ex ? ex : new SQLException(e));
                // pgjdbc's BatchResultHandler asserts (java -ea, as in tests) when the server goes away during
                // executeBatch; the failed rollback added to it (SQLSTATE 08003) makes it transient
                if (!TransientFailures.isTransient(e)) {
                    throw e;
                }
                if (attempt >= retry.maxAttempts()) {
                    throw new SinkUnavailableException("database unavailable after " + attempt + " attempts to write "
                            + what + ": " + e.getMessage(), e);
                }
                var wait = retry.backoffAfter(attempt);
                // debug: the sink logs once when it starts waiting for the database, not once per attempt
                LOG.debug("transient database failure (attempt {} of {}), retrying in {} ms: {}", attempt,
                        retry.maxAttempts(), wait.toMillis(), brief(e));
                try {
                    retry.sleeper().sleep(wait);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    SinkUnavailableException stop = new SinkUnavailableException("interrupted while waiting to retry", e);
                    stop.addSuppressed(ie);
                    throw stop;
                }
            }
        }
    }

    /** @return what the work returns, once committed */
    private <R> R inTransaction(TransactionWork<R> work) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                R result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException | AssertionError e) {
                try {
                    c.rollback();
                } catch (SQLException rollbackError) {
                    e.addSuppressed(rollbackError);
                }
                throw e;
            } finally {
                restoreAutoCommit(c, autoCommit);
            }
        }
    }

    /** Keys per query when looking up which rows exist (two parameters each, far below SQLite's limit). */
    private static final int KEYS_PER_LOOKUP = 200;

    /** @return the keys (document id, lang) of {@code rows} already in the table, read in the transaction */
    private static Set<List<String>> existingKeys(Connection c, List<EditionRow> rows) throws SQLException {
        Set<List<String>> found = new java.util.HashSet<>();
        for (int from = 0; from < rows.size(); from += KEYS_PER_LOOKUP) {
            List<EditionRow> chunk = rows.subList(from, Math.min(rows.size(), from + KEYS_PER_LOOKUP));
            StringBuilder sql = new StringBuilder("SELECT document_id, lang FROM editions WHERE ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : " OR ").append("(document_id = ? AND lang = ?)");
            }
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                int p = 1;
                for (EditionRow row : chunk) {
                    ps.setString(p++, row.documentId());
                    ps.setString(p++, row.lang());
                }
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(List.of(rs.getString(1), rs.getString(2)));
                    }
                }
            }
        }
        return found;
    }

    /** @return the exception's class and message, cut to {@value #LOG_MESSAGE_CHARS} characters (batch SQL is long) */
    static String brief(Throwable e) {
        String text = e.toString();
        return text.length() <= LOG_MESSAGE_CHARS ? text : text.substring(0, LOG_MESSAGE_CHARS) + "…";
    }

    private static void restoreAutoCommit(Connection c, boolean autoCommit) {
        try {
            c.setAutoCommit(autoCommit);
        } catch (SQLException e) {
            LOG.debug("cannot restore auto-commit on a connection that failed", e);
        }
    }

    /** @return the rows the database inserted or replaced (update count 1), in order */
    private List<EditionRow> upsert(Connection c, List<EditionRow> rows) throws SQLException {
        List<EditionRow> written = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(upsertSql)) {
            if (rows.size() == 1) {
                EditionColumns.bind(ps, rows.get(0), dialect);
                if (ps.executeUpdate() > 0) {
                    written.add(rows.get(0));
                }
                return written;
            }
            for (EditionRow row : rows) {
                EditionColumns.bind(ps, row, dialect);
                ps.addBatch();
            }
            int[] counts = ps.executeBatch();
            for (int i = 0; i < rows.size(); i++) {
                if (counts[i] == Statement.SUCCESS_NO_INFO) {
                    throw new SQLException("the driver gave no update count for the upsert; cannot tell whether "
                            + "child rows must be replaced (turn off batch rewriting, e.g. reWriteBatchedInserts)");
                }
                if (counts[i] > 0) {
                    written.add(rows.get(i));
                }
            }
        }
        return written;
    }

    private void replaceTopics(Connection c, List<EditionRow> written) throws SQLException {
        if (written.isEmpty()) {
            return;
        }
        // a key written twice in one batch: the last write is the parent's final state
        Map<List<String>, EditionRow> finalRows = new LinkedHashMap<>();
        for (EditionRow row : written) {
            finalRows.put(List.of(row.documentId(), row.lang()), row);
        }
        try (PreparedStatement delete = c.prepareStatement(UpsertSql.deleteTopics());
             PreparedStatement insert = c.prepareStatement(UpsertSql.insertTopic())) {
            boolean anyTopic = false;
            for (EditionRow row : finalRows.values()) {
                delete.setString(1, row.documentId());
                delete.setString(2, row.lang());
                delete.addBatch();
                for (EditionRow.TopicRow t : row.topics()) {
                    insert.setString(1, row.documentId());
                    insert.setString(2, row.lang());
                    insert.setString(3, t.code());
                    insert.setString(4, t.topCode());
                    insert.setString(5, t.label());
                    insert.setDouble(6, t.score());
                    insert.setInt(7, t.rank());
                    insert.addBatch();
                    anyTopic = true;
                }
            }
            delete.executeBatch();
            if (anyTopic) {
                insert.executeBatch();
            }
        }
    }
}

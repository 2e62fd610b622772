package newsflow.sink.jdbc;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * Tells a transient database failure (worth retrying the same batch: the database is down, restarting, busy or
 * chose this transaction as a deadlock victim) from a failure of the data itself (a constraint violation: a
 * poison record). Sources: the SQLSTATE classes of ISO/IEC 9075 and PostgreSQL Appendix A ("08" connection
 * exception, "40001" serialization failure, "40P01" deadlock detected, "53" insufficient resources, "57P01"…
 * operator intervention, "55P03" lock not available) and SQLite's primary result codes SQLITE_BUSY (5) and
 * SQLITE_LOCKED (6). The whole cause chain is examined, including {@link SQLException#getNextException()} and
 * suppressed exceptions (the writer adds a failed rollback to the original failure: a rollback refused because
 * the connection is lost makes any failure of that transaction transient).
 */
public final class TransientFailures {
    private static final Set<String> TRANSIENT_STATES = Set.of("40001", "40P01", "55P03", "57P01", "57P02", "57P03");
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int MAX_DEPTH = 16;

    private TransientFailures() {
    }

    /**
     * @param error a failure of a database operation
     * @return true when retrying the same operation later may succeed
     */
    public static boolean isTransient(Throwable error) {
        Throwable t = error;
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++) {
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                if (isTransientState(sql.getSQLState()) || isSqliteBusy(sql)) {
                    return true;
                }
                SQLException next = sql.getNextException();
                if (next != null && next != t && isTransient(next)) {
                    return true;
                }
            }
            for (Throwable suppressed : t.getSuppressed()) {
                // a rollback that failed because the connection is gone: the transaction did not commit
                if (suppressed != t && suppressed instanceof SQLException && isTransient(suppressed)) {
                    return true;
                }
            }
            t = t.getCause() == t ? null : t.getCause();
        }
        return false;
    }

    static boolean isTransientState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("53") || TRANSIENT_STATES.contains(state));
    }

    private static boolean isSqliteBusy(SQLException e) {
        if (!e.getClass().getName().startsWith("org.sqlite.")) {
            return false;
        }
        int primary = e.getErrorCode() & 0xff;
        return primary == SQLITE_BUSY || primary == SQLITE_LOCKED;
    }
}

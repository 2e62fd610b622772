package newsflow.sink.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class TransientFailuresTest {

    @Test
    void connectionAndConcurrencyFailuresAreTransient() {
        assertThat(TransientFailures.isTransient(new SQLException("refused", "08001"))).isTrue();
        assertThat(TransientFailures.isTransient(new SQLException("serialization", "40001"))).isTrue();
        assertThat(TransientFailures.isTransient(new SQLException("deadlock", "40P01"))).isTrue();
        assertThat(TransientFailures.isTransient(new SQLException("admin shutdown", "57P01"))).isTrue();
        assertThat(TransientFailures.isTransient(new SQLException("disk full", "53100"))).isTrue();
        assertThat(TransientFailures.isTransient(new SQLTransientConnectionException("pool timeout"))).isTrue();
    }

    @Test
    void constraintViolationsAreNot() {
        assertThat(TransientFailures.isTransient(new SQLException("check", "23514"))).isFalse();
        assertThat(TransientFailures.isTransient(new SQLIntegrityConstraintViolationException("pk", "23505"))).isFalse();
        assertThat(TransientFailures.isTransient(new IllegalStateException("bug"))).isFalse();
    }

    @Test
    void causesAndNextExceptionsAreExamined() {
        BatchUpdateException batch = new BatchUpdateException("batch entry 3 aborted", "08006", new int[0]);
        assertThat(TransientFailures.isTransient(new RuntimeException(batch))).isTrue();
        BatchUpdateException wrapping = new BatchUpdateException("batch aborted", null, new int[0]);
        wrapping.setNextException(new SQLException("connection lost", "08003"));
        assertThat(TransientFailures.isTransient(wrapping)).isTrue();
    }

    /** The writer adds a failed rollback as suppressed: a lost connection makes any failure transient. */
    @Test
    void aRollbackRefusedForALostConnectionMakesTheFailureTransient() {
        AssertionError driverAssertion = new AssertionError("getAutoCommit() should not throw");
        driverAssertion.addSuppressed(new SQLException("This connection has been closed.", "08003"));
        assertThat(TransientFailures.isTransient(driverAssertion)).isTrue();
        SQLException constraint = new SQLException("check", "23514");
        constraint.addSuppressed(new SQLException("connection reset", "08006"));
        assertThat(TransientFailures.isTransient(constraint)).isTrue();
        IllegalStateException bug = new IllegalStateException("bug");
        bug.addSuppressed(new SQLException("rollback refused", "23514"));
        assertThat(TransientFailures.isTransient(bug)).isFalse();
        assertThat(TransientFailures.isTransient(new AssertionError("no rollback failure"))).isFalse();
    }

    @Test
    void sqliteBusyIsTransient() {
        // SQLITE_BUSY_SNAPSHOT (517) has primary code SQLITE_BUSY (5)
        assertThat(TransientFailures.isTransient(new org.sqlite.SQLiteException("busy",
                org.sqlite.SQLiteErrorCode.SQLITE_BUSY_SNAPSHOT))).isTrue();
        assertThat(TransientFailures.isTransient(new org.sqlite.SQLiteException("check",
                org.sqlite.SQLiteErrorCode.SQLITE_CONSTRAINT_CHECK))).isFalse();
    }
}

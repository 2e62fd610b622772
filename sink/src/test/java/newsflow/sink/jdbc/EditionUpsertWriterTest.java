package newsflow.sink.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import newsflow.common.model.Edition;
import newsflow.sink.schema.SqlDialect;
import org.junit.jupiter.api.Test;

/** The writer's failure handling without a database: a data source that is always down. */
class EditionUpsertWriterTest {

    @Test
    void databaseDownIsRetriedWithBackoffThenFailsLoudly() {
        AtomicInteger connects = new AtomicInteger();
        DataSource down = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        connects.incrementAndGet();
                        throw new SQLTransientConnectionException("connection refused");
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        List<Duration> waits = new ArrayList<>();
        RetryPolicy retry = new RetryPolicy(4, Duration.ofMillis(100), Duration.ofMillis(250), waits::add);
        EditionUpsertWriter writer = new EditionUpsertWriter(down, SqlDialect.POSTGRESQL,
                new EditionRowMapper(IptcTopLevel.shipped()), retry);
        Edition e = SampleEditions.bridge("t", 1, SampleEditions.T1);

        assertThatThrownBy(() -> writer.write(List.of(e, e)))
                .isInstanceOf(SinkUnavailableException.class)
                .hasMessageContaining("after 4 attempts")
                .hasCauseInstanceOf(SQLTransientConnectionException.class);
        assertThat(connects).hasValue(4);
        assertThat(waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(250));
    }

    @Test
    void batchOfOnlyInvalidEditionsNeedsNoDatabase() {
        DataSource none = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    throw new AssertionError("no connection expected");
                });
        EditionUpsertWriter writer = new EditionUpsertWriter(none, SqlDialect.SQLITE,
                new EditionRowMapper(IptcTopLevel.shipped()), RetryPolicy.of(1, Duration.ZERO, Duration.ZERO));
        Edition noFetch = new Edition("D", "en", "u", null, null, "ltr", 1, List.of(), List.of(), List.of(), null,
                null, List.of(), null, null, 1, null, 1, false, null);
        WriteOutcome out = writer.write(List.of(noFetch));
        assertThat(out.failures()).extracting(WriteOutcome.Failure::index).containsExactly(0);
        assertThat(out.stored()).isZero();
    }
}

package newsflow.launcher.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseLocatorTest {
    @TempDir
    Path base;

    @Test
    void aMissingSqliteFileIsNamedWithItsAbsolutePathAndNotCreated() {
        Path missing = base.resolve("nope.db");
        assertThatThrownBy(() -> DatabaseLocator.resolve(null, missing, base))
                .hasMessageContaining(missing.toAbsolutePath().toString()).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> DatabaseLocator.resolve("jdbc:sqlite:" + missing, null, base))
                .hasMessageContaining(missing.toAbsolutePath().toString());
        assertThat(missing).doesNotExist();
    }

    @Test
    void withoutADatabaseNamedTheMostRecentDefaultIsRead() throws Exception {
        assertThatThrownBy(() -> DatabaseLocator.resolve(null, null, base))
                .hasMessageContaining(base.resolve("newsflow-demo/newsflow.db").toString())
                .hasMessageContaining(base.resolve("newsflow-run/newsflow.db").toString());
        Path demo = Files.createDirectories(base.resolve("newsflow-demo")).resolve("newsflow.db");
        Path run = Files.createDirectories(base.resolve("newsflow-run")).resolve("newsflow.db");
        Files.writeString(demo, "");
        Files.writeString(run, "");
        Files.setLastModifiedTime(demo, FileTime.fromMillis(1_000_000));
        Files.setLastModifiedTime(run, FileTime.fromMillis(2_000_000));
        assertThat(DatabaseLocator.resolve(null, null, base)).isEqualTo("jdbc:sqlite:" + run);
        Files.setLastModifiedTime(demo, FileTime.fromMillis(3_000_000));
        assertThat(DatabaseLocator.resolve(null, null, base)).isEqualTo("jdbc:sqlite:" + demo);
    }

    @Test
    void otherDatabasesPassThrough() {
        assertThat(DatabaseLocator.resolve("jdbc:postgresql://db/newsflow", null, base)).isEqualTo("jdbc:postgresql://db/newsflow");
        assertThat(DatabaseLocator.sqliteFile("jdbc:sqlite::memory:")).isEmpty();
    }
}

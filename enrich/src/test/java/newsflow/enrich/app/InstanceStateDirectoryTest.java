package newsflow.enrich.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11: each enrich instance on a machine gets its own state directory, stable across restarts. */
class InstanceStateDirectoryTest {
    @TempDir
    Path base;

    @Test
    void instancesWithoutAnIdTakeTheFirstFreeSlotAndGetItBackAfterARestart() {
        try (InstanceStateDirectory first = InstanceStateDirectory.claim(base, Optional.empty());
             InstanceStateDirectory second = InstanceStateDirectory.claim(base, Optional.empty())) {
            assertThat(first.instanceId()).isEqualTo("instance-0");
            assertThat(second.instanceId()).isEqualTo("instance-1");
            assertThat(first.path()).isEqualTo(base.resolve("instance-0")).isDirectory();
            assertThat(second.path()).isEqualTo(base.resolve("instance-1")).isDirectory();
            first.close(); // the first instance stops (or crashes: its lock dies with it) and starts again
            try (InstanceStateDirectory restarted = InstanceStateDirectory.claim(base, Optional.empty());
                 InstanceStateDirectory third = InstanceStateDirectory.claim(base, Optional.empty())) {
                assertThat(restarted.path()).isEqualTo(base.resolve("instance-0"));
                assertThat(third.path()).isEqualTo(base.resolve("instance-2"));
            }
        }
    }

    @Test
    void aConfiguredIdIsTheDirectoryAndKeepsItsStateAcrossRestarts() throws Exception {
        try (InstanceStateDirectory a = InstanceStateDirectory.claim(base, Optional.of("enrich-a"));
             InstanceStateDirectory b = InstanceStateDirectory.claim(base, Optional.of("enrich-b"))) {
            assertThat(a.path()).isEqualTo(base.resolve("enrich-a"));
            assertThat(b.path()).isEqualTo(base.resolve("enrich-b"));
            Files.writeString(a.path().resolve("store"), "kept");
        }
        try (InstanceStateDirectory again = InstanceStateDirectory.claim(base, Optional.of("enrich-a"))) {
            assertThat(again.path().resolve("store")).hasContent("kept");
        }
    }

    @Test
    void aConfiguredIdHeldByARunningInstanceFailsNamingTheKey() {
        try (InstanceStateDirectory held = InstanceStateDirectory.claim(base, Optional.of("enrich-a"))) {
            assertThatThrownBy(() -> InstanceStateDirectory.claim(base, Optional.of("enrich-a")))
                    .isInstanceOf(ConfigException.class).hasMessageContaining(EnrichConfig.INSTANCE_ID)
                    .hasMessageContaining("enrich-a.lock");
            try (InstanceStateDirectory slot = InstanceStateDirectory.claim(base, Optional.empty())) {
                assertThat(slot.instanceId()).isEqualTo("instance-0"); // ids and slots do not collide
            }
        }
    }

    @Test
    void aMissingBaseIsCreated() {
        Path nested = base.resolve("a").resolve("b");
        try (InstanceStateDirectory d = InstanceStateDirectory.claim(nested, Optional.empty())) {
            assertThat(d.path()).isEqualTo(nested.resolve("instance-0")).isDirectory();
        }
    }
}

package newsflow.enrich.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The slot locks hold across separate processes (as two enrich services on one machine run): a child JVM claims
 * a slot, this JVM gets the next one, and gets the child's slot after the child is killed with SIGKILL (a
 * crash does not leave its slot blocked).
 */
class InstanceStateDirectoryProcessIT {
    @TempDir
    Path base;

    /** Entry point of the child process: claims a directory, prints its id, holds it until stdin closes. */
    public static void main(String[] args) throws Exception {
        try (InstanceStateDirectory d = InstanceStateDirectory.claim(Path.of(args[0]),
                args.length > 1 ? Optional.of(args[1]) : Optional.empty())) {
            System.out.println(d.instanceId());
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the lock
            }
        }
    }

    @Test
    void anotherProcessHoldsItsSlotUntilItDies() throws Exception {
        Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), InstanceStateDirectoryProcessIT.class.getName(),
                base.toString())).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("instance-0");
            try (InstanceStateDirectory mine = InstanceStateDirectory.claim(base, Optional.empty())) {
                assertThat(mine.instanceId()).isEqualTo("instance-1");
            }
            child.destroyForcibly();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            try (InstanceStateDirectory after = InstanceStateDirectory.claim(base, Optional.empty())) {
                assertThat(after.instanceId()).isEqualTo("instance-0");
            }
        } finally {
            child.destroyForcibly();
        }
    }
}

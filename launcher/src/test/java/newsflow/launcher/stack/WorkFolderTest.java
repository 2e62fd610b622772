package newsflow.launcher.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import newsflow.launcher.cli.NewsflowCli;

class WorkFolderTest {
    @TempDir
    Path tmp;

    @Test
    void createsAMissingFolderWithTheMarker() throws Exception {
        Path dir = WorkFolder.prepare(tmp.resolve("a/b"), false);
        assertThat(dir).isDirectory();
        assertThat(dir.resolve(WorkFolder.MARKER)).isRegularFile();
    }

    @Test
    void startsAfreshOnlyInAMarkedFolder() throws Exception {
        Path dir = WorkFolder.prepare(tmp.resolve("w"), false);
        Files.createDirectories(dir.resolve("kafka/x"));
        Files.writeString(dir.resolve("kafka/x/data"), "old", StandardCharsets.UTF_8);
        WorkFolder.prepare(dir, true);
        assertThat(dir.resolve("kafka/x/data")).exists();
        WorkFolder.prepare(dir, false);
        assertThat(dir.resolve("kafka")).doesNotExist();
        assertThat(dir.resolve(WorkFolder.MARKER)).isRegularFile();
    }

    @Test
    void refusesANonEmptyFolderItDidNotCreateAndDeletesNothing() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(dir.resolve("thesis.tex"), "precious", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> WorkFolder.prepare(dir, false))
                .isInstanceOf(WorkFolder.WorkFolderException.class)
                .hasMessageContaining(dir.toString()).hasMessageContaining(WorkFolder.MARKER);
        assertThatThrownBy(() -> WorkFolder.prepare(dir, true)).isInstanceOf(WorkFolder.WorkFolderException.class);
        assertThat(dir.resolve("thesis.tex")).hasContent("precious");
    }

    @Test
    void adoptsAnEmptyFolder() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("empty"));
        WorkFolder.prepare(dir, false);
        assertThat(dir.resolve(WorkFolder.MARKER)).isRegularFile();
    }

    @Test
    void refusesTheCurrentDirectoryItsParentsHomeAndRepositoriesEvenWithAMarker() throws Exception {
        Path cwd = tmp.resolve("project/sub");
        Files.createDirectories(cwd);
        Path home = tmp.resolve("home/me");
        Files.createDirectories(home);
        assertThatThrownBy(() -> WorkFolder.refuseProtected(cwd, cwd, home)).hasMessageContaining("current directory");
        assertThatThrownBy(() -> WorkFolder.refuseProtected(tmp.resolve("project"), cwd, home))
                .hasMessageContaining("current directory");
        assertThatThrownBy(() -> WorkFolder.refuseProtected(home, cwd, home)).hasMessageContaining("home");
        assertThatThrownBy(() -> WorkFolder.refuseProtected(tmp.getRoot(), cwd, home)).hasMessageContaining("root");
        Path repo = Files.createDirectories(tmp.resolve("repo/.git"));
        assertThatThrownBy(() -> WorkFolder.refuseProtected(repo.getParent(), cwd, home)).hasMessageContaining(".git");
        WorkFolder.refuseProtected(tmp.resolve("project/sub/newsflow-demo"), cwd, home);
        assertThatThrownBy(() -> WorkFolder.prepare(Path.of("."), false)).hasMessageContaining("current directory");
    }

    @Test
    void demoValidatesItsArgumentsBeforeTouchingTheWorkFolder() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("kept"));
        Files.writeString(dir.resolve(WorkFolder.MARKER), "", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("state"), "kept", StandardCharsets.UTF_8);
        int code = new CommandLine(new NewsflowCli()).execute("demo", "--work-dir", dir.toString(),
                "--site", tmp.resolve("nonexistent").toString());
        assertThat(code).isNotZero();
        assertThat(dir.resolve("state")).hasContent("kept");
        code = new CommandLine(new NewsflowCli()).execute("demo", "--work-dir", dir.toString(), "--timeout", "PT0S");
        assertThat(code).isNotZero();
        assertThat(dir.resolve("state")).hasContent("kept");
    }
}

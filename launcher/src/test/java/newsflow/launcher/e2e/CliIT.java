package newsflow.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.launcher.cli.NewsflowCli;
import newsflow.launcher.demo.site.DemoSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code newsflow demo --work-dir DIR} run in-process through picocli, standard output captured: exit code 0 and
 * the closing summary (documents, editions per language, database path), which must agree with the database the
 * run wrote.
 */
class CliIT {
    private static final Pattern DOCUMENTS = Pattern.compile("(?m)^documents: (\\d+), editions: (\\d+)$");
    private static final Pattern LANG_LINE = Pattern.compile("(?m)^  (\\S+)\\s+(\\d+)$");

    @TempDir
    Path tmp;

    @Test
    void demoDrainsAndPrintsTheSummary() throws Exception {
        Path workDir = tmp.resolve("demo");
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream original = System.out;
        int exit;
        try (PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            exit = new CommandLine(new NewsflowCli()).execute("demo", "--work-dir", workDir.toString());
        } finally {
            System.setOut(original);
        }
        String out = buffer.toString(StandardCharsets.UTF_8);
        System.out.println(out);

        assertThat(exit).isZero();
        int articles;
        try (DemoSite site = DemoSite.start()) {
            articles = site.articleCount();
        }
        assertThat(out).contains("demo news site: " + articles + " articles at http://127.0.0.1:");
        assertThat(out).contains("drained in ");
        String sqlite = "jdbc:sqlite:" + workDir.toAbsolutePath().resolve("newsflow.db");
        assertThat(out).contains("database: " + sqlite);

        Matcher m = DOCUMENTS.matcher(out);
        assertThat(m.find()).as("documents line in%n%s", out).isTrue();
        try (Connection c = DriverManager.getConnection(sqlite); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT COUNT(DISTINCT document_id), COUNT(*) FROM editions")) {
                r.next();
                assertThat(Long.parseLong(m.group(1))).as("documents").isEqualTo(r.getLong(1)).isPositive();
                assertThat(Long.parseLong(m.group(2))).as("editions").isEqualTo(r.getLong(2));
            }
            String perLanguage = out.substring(out.indexOf("editions per language:"), out.indexOf("top topics"));
            List<String> printed = new ArrayList<>();
            Matcher lm = LANG_LINE.matcher(perLanguage);
            while (lm.find()) {
                printed.add(lm.group(1) + "=" + lm.group(2));
            }
            List<String> stored = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT lang, COUNT(*) AS n FROM editions GROUP BY lang ORDER BY n DESC, lang")) {
                while (r.next()) {
                    stored.add(r.getString(1) + "=" + r.getLong(2));
                }
            }
            assertThat(printed).as("editions per language").isNotEmpty().containsExactlyInAnyOrderElementsOf(stored);
        }
    }
}

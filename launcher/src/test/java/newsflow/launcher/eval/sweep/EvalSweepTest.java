package newsflow.launcher.eval.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import newsflow.enrich.app.Enrichers;
import newsflow.launcher.eval.sweep.SetTally.Check;
import newsflow.launcher.stack.EnrichConfigs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sanity sweep on a small fixture folder of its own: two page sets (plain and gzip pages, one answer file and
 * one non-page file that are not pages, a folder without pages that is no set), each page kind counted and
 * every offender named by file.
 */
class EvalSweepTest {

    private static final String ARTICLE = """
            <html lang="en"><head><title>Ferry resumes service</title></head><body><article>
            <h1>Ferry resumes service</h1>
            <p>The island ferry sailed again on Monday after storm damage to the pier was repaired.</p>
            <p>Timetables are unchanged, the operator said, and extra crossings run on Saturday.</p>
            </article></body></html>""";

    @TempDir
    Path data;

    private static void write(Path file, String html) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, html, StandardCharsets.UTF_8);
    }

    private static void writeGzip(Path file, String html) throws Exception {
        Files.createDirectories(file.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(html.getBytes(StandardCharsets.UTF_8));
        }
    }

    private void fixtures() throws Exception {
        write(data.resolve("briefs/html/a.html"), ARTICLE);
        writeGzip(data.resolve("briefs/html/b.html.gz"), """
                <html lang="en"><head><title>Pier repaired</title></head><body><article><h1>Pier repaired</h1>
                <p>Workers finished repairs to the pier on Sunday, the harbour master said in a statement \uFFFD
                issued late in the evening.</p></article></body></html>""");
        write(data.resolve("briefs/html/c.html"), """
                <html lang="de"><head><title>Seite nicht gefunden (404)</title></head><body><h1>Fehler 404</h1>
                <p>Die von Ihnen gesuchte Seite existiert nicht.</p></body></html>""");
        write(data.resolve("briefs/html/d.htm"), """
                <html lang="es"><head><title>Diario</title></head><body><div role="dialog" aria-modal="true">
                <p>Utilizamos cookies propias y de terceros.</p><button>Aceptar</button></div></body></html>""");
        write(data.resolve("briefs/answers/expected.html"), ARTICLE);
        write(data.resolve("briefs/README.txt"), "not a page");
        write(data.resolve("mixed/one.html"), """
                <html lang="en"><head><title>Council budget</title></head><body><article><h1>Council budget</h1>
                <p>The council approved its budget on Monday after a long debate about bus services.</p>
                <p>Error 404: the page you requested could not be shown, readers of the old link were told.</p>
                <p>The vote was 31 to 12, with two abstentions, and the budget takes effect in April.</p>
                </article></body></html>""");
        Files.createDirectories(data.resolve("lexicon"));
        write(data.resolve("lexicon/words.tsv"), "a\tb\n");
    }

    @Test
    void everySetIsSweptAndEveryOffenderIsNamed() throws Exception {
        fixtures();
        Map<String, List<Path>> sets = PageSets.find(data, List.of());
        assertThat(sets.keySet()).containsExactly("briefs", "mixed");
        assertThat(sets.get("briefs")).hasSize(4);

        Sweep sweep = new Sweep(Enrichers.create(EnrichConfigs.load(null, Map.of(), Map.of())),
                Instant.parse("2026-03-06T12:00:00Z"));
        List<SetTally> tallies = sweep.run(data, sets);
        SetTally briefs = tallies.get(0);
        assertThat(briefs.pages()).isEqualTo(4);
        assertThat(briefs.kinds()).containsExactlyInAnyOrderEntriesOf(
                Map.of("article", 2, "soft_404", 1, "consent_wall", 1));
        assertThat(briefs.offenders(Check.FFFD)).containsExactly("html/b.html.gz");
        assertThat(briefs.offenders(Check.SHORT_EDITION)).containsExactly("html/b.html.gz  1 of 1");
        assertThat(briefs.offenders(Check.NOT_ARTICLE))
                .containsExactly("html/c.html  soft_404", "html/d.htm  consent_wall");
        assertThat(briefs.offenders(Check.WALL_TEXT)).isEmpty();
        assertThat(briefs.offenders(Check.ERROR)).isEmpty();
        SetTally mixed = tallies.get(1);
        assertThat(mixed.offenders(Check.WALL_TEXT)).singleElement().asString()
                .startsWith("one.html  not_found: Error 404");

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        SetTally.printHeader(out);
        briefs.printRow(out);
        briefs.printOffenders(out, 1);
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("pages by kind").contains("briefs").contains("html/b.html.gz")
                .contains("… and 1 more");
    }
}

package newsflow.launcher.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import newsflow.common.serde.Json;
import newsflow.enrich.lang.AccuracyMode;
import newsflow.enrich.lang.LanguageCatalog;
import newsflow.enrich.lang.LanguageIdentifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsflow detect-language --input F.txt}: one text per line in (UTF-8); on standard output one JSON row
 * per input line, in order: {@code {"lang": ISO 639-1 | null, "confidence": 0..1}} (contract:
 * ../shared/eval/README.md). {@code lang} is null for a line without letters or in a script no enabled language
 * is written in. Logs go to standard error.
 */
@Command(name = "detect-language", mixinStandardHelpOptions = true,
        description = "Identify the language of each line of a text file (JSONL on standard output).")
public final class DetectLanguageCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(DetectLanguageCommand.class);

    @Option(names = "--input", required = true, description = "Text file, one text per line; '-' for stdin.")
    String input;

    @Option(names = "--languages", split = ",",
            description = "Enabled ISO 639-1 codes (default: the twenty of enrich.languages: ar,fa,ur,en,fr,es,de,it,pt,ru,zh,tr,nl,pl,uk,ja,ko,hi,id,he).")
    List<String> languages = LanguageCatalog.DEFAULT_LANGUAGES;

    @Option(names = "--mode", description = "Lingua accuracy mode: HIGH or LOW, any case (default: ${DEFAULT-VALUE}).")
    AccuracyMode mode = LanguageIdentifier.DEFAULT_MODE;

    @Override
    public Integer call() throws Exception {
        LanguageIdentifier identifier;
        try {
            identifier = new LanguageIdentifier(languages, mode);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--languages: " + e.getMessage(), e);
        }
        ObjectMapper mapper = Json.mapper();
        long lines = 0;
        long start = System.nanoTime();
        try (JsonLinesOutput out = JsonLinesOutput.stdout(mapper);
             BufferedReader in = "-".equals(input)
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : BatchInput.open(Path.of(input))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                LanguageIdentifier.Detection d = identifier.detect(line);
                ObjectNode row = mapper.createObjectNode();
                if (d.lang() == null) {
                    row.putNull("lang");
                } else {
                    row.put("lang", d.lang());
                }
                row.put("confidence", d.confidence());
                out.write(row);
                lines++;
            }
        }
        LOG.info("detect-language: {} lines in {} ms", lines, (System.nanoTime() - start) / 1_000_000);
        return 0;
    }
}

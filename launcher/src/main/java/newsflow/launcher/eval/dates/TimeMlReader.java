package newsflow.launcher.eval.dates;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads TimeML 1.2.1 files (TimeBank, AQUAINT, TempEval-3, and the inline Arabic corpus): the text of the
 * TEXT element (or of the whole TimeML element when there is no TEXT), markup removed and XML entities
 * decoded, with each TIMEX3 as a gold span in Unicode code points. The TIMEX3 whose
 * {@code functionInDocument} is CREATION_TIME gives the reference day and is excluded from gold.
 * A lenient scanner rather than a DOM parser: some corpus files are not well-formed (BOMs, stray DOCTYPEs).
 */
public final class TimeMlReader {

    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>", Pattern.DOTALL);
    private static final Pattern ATTR = Pattern.compile("([A-Za-z_]+)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern DCT = Pattern.compile("<TIMEX3[^>]*functionInDocument=\"CREATION_TIME\"[^>]*>",
            Pattern.DOTALL);
    private static final Pattern VALUE = Pattern.compile("value=\"(\\d{4}-\\d{2}-\\d{2})");

    private TimeMlReader() {
    }

    /**
     * @param file a .tml file
     * @return the document; its dct is null when the file has no creation time
     * @throws IOException when the file cannot be read
     */
    public static TimeMlDocument read(Path file) throws IOException {
        String xml = Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
        LocalDate dct = null;
        Matcher d = DCT.matcher(xml);
        if (d.find()) {
            Matcher v = VALUE.matcher(d.group());
            if (v.find()) {
                dct = LocalDate.parse(v.group(1));
            }
        }
        int from = xml.indexOf("<TEXT>");
        int to = xml.indexOf("</TEXT>");
        String body;
        if (from >= 0 && to > from) {
            body = xml.substring(from + 6, to);
        } else {
            int s = xml.indexOf("<TimeML");
            s = s < 0 ? 0 : xml.indexOf('>', s) + 1;
            int e = xml.lastIndexOf("</TimeML>");
            body = xml.substring(s, e < 0 ? xml.length() : e);
        }
        StringBuilder text = new StringBuilder();
        List<TimeMlDocument.Gold> gold = new ArrayList<>();
        Matcher m = TAG.matcher(body);
        int last = 0;
        int openStart = -1;
        String openType = null;
        String openValue = null;
        boolean openIsDct = false;
        while (m.find()) {
            text.append(decode(body.substring(last, m.start())));
            last = m.end();
            if (!m.group(2).equals("TIMEX3")) {
                continue;
            }
            if (m.group(1).isEmpty()) {
                openStart = text.length();
                String attrs = m.group(3);
                openType = attr(attrs, "type");
                openValue = attr(attrs, "value");
                openIsDct = "CREATION_TIME".equals(attr(attrs, "functionInDocument"));
            } else if (openStart >= 0) {
                if (!openIsDct && openValue != null) {
                    String s = text.substring(openStart);
                    int cpStart = text.codePointCount(0, openStart);
                    gold.add(new TimeMlDocument.Gold(cpStart, cpStart + s.codePointCount(0, s.length()), s, openType,
                            openValue));
                }
                openStart = -1;
            }
        }
        text.append(decode(body.substring(last)));
        return new TimeMlDocument(file.getFileName().toString(), text.toString(), dct, gold);
    }

    private static String attr(String attrs, String name) {
        Matcher a = ATTR.matcher(attrs);
        while (a.find()) {
            if (a.group(1).equals(name)) {
                return a.group(2);
            }
        }
        return null;
    }

    private static String decode(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}

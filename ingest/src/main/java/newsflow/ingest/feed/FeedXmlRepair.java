package newsflow.ingest.feed;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * The lenient pre-pass run on feed XML before the real parser (case C09). Outside CDATA sections and
 * comments, it replaces HTML5 named character references that XML does not declare ({@code &euro;},
 * {@code &rsquo;}, {@code &nbsp;}…, the HTML5 list of Jsoup's {@link Entities}) with their characters, and
 * escapes every ampersand that does not start a valid reference as {@code &amp;}. The five XML entities and
 * numeric references are kept. A replacement character that is itself markup ({@code <}, {@code &}) is written
 * as its XML entity.
 */
public final class FeedXmlRepair {
    /** The entities XML predefines (XML 1.0, section 4.6). */
    public static final Set<String> XML_ENTITIES = Set.of("amp", "lt", "gt", "quot", "apos");
    private static final Pattern PROTECTED = Pattern.compile("<!\\[CDATA\\[.*?]]>|<!--.*?-->", Pattern.DOTALL);
    private static final Pattern AMPERSAND = Pattern.compile("&(?:(#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};)|([A-Za-z][A-Za-z0-9]{0,31});)?");

    /**
     * @param xml      the text after the pre-pass
     * @param repaired true when anything was changed
     */
    public record Result(String xml, boolean repaired) {
    }

    private FeedXmlRepair() {
    }

    /**
     * @param xml the feed text as decoded
     * @return the repaired text and whether it changed
     */
    public static Result repair(String xml) {
        StringBuilder out = new StringBuilder(xml.length() + 16);
        Matcher p = PROTECTED.matcher(xml);
        int last = 0;
        while (p.find()) {
            out.append(repairText(xml.substring(last, p.start())));
            out.append(p.group());
            last = p.end();
        }
        out.append(repairText(xml.substring(last)));
        String repaired = out.toString();
        return new Result(repaired, !repaired.equals(xml));
    }

    private static String repairText(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher m = AMPERSAND.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        while (m.find()) {
            String replacement;
            if (m.group(1) != null) {
                replacement = m.group();
            } else if (m.group(2) != null) {
                String name = m.group(2);
                if (XML_ENTITIES.contains(name)) {
                    replacement = m.group();
                } else if (Entities.isNamedEntity(name)) {
                    replacement = escape(Entities.getByName(name));
                } else {
                    replacement = "&amp;" + name + ";";
                }
            } else {
                replacement = "&amp;";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String escape(String chars) {
        return chars.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}

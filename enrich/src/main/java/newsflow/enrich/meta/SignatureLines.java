package newsflow.enrich.meta;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A signature byline written as article text: a paragraph wholly in bold ({@code <p><strong>Jane Doe</strong></p>},
 * "Mathatisi Sebusi/Mohalenyane Phakela") that is the first or the last non-empty paragraph of a body of at least
 * {@link #MIN_BODY_PARAGRAPHS} paragraphs of running text, and at most {@link #MAX_WORDS} words. The text is a raw
 * credit for {@link AuthorNames#clean}, which still decides whether it reads as names (capitalised words, no
 * noise). A last resort: only read when no other source names an author.
 */
final class SignatureLines {

    /** Paragraphs of at least {@link #RUNNING_TEXT_CHARS} characters that make the paragraph run an article body. */
    static final int MIN_BODY_PARAGRAPHS = 3;
    /** A paragraph this long is running text. */
    static final int RUNNING_TEXT_CHARS = 80;
    /** Longest signature line, in words (two or three names). */
    static final int MAX_WORDS = 8;

    private SignatureLines() {
    }

    /**
     * @param doc the page
     * @return raw credits, one per signature paragraph, in page order
     */
    static List<String> find(Document doc) {
        List<String> out = new ArrayList<>();
        for (Element bold : doc.select("p > strong, p > b")) {
            Element p = bold.parent();
            String text = p.text().replace('\u00A0', ' ').strip();
            if (text.isEmpty() || !text.equals(bold.text().replace('\u00A0', ' ').strip())
                    || text.split("\\s+").length > MAX_WORDS || text.endsWith(".") || text.endsWith(":")) {
                continue;
            }
            List<Element> paragraphs = new ArrayList<>();
            int running = 0;
            for (Element sib : p.parent().children()) {
                if (sib.normalName().equals("p") && !sib.text().replace('\u00A0', ' ').isBlank()) {
                    paragraphs.add(sib);
                    if (sib.text().length() >= RUNNING_TEXT_CHARS) {
                        running++;
                    }
                }
            }
            boolean edge = !paragraphs.isEmpty()
                    && (paragraphs.get(0) == p || paragraphs.get(paragraphs.size() - 1) == p);
            if (edge && running >= MIN_BODY_PARAGRAPHS && !out.contains(text)) {
                out.add(text);
            }
        }
        return out;
    }
}

package newsflow.ingest.charset;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;

/**
 * The last step of encoding sniffing for a page that declares nothing usable: ICU4J's {@link CharsetDetector}
 * (byte n-gram statistics per language for the single-byte charsets — windows-1256 and ISO-8859-6 Arabic,
 * windows-1251 and KOI8-R Russian, ISO-8859-1/windows-1252 French, German, Spanish… — and structural checks
 * for the multi-byte ones: Shift_JIS, EUC-JP, GB18030, Big5, EUC-KR, UTF-8, UTF-16). ICU reads at most 8,000
 * bytes, so it is given the page's text, not its markup: the runs of bytes between tags that hold a non-ASCII
 * byte (script and style contents and comments dropped), up to {@value #SAMPLE_BYTES} bytes. Its answer is
 * mapped through the WHATWG labels ({@link EncodingLabels}: ISO-8859-1 decodes as windows-1252); answers the
 * web does not use (UTF-32, EBCDIC, ISO-2022-KR/CN), and UTF-16, which a page without a byte-order mark is
 * not (its markup is ASCII-compatible, and binary noise passes for UTF-16), are passed over for the next best.
 */
final class StatisticalDetector {
    /** What ICU reads at most. */
    static final int SAMPLE_BYTES = 8000;
    /** Below this confidence (0-100) a guess is not taken. */
    static final int MIN_CONFIDENCE = 10;

    /**
     * @param charset    the charset guessed
     * @param confidence ICU's confidence, 0-100
     * @param language   the language ICU associates with the match (ISO 639-1), or null
     */
    record Guess(Charset charset, int confidence, String language) {
    }

    private StatisticalDetector() {
    }

    /**
     * @param body the page bytes
     * @return the best guess, or null when the page has no non-ASCII text or no guess is confident enough
     */
    static Guess guess(byte[] body) {
        byte[] sample = textSample(body);
        if (sample.length == 0) {
            return null;
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(sample);
        CharsetMatch[] matches = detector.detectAll();
        for (CharsetMatch m : matches) {
            if (m.getConfidence() < MIN_CONFIDENCE) {
                break;
            }
            Charset cs = EncodingLabels.forLabel(m.getName());
            if (cs != null && !EncodingLabels.isUtf16(cs)) {
                return new Guess(cs, m.getConfidence(), m.getLanguage());
            }
        }
        return null;
    }

    /**
     * @param body page bytes
     * @return the text runs (between tags) holding a byte at or above 0x80, each followed by a space, at most
     *         {@value #SAMPLE_BYTES} bytes; script and style contents, comments and tags left out
     */
    static byte[] textSample(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        int runStart = 0;
        boolean high = false;
        while (i < body.length && out.size() < SAMPLE_BYTES) {
            byte c = body[i];
            if (c == '<') {
                if (high) {
                    out.write(body, runStart, Math.min(i - runStart, SAMPLE_BYTES - out.size()));
                    out.write(' ');
                }
                i = afterMarkup(body, i);
                runStart = i;
                high = false;
            } else {
                high |= c < 0;
                i++;
            }
        }
        if (high && out.size() < SAMPLE_BYTES) {
            out.write(body, runStart, Math.min(i - runStart, SAMPLE_BYTES - out.size()));
        }
        return out.toByteArray();
    }

    /** @return the index after the tag or comment at {@code at}, and after a script or style element's text */
    private static int afterMarkup(byte[] b, int at) {
        if (ByteScan.startsWith(b, at, "<!--")) {
            int end = ByteScan.indexOf(b, "-->", at + 4);
            return end < 0 ? b.length : end + 3;
        }
        int end = ByteScan.indexOf(b, ">", at);
        if (end < 0) {
            return b.length;
        }
        for (String raw : new String[] {"script", "style"}) {
            if (ByteScan.startsWithIgnoreCase(b, at + 1, raw)) {
                int close = ByteScan.indexOfIgnoreCase(b, "</" + raw, end);
                return close < 0 ? b.length : indexOfOrEnd(b, ">", close) + 1;
            }
        }
        return end + 1;
    }

    private static int indexOfOrEnd(byte[] b, String s, int from) {
        int i = ByteScan.indexOf(b, s, from);
        return i < 0 ? b.length - 1 : i;
    }
}

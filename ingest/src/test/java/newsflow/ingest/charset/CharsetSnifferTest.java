package newsflow.ingest.charset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharsetSnifferTest {
    private static final Charset CP1256 = Charset.forName("windows-1256");
    /** "Doha news" in Arabic. */
    private static final String ARABIC = "\u0623\u062e\u0628\u0627\u0631 \u0627\u0644\u062f\u0648\u062d\u0629";

    @Test
    void windows1256FromHeaderGivesCorrectArabic() {
        byte[] body = ("<html><body><p>" + ARABIC + "</p></body></html>").getBytes(CP1256);
        // the bytes really are single-byte windows-1256 (not UTF-8): one byte per Arabic letter
        assertThat(body).contains((byte) 0xC3);
        CharsetSniffer.Decoded d = CharsetSniffer.decode(body, "text/html; charset=windows-1256");
        assertThat(d.text()).contains(ARABIC);
        assertThat(d.charset()).isEqualTo("windows-1256");
        assertThat(d.via()).isEqualTo("header");
    }

    @Test
    void windows1256FromMetaCharsetAndHttpEquiv() {
        byte[] a = ("<html><head><meta charset=\"windows-1256\"></head><body>" + ARABIC + "</body></html>")
                .getBytes(CP1256);
        byte[] b = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">"
                + "</head><body>" + ARABIC + "</body></html>").getBytes(CP1256);
        for (byte[] body : new byte[][] {a, b}) {
            CharsetSniffer.Decoded d = CharsetSniffer.decode(body, "text/html");
            assertThat(d.text()).contains(ARABIC);
            assertThat(d.via()).isEqualTo("meta");
        }
    }

    @Test
    void bomWinsOverAWrongHeader() {
        byte[] utf8 = ARABIC.getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[utf8.length + 3];
        body[0] = (byte) 0xEF;
        body[1] = (byte) 0xBB;
        body[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, body, 3, utf8.length);
        CharsetSniffer.Decoded d = CharsetSniffer.decode(body, "text/html; charset=iso-8859-1");
        assertThat(d.text()).isEqualTo(ARABIC);
        assertThat(d.via()).isEqualTo("bom");
    }

    @Test
    void defaultIsUtf8AndLatin1LabelMeansWindows1252() {
        assertThat(CharsetSniffer.decode("caf\u00e9".getBytes(StandardCharsets.UTF_8), null).text())
                .isEqualTo("caf\u00e9");
        byte[] quote = {(byte) 0x93, 'x', (byte) 0x94};
        assertThat(CharsetSniffer.decode(quote, "text/html; charset=ISO-8859-1").text()).isEqualTo("\u201cx\u201d");
        assertThat(CharsetSniffer.decode("x".getBytes(StandardCharsets.UTF_8), "text/html; charset=bogus-cs").via())
                .isEqualTo("default");
    }
}

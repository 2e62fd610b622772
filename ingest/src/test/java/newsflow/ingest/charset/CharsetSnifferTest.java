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
    void c14AGarbageMetaLabelIsSkippedForTheNextValidDeclaration() {
        byte[] body = ("<html><head><meta charset=\"iso-8\"><meta http-equiv=\"Content-Type\" content=\"text/html\">"
                + "<title>" + ARABIC + "</title><meta http-equiv=\"Content-Type\" content=\"text/html; "
                + "charset=windows-1256\"></head><body><p>" + ARABIC + "</p></body></html>").getBytes(CP1256);
        CharsetSniffer.Decoded d = CharsetSniffer.decode(body, "text/html");
        assertThat(d.charset()).isEqualTo("windows-1256");
        assertThat(d.via()).isEqualTo("meta");
        assertThat(d.text()).contains("<title>" + ARABIC + "</title>").doesNotContain("\uFFFD");
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

    @Test
    void validMultiByteUtf8BeatsALegacyLabel() {
        byte[] body = "<html><head><meta charset=\"iso-8859-1\"></head><body>jetzt für nur 5,99 Euro 人民</body></html>"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        CharsetSniffer.Decoded meta = CharsetSniffer.decode(body, null);
        org.assertj.core.api.Assertions.assertThat(meta.text()).contains("für nur", "人民");
        org.assertj.core.api.Assertions.assertThat(meta.via()).isEqualTo("utf8-over-meta");
        CharsetSniffer.Decoded header = CharsetSniffer.decode(body, "text/html; charset=GB2312");
        org.assertj.core.api.Assertions.assertThat(header.text()).contains("für nur", "人民");
    }

    @Test
    void realWindows1256BytesStayWindows1256() {
        java.nio.charset.Charset cp1256 = java.nio.charset.Charset.forName("windows-1256");
        byte[] body = "<html><head><meta charset=\"windows-1256\"></head><body>معرض الكتاب يفتح أبوابه</body></html>"
                .getBytes(cp1256);
        CharsetSniffer.Decoded d = CharsetSniffer.decode(body, null);
        org.assertj.core.api.Assertions.assertThat(d.text()).contains("معرض الكتاب يفتح أبوابه");
        org.assertj.core.api.Assertions.assertThat(d.charset()).isEqualTo("windows-1256");
    }
}

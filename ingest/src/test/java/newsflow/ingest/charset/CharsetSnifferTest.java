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

    /** An XHTML page whose only declaration is its XML declaration: the author's word, not a statistical guess. */
    @Test
    void anXmlDeclarationAloneDecidesAnXhtmlPage() {
        String[][] variants = {
            {"<?xml version=\"1.0\" encoding=\"ISO-8859-7\"?>\n", "ISO-8859-7",
                "\u0397 \u03ba\u03c5\u03b2\u03ad\u03c1\u03bd\u03b7\u03c3\u03b7"},
            {"<?xml version='1.0' encoding='windows-1251' standalone='yes'?>", "windows-1251",
                "\u041f\u0440\u0430\u0432\u0438\u0442\u0435\u043b\u044c\u0441\u0442\u0432\u043e"},
            {"<?xml version=\"1.0\"   encoding = \"iso-8859-2\" ?>\r\n<!-- c -->", "ISO-8859-2",
                "Rz\u0105d \u017ar\u00f3d\u0142o"},
        };
        for (String[] v : variants) {
            byte[] body = (v[0] + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>" + v[2]
                    + "</title></head><body><p>" + v[2] + "</p></body></html>").getBytes(Charset.forName(v[1]));
            CharsetSniffer.Decoded d = CharsetSniffer.sniff(body, null);
            assertThat(d.text()).as(v[1]).contains(v[2]);
            assertThat(d.via()).as(v[1]).isEqualTo("xml_prolog");
            assertThat(d.uncertain()).as(v[1]).isFalse();
        }
        // a header still wins over the document's own declaration
        byte[] body = "<?xml version=\"1.0\" encoding=\"ISO-8859-7\"?><html><p>plain</p></html>"
                .getBytes(StandardCharsets.US_ASCII);
        assertThat(CharsetSniffer.sniff(body, "application/xhtml+xml; charset=utf-8").via()).isEqualTo("header");
    }
}

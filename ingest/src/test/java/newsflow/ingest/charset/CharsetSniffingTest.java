package newsflow.ingest.charset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The whole sniffing order on pages in five scripts and their legacy charsets: declared in the header, in a meta
 * tag far into the head, or not at all (the detector), plus the disagreements and the undecodable.
 */
class CharsetSniffingTest {
    static Stream<Arguments> languages() {
        return Stream.of(
                Arguments.of("windows-1256", Samples.CP1256, Samples.ARABIC),
                Arguments.of("windows-1252", Samples.CP1252, Samples.FRENCH),
                Arguments.of("windows-1251", Samples.CP1251, Samples.RUSSIAN),
                Arguments.of("windows-31j", Samples.SJIS, Samples.JAPANESE),
                Arguments.of("GB18030", Samples.GBK, Samples.CHINESE));
    }

    private static byte[] bytes(String html, Charset cs) {
        byte[] b = html.getBytes(cs);
        assertThat(new String(b, cs)).isEqualTo(html); // the sample is representable
        return b;
    }

    @ParameterizedTest
    @MethodSource("languages")
    void theHeaderCharsetDecides(String expected, Charset cs, String text) {
        CharsetSniffer.Decoded d = CharsetSniffer.sniff(bytes(Samples.page("", "t", text), cs),
                "text/html; charset=\"" + cs.name() + "\"");
        assertThat(d.text()).contains(text).doesNotContain("\uFFFD");
        assertThat(d.charset()).isEqualTo(expected);
        assertThat(d.source()).isEqualTo(CharsetSource.HEADER);
        assertThat(d.uncertain()).isFalse();
        assertThat(d.undecodable()).isFalse();
    }

    @ParameterizedTest
    @MethodSource("languages")
    void aMetaAfterA20kScriptDecides(String expected, Charset cs, String text) {
        String head = Samples.script(20_000) + "<meta charset=\"" + cs.name().toLowerCase(java.util.Locale.ROOT)
                + "\">";
        CharsetSniffer.Decoded d = CharsetSniffer.sniff(bytes(Samples.page(head, "t", text), cs), "text/html");
        assertThat(d.text()).contains(text);
        assertThat(d.charset()).isEqualTo(expected);
        assertThat(d.source()).isEqualTo(CharsetSource.META);
        assertThat(d.uncertain()).isFalse();
    }

    @ParameterizedTest
    @MethodSource("languages")
    void anHttpEquivAfter2500BytesOfCssDecides(String expected, Charset cs, String text) {
        String head = Samples.style(2_500) + "<meta http-equiv=\"Content-Type\" content=\"text/html; charset="
                + cs.name() + "\">";
        CharsetSniffer.Decoded d = CharsetSniffer.sniff(bytes(Samples.page(head, "t", text), cs), null);
        assertThat(d.text()).contains(text);
        assertThat(d.charset()).isEqualTo(expected);
        assertThat(d.source()).isEqualTo(CharsetSource.META);
    }

    @ParameterizedTest
    @MethodSource("languages")
    void withNoDeclarationTheDetectorDecidesAndSaysItIsUncertain(String expected, Charset cs, String text) {
        CharsetSniffer.Decoded d = CharsetSniffer.sniff(bytes(Samples.page("", "t", text), cs), "text/html");
        assertThat(d.text()).contains(text).doesNotContain("\uFFFD");
        assertThat(d.source()).isEqualTo(CharsetSource.DETECTOR);
        assertThat(d.uncertain()).isTrue();
        assertThat(EncodingLabels.forLabel(d.charset()).decode(java.nio.ByteBuffer.wrap(text.getBytes(cs)))
                .toString()).isEqualTo(text);
    }

    @Test
    void aUtf16PageWithABomIsReadWhateverIsDeclared() {
        String html = Samples.page("<meta charset=\"windows-1256\">", "t", Samples.ARABIC);
        for (Charset cs : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE,
                StandardCharsets.UTF_8}) {
            byte[] bom = "\uFEFF".getBytes(cs);
            byte[] body = html.getBytes(cs);
            byte[] all = new byte[bom.length + body.length];
            System.arraycopy(bom, 0, all, 0, bom.length);
            System.arraycopy(body, 0, all, bom.length, body.length);
            CharsetSniffer.Decoded d = CharsetSniffer.sniff(all, "text/html; charset=iso-8859-1");
            assertThat(d.text()).isEqualTo(html);
            assertThat(d.charset()).isEqualTo(cs.name());
            assertThat(d.source()).isEqualTo(CharsetSource.BOM);
        }
    }

    /** Decodes, checks the text, charset source and charset (when given), and returns the result. */
    private static CharsetSniffer.Decoded expect(String head, String text, Charset cs, String contentType,
                                                 CharsetSource source, String charset) {
        CharsetSniffer.Decoded d = CharsetSniffer.sniff(bytes(Samples.page(head, "t", text), cs), contentType);
        assertThat(d.text()).contains(text);
        assertThat(d.source()).isEqualTo(source);
        if (charset != null) {
            assertThat(d.charset()).isEqualTo(charset);
        }
        return d;
    }

    @Test
    void whenHeaderAndMetaDisagreeTheHeaderWins() {
        expect("<meta charset=\"windows-1252\">", Samples.RUSSIAN, Samples.CP1251, "text/html; charset=windows-1251",
                CharsetSource.HEADER, "windows-1251");
        expect("<meta charset=\"iso-8859-6\">", Samples.ARABIC, Samples.CP1256, "text/html; charset=cp1256",
                CharsetSource.HEADER, "windows-1256");
        expect("<meta charset=\"koi8-r\">", Samples.FRENCH, Samples.CP1252, "text/html; charset=ISO-8859-1",
                CharsetSource.HEADER, "windows-1252");
    }

    @Test
    void aDeclarationTheBytesContradictIsPassedOverForTheNextStep() {
        // header utf-8 on windows-1256 bytes: the meta that tells the truth wins
        CharsetSniffer.Decoded a = expect("<meta charset=\"windows-1256\">", Samples.ARABIC, Samples.CP1256,
                "text/html; charset=utf-8", CharsetSource.META, "windows-1256");
        assertThat(a.declared()).isEqualTo("utf-8");
        // header utf-8, no meta: the detector
        assertThat(expect("", Samples.RUSSIAN, Samples.CP1251, "text/html; charset=UTF-8", CharsetSource.DETECTOR,
                null).uncertain()).isTrue();
        // meta utf-8 on Shift_JIS bytes: the detector
        expect("<meta charset=utf-8>", Samples.JAPANESE, Samples.SJIS, null, CharsetSource.DETECTOR, null);
        // the XML path (decode) keeps the declaration: no detector there
        byte[] russian = bytes(Samples.page("", "t", Samples.RUSSIAN), Samples.CP1251);
        assertThat(CharsetSniffer.decode(russian, "text/html; charset=UTF-8").source())
                .isEqualTo(CharsetSource.HEADER);
    }

    @Test
    void validUtf8WithoutDeclarationIsCertainAndAsciiIsTheDefault() {
        CharsetSniffer.Decoded u = CharsetSniffer.sniff(
                Samples.page("", "t", Samples.CHINESE).getBytes(StandardCharsets.UTF_8), "text/html");
        assertThat(u.charset()).isEqualTo("UTF-8");
        assertThat(u.source()).isEqualTo(CharsetSource.DETECTOR);
        assertThat(u.uncertain()).isFalse();
        CharsetSniffer.Decoded ascii = CharsetSniffer.sniff("<p>plain</p>".getBytes(StandardCharsets.US_ASCII),
                null);
        assertThat(ascii.source()).isEqualTo(CharsetSource.DEFAULT);
        assertThat(ascii.charset()).isEqualTo("UTF-8");
    }

    @Test
    void undecodableBodiesAreRecognised() {
        byte[] random = new byte[6_000];
        new Random(7).nextBytes(random);
        byte[] page = ("<html><head><title>x</title></head><body><p>" + new String(random, StandardCharsets.ISO_8859_1)
                + "</p></body></html>").getBytes(StandardCharsets.ISO_8859_1);
        for (String ct : new String[] {"text/html; charset=utf-8", "text/html", null}) {
            assertThat(CharsetSniffer.sniff(page, ct).undecodable()).as("random bytes, %s", ct).isTrue();
        }
        // the WHATWG replacement encoding (ISO-2022-KR and the like) decodes to nothing
        CharsetSniffer.Decoded kr = CharsetSniffer.sniff("<p>abc</p>".getBytes(StandardCharsets.US_ASCII),
                "text/html; charset=iso-2022-kr");
        assertThat(kr.undecodable()).isTrue();
        assertThat(kr.charset()).isEqualTo(EncodingLabels.REPLACEMENT);
        // a PNG served as text/html: controls and high bytes
        byte[] png = new byte[3_000];
        new Random(11).nextBytes(png);
        png[0] = (byte) 0x89;
        png[1] = 'P';
        png[2] = 'N';
        png[3] = 'G';
        assertThat(CharsetSniffer.sniff(png, "text/html").undecodable()).isTrue();
        // a page with a few bad bytes is not undecodable
        byte[] fewBad = (Samples.page("", "t", Samples.FRENCH.replace('é', '\u00ff')))
                .getBytes(StandardCharsets.UTF_8);
        fewBad[200] = (byte) 0xFF;
        fewBad[300] = (byte) 0xFE;
        assertThat(CharsetSniffer.sniff(fewBad, "text/html; charset=utf-8").undecodable()).isFalse();
    }
}

package newsflow.ingest.charset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HeadPrescanTest {
    private static String found(String html) {
        HeadPrescan.Declaration d = HeadPrescan.scan(html.getBytes(StandardCharsets.ISO_8859_1));
        return d == null ? null : d.charset().name();
    }

    @ParameterizedTest
    @ValueSource(ints = {1_500, 20_000, 120_000})
    void aMetaCharsetAfterALongInlineScriptIsFound(int scriptBytes) {
        String html = "<html><head>" + Samples.script(scriptBytes) + "<meta charset=\"windows-1256\"></head><body>";
        assertThat(html.length()).isGreaterThan(scriptBytes);
        assertThat(found(html)).isEqualTo("windows-1256");
    }

    @ParameterizedTest
    @ValueSource(ints = {1_100, 2_500, 40_000})
    void anHttpEquivDeclarationAfterAStyleSheetIsFound(int cssBytes) {
        String html = "<html><head>" + Samples.style(cssBytes) + "<META HTTP-EQUIV='Content-Type' "
                + "CONTENT='text/html; charset=windows-1251'></head>";
        assertThat(found(html)).isEqualTo("windows-1251");
    }

    @Test
    void theHttpEquivFormNeedsItsPragmaInAnyAttributeOrder() {
        assertThat(found("<meta content=\"text/html; charset=koi8-r\" http-equiv=\"content-type\">"))
                .isEqualTo("KOI8-R");
        assertThat(found("<meta http-equiv=Content-Type content=\"text/html;charset=Shift_JIS\">"))
                .isEqualTo("windows-31j");
        // content without the pragma is not a declaration (WHATWG: need pragma)
        assertThat(found("<meta name=\"description\" content=\"charset=windows-1256\">")).isNull();
    }

    @Test
    void invalidLabelsAndPragmasWithoutCharsetAreSkippedForALaterDeclaration() {
        assertThat(found("<meta charset=\"iso-8\"><meta charset=\"latin1\">")).isEqualTo("windows-1252");
        assertThat(found("<meta http-equiv=\"Content-Type\" content=\"text/html\"><title>x</title>"
                + "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">"))
                .isEqualTo("windows-1256");
        assertThat(found("<meta charset=\"utf-32\"><meta charset=\"tis-620\">")).isEqualTo("x-windows-874");
    }

    @Test
    void declarationsInCommentsScriptsTitlesOrAfterTheHeadDoNotCount() {
        assertThat(found("<!-- <meta charset=\"windows-1256\"> --><meta charset=\"gbk\">")).isEqualTo("GB18030");
        assertThat(found("<script>document.write('<meta charset=\"koi8-r\">')</script><meta charset=utf-8>"))
                .isEqualTo("UTF-8");
        assertThat(found("<title>use <meta charset=\"koi8-r\"></title></head>")).isNull();
        assertThat(found("<head></head><body><meta charset=\"windows-1256\">")).isNull();
        assertThat(found("<html><BODY class=x><meta charset=\"windows-1256\">")).isNull();
    }

    @Test
    void aUtf16LabelInAnAsciiCompatibleDocumentMeansUtf8() {
        assertThat(found("<meta charset=\"utf-16\">")).isEqualTo("UTF-8");
        assertThat(found("<meta charset=\"UTF-16BE\">")).isEqualTo("UTF-8");
        assertThat(found("<meta http-equiv=content-type content='text/html; charset=ucs-2'>")).isEqualTo("UTF-8");
    }

    @Test
    void attributeSyntaxVariants() {
        assertThat(found("<meta charset = windows-1256 >")).isEqualTo("windows-1256");
        assertThat(found("<meta/charset='ISO-8859-6'/>")).isEqualTo("ISO-8859-6");
        assertThat(found("<meta charset=\"windows-1256")).isNull(); // unterminated: the document ends
        assertThat(found("<metadata charset=\"windows-1256\">")).isNull();
        HeadPrescan.Declaration d = HeadPrescan.scan("<head><meta charset=cp1251>".getBytes(StandardCharsets.US_ASCII));
        assertThat(d.label()).isEqualTo("cp1251");
        assertThat(d.offset()).isEqualTo(6);
    }
}

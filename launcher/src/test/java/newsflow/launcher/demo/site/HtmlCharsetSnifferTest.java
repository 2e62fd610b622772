package newsflow.launcher.demo.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HtmlCharsetSnifferTest {

    private static Optional<String> sniff(String html) {
        return HtmlCharsetSniffer.sniff(html.getBytes(StandardCharsets.ISO_8859_1)).map(Charset::name);
    }

    @Test
    void readsTheHtml5MetaCharset() {
        assertThat(sniff("<html><head><meta charset=\"windows-1256\"><title>x</title>")).contains("windows-1256");
        assertThat(sniff("<head><META CHARSET=utf-8>")).contains("UTF-8");
    }

    @Test
    void readsTheHttpEquivContentType() {
        assertThat(sniff("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-15\">"))
                .contains("ISO-8859-15");
        assertThat(sniff("<meta content='text/html;charset=gb2312' http-equiv='content-type'>")).contains("GB2312");
    }

    @Test
    void aByteOrderMarkWinsOverTheMeta() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '<', 'm', 'e', 't', 'a', ' ', 'c', 'h', 'a', 'r', 's',
                'e', 't', '=', 'l', 'a', 't', 'i', 'n', '1', '>'};
        assertThat(HtmlCharsetSniffer.sniff(bom)).contains(StandardCharsets.UTF_8);
    }

    @Test
    void anUnknownLabelIsSkippedForTheNextDeclaration() {
        assertThat(sniff("<meta charset=\"iso-8\"><meta http-equiv=\"Content-Type\" content=\"text/html; "
                + "charset=windows-1256\">")).contains("windows-1256");
        assertThat(sniff("<meta charset=\"iso-8\">")).isEmpty();
    }

    @Test
    void aUtf16LabelInAMetaMeansUtf8() {
        assertThat(sniff("<meta charset=\"utf-16\">")).contains("UTF-8");
    }

    @Test
    void unknownLabelsAndPagesWithoutADeclarationGiveNothing() {
        assertThat(sniff("<meta charset=\"no-such-charset-42\">")).isEmpty();
        assertThat(sniff("<html><head><title>charset=utf-8 in text is not a declaration</title>")).isEmpty();
        assertThat(sniff("")).isEmpty();
    }
}

package newsflow.ingest.charset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EncodingLabelsTest {
    @ParameterizedTest
    @CsvSource({
            "iso-8859-1, windows-1252", "Latin1, windows-1252", "ascii, windows-1252", "US-ASCII, windows-1252",
            "' l1 ', windows-1252", "tis-620, x-windows-874", "iso-8859-11, x-windows-874",
            "windows-874, x-windows-874", "gb2312, GB18030", "GBK, GB18030", "x-gbk, GB18030",
            "shift_jis, windows-31j", "sjis, windows-31j", "ms932, windows-31j", "euc-kr, x-windows-949",
            "big5, Big5-HKSCS", "iso-8859-8-i, ISO-8859-8", "utf-16, UTF-16LE", "unicodefffe, UTF-16BE",
            "cp1256, windows-1256", "arabic, ISO-8859-6", "iso-8859-9, windows-1254", "koi8-u, KOI8-U",
            "utf8, UTF-8", "unicode-1-1-utf-8, UTF-8", "mac, x-MacRoman"})
    void labelsMapAsTheWhatwgTableSays(String label, String charset) {
        assertThat(EncodingLabels.forLabel(label).name()).isEqualTo(charset);
    }

    @Test
    void labelsOutsideTheTableNameNothing() {
        assertThat(EncodingLabels.forLabel("iso-8")).isNull();
        assertThat(EncodingLabels.forLabel("utf-32")).isNull();
        assertThat(EncodingLabels.forLabel("x-mac-arabic")).isNull();
        assertThat(EncodingLabels.forLabel("")).isNull();
        assertThat(EncodingLabels.forLabel(null)).isNull();
    }

    @Test
    void theReplacementEncodingIsNamedButNeverDecoded() {
        assertThat(EncodingLabels.encodingName("iso-2022-kr")).isEqualTo(EncodingLabels.REPLACEMENT);
        assertThat(EncodingLabels.encodingName("HZ-GB-2312")).isEqualTo(EncodingLabels.REPLACEMENT);
        assertThat(EncodingLabels.forLabel("iso-2022-cn")).isNull();
    }
}

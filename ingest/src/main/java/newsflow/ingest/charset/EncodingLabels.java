package newsflow.ingest.charset;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The WHATWG Encoding Standard's table of labels ("get an encoding", §4.2): a label, trimmed of ASCII whitespace
 * and lower-cased, names one encoding, decoded here with the JDK charset that implements it. So
 * {@code iso-8859-1}, {@code latin1}, {@code ascii} and {@code us-ascii} are windows-1252, {@code tis-620} and
 * {@code iso-8859-11} windows-874, {@code gb2312} and {@code gbk} gb18030 (its superset, as the standard decodes
 * them), {@code shift_jis} and {@code sjis} windows-31j, {@code euc-kr} windows-949, {@code big5} Big5-HKSCS,
 * {@code iso-8859-8-i} ISO-8859-8, {@code utf-16} UTF-16LE.
 *
 * <p>A label outside the table (a typo such as {@code iso-8}, or {@code utf-32}, which browsers do not decode)
 * names nothing: it is skipped as a browser skips it. The standard's {@code replacement} encoding (ISO-2022-KR,
 * HZ-GB-2312, ISO-2022-CN: encodings unsafe on the web) is {@link #REPLACEMENT}: its whole body decodes to one
 * U+FFFD. Two encodings of the table have no JDK charset, ISO-8859-10 and ISO-8859-14 (Nordic and Celtic Latin):
 * their labels name nothing, so the page goes on to the statistical detector. {@code x-user-defined} decodes as
 * windows-1252 (its ASCII half is the same; its upper half maps to private-use code points no text uses).
 */
public final class EncodingLabels {
    /** The WHATWG {@code replacement} encoding: the body is one U+FFFD (never decoded: undecodable). */
    public static final String REPLACEMENT = "replacement";
    private static final Map<String, String> LABELS = new HashMap<>();

    static {
        on("UTF-8", "unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 x-unicode20utf8");
        on("IBM866", "866 cp866 csibm866 ibm866");
        on("ISO-8859-2", "csisolatin2 iso-8859-2 iso-ir-101 iso8859-2 iso88592 iso_8859-2 iso_8859-2:1987 l2 latin2");
        on("ISO-8859-3", "csisolatin3 iso-8859-3 iso-ir-109 iso8859-3 iso88593 iso_8859-3 iso_8859-3:1988 l3 latin3");
        on("ISO-8859-4", "csisolatin4 iso-8859-4 iso-ir-110 iso8859-4 iso88594 iso_8859-4 iso_8859-4:1988 l4 latin4");
        on("ISO-8859-5", "csisolatincyrillic cyrillic iso-8859-5 iso-ir-144 iso8859-5 iso88595 iso_8859-5 "
                + "iso_8859-5:1988");
        on("ISO-8859-6", "arabic asmo-708 csiso88596e csiso88596i csisolatinarabic ecma-114 iso-8859-6 iso-8859-6-e "
                + "iso-8859-6-i iso-ir-127 iso8859-6 iso88596 iso_8859-6 iso_8859-6:1987");
        on("ISO-8859-7", "csisolatingreek ecma-118 elot_928 greek greek8 iso-8859-7 iso-ir-126 iso8859-7 iso88597 "
                + "iso_8859-7 iso_8859-7:1987 sun_eu_greek");
        on("ISO-8859-8", "csiso88598e csisolatinhebrew hebrew iso-8859-8 iso-8859-8-e iso-ir-138 iso8859-8 iso88598 "
                + "iso_8859-8 iso_8859-8:1988 visual csiso88598i iso-8859-8-i logical");
        on("ISO-8859-13", "iso-8859-13 iso8859-13 iso885913");
        on("ISO-8859-15", "csisolatin9 iso-8859-15 iso8859-15 iso885915 iso_8859-15 l9");
        on("ISO-8859-16", "iso-8859-16");
        on("KOI8-R", "cskoi8r koi koi8 koi8-r koi8_r");
        on("KOI8-U", "koi8-ru koi8-u");
        on("x-MacRoman", "csmacintosh mac macintosh x-mac-roman");
        on("x-windows-874", "dos-874 iso-8859-11 iso8859-11 iso885911 tis-620 windows-874");
        on("windows-1250", "cp1250 windows-1250 x-cp1250");
        on("windows-1251", "cp1251 windows-1251 x-cp1251");
        on("windows-1252", "ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 iso8859-1 "
                + "iso88591 iso_8859-1 iso_8859-1:1987 l1 latin1 us-ascii windows-1252 x-cp1252 x-user-defined");
        on("windows-1253", "cp1253 windows-1253 x-cp1253");
        on("windows-1254", "cp1254 csisolatin5 iso-8859-9 iso-ir-148 iso8859-9 iso88599 iso_8859-9 "
                + "iso_8859-9:1989 l5 latin5 windows-1254 x-cp1254");
        on("windows-1255", "cp1255 windows-1255 x-cp1255");
        on("windows-1256", "cp1256 windows-1256 x-cp1256");
        on("windows-1257", "cp1257 windows-1257 x-cp1257");
        on("windows-1258", "cp1258 windows-1258 x-cp1258");
        on("x-MacCyrillic", "x-mac-cyrillic x-mac-ukrainian");
        on("GB18030", "chinese csgb2312 csiso58gb231280 gb2312 gb_2312 gb_2312-80 gbk iso-ir-58 x-gbk gb18030");
        on("Big5-HKSCS", "big5 big5-hkscs cn-big5 csbig5 x-x-big5");
        on("EUC-JP", "cseucpkdfmtjapanese euc-jp x-euc-jp");
        on("ISO-2022-JP", "csiso2022jp iso-2022-jp");
        on("windows-31j", "csshiftjis ms932 ms_kanji shift-jis shift_jis sjis windows-31j x-sjis");
        on("x-windows-949", "cseuckr csksc56011987 euc-kr iso-ir-149 korean ks_c_5601-1987 ks_c_5601-1989 ksc5601 "
                + "ksc_5601 windows-949");
        on(REPLACEMENT, "csiso2022kr hz-gb-2312 iso-2022-cn iso-2022-cn-ext iso-2022-kr replacement");
        on("UTF-16BE", "unicodefffe utf-16be");
        on("UTF-16LE", "csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff utf-16 utf-16le");
    }

    private EncodingLabels() {
    }

    private static void on(String charset, String labels) {
        for (String label : labels.split(" ")) {
            LABELS.put(label, charset);
        }
    }

    /**
     * @param label a label as found in a header, a meta tag, an XML declaration or a detector's answer
     * @return the JDK charset name of its encoding ({@link #REPLACEMENT} for the replacement encoding), or null
     *         when the label names no encoding this process can decode
     */
    public static String encodingName(String label) {
        if (label == null) {
            return null;
        }
        String name = LABELS.get(label.strip().toLowerCase(Locale.ROOT));
        if (name == null || name.equals(REPLACEMENT)) {
            return name;
        }
        return Charset.isSupported(name) ? name : null;
    }

    /**
     * @param label a label
     * @return the charset of its encoding, or null when it names none (or the replacement encoding)
     */
    public static Charset forLabel(String label) {
        String name = encodingName(label);
        return name == null || name.equals(REPLACEMENT) ? null : Charset.forName(name);
    }

    /**
     * @param cs a charset
     * @return true for UTF-16LE and UTF-16BE, which a meta prescan never keeps (WHATWG: it reads as UTF-8)
     */
    static boolean isUtf16(Charset cs) {
        return cs.equals(StandardCharsets.UTF_16LE) || cs.equals(StandardCharsets.UTF_16BE);
    }
}

package newsflow.enrich.time.mentions;

import static newsflow.enrich.time.mentions.TaggerAssertions.tag;
import static newsflow.enrich.time.mentions.TaggerAssertions.values;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsflow.common.model.DateMention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue #5: Arabic-Indic and Persian digits, bidi controls inside expressions, and offsets counted in Unicode
 * code points of the original text (controls and supplementary characters included).
 */
class ArabicScriptTest {

    private static final String REF = "2018-09-06";

    @Test
    void arabicIndicAndPersianDigits() {
        assertThat(values(tag("وقعت في ١١ يوليو ٢٠١٧ ثم في ۱۲ أغسطس ۲۰۱۸", "ar", REF)))
                .containsExactly("2017-07-11", "2018-08-12");
        assertThat(values(tag("صدر بتاريخ ١١/٧/٢٠١٧م", "ar", REF))).containsExactly("2017-07-11");
        assertThat(values(tag("صدر بتاريخ ۱۱/۷/۲۰۱۷م", "ar", REF))).containsExactly("2017-07-11");
        assertThat(values(tag("خطة عام ١٤٣٩ هـ", "ar", REF))).containsExactly("2018");
    }

    /** Every bidi control of UAX #9 that pages put around numbers: LRM, RLM, ALM, LRE…RLO, LRI…PDI. */
    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"200E", "200F", "061C", "202A", "202B", "202C", "202D", "202E", "2066", "2067", "2068",
            "2069"})
    void bidiControlInsideAnExpression(String hex) {
        String c = new String(Character.toChars(Integer.parseInt(hex, 16)));
        String text = "وقعت في 5" + c + " سبتمبر" + c + " 2018 بالدوحة";
        List<DateMention> found = tag(text, "ar", REF);
        assertThat(values(found)).containsExactly("2018-09-05");
        DateMention m = found.get(0);
        assertThat(m.text()).isEqualTo("5" + c + " سبتمبر" + c + " 2018");
        assertThat(m.start()).isEqualTo(8);
        assertThat(m.end()).isEqualTo(8 + m.text().codePointCount(0, m.text().length()));

        String numeric = "بتاريخ " + c + "11" + c + "/7/2017م انتهى";
        DateMention n = tag(numeric, "ar", REF).get(0);
        assertThat(n.value()).isEqualTo("2017-07-11");
        assertThat(n.text()).isEqualTo("11" + c + "/7/2017م");
        assertThat(n.start()).isEqualTo(8); // after "بتاريخ " (7) and the control (1)
    }

    @Test
    void offsetsCountCodePointsNotUtf16Units() {
        String text = "\uD83D\uDCC5 \u200Fفي 5 سبتمبر 2018";
        DateMention m = tag(text, "ar", REF).get(0);
        assertThat(m.text()).isEqualTo("5 سبتمبر 2018");
        int expectedStart = text.codePointCount(0, text.indexOf('5'));
        assertThat(expectedStart).isEqualTo(6);
        assertThat(m.start()).isEqualTo(expectedStart);
        assertThat(m.end()).isEqualTo(expectedStart + 13);
    }

    @Test
    void diacriticsAndTatweelStayInsideTheSpan() {
        List<DateMention> found = tag("يصل الوفد غداً ويغادر في 1439هـ", "ar", REF);
        assertThat(found).extracting(DateMention::text).containsExactly("غداً", "1439هـ");
    }
}

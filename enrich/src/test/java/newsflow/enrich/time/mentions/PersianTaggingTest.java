package newsflow.enrich.time.mentions;

import static newsflow.enrich.time.mentions.TaggerAssertions.tag;
import static newsflow.enrich.time.mentions.TaggerAssertions.texts;
import static newsflow.enrich.time.mentions.TaggerAssertions.values;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Persian dates: full Jalali dates, relative expressions, Gregorian dates in Persian, Jalali months and years. */
class PersianTaggingTest {

    /** Thursday 6 September 2018 = 15 Shahrivar 1397. */
    private static final String REF = "2018-09-06";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "این نشست پنجشنبه ۲۶ شهریور ۱۳۹۴ برگزار شد|پنجشنبه ۲۶ شهریور ۱۳۹۴|2015-09-17",
            "وزیر امروز به تهران رسید|امروز|2018-09-06",
            "وزیر دیروز به تهران رسید|دیروز|2018-09-05",
            "وزیر فردا به تهران می‌رسد|فردا|2018-09-07",
            "وزیر پس‌فردا به تهران می‌رسد|پس‌فردا|2018-09-08",
            "قیمت‌ها هفته گذشته بالا رفت|هفته گذشته|2018-W35",
            "قیمت‌ها ماه آینده بالا می‌رود|ماه آینده|2018-10",
            "قیمت‌ها امسال بالا رفت|امسال|2018",
            "قیمت‌ها پارسال بالا رفت|پارسال|2017",
            "وزیر سه روز پیش به تهران رسید|سه روز پیش|2018-09-03",
            "وزیر ۲ سال قبل به تهران رسید|۲ سال قبل|2016",
            "این توافق در ۵ سپتامبر ۲۰۱۸ امضا شد|۵ سپتامبر ۲۰۱۸|2018-09-05",
            "این توافق در ژانویه ۲۰۲۰ امضا شد|ژانویه ۲۰۲۰|2020-01",
            "این توافق در مهر ۱۴۰۲ امضا شد|مهر ۱۴۰۲|2023-10",
            "این توافق در سال ۱۴۰۲ امضا شد|سال ۱۴۰۲|2023",
            "وزیر روز سه‌شنبه به تهران رسید|روز سه‌شنبه|2018-09-04",
            "وزیر جمعه گذشته به تهران رسید|جمعه گذشته|2018-08-31",
    })
    void persianExpressions(String sentence, String text, String value) {
        assertThat(texts(tag(sentence, "fa", REF))).containsExactly(text);
        assertThat(values(tag(sentence, "fa", REF))).containsExactly(value);
    }
}

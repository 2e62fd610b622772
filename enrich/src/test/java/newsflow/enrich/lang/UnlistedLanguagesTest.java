package newsflow.enrich.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13: Yiddish, Ladino and romanised Arabic or Hebrew are {@code und}, not the nearest language Lingua knows;
 * the languages they resemble keep their label. Pure spelling rules ({@link UnlistedLanguages}) and the identifier
 * end to end.
 */
class UnlistedLanguagesTest {

    private static final LanguageIdentifier IDENTIFIER = new LanguageIdentifier();

    @ParameterizedTest
    @ValueSource(strings = {
            "כ'האב געזען א גרויסע שיף. דער טאטע איז געגאנגען אין שול.",
            "דער מענטש איז אַ שעפֿער, און די וועלט איז גרויס",
            "די ייִדישע שפּראַך האָט אַ לאַנגע געשיכטע",
            "מיר זענען געווען אין שטאָט, און ער האָט ניט געוואָלט קומען"
    })
    void yiddishIsUndecidedNotHebrew(String text) {
        assertThat(UnlistedLanguages.yiddish(text)).isTrue();
        assertThat(IDENTIFIER.detect(text).lang()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "הממשלה אישרה היום את התקציב של משרד החינוך, והוא יוצג בכנסת.",
            "ראש העיר אמר כי העבודות על הכביש יסתיימו עד סוף השנה.",
            "אין עדיין החלטה על מועד הבחירות, אבל הצדדים ממשיכים לדבר."
    })
    void hebrewStaysHebrew(String text) {
        assertThat(UnlistedLanguages.yiddish(text)).isFalse();
        assertThat(IDENTIFIER.detect(text).lang()).isEqualTo("he");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ana msh 3aref eh elly 7asal, enta feen delwa2ty?",
            "kifak ya habibi, shu 3am ta3mel el yom",
            "yalla ya 7abibi, inshallah bokra",
            "shalom, ma nishma? ani ohev otach harbe",
            "anachnu holchim achshav, beseder?",
            "ani lo yode'a ma kore po, aval ha-yom yesh harbe anashim ba-rechov",
            "Kon la ayuda del Dio, los djudios de la sivdad avlavan muncho en djudeo-espanyol",
            "La djente ke avla djudezmo en Estambol es muncho vieja",
            "Ke haber, komo estash? Aki todo esta byen"
    })
    void romanisedArabicOrHebrewAndLadinoAreUndecided(String text) {
        assertThat(IDENTIFIER.detect(text).lang()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "She should show the 2nd and 5th results at 3am with 5g phones and the kids.",
            "Sie kann keine Kinder kommen lassen, sagte der Kanzler am Montag.",
            "El gobierno aprobó el presupuesto de 2025 en el Congreso, con el apoyo de los socios.",
            "Ana muhalefet partisi, bütçe görüşmelerinde hükümeti sert bir dille eleştirdi.",
            "Shakira y Kim Kardashian visitaron Kiev el 3 de mayo con un grupo de amigos."
    })
    void theLanguagesTheyResembleKeepTheirLabel(String text) {
        assertThat(IDENTIFIER.detect(text).lang()).isNotNull();
    }
}

package newsflow.sink.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import newsflow.common.model.Edition;
import newsflow.sink.jdbc.EditionKey;
import newsflow.sink.jdbc.InvalidEditionException;
import newsflow.sink.jdbc.SampleEditions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 11 item 4: what the sink refuses to store, by kind, several shapes each. */
class EditionValidatorTest {
    private static final EditionValidator VALIDATOR = new EditionValidator(1, 2);

    private static Edition edition(String lang, int version) {
        return SampleEditions.edition("D1", lang, "t", version, SampleEditions.T1, List.of("p"), List.of(), null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar", "fa", "de", "zh", "he", "id", "yi", "und"})
    void iso639Dash1CodesAndUndeterminedAreStored(String lang) {
        Edition e = edition(lang, 2);
        assertThatCode(() -> VALIDATOR.check(e.key(), e)).doesNotThrowAnyException();
        assertThat(LanguageCodes.isValid(lang)).isTrue();
    }

    /** A long name, upper case, ISO 639-2/3, a region tag, one letter, unassigned, withdrawn, blank. */
    @ParameterizedTest
    @ValueSource(strings = {"english-long-not-a-code", "EN", "En", "eng", "deu", "en-US", "en_GB", "e", "xx", "qq",
        "iw", "in", "ji", "mo", " en", "en ", "UND", "zz-und"})
    @NullAndEmptySource
    void otherLanguageCodesAreRefused(String lang) {
        Edition e = edition(lang, 2);
        assertThatThrownBy(() -> VALIDATOR.check(e.key(), e)).isInstanceOf(InvalidEditionException.class)
                .hasMessageContaining("lang");
        assertThat(LanguageCodes.isValid(lang)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void versionsTheEnrichServiceProducesAreStored(int version) {
        Edition e = edition("en", version);
        assertThatCode(() -> VALIDATOR.check(e.key(), e)).doesNotThrowAnyException();
    }

    /** Too high (the stray 99, the next version, the largest int), zero and negative. */
    @ParameterizedTest
    @ValueSource(ints = {99, 3, Integer.MAX_VALUE, 0, -1, Integer.MIN_VALUE})
    void versionsOutsideTheConfiguredRangeAreRefused(int version) {
        Edition e = edition("en", version);
        assertThatThrownBy(() -> VALIDATOR.check(e.key(), e)).isInstanceOf(InvalidEditionException.class)
                .hasMessageContaining("enrichment_version " + version).hasMessageContaining("[1, 2]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"D1:de", "D2:en", "D1", "d1:en", "D1:en "})
    @NullAndEmptySource
    void aRecordKeyThatIsNotTheEditionsKeyIsRefused(String key) {
        Edition e = edition("en", 1);
        assertThatThrownBy(() -> VALIDATOR.check(key, e)).isInstanceOf(InvalidEditionException.class)
                .hasMessageContaining("record key");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t"})
    void aBlankDocumentIdIsRefused(String id) {
        Edition e = SampleEditions.edition(id, "en", "t", 1, SampleEditions.T1, List.of("p"), List.of(), null);
        assertThatThrownBy(() -> VALIDATOR.check(e.key(), e)).isInstanceOf(InvalidEditionException.class)
                .hasMessageContaining("document_id");
    }

    @ParameterizedTest
    @ValueSource(strings = {"D1:en|D1|en", "https://x.example/a:b:fr|https://x.example/a:b|fr", "7:und|7|und"})
    void tombstoneKeysNameTheEditionTheyDelete(String row) {
        String[] parts = row.split("\\|");
        assertThat(VALIDATOR.tombstoneKey(parts[0])).isEqualTo(new EditionKey(parts[1], parts[2]));
    }

    /** No colon, no document id, no or an invalid lang. */
    @ParameterizedTest
    @ValueSource(strings = {"D1", ":en", " :en", "D1:", "D1:english-long-not-a-code", "D1:EN", "D1:en-US"})
    @NullAndEmptySource
    void tombstoneKeysThatNameNoEditionAreRefused(String key) {
        assertThatThrownBy(() -> VALIDATOR.tombstoneKey(key)).isInstanceOf(InvalidEditionException.class)
                .hasMessageContaining("tombstone key");
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 99})
    void anUpgradedRangeAcceptsTheNewVersion(int version) {
        EditionValidator upgraded = new EditionValidator(1, 99);
        Edition e = edition("en", version);
        assertThatCode(() -> upgraded.check(e.key(), e)).doesNotThrowAnyException();
    }
}

package newsflow.enrich.topic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnglishNormalizerTest {

    @Test
    void lowerCasesAndSingularisesPlurals() {
        assertThat(EnglishNormalizer.normalize("Elections")).isEqualTo("elections");
        assertThat(EnglishNormalizer.variants("elections")).containsExactly("elections", "election");
        assertThat(EnglishNormalizer.variants("parties")).containsExactly("parties", "party");
        assertThat(EnglishNormalizer.variants("matches")).containsExactly("matches", "matche", "match");
    }

    @Test
    void removesAccents() {
        assertThat(EnglishNormalizer.normalize("Élection")).isEqualTo("election");
        assertThat(EnglishNormalizer.normalize("œuvre")).isEqualTo("oeuvre");
        assertThat(EnglishNormalizer.normalize("Café")).isEqualTo("cafe");
    }

    @Test
    void leavesWordsThatOnlyLookPlural() {
        assertThat(EnglishNormalizer.variants("business")).containsExactly("business");
        assertThat(EnglishNormalizer.variants("virus")).containsExactly("virus");
        assertThat(EnglishNormalizer.variants("analysis")).containsExactly("analysis");
        assertThat(EnglishNormalizer.variants("gas")).containsExactly("gas");
    }
}

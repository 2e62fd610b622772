package newsflow.enrich.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordTokenizerTest {

    @Test
    void splitsOnPunctuationAndNormalisesPerScript() {
        List<String[]> words = WordTokenizer.words("Qatar's World-Cup, وَالمُنتخب!");
        assertThat(words).extracting(w -> w[0]).containsExactly("qatar", "s", "world", "cup", "والمنتخب");
        assertThat(words.get(4)).contains("منتخب");
    }

    @Test
    void readsNullAsNoWords() {
        assertThat(WordTokenizer.words(null)).isEmpty();
    }

    @Test
    void decidesArabicByMostLetters() {
        assertThat(WordTokenizer.isMostlyArabic("فاز الفريق بالمباراة 2-1 في FIFA")).isTrue();
        assertThat(WordTokenizer.isMostlyArabic("The team won 2-1 (الفريق)")).isFalse();
        assertThat(WordTokenizer.isMostlyArabic("2018")).isFalse();
        assertThat(WordTokenizer.isMostlyArabic(null)).isFalse();
    }
}

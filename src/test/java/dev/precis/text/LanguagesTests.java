package dev.precis.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguagesTests {

    private final Languages languages = new Languages();

    @Test
    void codesAreNormalized() {
        assertThat(Languages.normalize("FR")).isEqualTo("fr");
        assertThat(Languages.normalize("pt-BR")).isEqualTo("pt");
        assertThat(Languages.normalize("zh_Hant")).isEqualTo("zh");
        assertThat(Languages.normalize("nb")).isEqualTo("no");
        assertThat(Languages.normalize(null)).isEqualTo("und");
        assertThat(Languages.normalize(" ")).isEqualTo("und");
        assertThat(languages.forLanguage("xx").language()).isEqualTo("und");
        assertThat(languages.forLanguage("de")).isSameAs(languages.forLanguage("DE-at"));
    }

    @Test
    void eachLanguageStemsAndDropsItsOwnStopWords() {
        assertThat(languages.forLanguage("en").terms("The councils are voting on the houses")).containsExactly("council", "vote", "hous");
        assertThat(languages.forLanguage("fr").terms("Les chevaux de l'armée sont arrivés dans la ville"))
                .containsExactly("cheval", "arme", "ariv", "vile");
        assertThat(languages.forLanguage("de").terms("Die Häuser der Stadt wurden gestern verkauft"))
                .containsExactly("haus", "stadt", "wurd", "gest", "verkauft");
        assertThat(languages.forLanguage("es").terms("Los ciudadanos de la región votaron por el presidente"))
                .containsExactly("ciudadan", "region", "votaron", "president");
        assertThat(languages.forLanguage("pl").terms("Prezydent podpisał ustawę o ochronie zwierząt"))
                .contains("prezydent", "ustawa");
        assertThat(languages.forLanguage("ru").terms("Президент подписал закон о защите животных")).doesNotContain("о");
        for (String code : new String[] {"it", "pt", "nl", "sv", "da", "no", "fi", "cs", "tr", "el", "ar"}) {
            assertThat(languages.forLanguage(code).language()).isEqualTo(code);
            assertThat(languages.forLanguage(code).removesFunctionWords()).isTrue();
        }
    }

    @Test
    void chineseAndJapaneseAreBigrams() {
        assertThat(languages.forLanguage("zh").terms("今天下雨")).containsExactly("今天", "天下", "下雨");
        assertThat(languages.forLanguage("ja").removesFunctionWords()).isFalse();
    }

    @Test
    void theNeutralFallbackNeitherStemsNorKnowsEnglishStopWords() {
        TextAnalysis neutral = languages.forLanguage("und");
        assertThat(neutral.terms("The Councils were voting")).containsExactly("the", "councils", "were", "voting");
        assertThat(neutral.removesFunctionWords()).isFalse();
        assertThat(languages.forLanguage("sw").terms("Watoto wanacheza")).containsExactly("watoto", "wanacheza");
    }
}

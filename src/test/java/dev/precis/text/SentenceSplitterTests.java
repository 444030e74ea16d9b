package dev.precis.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceSplitterTests {

    private final SentenceSplitter splitter = new SentenceSplitter();

    @Test
    void keepsAbbreviationsInsideSentences() {
        assertThat(splitter.split("Orban met U.S. President-elect Donald Trump. Gen. Jones spoke in Calif. on Monday. "
                + "He left at 3 p.m. The talks went on."))
                .containsExactly("Orban met U.S. President-elect Donald Trump.", "Gen. Jones spoke in Calif. on Monday.",
                        "He left at 3 p.m.", "The talks went on.");
    }

    @Test
    void splitsOrdinarySentencesAndCountsWords() {
        assertThat(splitter.split("One two three. Four five? Six!")).containsExactly("One two three.", "Four five?", "Six!");
        WordCounter words = new WordCounter();
        assertThat(words.count("Putin's 3.5 billion — \"destructive\" position.")).isEqualTo(5);
        assertThat(words.count("   ")).isZero();
    }

    @Test
    void upperCaseTextSplitsLikeMixedCase() {
        assertThat(splitter.split("FIRE MARKET. A DOCTOR REPORT. HE TEAM CLUB."))
                .containsExactly("FIRE MARKET.", "A DOCTOR REPORT.", "HE TEAM CLUB.");
    }

    @Test
    void breaksWhereScrapedTextGluedTwoSentences() {
        assertThat(new SentenceSplitter("fr").split("Elle est confirmée jusqu'à la fin de la saison.Cet investissement est lourd."))
                .containsExactly("Elle est confirmée jusqu'à la fin de la saison.", "Cet investissement est lourd.");
        // the no-argument splitter (the cleaner's) never breaks inside a UAX #29 word, so its pieces' word counts add up
        assertThat(splitter.split("Elle est confirmée jusqu'à la fin de la saison.Cet investissement est lourd.")).hasSize(1);
        // a title or an acronym before the dot is not a glued sentence
        assertThat(new SentenceSplitter("en").split("He flew to St.Louis on Monday. U.S.Army units left."))
                .containsExactly("He flew to St.Louis on Monday.", "U.S.Army units left.");
    }

    @Test
    void frenchAbbreviationsAndInitials() {
        assertThat(new SentenceSplitter("fr").split("M. Dupont a parlé avec Mme Durand. Le Dr. Martin a reçu J.-L. Mélenchon. "
                + "Il est né en 52 av. J.-C. et voilà. Fin."))
                .containsExactly("M. Dupont a parlé avec Mme Durand.", "Le Dr. Martin a reçu J.-L. Mélenchon.",
                        "Il est né en 52 av. J.-C. et voilà.", "Fin.");
    }

    @Test
    void germanOrdinalsAndAbbreviations() {
        assertThat(new SentenceSplitter("de").split("Am 3. Oktober kam Dr. Müller. Prof. Schmidt sagte z. B. nichts. "
                + "Der Verlust betrug 3 Mio. Euro. Er wurde 3. Die Leute gingen."))
                .containsExactly("Am 3. Oktober kam Dr. Müller.", "Prof. Schmidt sagte z. B. nichts.",
                        "Der Verlust betrug 3 Mio. Euro.", "Er wurde 3.", "Die Leute gingen.");
    }

    @Test
    void spanishTitles() {
        assertThat(new SentenceSplitter("es").split("El Sr. García habló con la Dra. López en EE. UU. ayer. Fin."))
                .containsExactly("El Sr. García habló con la Dra. López en EE. UU. ayer.", "Fin.");
    }

    @Test
    void unknownLanguagesGetNoEnglishAbbreviations() {
        // "Gen." is an English title; in an undetermined language the break after it stands
        assertThat(new SentenceSplitter("und").split("Gen. Jones spoke. Then he left."))
                .containsExactly("Gen.", "Jones spoke.", "Then he left.");
        assertThat(new SentenceSplitter("zh").split("今天下雨了。我们没有出门。"))
                .containsExactly("今天下雨了。", "我们没有出门。");
    }
}

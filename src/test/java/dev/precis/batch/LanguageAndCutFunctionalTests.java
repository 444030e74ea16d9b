package dev.precis.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import dev.precis.PrecisCommandLine;
import dev.precis.PrecisRuns;
import dev.precis.text.WordCounter;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real job on articles in several languages: a French article is reported in French and summarized
 * within its budget (which analysis the summarizer then uses is {@code LanguagesTests}' and
 * {@code MultilingualSummaryTest}'s to check), an article whose sentences are all longer than its budget
 * gets a cut sentence (reported as {@code cut-sentence}, not skipped), and an agency dateline does not
 * open a summary.
 */
class LanguageAndCutFunctionalTests {

    @TempDir
    Path tmp;

    @Test
    void detectedLanguageCutSentencesAndDatelines() throws IOException {
        PrecisRuns runs = new PrecisRuns(tmp);
        Files.writeString(runs.input().resolve("long.txt"), """
                Summarize this content to 12 words in 1 paragraph
                The regional council voted late on Tuesday night, after a long and bitter debate that lasted for more than seven hours, to approve a new budget that raises spending on schools, roads and water.
                The opposition said that the plan relied on optimistic forecasts for tax revenue in the coming year and that the council would have to borrow money before the end of the summer.
                """);
        Files.writeString(runs.input().resolve("fr.txt"), """
                Summarize this content to 40 words in 1 paragraph
                Le conseil municipal de Lyon a adopté lundi soir un budget qui augmente les dépenses pour les écoles et les transports publics de la ville.
                Les élus de l'opposition ont dénoncé des prévisions de recettes trop optimistes pour l'année prochaine.
                Le maire a expliqué que les travaux du nouveau tramway commenceraient au printemps dans le quartier de la gare.
                Les habitants présents à la réunion ont réclamé davantage de moyens pour la bibliothèque et pour les piscines.
                """);
        Files.writeString(runs.input().resolve("cnn.txt"), """
                Summarize this content to 30 words in 1 paragraph
                (CNN) I remember the day the letter from the council arrived at our house in the small town by the river.
                The council had decided to close the only school in the town at the end of the summer term.
                Parents organised a campaign, collected thousands of signatures and took the council to court.
                The judge ruled in their favour in March, and the school will stay open for at least five more years.
                """);

        assertThat(runs.run()).isEqualTo(PrecisCommandLine.OK);
        Map<String, CSVRecord> report = runs.report("2026-01-01", 1);

        CSVRecord cut = report.get("long.txt");
        assertThat(cut.get("status")).isEqualTo("SUMMARIZED");
        assertThat(cut.get("length_limit")).isEqualTo("cut-sentence");
        String cutSummary = Files.readString(runs.output().resolve(cut.get("summary")));
        assertThat(cutSummary.strip()).startsWith("The regional council voted late on Tuesday night").endsWith("…");
        assertThat(new WordCounter().count(cutSummary)).isEqualTo(Integer.parseInt(cut.get("words_summary")))
                .isLessThanOrEqualTo(12).isPositive();

        CSVRecord fr = report.get("fr.txt");
        assertThat(fr.get("language")).isEqualTo("fr");
        assertThat(fr.get("status")).isEqualTo("SUMMARIZED");
        assertThat(Integer.parseInt(fr.get("words_summary"))).isBetween(1, 40);

        CSVRecord cnn = report.get("cnn.txt");
        String cnnSummary = Files.readString(runs.output().resolve(cnn.get("summary")));
        assertThat(cnnSummary).startsWith("I remember the day").doesNotContain("(CNN)");
    }
}

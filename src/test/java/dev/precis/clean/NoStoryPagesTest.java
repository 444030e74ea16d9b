package dev.precis.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Pages that carry no story (an appeal, a paywall or consent wall, an error page, an index of headlines)
 * clean to nothing, so the job reports them as skipped with "no story text" instead of summarizing the
 * appeal as if it were the article. And the opposite: a story followed by such a block keeps its story.
 */
class NoStoryPagesTest {

    private static final Path SEED = Path.of("../shared/samples/000_ecef01a8d0ddbcac.txt");
    private final ArticleCleaner cleaner = new ArticleCleaner();

    /** The seed file's appeal block, from its marker to the end, saved on its own. */
    private static String seedAppeal() throws IOException {
        List<String> lines = Files.readString(SEED, StandardCharsets.UTF_8).lines().toList();
        int marker = lines.indexOf(lines.stream().filter(l -> l.startsWith("A Message from")).findFirst().orElseThrow());
        return String.join("\n", lines.subList(marker, lines.size()));
    }

    @Test
    void theSeedsDonationAppealAloneHasNoStory() throws IOException {
        String appeal = seedAppeal();
        assertThat(appeal).contains("Dear readers", "support us");
        assertThat(cleaner.clean(appeal, ArticleCleaner.Format.TEXT).paragraphs()).isEmpty();
    }

    @Test
    void aShortStoryBeforeALongAppealKeepsTheStoryAndDropsTheAppeal() throws IOException {
        String story = "The city council voted on Tuesday to extend the night bus service to the airport.\n"
                + "The new route will run every thirty minutes between midnight and five in the morning.";
        CleanedText cleaned = cleaner.clean(story + "\n" + seedAppeal(), ArticleCleaner.Format.TEXT);
        assertThat(cleaned.paragraphs()).containsExactly(story.split("\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // a paywall
        "World\nBusiness\nSubscribe to continue reading\nThis article is for subscribers only.\n"
                + "Already a subscriber? Log in\nSubscribe now for $1 a week",
        // a consent wall
        "We use cookies to improve your experience on our site and to show you relevant advertising.\n"
                + "Manage cookie settings\nAccept all\nReject all\nPrivacy policy",
        // an error page
        "Home\nNews\nSport\nPage not found\nSorry, the page you are looking for is no longer available.\n"
                + "Go to the homepage\nContact us",
        // an index page: headlines and sections, no running text
        "News\nPolitics\nCouncil approves new budget for schools\nStorm closes coastal roads\n"
                + "Local team wins cup final\nMore stories\nWeather\nContact",
        // a German error page and a French paywall
        "Startseite\nSeite nicht gefunden\nDie gesuchte Seite ist leider nicht mehr verfügbar (Fehler 404).\nZur Startseite",
        "Accueil\nCet article est réservé aux abonnés.\nS'abonner pour lire la suite\nDéjà abonné ? Se connecter"})
    void pagesWithoutAStoryCleanToNothing(String page) {
        assertThat(cleaner.clean(page, ArticleCleaner.Format.TEXT).paragraphs()).isEmpty();
    }
}

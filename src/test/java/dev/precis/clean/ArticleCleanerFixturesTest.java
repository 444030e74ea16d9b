package dev.precis.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Hand-made fixtures, one per behaviour of the cleaner. Each would fail if the feature broke. */
class ArticleCleanerFixturesTest {

    private final ArticleCleaner cleaner = new ArticleCleaner();

    private static final String P1 = "The city council voted on Tuesday to expand the bus network into the northern "
            + "suburbs, a plan that has been debated for more than a decade.";
    private static final String P2 = "Officials said the first new routes would open next spring, and that fares would "
            + "stay the same for at least two years after the expansion.";
    private static final String P3 = "Residents who spoke at the meeting were mostly in favour, although some worried "
            + "about noise and traffic on the narrow streets near the depot.";
    private static final String P4 = "The council will publish a detailed timetable in the coming weeks, after talks "
            + "with the two private operators that run most of the current lines.";

    private CleanedText text(String... lines) {
        return cleaner.clean(String.join("\n", lines), ArticleCleaner.Format.TEXT);
    }

    @Test
    void dropsTrailingAppealAfterItsMarker() {
        CleanedText c = text(P1, P2, P3,
                "A Message from the Editors:",
                "Dear readers,",
                "Independent local reporting is expensive, and we rely on readers like you to keep our newsroom "
                        + "going through these difficult times for the whole industry.",
                "If you value our work, please support us with a monthly donation. Subscribe today and get full access.",
                "Continue");
        assertThat(c.paragraphs()).containsExactly(P1, P2, P3);
        assertThat(c.linesDropped()).isEqualTo(5);
    }

    @Test
    void dropsCookieBannerBetweenParagraphs() {
        CleanedText c = text(P1, P2,
                "We use cookies to improve your experience.",
                "Accept all cookies",
                "Manage settings",
                P3, P4);
        assertThat(c.paragraphs()).containsExactly(P1, P2, P3, P4);
    }

    @Test
    void dropsCaptionAndCreditLines() {
        CleanedText c = text(P1,
                "Buses wait at the central depot on Monday. (AP Photo/Jane Doe)",
                "Photo: Jane Doe, Associated Press",
                P2, P3);
        assertThat(c.paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void keepsShortRealParagraphBetweenLongOnes() {
        String shortOne = "Nobody objected.";
        CleanedText c = text("Home", "News", "Sport", "Weather", P1, P2, shortOne, P3, P4, "Share this article",
                "Facebook", "Twitter");
        assertThat(c.paragraphs()).containsExactly(P1, P2, shortOne, P3, P4);
    }

    @Test
    void keepsSubheadInsideStoryButDropsMenusAroundIt() {
        CleanedText c = text("Menu", "Politics", "Business", "Culture", P1, P2, "What happens next", P3, P4,
                "Most read", "Copyright 2024 Example Media. All rights reserved.");
        assertThat(c.paragraphs()).containsExactly(P1, P2, "What happens next", P3, P4);
    }

    @Test
    void keepsGermanArticleAndDetectsLanguage() {
        List<String> story = List.of(
                "Der Stadtrat hat am Dienstag beschlossen, das Busnetz in die nördlichen Vororte zu erweitern, "
                        + "nachdem der Plan mehr als zehn Jahre lang diskutiert worden war.",
                "Die ersten neuen Linien sollen im nächsten Frühjahr fahren, und die Preise bleiben nach Angaben "
                        + "der Verwaltung mindestens zwei Jahre lang gleich.",
                "Die meisten Anwohner, die bei der Sitzung sprachen, waren dafür, auch wenn einige sich über den "
                        + "Lärm in den engen Straßen am Depot Sorgen machten.");
        CleanedText c = text("Startseite", "Politik", "Wirtschaft", story.get(0), story.get(1), story.get(2),
                "Jetzt Newsletter abonnieren", "Datenschutz");
        assertThat(c.language()).isEqualTo("de");
        assertThat(c.paragraphs()).containsExactlyElementsOf(story);
    }

    @Test
    void keepsRussianArticleAndDetectsLanguage() {
        List<String> story = List.of(
                "Городской совет во вторник проголосовал за расширение автобусной сети в северные пригороды, "
                        + "хотя этот план обсуждался больше десяти лет.",
                "По словам чиновников, первые новые маршруты откроются следующей весной, а цены на билеты "
                        + "не изменятся как минимум два года.",
                "Большинство жителей, выступивших на заседании, поддержали план, но некоторые опасаются шума "
                        + "и пробок на узких улицах возле депо.");
        CleanedText c = text("Главная", "Новости", story.get(0), story.get(1), story.get(2), "Подписаться на рассылку");
        assertThat(c.language()).isEqualTo("ru");
        assertThat(c.paragraphs()).containsExactlyElementsOf(story);
    }

    @Test
    void keepsChineseArticleAndDetectsLanguage() {
        List<String> story = List.of(
                "市议会周二投票决定将公交线路延伸到北部郊区，这项计划已经讨论了十多年，终于获得了通过。",
                "官员表示，第一批新线路将于明年春天开通，票价在扩建后至少两年内保持不变。",
                "在会上发言的大多数居民表示支持，但也有一些人担心车站附近狭窄街道上的噪音和交通问题。");
        CleanedText c = text("首页", "新闻", "体育", story.get(0), story.get(1), story.get(2), "订阅我们的新闻", "广告");
        assertThat(c.language()).isEqualTo("zh");
        assertThat(c.paragraphs()).containsExactlyElementsOf(story);
    }

    @Test
    void keepsFrenchArticleAndDetectsLanguage() {
        List<String> story = List.of(
                "Le conseil municipal a voté mardi l'extension du réseau de bus vers les quartiers du nord, "
                        + "un projet dont on parlait depuis plus de dix ans.",
                "Selon la mairie, les premières lignes ouvriront au printemps prochain et le prix des billets "
                        + "ne changera pas pendant au moins deux ans.",
                "La plupart des habitants présents à la réunion étaient pour, même si certains s'inquiètent du "
                        + "bruit et de la circulation dans les rues étroites près du dépôt.");
        CleanedText c = text("Accueil", "Actualités", story.get(0), story.get(1), story.get(2),
                "Publicité", "Partager sur Facebook");
        assertThat(c.language()).isEqualTo("fr");
        assertThat(c.paragraphs()).containsExactlyElementsOf(story);
    }

    @Test
    void keepsSpanishArticleAndDetectsLanguage() {
        List<String> story = List.of(
                "El ayuntamiento aprobó el martes la ampliación de la red de autobuses hacia los barrios del norte, "
                        + "un plan que se había debatido durante más de diez años.",
                "Según los responsables, las primeras líneas nuevas abrirán la próxima primavera y el precio de los "
                        + "billetes no cambiará durante al menos dos años.",
                "La mayoría de los vecinos que hablaron en la reunión estaban a favor, aunque algunos temen el ruido "
                        + "y el tráfico en las calles estrechas cerca de las cocheras.");
        CleanedText c = text("Portada", "Deportes", story.get(0), story.get(1), story.get(2), "Suscríbete",
                "Publicidad");
        assertThat(c.language()).isEqualTo("es");
        assertThat(c.paragraphs()).containsExactlyElementsOf(story);
    }

    @Test
    void keepsArticleInLanguageWithoutLuceneStopSet() {
        // Polish: Lucene has no Polish stop set in analysis-common; the article must still survive.
        List<String> story = List.of(
                "Rada miasta zagłosowała we wtorek za rozbudową sieci autobusowej na północne przedmieścia, "
                        + "choć plan ten omawiano od ponad dziesięciu lat.",
                "Według urzędników pierwsze nowe linie zostaną otwarte wiosną przyszłego roku, a ceny biletów "
                        + "nie zmienią się przez co najmniej dwa lata.");
        CleanedText c = text("Strona główna", "Wiadomości", story.get(0), story.get(1), "Reklama");
        assertThat(c.paragraphs()).containsExactlyElementsOf(story);
    }

    @Test
    void isThreadSafe() throws Exception {
        String page = String.join("\n", "Home", "News", P1, P2, "Advertisement", P3, P4, "Read more",
                "Subscribe to our newsletter");
        CleanedText expected = cleaner.clean(page, ArticleCleaner.Format.TEXT);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<CleanedText>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 64; i++) {
                results.add(pool.submit(() -> cleaner.clean(page, ArticleCleaner.Format.TEXT)));
            }
            for (java.util.concurrent.Future<CleanedText> r : results) {
                assertThat(r.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(expected.paragraphs()).containsExactly(P1, P2, P3, P4);
    }

    @Test
    void cleansHtmlPageAndTakesTitleFromMetadata() {
        String html = """
                <!DOCTYPE html>
                <html><head><title>Bus plan | Example Times</title>
                <meta property="og:title" content="Council approves bus plan">
                <script>var tracking = "should never appear";</script></head>
                <body>
                <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
                <div class="cookie-banner">We use cookies. <button>Accept</button></div>
                <article>
                  <h1>Council approves bus plan</h1>
                  <p>%s</p>
                  <p>%s</p>
                  <h2>Next steps</h2>
                  <p>%s</p>
                  <figure><img src="bus.jpg"><figcaption>Photo: Jane Doe</figcaption></figure>
                  <p>%s</p>
                  <div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
                </article>
                <aside class="related"><h3>Related</h3><ul><li><a href="/a">Another story about buses in the city that you might like</a></li></ul></aside>
                <footer>Copyright 2024 Example Times. All rights reserved.</footer>
                </body></html>
                """.formatted(P1, P2, P3, P4);
        CleanedText c = cleaner.clean(html, ArticleCleaner.Format.HTML);
        assertThat(c.title()).isEqualTo("Council approves bus plan");
        assertThat(c.paragraphs()).containsExactly(P1, P2, "Next steps", P3, P4);
        assertThat(c.language()).isEqualTo("en");
    }

    @Test
    void aPageRenderedByScriptIsReadFromItsDeclaredArticleBody() {
        // The markup is a shell (the story arrives by script); the JSON-LD declares the article, with
        // its paragraphs as markup inside the string.
        String body = ("<p>" + P1 + "</p><p>" + P2 + "</p>\\n<p>" + P3 + "</p>").replace("\"", "\\\"");
        String shell = """
                <html><head><title>Council approves bus plan | Example Times</title>
                <script type="application/ld+json">{"@type":"NewsArticle","headline":"Council approves bus plan","articleBody":"%s"}</script>
                </head><body><div id="app"><nav><a href="/">Home</a> <a href="/news">News</a></nav>
                <div class="loading">Loading…</div></div></body></html>
                """;
        CleanedText c = cleaner.clean(shell.formatted(body), ArticleCleaner.Format.HTML);
        assertThat(c.paragraphs()).containsExactly(P1, P2, P3);

        // When the markup shows the article, the markup's blocks are what is read (once, not twice).
        String shown = shell.formatted(body).replace("<div class=\"loading\">Loading…</div>",
                "<article><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + P4 + "</p></article>");
        assertThat(cleaner.clean(shown, ArticleCleaner.Format.HTML).paragraphs()).containsExactly(P1, P2, P3, P4);
    }

    @Test
    void rubyReadingsAreNotPartOfTheSentence() {
        String html = """
                <html><head><title>子どもへの体罰を禁止する法律</title></head><body><article>
                <p>子どもへの<ruby>虐待<rp>(</rp><rt>ぎゃくたい</rt><rp>)</rp></ruby>をなくすための<ruby>法律<rt>ほうりつ</rt></ruby>ができて、親が子どもを<ruby>教育<rt>きょういく</rt></ruby>するために、たたいたり蹴ったりする体罰を禁止することになりました。</p>
                <p>新しい法律では、親は子どもに体罰をしてはいけないと決めています。来年の四月から始まります。</p>
                </article></body></html>
                """;
        CleanedText c = cleaner.clean(html, ArticleCleaner.Format.HTML);
        assertThat(c.text()).contains("子どもへの虐待をなくすための法律ができて、親が子どもを教育するために")
                .doesNotContain("ぎゃくたい").doesNotContain("ほうりつ").doesNotContain("(");
    }

    @Test
    void textThatIsEvidentlyHtmlTakesTheHtmlPath() {
        String html = "<html><body><p>" + P1 + "</p><p>" + P2 + "</p></body></html>";
        assertThat(ArticleCleaner.Format.detect("story.txt", html)).isEqualTo(ArticleCleaner.Format.HTML);
        assertThat(ArticleCleaner.Format.detect("story.txt", P1)).isEqualTo(ArticleCleaner.Format.TEXT);
        assertThat(ArticleCleaner.Format.detect("page.HTM", P1)).isEqualTo(ArticleCleaner.Format.HTML);
        CleanedText c = cleaner.clean(html, ArticleCleaner.Format.TEXT);
        assertThat(c.paragraphs()).containsExactly(P1, P2);
    }

    @Test
    void emptyInputGivesEmptyResult() {
        CleanedText c = cleaner.clean("", ArticleCleaner.Format.TEXT);
        assertThat(c.isEmpty()).isTrue();
        assertThat(c.linesIn()).isZero();
        assertThat(c.language()).isEqualTo("und");
    }
}

package dev.precis.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * The metadata quality floor: the WCXB dev pages of type article (and blog), read as the cleaner reads
 * them ({@link HtmlMetadata} on the parsed page), scored as score_meta.py scores them ({@link MetaScores}).
 * The figures are those bench/README-meta.md gives for these pages; a change that lowers one by more
 * than the tolerance, or lets more values in where the truth has none, fails here. The whole set (499
 * pages, 110 MB of HTML) takes too long for a unit test; bench/meta-eval.sh scores it.
 */
class MetadataQualityFloorTest {

    private static final Path WCXB = Path.of("../shared/eval/cleaning/wcxb-dev");
    private static final double TOLERANCE = 0.003;

    // bench/README-meta.md, "articles" row
    private static final double TITLE = 0.807;
    private static final double AUTHOR = 0.764;
    private static final double DATE = 0.912;
    private static final double AUTHOR_SPURIOUS = 0.122;
    private static final double DATE_SPURIOUS = 0.138;

    @Test
    void articlePagesKeepTheirScores() throws IOException {
        assertThat(Files.isDirectory(WCXB)).as("evaluation data in " + WCXB).isTrue();
        List<Path> metas;
        try (Stream<Path> s = Files.list(WCXB)) {
            metas = s.filter(p -> p.getFileName().toString().endsWith(".meta.json")).sorted().toList();
        }
        List<MetaScores.Page> pages = new ArrayList<>();
        for (Path meta : metas) {
            MetaScores.Truth truth = MetaScores.Truth.of(meta);
            if (!"article".equals(truth.pageType()) && !"blog".equals(truth.pageType())) {
                continue;
            }
            String id = meta.getFileName().toString().replace(".meta.json", "");
            String html = Files.readString(WCXB.resolve(id + ".html"), StandardCharsets.UTF_8);
            pages.add(new MetaScores.Page(truth, HtmlMetadata.read(Jsoup.parse(html))));
        }
        MetaScores s = MetaScores.score(pages);
        System.out.printf("articles: %d pages, title %.3f, author %.3f (spurious %.3f), date %.3f (spurious %.3f)%n",
                pages.size(), s.title().exactShare(), s.author().exactShare(), s.author().spuriousShare(),
                s.published().exactShare(), s.published().spuriousShare());
        assertThat(pages).hasSize(223);
        assertThat(s.title().exactShare()).as("title").isGreaterThanOrEqualTo(TITLE - TOLERANCE);
        assertThat(s.author().exactShare()).as("author").isGreaterThanOrEqualTo(AUTHOR - TOLERANCE);
        assertThat(s.published().exactShare()).as("date").isGreaterThanOrEqualTo(DATE - TOLERANCE);
        assertThat(s.author().spuriousShare()).as("author where none").isLessThanOrEqualTo(AUTHOR_SPURIOUS + TOLERANCE);
        assertThat(s.published().spuriousShare()).as("date where none").isLessThanOrEqualTo(DATE_SPURIOUS + TOLERANCE);
    }
}

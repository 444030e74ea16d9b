package dev.precis.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cleaning quality floor: the three development sets (WCXB twice: all pages and its articles
 * alone), both input kinds, cleaned as the job cleans them and scored as their benchmarks score them
 * ({@link CleaningBenchmark}). Each F1 must stay within {@link #SLACK} of the figure in
 * {@code cleaning-floor.tsv} next to this class (the cleaner is deterministic, so the slack only
 * absorbs rounding); when a change raises a figure, the file gets the new figure and the floor rises
 * with it. The same rows give the README's cleaning table. On WCXB, no article may clean to nothing from
 * HTML, and no more pages than {@link #MAX_EMPTY_WCXB_PAGES}.
 */
class CleaningQualityFloorTest {

    static final double SLACK = 0.002;
    /**
     * WCXB pages that may clean to nothing from HTML: the 6 reached (product grids and an index of links,
     * read as link lists). The issue's target is 1% (4 of 499); lower this when a listing reading reaches it.
     */
    static final int MAX_EMPTY_WCXB_PAGES = 6;
    private static final Map<String, CleaningBenchmark.Result> RUNS = new ConcurrentHashMap<>();

    /** The rows of {@code cleaning-floor.tsv}: set, input (text or html), F1 on all pages. */
    static Stream<Arguments> floors() throws IOException {
        try (InputStream in = CleaningQualityFloorTest.class.getResourceAsStream("cleaning-floor.tsv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            assertThat(lines).as("floor rows").hasSize(8);
            return lines.stream().map(l -> l.split("\t")).map(c -> Arguments.of(c[0], c[1], Double.parseDouble(c[2])));
        }
    }

    /** WCXB's articles are scored from the same run as all its pages: each page is cleaned once. */
    private static CleaningBenchmark.Result result(CleaningBenchmark.Set set, boolean html) {
        CleaningBenchmark.Set cleaned = set.pageType == null ? set : CleaningBenchmark.Set.WCXB;
        CleaningBenchmark.Result run = RUNS.computeIfAbsent(cleaned + " " + html,
                k -> new CleaningBenchmark().run(cleaned, html));
        return set == cleaned ? run : run.ofType(set);
    }

    @ParameterizedTest(name = "{0} {1} >= {2}")
    @MethodSource("floors")
    void f1StaysAtItsFloor(String set, String input, double floor) {
        CleaningBenchmark.Set which = CleaningBenchmark.Set.valueOf(set);
        assertThat(Files.isDirectory(which.dir())).as("evaluation data in " + which.dir()).isTrue();
        boolean html = input.equals("html");
        CleaningBenchmark.Result result = result(which, html);
        assertThat(result.all().f1()).as("%s %s F1 (floor %.3f)", set, input, floor).isGreaterThanOrEqualTo(floor - SLACK);
        if (which == CleaningBenchmark.Set.WCXB_ARTICLES && html) {
            assertThat(result.empty()).as("WCXB articles cleaned to nothing").isZero();
        }
        if (which == CleaningBenchmark.Set.WCXB && html) {
            assertThat(result.empty()).as("WCXB pages cleaned to nothing, of %d", result.pages().size())
                    .isLessThanOrEqualTo(MAX_EMPTY_WCXB_PAGES);
        }
    }
}

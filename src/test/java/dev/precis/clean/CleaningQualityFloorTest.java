package dev.precis.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The cleaning quality floor: both development sets, both input kinds, cleaned as the job cleans them
 * and scored as their benchmarks score them ({@link CleaningBenchmark}); each F1 must stay within 0.01 of
 * the figure the README's cleaning table gives, so no change lowers cleaning quality unnoticed. When a
 * change raises a figure, the README gets the new figure, and the floor rises with it.
 */
class CleaningQualityFloorTest {

    private static final double TOLERANCE = 0.01;
    private static Map<String, Double> readme;

    @BeforeAll
    static void readTheReadme() throws IOException {
        readme = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8)) {
            String[] cells = line.split("\\|");
            if (cells.length > 4 && (cells[1].contains("`dev/`") || cells[1].contains("`trafilatura-dev/`"))) {
                String set = cells[1].contains("`dev/`") ? "dev" : "trafilatura-dev";
                readme.put(set + " " + cells[2].strip(), Double.parseDouble(cells[3].strip()));
            }
        }
        assertThat(readme).as("the README's cleaning table").hasSize(4);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"dev, plain text", "dev, HTML", "trafilatura-dev, plain text", "trafilatura-dev, HTML"})
    void f1StaysAtTheReadmesFigure(String set, String input) {
        CleaningBenchmark.Set which = set.equals("dev") ? CleaningBenchmark.Set.AEB : CleaningBenchmark.Set.TRAFILATURA;
        assertThat(Files.isDirectory(which.dir())).as("evaluation data in " + which.dir()).isTrue();
        CleaningBenchmark.Result result = new CleaningBenchmark().run(which, input.equals("HTML"));
        double expected = readme.get(set + " " + input);
        assertThat(result.all().f1()).as("%s %s F1 (README %.3f)", set, input, expected)
                .isGreaterThanOrEqualTo(expected - TOLERANCE);
    }
}

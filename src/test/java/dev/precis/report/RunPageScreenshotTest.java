package dev.precis.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.precis.PrecisCommandLine;
import dev.precis.PrecisRuns;

import net.minidev.json.JSONObject;
import net.minidev.json.JSONValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's screenshot (docs/run-page.png) is of the current build: the algorithm and the settings key
 * it shows, recorded beside it in docs/run-page.txt by the script that makes it
 * ({@code bench/report-page.sh --screenshot}), are those of a run of the shipped input/ now. When the
 * algorithm or the summary settings change, this fails until the image is made again.
 */
class RunPageScreenshotTest {

    @TempDir
    Path tmp;

    @Test
    void theScreenshotShowsTheCurrentAlgorithmAndSettings() throws Exception {
        Path shown = Path.of("docs/run-page.txt");
        assertThat(Path.of("docs/run-page.png")).isRegularFile();
        assertThat(shown).as("written with the image by bench/report-page.sh --screenshot").isRegularFile();
        Map<String, String> recorded;
        try (Stream<String> lines = Files.lines(shown)) {
            recorded = lines.filter(l -> !l.startsWith("#") && l.contains("="))
                    .collect(Collectors.toMap(l -> l.substring(0, l.indexOf('=')), l -> l.substring(l.indexOf('=') + 1)));
        }

        PrecisRuns runs = new PrecisRuns(tmp);
        try (Stream<Path> shipped = Files.list(Path.of("input"))) {
            for (Path f : shipped.filter(Files::isRegularFile).toList()) {
                Files.copy(f, runs.input().resolve(f.getFileName()));
            }
        }
        assertThat(runs.run("--precis.run-date=2026-12-01")).isEqualTo(PrecisCommandLine.OK);
        JSONObject json = (JSONObject) JSONValue.parse(Files.readString(runs.output().resolve("reports/precis-2026-12-01-1.json")));
        String algorithm = String.valueOf(((JSONObject) json.get("versions")).get("algorithm"));
        String settingsKey = String.valueOf(((JSONObject) json.get("settings")).get("settings-key"));

        String remake = "; run bench/report-page.sh --screenshot and commit docs/run-page.png and docs/run-page.txt";
        assertThat(recorded.get("algorithm")).as("algorithm shown in the screenshot" + remake).isEqualTo(algorithm);
        assertThat(recorded.get("settings-key")).as("settings key shown in the screenshot" + remake).isEqualTo(settingsKey);
    }
}

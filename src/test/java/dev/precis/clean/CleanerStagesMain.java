package dev.precis.clean;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import dev.precis.text.WordCounter;

/**
 * Where the plain-text cleaner's time goes, stage by stage, on one thread: the lines' lower-cased
 * words, language detection, the line features, the classifier; and, for comparison, a word count
 * and the chrome/caption check of every line alone. Not a test: a measuring tool for
 * bench/README-perf.md (bench/perf.sh measures the real job).
 *
 * <pre>java -cp target/classes:target/test-classes:$CP dev.precis.clean.CleanerStagesMain DIR [files] [passes]</pre>
 */
public final class CleanerStagesMain {

    private CleanerStagesMain() {
    }

    public static void main(String[] args) throws Exception {
        int max = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
            files = walk.filter(Files::isRegularFile).sorted().limit(max).toList();
        }
        List<List<String>> pages = new ArrayList<>();
        for (Path f : files) {
            List<String> lines = new ArrayList<>();
            for (String line : Files.readString(f).split("\n")) {
                if (!line.isBlank()) {
                    lines.add(line.strip());
                }
            }
            pages.add(lines);
        }
        LanguageDetector detector = new LanguageDetector();
        FeatureExtractor extractor = new FeatureExtractor();
        LineClassifier classifier = new LineClassifier();
        WordCounter counter = new WordCounter();
        for (int pass = 1; pass <= passes; pass++) {
            long words = 0, detect = 0, features = 0, classify = 0, count = 0, chrome = 0, checksum = 0;
            for (List<String> page : pages) {
                long t0 = System.nanoTime();
                List<FeatureExtractor.Input> inputs = new ArrayList<>(page.size());
                for (String line : page) {
                    inputs.add(FeatureExtractor.Input.plain(line));
                }
                Tokens.PerLine perLine = new Tokens.PerLine(page);
                for (int i = 0; i < page.size(); i++) {
                    checksum += perLine.get(i).count;
                }
                long t1 = System.nanoTime();
                String language = detector.detect(page, perLine);
                long t2 = System.nanoTime();
                List<LineFeatures> f = extractor.extract(inputs, language, perLine);
                long t3 = System.nanoTime();
                checksum += classifier.classify(f).length;
                long t4 = System.nanoTime();
                for (String line : page) {
                    checksum += counter.count(line);
                }
                long t5 = System.nanoTime();
                for (String line : page) {
                    checksum += BoilerplatePatterns.chromeAndCaptionLower(line.toLowerCase(Locale.ROOT));
                }
                long t6 = System.nanoTime();
                words += t1 - t0;
                detect += t2 - t1;
                features += t3 - t2;
                classify += t4 - t3;
                count += t5 - t4;
                chrome += t6 - t5;
            }
            int n = pages.size();
            System.out.printf(Locale.ROOT, "pass %d, %d files, us/file: lower-cased words %d, detect %d, features %d, classify %d"
                    + " | alone: word count %d, chrome+caption (with lower-casing) %d  (checksum %d)%n", pass, n,
                    words / 1000 / n, detect / 1000 / n, features / 1000 / n, classify / 1000 / n, count / 1000 / n,
                    chrome / 1000 / n, checksum);
        }
    }
}

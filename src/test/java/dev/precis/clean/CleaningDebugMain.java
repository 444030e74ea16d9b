package dev.precis.clean;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Prints each line of one page with its features, kind and verdict ("+" = kept), for looking at
 * failures by hand. Usage: CleaningDebugMain FILE [html]
 * Columns: kind, words, stop density, capital share, link density, C=chrome P=caption M=marker, repeats.
 */
public final class CleaningDebugMain {

    public static void main(String[] args) throws IOException {
        String content = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        dump(content, args.length > 1 && args[1].equalsIgnoreCase("html"));
    }

    static void dump(String content, boolean html) {
        List<FeatureExtractor.Input> lines;
        if (html) {
            lines = new HtmlExtractor().extract(content).blocks();
        } else {
            lines = content.lines().map(String::strip).filter(s -> !s.isEmpty()).map(FeatureExtractor.Input::plain).toList();
        }
        String lang = new LanguageDetector().detect(lines.stream().map(FeatureExtractor.Input::text).toList());
        List<LineFeatures> f = new FeatureExtractor().extract(lines, lang);
        LineClassifier c = new LineClassifier();
        boolean[] keep = c.classify(f);
        for (int i = 0; i < f.size(); i++) {
            LineFeatures x = f.get(i);
            LineClassifier.Kind k = c.kind(x);
            String t = x.text();
            System.out.printf("%s %-5s w%3d sd%.2f cap%.2f ld%.2f %s%s%s r%d | %s%n", keep[i] ? "+" : " ", k, x.words(),
                    x.stopDensity(), x.capitalShare(), x.linkDensity(), x.chrome() ? "C" : "-", x.caption() ? "P" : "-",
                    x.marker() ? "M" : "-", x.repeats(), t.length() > 110 ? t.substring(0, 110) : t);
        }
    }
}

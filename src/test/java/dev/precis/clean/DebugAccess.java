package dev.precis.clean;

import java.util.List;

/** Prints each line with its features, kind and verdict: for looking at failures by hand. */
public final class DebugAccess {
    public static void dump(String content, boolean html) {
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

package dev.precis.clean;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Diagnostic (not a test): every HTML block of every page of a folder, one TSV row each, with whether the
 * cleaner kept it and the markup evidence it was judged on, for finding where lost gold lines went.
 * Usage: BlockDump IN_DIR OUT.tsv
 */
public final class BlockDump {
    public static void main(String[] args) throws Exception {
        Path in = Path.of(args[0]);
        ArticleCleaner cleaner = new ArticleCleaner();
        HtmlExtractor extractor = new HtmlExtractor();
        StringBuilder out = new StringBuilder("id\ti\tkept\tfurniture\tkind\ttag\ttop\tlinks\twords\ttext\n");
        for (String id : CleaningBenchmark.ids(in)) {
            String html = Files.readString(in.resolve(id + ".html"), StandardCharsets.UTF_8);
            HtmlExtractor.Page page = extractor.extract(html);
            ArticleCleaner.Analysis a = cleaner.analyse(html, ArticleCleaner.Format.HTML);
            boolean[] keep = new LineClassifier().classify(a.features());
            Map<String, Integer> keptText = new java.util.HashMap<>();
            Map<String, LineClassifier.Kind> kinds = new java.util.HashMap<>();
            for (int i = 0; i < keep.length; i++) {
                LineFeatures f = a.features().get(i);
                kinds.put(f.text(), LineClassifier.kind(f));
                if (keep[i]) {
                    keptText.merge(f.text(), 1, Integer::sum);
                }
            }
            int i = 0;
            for (FeatureExtractor.Input b : page.blocks()) {
                DomEvidence d = b.dom();
                out.append(id).append('\t').append(i++).append('\t').append(keptText.containsKey(b.text()) ? 1 : 0)
                        .append('\t').append(d.furniture() ? 1 : 0).append('\t').append(kinds.get(b.text()))
                        .append('\t').append(d.tag()).append('\t').append(d.inTop() ? 1 : 0)
                        .append('\t').append(String.format("%.2f", d.linkDensity()))
                        .append('\t').append(b.text().split(" ").length)
                        .append('\t').append(b.text().replace('\t', ' ')).append('\n');
            }
        }
        Files.writeString(Path.of(args[1]), out.toString());
    }
}

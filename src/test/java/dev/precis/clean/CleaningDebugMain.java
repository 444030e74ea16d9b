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
        full = Boolean.getBoolean("full");
        boolean html = args.length > 1 && args[1].equalsIgnoreCase("html");
        Path in = Path.of(args[0]);
        if (Files.isDirectory(in)) { // every page of an evaluation folder, one dump each into args[2]
            Path out = Path.of(args[2]);
            Files.createDirectories(out);
            try (var pages = Files.list(in)) {
                for (Path page : pages.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                    String id = page.getFileName().toString().replaceFirst("\\.html$", "");
                    String content = Files.readString(html ? page : in.resolve(id + ".txt"), StandardCharsets.ISO_8859_1);
                    content = new String(content.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
                    java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
                    java.io.PrintStream old = System.out;
                    System.setOut(new java.io.PrintStream(buffer, true, StandardCharsets.UTF_8));
                    try {
                        dump(content, html);
                    } finally {
                        System.setOut(old);
                    }
                    Files.write(out.resolve(id + ".dump"), buffer.toByteArray());
                }
            }
            return;
        }
        String content = Files.readString(in, StandardCharsets.UTF_8);
        dump(content, html);
    }

    private static boolean full;

    static void dump(String content, boolean html) {
        String find = System.getProperty("ancestors");
        if (html && find != null) {
            org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(content);
            for (org.jsoup.nodes.Element e : doc.getElementsContainingOwnText(find)) {
                for (org.jsoup.nodes.Element a = e; a != null; a = a.parent()) {
                    System.out.printf("  <%s class='%s' id='%s'> hints=%d%n", a.normalName(), a.className(), a.id(),
                            HtmlExtractor.hintsOf(a));
                }
                System.out.println();
            }
            return;
        }
        if (html && Boolean.getBoolean("blocks")) {
            for (FeatureExtractor.Input b : new HtmlExtractor().extract(content).blocks()) {
                DomEvidence d = b.dom();
                System.out.printf("%s %-9s %s | %s%n", d.furniture() ? "F" : " ", d.tag(), d, b.text());
            }
            return;
        }
        ArticleCleaner cleaner = new ArticleCleaner();
        ArticleCleaner.Analysis a = cleaner.analyse(content, html ? ArticleCleaner.Format.HTML : ArticleCleaner.Format.TEXT);
        List<LineFeatures> f = a.features();
        boolean[] keep = new LineClassifier().classify(f);
        for (int i = 0; i < f.size(); i++) {
            LineFeatures x = f.get(i);
            LineClassifier.Kind k = LineClassifier.kind(x);
            String t = x.text();
            String dom = "";
            if (x.dom() != null) {
                DomEvidence d = x.dom();
                StringBuilder b = new StringBuilder(d.tag().name().substring(0, 3)).append(' ');
                b.append(d.inArticleBody() ? 'B' : '-')
                        .append(d.inJsonLd() ? 'J' : '-').append(d.inTop() ? 'T' : '-').append(d.inNav() ? 'N' : '-')
                        .append(d.inAside() ? 'S' : '-').append(d.inFooter() ? 'F' : '-').append(d.inNamedFurniture() ? 'U' : '-')
                        .append(' ');
                dom = b.toString();
            }
            System.out.printf("%s %-5s w%3d sd%.2f cap%.2f ld%.2f %s%s%s r%d %s| %s%n", keep[i] ? "+" : " ", k,
                    x.words(), x.stopDensity(), x.capitalShare(), x.linkDensity(), x.chrome() ? "C" : "-",
                    x.caption() ? "P" : "-", x.marker() ? "M" : "-", x.repeats(), dom,
                    full ? t : t.length() > 110 ? t.substring(0, 110) : t);
        }
    }
}

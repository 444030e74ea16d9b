package dev.precis.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.precis.text.Block;

/**
 * Turns a scraped article into its story paragraphs. Pure and thread-safe: all collaborators are
 * stateless or immutable, so one instance can serve every worker thread.
 * <p>
 * Plain text: one line per block; each line gets explainable features ({@link FeatureExtractor}),
 * the {@link LineClassifier} keeps the best contiguous story region. HTML (or text that is evidently
 * HTML): {@link HtmlExtractor} drops non-content elements and measures link density, then the same
 * classifier runs on its blocks. The language ({@link LanguageDetector}) picks the stop-word set.
 */
public final class ArticleCleaner {

    private final LanguageDetector languages = new LanguageDetector();
    private final FeatureExtractor features = new FeatureExtractor();
    private final LineClassifier classifier = new LineClassifier();
    private final HtmlExtractor html = new HtmlExtractor();
    private final dev.precis.text.WordCounter counter = new dev.precis.text.WordCounter();
    /** Made on first use: most runs have no line long enough to split, and ICU's sentence rules take time to load. */
    private volatile dev.precis.text.SentenceSplitter sentences;

    public CleanedText clean(String content, Format format) {
        return clean(content, format, RunLines.NONE);
    }

    /**
     * Cleans with run-level evidence: in plain text, a kept line that also occurs in other files of
     * the run ({@link RunLines}) is site furniture and is dropped, unless such lines are half or more of
     * what was kept: then the file shares its story with another (say the same wire story twice), and
     * they are its story. Recall wins over precision: a story is never given up for this evidence.
     */
    public CleanedText clean(String content, Format format, RunLines repeatedInRun) {
        Analysis a = analyse(content, format);
        CleanedText cleaned = classify(a);
        if (cleaned.isEmpty() && a.page() != null && a.page().blocks().size() > a.lines().size()) {
            // Names are weak evidence: a site builder that calls every module of its body a "widget"
            // would leave the story nowhere. Before calling a page storyless, judge the text it put in
            // named containers by the text alone (as outside the story container); navigation, asides,
            // footers and forms stay out. A wall, an error page or an index still comes out empty.
            Analysis second = analyse(a.page(), a.wordsIn(), b -> b.dom().inNamedFurniture()
                    && !b.dom().inNav() && !b.dom().inAside() && !b.dom().inFooter() && !b.dom().inForm());
            if (second.lines().size() > a.lines().size()) {
                cleaned = classify(second);
            }

        }
        return a.html() ? cleaned : withoutRunLines(cleaned, repeatedInRun);
    }

    /**
     * A page's units (lines, HTML blocks, or sentences of a very long line) with their features, before
     * any is judged; {@code lineOf[i]} is the input line unit {@code i} came from.
     */
    record Analysis(List<FeatureExtractor.Input> lines, List<LineFeatures> features, int[] lineOf, int linesIn,
            String language, dev.precis.metadata.PageMetadata metadata, int wordsIn, boolean html, HtmlExtractor.Page page) {
    }

    Analysis analyse(String content, Format format) {
        String input = content == null ? "" : content;
        if (format == Format.HTML || Format.looksLikeHtml(input)) {
            HtmlExtractor.Page page = html.extract(input);
            return analyse(page, visibleWords(page), b -> false);
        }
        List<FeatureExtractor.Input> lines = new ArrayList<>();
        for (int start = 0, i = 0, n = input.length(); i <= n; i++) {
            char c = i < n ? input.charAt(i) : '\n';
            if (isLineBreak(c)) { // the line ends of \R
                String line = input.substring(start, i).strip();
                if (!line.isEmpty()) {
                    lines.add(FeatureExtractor.Input.plain(line));
                }
                if (c == '\r' && i + 1 < n && input.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        // a line break always ends a word, so the input's words are the sum of its lines' words
        return analyse(lines, dev.precis.metadata.TextMetadata.read(lines.stream().map(FeatureExtractor.Input::text).toList()),
                -1, false);
    }

    /**
     * The page's story candidates: what the markup places in furniture (unless {@code admitted}), and the
     * headline (it is the title), are not story lines. Admitted furniture counts as outside the story container.
     */
    private Analysis analyse(HtmlExtractor.Page page, int wordsIn,
            java.util.function.Predicate<FeatureExtractor.Input> admitted) {
        List<FeatureExtractor.Input> blocks = new ArrayList<>();
        for (FeatureExtractor.Input b : page.blocks()) {
            if (b.dom().tag() == DomEvidence.Tag.TITLE) {
                continue;
            }
            if (!b.dom().furniture()) {
                blocks.add(b);
            } else if (admitted.test(b)) {
                blocks.add(FeatureExtractor.Input.html(b.text(), b.dom().withTop(false)));
            }
        }
        Analysis a = analyse(blocks, page.metadata(), wordsIn, true);
        // lines in: the blocks a reader sees, furniture included (as the words in)
        return new Analysis(a.lines(), a.features(), a.lineOf(), page.blocks().size(), a.language(), a.metadata(), a.wordsIn(),
                true, page);
    }

    /**
     * The words a reader sees on the page: every block's text, furniture included, but not the markup,
     * scripts or styles (counting the raw HTML gave a 1,300-word page 40,000 words in).
     */
    private int visibleWords(HtmlExtractor.Page page) {
        int words = 0;
        for (FeatureExtractor.Input b : page.blocks()) {
            words += counter.count(b.text());
        }
        return words;
    }

    private dev.precis.text.SentenceSplitter sentences() {
        dev.precis.text.SentenceSplitter s = sentences;
        if (s == null) { // two threads may both make one: the same rules either way
            s = new dev.precis.text.SentenceSplitter();
            sentences = s;
        }
        return s;
    }

    /** A paragraph this long is a whole story on one line (or a story with furniture glued to it). */
    static final int LONG_PARAGRAPH_WORDS = 120;

    /**
     * Very long plain-text lines, one sentence a unit: a scraped story is sometimes a single paragraph
     * with a video credit or a fragment of page script glued into it, and judged whole it would stand or
     * fall as one. Each unit remembers its line, so kept sentences of one line become one paragraph again.
     */
    private List<FeatureExtractor.Input> sentenceUnits(List<FeatureExtractor.Input> lines, List<Integer> lineOf) {
        List<FeatureExtractor.Input> out = null;
        for (int l = 0; l < lines.size(); l++) {
            String text = lines.get(l).text();
            List<String> pieces = text.length() >= LONG_PARAGRAPH_WORDS * 4 && counter.count(text) >= LONG_PARAGRAPH_WORDS
                    ? sentences().split(text) : List.of(text);
            if (pieces.size() > 1 && out == null) { // the first long line: copy the lines before it
                out = new ArrayList<>(lines.subList(0, l));
            }
            for (String piece : pieces) {
                lineOf.add(l);
                if (out != null) {
                    out.add(pieces.size() > 1 ? FeatureExtractor.Input.plain(piece) : lines.get(l));
                }
            }
        }
        return out == null ? lines : out;
    }

    private CleanedText withoutRunLines(CleanedText cleaned, RunLines repeatedInRun) {
        if (repeatedInRun.size() == 0 || cleaned.isEmpty()) {
            return cleaned;
        }
        List<Block> kept = new ArrayList<>();
        int keptChars = 0;
        int allChars = 0;
        int droppedWords = 0;
        for (Block b : cleaned.blocks()) {
            String p = b.text();
            allChars += p.length();
            int documents = repeatedInRun.documents(p);
            int words = documents < 2 ? 0 : counter.count(p);
            if (!furniture(p, documents, words)) {
                kept.add(b);
                keptChars += p.length();
            } else {
                droppedWords += words;
            }
        }
        if (kept.size() == cleaned.blocks().size() || keptChars * 2 < allChars) {
            return cleaned;
        }
        int dropped = cleaned.blocks().size() - kept.size();
        return new CleanedText(kept, cleaned.linesIn(), cleaned.linesDropped() + dropped,
                cleaned.metadata(), cleaned.language(),
                cleaned.wordsIn(), cleaned.words() - droppedWords);
    }

    /** {@code wordsIn}: the input's words, or -1 for the sum of the lines' words. */
    private Analysis analyse(List<FeatureExtractor.Input> lines, dev.precis.metadata.PageMetadata metadata, int wordsIn, boolean isHtml) {
        List<String> texts = lines.stream().map(FeatureExtractor.Input::text).toList();
        Tokens.PerLine words = new Tokens.PerLine(texts);
        String language = languages.detect(texts, words);
        List<Integer> lineOfUnit = new ArrayList<>();
        List<FeatureExtractor.Input> units = isHtml ? lines : sentenceUnits(lines, lineOfUnit);
        if (units != lines) {
            words = new Tokens.PerLine(units.stream().map(FeatureExtractor.Input::text).toList());
        }
        int[] lineOf = isHtml ? java.util.stream.IntStream.range(0, lines.size()).toArray()
                : lineOfUnit.stream().mapToInt(Integer::intValue).toArray();
        List<LineFeatures> f = features.extract(units, language, words);
        if (StopWords.forLanguage(language) != null && !LineClassifier.stopWordsFit(f)) {
            // A wrong guess (say Polish read with Czech stop words) makes prose look like headlines.
            // Rather than lose the article, judge it without stop words and admit we do not know.
            language = "und";
            f = features.extract(units, language, words);
        }
        return new Analysis(units, f, lineOf, lines.size(), language, metadata, wordsIn, isHtml, null);
    }

    private CleanedText classify(Analysis a) {
        List<LineFeatures> f = a.features();
        boolean[] keep = classifier.classify(f, a.page() == null ? null : a.page().type());
        List<Block> kept = new ArrayList<>();
        int allWords = 0;
        int keptWords = 0;
        int keptLines = 0;
        int previousLine = -1;
        for (int i = 0; i < keep.length; i++) {
            allWords += f.get(i).words();
            if (!keep[i]) {
                continue;
            }
            keptWords += f.get(i).words();
            String text = f.get(i).text();
            if (a.lineOf()[i] == previousLine) { // another kept sentence of the same long line
                Block last = kept.get(kept.size() - 1);
                kept.set(kept.size() - 1, new Block(last.text() + " " + text, last.kind()));
            } else {
                kept.add(new Block(text, BlockKinds.of(f, i)));
                keptLines++;
            }
            previousLine = a.lineOf()[i];
        }
        return new CleanedText(kept, a.linesIn(), a.linesIn() - keptLines,
                a.metadata(), a.language(),
                a.wordsIn() >= 0 ? a.wordsIn() : allWords, keptWords);
    }

    /** The line ends of {@code \R}: where plain text splits into lines (the manifest's line counts split there too). */
    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || RunLines.Counter.OTHER_LINE_BREAKS.indexOf(c) >= 0;
    }

    /** A whole sentence must recur in three files to count as furniture; anything shorter, in two. */
    private boolean furniture(String line, int documents, int words) {
        if (documents < 2) {
            return false;
        }
        boolean sentence = words >= LineClassifier.MIN_PROSE_WORDS && FeatureExtractor.endsSentence(line, words);
        return documents >= (sentence ? 3 : 2);
    }

    /** How the content is encoded as a page. */
    public enum Format {
        TEXT, HTML;

        private static final Pattern TAG = Pattern.compile("<[a-zA-Z/!][^<>]{0,2000}>");

        /** HTML for .html/.htm files and for text that is evidently a page; TEXT otherwise. */
        public static Format detect(String fileName, String content) {
            String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
            if (name.endsWith(".html") || name.endsWith(".htm")) {
                return HTML;
            }
            return looksLikeHtml(content) ? HTML : TEXT;
        }

        /** Starts with a doctype or &lt;html&gt;, or is mostly tags (at least 10 of them covering 30%+ of it). */
        static boolean looksLikeHtml(String content) {
            // Every test below needs a '<'; most plain-text articles have none, and the processor
            // and the cleaner both ask, so answer those without copying the text.
            if (content == null || content.indexOf('<') < 0) {
                return false;
            }
            String head = content.stripLeading().replace("\uFEFF", "");
            String lower = head.substring(0, Math.min(200, head.length())).toLowerCase(Locale.ROOT);
            if (lower.startsWith("<!doctype html") || lower.startsWith("<html")) {
                return true;
            }
            if (!head.startsWith("<")) {
                return false;
            }
            Matcher m = TAG.matcher(content);
            int tags = 0, tagChars = 0;
            while (m.find()) {
                tags++;
                tagChars += m.end() - m.start();
            }
            return tags >= 10 && tagChars * 10 >= content.length() * 3;
        }
    }
}

package dev.precis.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Reader;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.precis.PrecisCommandLine;
import dev.precis.PrecisRuns;
import dev.precis.text.WordCounter;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input (issue 8): each case runs the real job on temporary folders and checks the report
 * row, the summary files and that the job goes on (exit 0). Expected behaviour is the README's
 * ("Input files", "The instruction line", "The report").
 *
 * Not tested here: unreadable files and folders. The tests run as root, which reads everything
 * regardless of permissions; {@link UnreadableInputIT} runs the packaged jar as an unprivileged user instead.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostileInputTests {

    private static final String DEFAULT_WORDS = "200";
    private static final String DEFAULT_PARAGRAPHS = "3";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    @TempDir
    Path tmp;

    private final WordCounter words = new WordCounter();

    // ------------------------------------------------------------------ encodings and binary content

    @Test
    void byteOrderMarksUtf16AndLatin1AreDecodedAndGiveTheSameSummaryAsUtf8() throws IOException {
        PrecisRuns runs = new PrecisRuns(tmp);
        Path in = runs.input();
        String article = englishArticle();
        Files.writeString(in.resolve("plain.txt"), article);
        Files.write(in.resolve("bom-utf8.txt"), concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, article.getBytes(StandardCharsets.UTF_8)));
        Files.write(in.resolve("bom-utf16le.txt"), concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, article.getBytes(StandardCharsets.UTF_16LE)));
        Files.write(in.resolve("bom-utf16be.txt"), concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, article.getBytes(StandardCharsets.UTF_16BE)));
        Files.write(in.resolve("crlf.txt"), article.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        String french = frenchArticle();
        Files.writeString(in.resolve("french-utf8.txt"), french);
        Files.write(in.resolve("french-latin1.txt"), french.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(runs.run()).isEqualTo(PrecisCommandLine.OK);

        Map<String, CSVRecord> report = runs.report("2026-01-01", 1);
        String plain = summaryOf(runs, report, "plain.txt");
        assertThat(plain).isNotBlank();
        for (String bom : List.of("bom-utf8.txt", "bom-utf16le.txt", "bom-utf16be.txt", "crlf.txt")) {
            assertThat(report.get(bom).get("status")).as(bom).isEqualTo("SUMMARIZED");
            String summary = summaryOf(runs, report, bom);
            assertThat(summary).as(bom).doesNotContain("\uFEFF").doesNotContain("\r").isEqualTo(plain);
        }
        assertThat(report.get("bom-utf8.txt").get("charset")).isEqualTo("UTF-8");
        assertThat(report.get("bom-utf16le.txt").get("charset")).isEqualTo("UTF-16LE");
        assertThat(report.get("bom-utf16be.txt").get("charset")).isEqualTo("UTF-16BE");

        CSVRecord latin = report.get("french-latin1.txt");
        assertThat(latin.get("status") + ": " + latin.get("reason")).startsWith("SUMMARIZED");
        assertThat(latin.get("charset")).isEqualTo("windows-1252");
        String latinSummary = summaryOf(runs, report, "french-latin1.txt");
        assertThat(latinSummary).contains("é").doesNotContain("\uFFFD").doesNotContain("Ã")
                .isEqualTo(summaryOf(runs, report, "french-utf8.txt"));
        assertWithinBudgets(runs, report);
    }

    @Test
    void invalidUtf8NulAndControlCharactersFailWithAReasonAndTheJobGoesOn() throws IOException {
        PrecisRuns runs = new PrecisRuns(tmp);
        Path in = runs.input();
        String article = englishArticle();
        String russian = russianArticle();
        Files.writeString(in.resolve("good.txt"), article);
        Files.write(in.resolve("koi8-r.txt"), russian.getBytes(Charset.forName("KOI8-R")));
        Files.write(in.resolve("shift-jis.txt"), japaneseArticle().getBytes(Charset.forName("Shift_JIS")));
        byte[] utf8 = russian.getBytes(StandardCharsets.UTF_8);
        byte[] broken = concat(java.util.Arrays.copyOf(utf8, 101), new byte[] {(byte) 0xFF, (byte) 0xC3, 0x28},
                java.util.Arrays.copyOfRange(utf8, 101, utf8.length));
        Files.write(in.resolve("russian-invalid-utf8.txt"), broken);
        Files.write(in.resolve("utf16-no-bom.txt"), article.getBytes(StandardCharsets.UTF_16LE));
        Files.writeString(in.resolve("nul.txt"), article.substring(0, 300) + "\0\0" + article.substring(300));
        StringBuilder noisy = new StringBuilder();
        for (int i = 0; i < article.length(); i++) {
            noisy.append(article.charAt(i));
            if (i % 20 == 0) {
                noisy.append('\u0007');
            }
        }
        Files.writeString(in.resolve("control-chars.txt"), noisy.toString());
        Files.writeString(in.resolve("few-control-chars.txt"), article.substring(0, 200) + "\u001B" + article.substring(200));

        assertThat(runs.run()).isEqualTo(PrecisCommandLine.OK);

        Map<String, CSVRecord> report = runs.report("2026-01-01", 1);
        assertThat(report).hasSize(8);
        assertThat(row(report, "good.txt")).startsWith("SUMMARIZED");
        assertThat(row(report, "koi8-r.txt")).startsWith("FAILED: not valid UTF-8");
        assertThat(row(report, "shift-jis.txt")).startsWith("FAILED: not valid UTF-8");
        assertThat(row(report, "russian-invalid-utf8.txt")).startsWith("FAILED: not valid UTF-8");
        assertThat(row(report, "utf16-no-bom.txt")).startsWith("FAILED: binary content");
        assertThat(row(report, "nul.txt")).isEqualTo("FAILED: binary content (NUL bytes)");
        assertThat(row(report, "control-chars.txt")).isEqualTo("FAILED: binary content (control characters)");
        assertThat(row(report, "few-control-chars.txt")).startsWith("SUMMARIZED");
        assertThat(summaryOf(runs, report, "few-control-chars.txt")).doesNotContain("\u001B");
        for (String failed : List.of("koi8-r.txt", "shift-jis.txt", "russian-invalid-utf8.txt", "utf16-no-bom.txt", "nul.txt", "control-chars.txt")) {
            assertThat(report.get(failed).get("summary")).as(failed).isEmpty();
            assertThat(runs.output().resolve("summaries").resolve(failed + ".summary.txt")).doesNotExist();
        }
        for (String summary : runs.summaries().values()) {
            assertThat(summary).doesNotContain("\uFFFD");
            assertThat(summary.chars().filter(c -> Character.isISOControl(c) && c != '\n')).isEmpty();
        }
    }

    // ------------------------------------------------------------------ shapes and sizes

    @Test
    void htmlSavedAsTextAndAMultiMegabyteSingleLineGiveARowAndNoMarkupInASummary() throws IOException {
        PrecisRuns runs = new PrecisRuns(tmp);
        Path in = runs.input();
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><title>Council backs budget</title>\n"
                + "<script>var tracker = function() { return 'x'; };</script></head>\n<body><nav><a href=\"/\">Home</a></nav>\n");
        for (String p : englishArticle().split("\n")) {
            if (!p.isBlank()) {
                html.append("<p class=\"story\">").append(p).append("</p>\n");
            }
        }
        html.append("<footer>Subscribe to our newsletter</footer></body></html>\n");
        Files.writeString(in.resolve("page-saved-as.txt"), html);
        Files.writeString(in.resolve("page-in-one-line.txt"), html.toString().replace("\n", ""));
        String sentence = "The council met again on Monday evening and approved the revised plan for the city's roads. ";
        Files.writeString(in.resolve("one-line.txt"), sentence.repeat(3 * 1024 * 1024 / sentence.length()));

        assertThat(runs.run()).isEqualTo(PrecisCommandLine.OK);

        Map<String, CSVRecord> report = runs.report("2026-01-01", 1);
        assertThat(report).containsOnlyKeys("page-saved-as.txt", "page-in-one-line.txt", "one-line.txt");
        assertThat(Long.parseLong(report.get("one-line.txt").get("bytes"))).isGreaterThan(3_000_000L);
        assertThat(report.get("one-line.txt").get("status")).isIn("SUMMARIZED", "SKIPPED");
        for (CSVRecord r : report.values()) {
            assertThat(r.get("status")).as(r.get("path")).isIn("SUMMARIZED", "SKIPPED");
            assertThat(r.get("reason")).as(r.get("path")).isNotNull();
        }
        for (Map.Entry<String, String> s : runs.summaries().entrySet()) {
            assertThat(s.getValue()).as(s.getKey()).doesNotContainPattern("</?[a-zA-Z][^>]*>").doesNotContain("function()");
        }
        assertWithinBudgets(runs, report);
    }

    @Test
    void anHtmlArticleIsReadAsHtml() throws IOException {
        PrecisRuns runs = new PrecisRuns(tmp);
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><title>Council backs budget</title></head><body>\n");
        for (String p : englishArticle().split("\n")) {
            if (!p.isBlank()) {
                html.append("<p>").append(p).append("</p>\n");
            }
        }
        Files.writeString(runs.input().resolve("page.html"), html.append("</body></html>\n"));
        assertThat(runs.run()).isEqualTo(PrecisCommandLine.OK);
        Map<String, CSVRecord> report = runs.report("2026-01-01", 1);
        assertThat(row(report, "page.html")).startsWith("SUMMARIZED");
        assertThat(report.get("page.html").get("title")).isEqualTo("Council backs budget");
        assertThat(summaryOf(runs, report, "page.html")).doesNotContainPattern("</?[a-zA-Z][^>]*>");
    }

    @Test
    void filesOverTheSizeLimitAreSkippedUnreadEvenASparse10GbFile() throws IOException {
        PrecisRuns runs = new PrecisRuns(tmp);
        Path in = runs.input();
        String article = englishArticle();
        int limit = 4000;
        assertThat(article.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(limit + 1);
        Files.writeString(in.resolve("at-limit.txt"), cutToBytes(article, limit));
        Files.writeString(in.resolve("over-limit.txt"), cutToBytes(article, limit + 1));
        Files.writeString(in.resolve("large.txt"), article.repeat(20));
        try (RandomAccessFile sparse = new RandomAccessFile(in.resolve("sparse-10g.txt").toFile(), "rw")) {
            sparse.setLength(10L << 30);
        }

        assertThat(runs.run("--precis.max-file-bytes=" + limit)).isEqualTo(PrecisCommandLine.OK);

        Map<String, CSVRecord> report = runs.report("2026-01-01", 1);
        assertThat(Files.size(in.resolve("at-limit.txt"))).isEqualTo(limit);
        assertThat(row(report, "at-limit.txt")).startsWith("SUMMARIZED");
        assertThat(row(report, "over-limit.txt")).isEqualTo("SKIPPED: file too large: " + (limit + 1) + " bytes (limit " + limit + ")");
        assertThat(row(report, "large.txt")).startsWith("SKIPPED: file too large");
        assertThat(row(report, "sparse-10g.txt")).isEqualTo("SKIPPED: file too large: " + (10L << 30) + " bytes (limit " + limit + ")");
        assertThat(runs.summaries().keySet()).containsExactly("at-limit.txt.summary.txt");
    }

    // ------------------------------------------------------------------ instruction line

    @Test
    void instructionEdgeCasesFallBackCapOrApplyAsTheReadmeSays() throws IOException {
        PrecisRuns runs = new PrecisRuns(tmp);
        Path in = runs.input();
        String body = englishArticle();
        Map<String, String> files = new LinkedHashMap<>();
        files.put("zero.txt", "Summarize this content to 0 words in 2 paragraphs\n");
        files.put("negative.txt", "Summarize this content to -50 words in -1 paragraphs\n");
        files.put("large.txt", "Summarize this content to 999999 words in 999 paragraphs\n");
        files.put("non-numeric.txt", "Summarize this content to many words in few paragraphs\n");
        files.put("more-paragraphs-than-sentences.txt", "Summarize this content to 300 words in 40 paragraphs\n");
        files.put("capitals.txt", "SUMMARIZE THIS CONTENT TO 120 WORDS IN 2 PARAGRAPHS\n");
        files.put("up-to.txt", "summarise this content to up to 1,500 words in 4 paragraphs\n");
        files.put("thousands-capped.txt", "Summarize this content to 12,000 words\n");
        files.put("words-only.txt", "Summarize this content to 60 words\n");
        files.put("blank-lines-first.txt", "\n\n   \nSummarize this content to 50 words in 1 paragraph\n");
        files.put("second-line.txt", "Council backs budget after long debate\nSummarize this content to 10 words in 1 paragraph\n");
        for (Map.Entry<String, String> f : files.entrySet()) {
            Files.writeString(in.resolve(f.getKey()), f.getValue() + body);
        }

        assertThat(runs.run()).isEqualTo(PrecisCommandLine.OK);

        Map<String, CSVRecord> report = runs.report("2026-01-01", 1);
        assertThat(report.keySet()).containsExactlyInAnyOrderElementsOf(files.keySet());
        for (CSVRecord r : report.values()) {
            assertThat(r.get("status")).as(r.get("path")).isEqualTo("SUMMARIZED");
            assertThat(summaryOf(runs, report, r.get("path"))).as(r.get("path"))
                    .doesNotContainIgnoringCase("summarize this content").doesNotContainIgnoringCase("summarise this content");
        }
        assertBudget(report, "zero.txt", DEFAULT_WORDS, "2", "instruction's words 0 is not positive; default used");
        assertBudget(report, "negative.txt", DEFAULT_WORDS, DEFAULT_PARAGRAPHS,
                "instruction's words -50 is not positive; default used; instruction's paragraphs -1 is not positive; default used");
        assertBudget(report, "large.txt", "5000", "50", "instruction's words 999999 capped at 5000; instruction's paragraphs 999 capped at 50");
        assertBudget(report, "non-numeric.txt", DEFAULT_WORDS, DEFAULT_PARAGRAPHS,
                "instruction's words 'many' is not a number; default used; instruction's paragraphs 'few' is not a number; default used");
        assertBudget(report, "more-paragraphs-than-sentences.txt", "300", "40", "");
        assertBudget(report, "capitals.txt", "120", "2", "");
        assertBudget(report, "up-to.txt", "1500", "4", "");
        assertBudget(report, "thousands-capped.txt", "5000", DEFAULT_PARAGRAPHS, "instruction's words 12,000 capped at 5000");
        assertBudget(report, "words-only.txt", "60", DEFAULT_PARAGRAPHS, "");
        assertBudget(report, "blank-lines-first.txt", "50", "1", "");
        // not on the first non-blank line: article text, so the default budget applies and its words count
        assertBudget(report, "second-line.txt", DEFAULT_WORDS, DEFAULT_PARAGRAPHS, "no instruction line: default budget");
        assertThat(Integer.parseInt(report.get("second-line.txt").get("words_in")))
                .isEqualTo(words.count(files.get("second-line.txt") + body));
        int sentences = body.split("(?<=[.!?])\\s+").length;
        assertThat(Integer.parseInt(report.get("more-paragraphs-than-sentences.txt").get("paragraphs"))).isLessThanOrEqualTo(sentences);
        assertWithinBudgets(runs, report);
    }

    @Test
    void anAbsurdlyLongNumberIsCappedNotTreatedAsNonNumeric() throws IOException {
        PrecisRuns runs = new PrecisRuns(tmp);
        Files.writeString(runs.input().resolve("absurd.txt"),
                "Summarize this content to 99999999999999999999 words in 3 paragraphs\n" + englishArticle());
        assertThat(runs.run()).isEqualTo(PrecisCommandLine.OK);
        Map<String, CSVRecord> report = runs.report("2026-01-01", 1);
        assertBudget(report, "absurd.txt", "5000", "3", "instruction's words 99999999999999999999 capped at 5000");
    }

    // ------------------------------------------------------------------ languages and scripts

    @Test
    void nonEnglishAndMixedScriptArticlesAreSummarizedFromTheirOwnSentences() throws IOException {
        PrecisRuns runs = new PrecisRuns(tmp);
        Path in = runs.input();
        Map<String, String> articles = Map.of(
                "russian.txt", russianArticle(),
                "arabic.txt", arabicArticle(),
                "mixed.txt", mixedScriptArticle(),
                "french.txt", frenchArticle());
        for (Map.Entry<String, String> a : articles.entrySet()) {
            Files.writeString(in.resolve(a.getKey()), a.getValue());
        }

        assertThat(runs.run()).isEqualTo(PrecisCommandLine.OK);

        Map<String, CSVRecord> report = runs.report("2026-01-01", 1);
        for (Map.Entry<String, String> a : articles.entrySet()) {
            assertThat(row(report, a.getKey())).startsWith("SUMMARIZED");
            assertExtractive(summaryOf(runs, report, a.getKey()), a.getValue(), a.getKey());
        }
        assertThat(summaryOf(runs, report, "russian.txt")).containsPattern("\\p{IsCyrillic}{4,}");
        assertThat(summaryOf(runs, report, "arabic.txt")).containsPattern("\\p{IsArabic}{4,}");
        assertThat(summaryOf(runs, report, "mixed.txt")).contains("Αθήνα").contains("東京");
        assertWithinBudgets(runs, report);
    }

    @Test
    void japaneseArticleIsSummarized() throws IOException {
        PrecisRuns runs = new PrecisRuns(tmp);
        Files.writeString(runs.input().resolve("japanese.txt"), japaneseArticle());
        assertThat(runs.run()).isEqualTo(PrecisCommandLine.OK);
        Map<String, CSVRecord> report = runs.report("2026-01-01", 1);
        assertThat(row(report, "japanese.txt")).startsWith("SUMMARIZED");
        assertExtractive(summaryOf(runs, report, "japanese.txt"), japaneseArticle(), "japanese.txt");
    }

    // ------------------------------------------------------------------ file-system edge cases

    @Test
    void fifosSocketsAndDevicesAreNeverOpenedLinksNeverFollowedHiddenFilesIgnoredLinksAndCopiesReported() throws Exception {
        PrecisRuns runs = new PrecisRuns(tmp);
        Path in = runs.input();
        String article = englishArticle();
        String marker = "ZQXJ" + "VOLTMARKER";
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), article + "\nThe secret codeword of this private file is " + marker
                + " and it must never appear in any report or summary written from the input folder.\n");

        Files.writeString(in.resolve("original.txt"), article);
        Files.createLink(in.resolve("hard-link.txt"), in.resolve("original.txt"));
        Files.copy(in.resolve("original.txt"), in.resolve("copy.txt"));
        exec("mkfifo", in.resolve("pipe.txt").toString());
        try (ServerSocketChannel socket = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            socket.bind(UnixDomainSocketAddress.of(in.resolve("socket.txt")));
        }
        boolean device = exec("mknod", in.resolve("device.txt").toString(), "c", "1", "3") == 0; // like /dev/null
        Files.createSymbolicLink(in.resolve("loop-dir"), Path.of("."));
        Files.createSymbolicLink(in.resolve("self.txt"), Path.of("self.txt"));
        Files.createSymbolicLink(in.resolve("ping.txt"), Path.of("pong.txt"));
        Files.createSymbolicLink(in.resolve("pong.txt"), Path.of("ping.txt"));
        Files.createSymbolicLink(in.resolve("outside-file.txt"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(in.resolve("outside-relative.txt"), Path.of("../outside/secret.txt"));
        Files.createSymbolicLink(in.resolve("outside-dir"), outside);
        Files.writeString(in.resolve(".hidden.txt"), article);
        Files.createDirectories(in.resolve(".cache"));
        Files.writeString(in.resolve(".cache/inside-hidden-folder.txt"), article);
        Files.createDirectories(in.resolve("sub"));
        Files.writeString(in.resolve("sub/visible.txt"), article);
        Files.writeString(in.resolve("sub/.editor-swap.txt"), article);

        assertThat(runs.run()).isEqualTo(PrecisCommandLine.OK);

        Map<String, CSVRecord> report = runs.report("2026-01-01", 1);
        List<String> expected = new ArrayList<>(List.of("original.txt", "hard-link.txt", "copy.txt", "pipe.txt", "socket.txt",
                "loop-dir", "self.txt", "ping.txt", "pong.txt", "outside-file.txt", "outside-relative.txt", "outside-dir",
                "sub/visible.txt"));
        if (device) {
            expected.add("device.txt");
        }
        assertThat(report.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        String sha = report.get("original.txt").get("sha256");
        for (String same : List.of("original.txt", "hard-link.txt", "copy.txt", "sub/visible.txt")) {
            assertThat(row(report, same)).startsWith("SUMMARIZED");
            assertThat(report.get(same).get("sha256")).isEqualTo(sha);
            assertThat(runs.output().resolve(report.get(same).get("summary"))).isRegularFile();
        }
        assertThat(runs.summaries()).hasSize(4);
        assertThat(runs.summaries().values()).containsOnly(summaryOf(runs, report, "original.txt"));
        for (String special : device ? List.of("pipe.txt", "socket.txt", "device.txt") : List.of("pipe.txt", "socket.txt")) {
            assertThat(row(report, special)).isEqualTo("SKIPPED: not a regular file (FIFO, socket or device): not opened");
        }
        for (String link : List.of("loop-dir", "self.txt", "ping.txt", "pong.txt", "outside-file.txt", "outside-relative.txt", "outside-dir")) {
            assertThat(row(report, link)).isEqualTo("SKIPPED: symbolic link: not followed");
            assertThat(report.get(link).get("summary")).isEmpty();
        }
        String reportText = Files.readString(runs.output().resolve("reports/precis-2026-01-01-1.csv"));
        assertThat(reportText).doesNotContain(marker).doesNotContain(sha256(outside.resolve("secret.txt")));
        for (String summary : runs.summaries().values()) {
            assertThat(summary).doesNotContain(marker);
        }
        assertThat(Files.isSymbolicLink(in.resolve("outside-dir"))).isTrue();
        assertThat(outside.resolve("secret.txt")).exists();
    }

    // ------------------------------------------------------------------ file names and report safety

    @Test
    void awkwardFileNamesAreReportedExactlyInAStrictCsvWithoutFormulasAndGetTheirSummaries() throws IOException {
        PrecisRuns runs = new PrecisRuns(tmp);
        Path in = runs.input();
        String article = englishArticle();
        List<String> names = new ArrayList<>(List.of(
                "with space.txt", "comma, in name.txt", "double \"quotes\".txt", "apostrophe's.txt", "new\nline.txt",
                "carriage\rreturn.txt", "tab\tinside.txt", "\ttab-first.txt", "=1+2.txt", "=HYPERLINK(\"http:evil\").txt",
                "+33 news.txt", "-rf.txt", "-1.txt", "@SUM(A1).txt", "$(touch pwned); `id` | & > < * ? ! ~ #.txt",
                "Cafe\u0301 au lai\u0302t.txt", "日本語 ニュース.txt", "emoji 📰.txt", "back\\slash.txt"));
        String longA = "a".repeat(240) + "-one.txt";                        // 248 bytes: + ".summary.txt" = 260 > 255
        String longB = "a".repeat(240) + "-two.txt";                        // same first 240 bytes
        String longCjk = "日".repeat(80) + ".txt";                          // 244 bytes of UTF-8
        String exactly243 = "b".repeat(239) + ".txt";                       // + ".summary.txt" = 255: not shortened
        names.addAll(List.of(longA, longB, longCjk, exactly243));
        for (String name : names) {
            Files.writeString(in.resolve(name), article);
        }
        Files.createDirectories(in.resolve("dir, with \"comma\"\nand newline"));
        Files.writeString(in.resolve("dir, with \"comma\"\nand newline/=inner.txt"), article);
        names.add("dir, with \"comma\"\nand newline/=inner.txt");

        assertThat(runs.run()).isEqualTo(PrecisCommandLine.OK);

        Path reportFile = runs.output().resolve("reports/precis-2026-01-01-1.csv");
        List<CSVRecord> records = strictCsv(reportFile);
        assertThat(records).hasSize(names.size());
        Map<String, CSVRecord> byPath = new LinkedHashMap<>();
        for (CSVRecord r : records) {
            assertThat(r.size()).isEqualTo(records.get(0).getParser().getHeaderNames().size());
            for (String cell : r.values()) {
                boolean risky = !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0;
                assertThat(risky && !PLAIN_NUMBER.matcher(cell).matches()).as("formula-like cell %s", cell).isFalse();
            }
            assertThat(byPath.put(unprotect(r.get("path")), r)).as("path reported twice: " + r.get("path")).isNull();
        }
        assertThat(byPath.keySet()).containsExactlyInAnyOrderElementsOf(names);
        assertThat(byPath.get("=1+2.txt").get("path")).isEqualTo("'=1+2.txt");
        assertThat(byPath.get("-1.txt").get("path")).isEqualTo("'-1.txt");
        assertThat(byPath.get("\ttab-first.txt").get("path")).isEqualTo("'\ttab-first.txt");
        assertThat(byPath.get("Cafe\u0301 au lai\u0302t.txt").get("path")).isEqualTo("Cafe\u0301 au lai\u0302t.txt");

        String expectedSummary = null;
        Path summaries = runs.output().resolve("summaries").toAbsolutePath().normalize();
        java.util.Set<String> summaryPaths = new java.util.HashSet<>();
        for (Map.Entry<String, CSVRecord> e : byPath.entrySet()) {
            CSVRecord r = e.getValue();
            assertThat(r.get("status") + ": " + r.get("reason")).as(e.getKey()).startsWith("SUMMARIZED");
            String summaryPath = unprotect(r.get("summary"));
            assertThat(summaryPaths.add(summaryPath)).as("summary path used twice: " + summaryPath).isTrue();
            Path summary = runs.output().resolve(summaryPath).toAbsolutePath().normalize();
            assertThat(summary.startsWith(summaries)).as(summaryPath).isTrue();
            assertThat(summary).as(e.getKey()).isRegularFile();
            for (Path segment : summaries.relativize(summary)) {
                assertThat(segment.toString().getBytes(StandardCharsets.UTF_8).length).as(summaryPath).isLessThanOrEqualTo(255);
            }
            String text = Files.readString(summary);
            if (expectedSummary == null) {
                expectedSummary = text;
            }
            assertThat(text).as(e.getKey()).isNotBlank().isEqualTo(expectedSummary);
        }
        assertThat(unprotect(byPath.get(exactly243).get("summary"))).isEqualTo("summaries/" + exactly243 + ".summary.txt");
        assertThat(unprotect(byPath.get("with space.txt").get("summary"))).isEqualTo("summaries/with space.txt.summary.txt");
        for (String longName : List.of(longA, longB, longCjk)) {
            String s = unprotect(byPath.get(longName).get("summary"));
            assertThat(s).as(longName).isNotEqualTo("summaries/" + longName + ".summary.txt").endsWith(".summary.txt");
        }
        try (Stream<Path> all = Files.walk(runs.output())) {
            assertThat(all.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> p.getFileName().toString().endsWith(".precis-tmp") || p.toString().contains("/.precis-tmp/")))
                    .isEmpty();
        }
    }

    @Test
    void aBackslashInANameDoesNotCollideWithASubfolder() throws IOException {
        PrecisRuns runs = new PrecisRuns(tmp);
        Path in = runs.input();
        Files.writeString(in.resolve("back\\slash.txt"), englishArticle());
        Files.createDirectories(in.resolve("back"));
        Files.writeString(in.resolve("back/slash.txt"), frenchArticle());
        assertThat(runs.run()).isEqualTo(PrecisCommandLine.OK);
        Map<String, CSVRecord> report = runs.report("2026-01-01", 1);
        assertThat(row(report, "back\\slash.txt")).startsWith("SUMMARIZED");
        assertThat(row(report, "back/slash.txt")).startsWith("SUMMARIZED");
        assertThat(report.get("back\\slash.txt").get("summary")).isNotEqualTo(report.get("back/slash.txt").get("summary"));
        assertThat(summaryOf(runs, report, "back\\slash.txt")).doesNotContain("Genève");
        assertThat(summaryOf(runs, report, "back/slash.txt")).contains("Genève");
    }

    // ------------------------------------------------------------------ helpers

    /** Every summarized row keeps to its budget, and its file holds the words the report says. */
    private void assertWithinBudgets(PrecisRuns runs, Map<String, CSVRecord> report) throws IOException {
        for (CSVRecord r : report.values()) {
            if (!r.get("status").equals("SUMMARIZED")) {
                assertThat(r.get("summary")).as(r.get("path")).isEmpty();
                continue;
            }
            String summary = summaryOf(runs, report, r.get("path"));
            int n = words.count(summary);
            assertThat(n).as(r.get("path")).isPositive().isEqualTo(Integer.parseInt(r.get("words_summary")))
                    .isLessThanOrEqualTo(Integer.parseInt(r.get("requested_words")));
            assertThat(Integer.parseInt(r.get("paragraphs"))).as(r.get("path"))
                    .isLessThanOrEqualTo(Integer.parseInt(r.get("requested_paragraphs")))
                    .isEqualTo(summary.strip().split("\n\n").length);
        }
    }

    private static void assertBudget(Map<String, CSVRecord> report, String path, String words, String paragraphs, String reason) {
        CSVRecord r = report.get(path);
        assertThat(r).as(path).isNotNull();
        assertThat(List.of(r.get("requested_words"), r.get("requested_paragraphs"), r.get("reason"))).as(path)
                .containsExactly(words, paragraphs, reason);
    }

    /** Each summary sentence is a sentence of the article (extractive), and nothing is mangled. */
    private static void assertExtractive(String summary, String article, String what) {
        assertThat(summary).as(what).isNotBlank().doesNotContain("\uFFFD");
        String flatArticle = article.replaceAll("\\s+", " ");
        for (String paragraph : summary.strip().split("\n\n")) {
            for (String piece : paragraph.split("(?<=[.!?。])\\s*")) {
                if (!piece.isBlank()) {
                    assertThat(flatArticle).as(what).contains(piece.strip().replaceAll("\\s+", " "));
                }
            }
        }
    }

    private static String summaryOf(PrecisRuns runs, Map<String, CSVRecord> report, String path) throws IOException {
        CSVRecord r = report.get(path);
        assertThat(r).as("report row for " + path).isNotNull();
        assertThat(r.get("summary")).as("summary of " + path + " (" + r.get("status") + ": " + r.get("reason") + ")").isNotEmpty();
        return Files.readString(runs.output().resolve(unprotect(r.get("summary"))));
    }

    private static String row(Map<String, CSVRecord> report, String path) {
        CSVRecord r = report.get(path);
        assertThat(r).as("report row for " + path).isNotNull();
        return r.get("status") + ": " + r.get("reason");
    }

    /** The report's anti-formula apostrophe, removed. */
    private static String unprotect(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0 ? cell.substring(1) : cell;
    }

    private static List<CSVRecord> strictCsv(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(new String(bytes, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8)).as("valid UTF-8").isEqualTo(bytes);
        CSVFormat strict = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(false).setTrim(false).setAllowMissingColumnNames(false)
                .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.DISALLOW).setLenientEof(false)
                .setTrailingData(false).get();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<CSVRecord> records = strict.parse(in).getRecords();
            for (CSVRecord r : records) {
                assertThat(r.isConsistent()).as("record %d has %d cells", r.getRecordNumber(), r.size()).isTrue();
            }
            return records;
        }
    }

    private static String englishArticle() throws IOException {
        // the first dev article (in name order) long enough for the size-limit cases
        try (Stream<Path> files = Files.list(PrecisRuns.devArticles())) {
            for (Path p : files.sorted().toList()) {
                String text = Files.readString(p);
                String body = text.substring(text.indexOf('\n') + 1).strip() + "\n";
                if (body.length() > 4500 && body.length() < 8000) {
                    return body;
                }
            }
        }
        throw new IllegalStateException("no dev article of 4500-8000 characters");
    }

    private static String cutToBytes(String s, int bytes) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        String cut = new String(b, 0, bytes, StandardCharsets.US_ASCII).replaceAll("[^\\x00-\\x7F]", "x");
        assertThat(cut.getBytes(StandardCharsets.UTF_8)).hasSize(bytes);
        return cut;
    }

    private static String frenchArticle() {
        return """
                Le conseil municipal de Genève a approuvé lundi soir un budget élevé pour la rénovation des écoles primaires.
                Les élus ont débattu pendant près de quatre heures avant de voter à une large majorité le plan présenté par la mairie.
                Selon le maire, les travaux commenceront dès l'été prochain et dureront environ trois années scolaires complètes.
                Les associations de parents d'élèves ont salué une décision attendue depuis longtemps dans plusieurs quartiers de la ville.
                Certains conseillers ont toutefois regretté que la question des crèches ne soit pas réglée par ce même budget municipal.
                Le café situé en face de la mairie était rempli de curieux venus suivre les débats retransmis sur un écran géant.
                La prochaine séance du conseil consacrée aux transports publics aura lieu à la fin du mois de février prochain.
                """;
    }

    private static String russianArticle() {
        return """
                Городской совет Новосибирска в понедельник утвердил новый бюджет на ремонт дорог и школ в следующем году.
                Депутаты обсуждали документ почти четыре часа, прежде чем большинство проголосовало за предложенный мэрией план.
                По словам мэра, работы начнутся летом и продлятся около трёх лет, если погода и поставщики не подведут город.
                Родители учеников приветствовали решение, которого многие районы города ждали уже очень долгое время.
                Некоторые депутаты заявили, что вопрос детских садов так и не был решён в рамках этого городского бюджета.
                Следующее заседание совета, посвящённое общественному транспорту и новым автобусным маршрутам, пройдёт в конце февраля.
                """;
    }

    private static String japaneseArticle() {
        return """
                東京都議会は月曜日の夜、都内の道路と学校の改修に充てる新しい予算案を賛成多数で可決しました。
                議員たちはおよそ四時間にわたって議論を続け、最終的に都が提出した計画を大幅な修正なしで承認しました。
                知事によると、工事は来年の夏に始まり、天候や資材の調達に問題がなければ約三年で完了する見込みです。
                保護者の団体は、多くの地域で長い間待ち望まれていた決定だとして、今回の議会の判断を歓迎しました。
                一方で一部の議員は、保育所の不足という問題がこの予算では解決されていないと強く批判しました。
                公共交通と新しいバス路線を議題とする次の議会は、二月の終わりに開かれる予定だと発表されました。
                """;
    }

    private static String arabicArticle() {
        return """
                وافق مجلس مدينة عمان مساء الاثنين على ميزانية جديدة لإصلاح الطرق والمدارس في العام المقبل بعد نقاش طويل.
                وناقش الأعضاء المشروع لمدة أربع ساعات تقريبا قبل أن تصوت الأغلبية لصالح الخطة التي قدمتها البلدية.
                وقال رئيس البلدية إن الأعمال ستبدأ في الصيف المقبل وستستمر نحو ثلاث سنوات إذا لم تحدث أي مشكلات.
                ورحب أولياء أمور الطلاب بالقرار الذي انتظرته أحياء كثيرة في المدينة منذ وقت طويل جدا.
                وستعقد الجلسة المقبلة للمجلس المخصصة للنقل العام وخطوط الحافلات الجديدة في نهاية شهر فبراير.
                """;
    }

    private static String mixedScriptArticle() {
        return """
                The delegation from Αθήνα arrived in 東京 on Monday for three days of talks about trade, ports and shipping routes.
                Officials said the meeting with representatives from القاهرة and Москва would focus on grain prices and fuel costs.
                The mayor of São Paulo, who joined by video link, said the city wanted a larger share of the new container traffic 🚢.
                Several delegates warned that rising insurance costs could make the proposed routes too expensive for smaller companies.
                A final statement signed by all delegations is expected on Wednesday evening after the last round of negotiations.
                The next meeting will take place in Zürich in the spring, according to a spokesperson for the organizers.
                """;
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    private static String sha256(Path file) throws Exception {
        return java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static int exec(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
        int code = p.exitValue();
        if (command[0].equals("mkfifo")) {
            assumeThat(code).as("mkfifo available").isZero();
            assertThat(Files.isRegularFile(Path.of(command[1]), LinkOption.NOFOLLOW_LINKS)).isFalse();
        }
        return code;
    }
}

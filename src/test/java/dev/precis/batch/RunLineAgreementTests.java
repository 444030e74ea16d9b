package dev.precis.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import dev.precis.article.Article;
import dev.precis.article.ArticleException;
import dev.precis.article.ArticleReader;
import dev.precis.article.InstructionParser;
import dev.precis.batch.manifest.InputScanner;
import dev.precis.clean.RunLines;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The manifest step counts the lines that recur across files; the cleaner looks its kept lines up in
 * those counts. Both must hash the same text, whatever the file's encoding, normal form, line ends or
 * byte-order mark: the cleaner's lines are those of the decoded, normalised article body.
 */
class RunLineAgreementTests {

    /** Non-ASCII on purpose: é and the dash differ between encodings and normal forms. */
    private static final String FURNITURE = "Café Gazette — édition du matin";

    @TempDir
    Path in;

    @Test
    void aLineSharedByFilesInEveryEncodingAndFormCountsInAllOfThemAsTheCleanerSeesIt() throws IOException, ArticleException {
        String nfd = Normalizer.normalize(FURNITURE, Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo(FURNITURE);
        write("a-bom.txt", bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                (FURNITURE + "\n" + story("alpine lakes")).getBytes(StandardCharsets.UTF_8)));
        write("b-windows-1252.txt", (story("harbour cranes") + FURNITURE + "\n").getBytes(Charset.forName("windows-1252")));
        write("c-nfd-crlf.txt", (story("river ferries") + nfd + "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        write("d-utf16.txt", bytes(new byte[] {(byte) 0xFF, (byte) 0xFE},
                (story("city trams") + FURNITURE + "\n").getBytes(StandardCharsets.UTF_16LE)));
        write("e-line-separator.txt", (story("mountain huts").strip() + "\u2028" + FURNITURE + "\u2029").getBytes(StandardCharsets.UTF_8));
        write("f-instruction.txt", ("Summarize this content to 50 words\n" + FURNITURE + "\n" + story("night trains"))
                .getBytes(StandardCharsets.UTF_8));

        ArticleReader reader = new ArticleReader(1 << 20, new InstructionParser(5000, 50));
        RunLines lines = new InputScanner(1 << 20, 2, reader).scan(in, Set.of()).repeatedLines();

        List<Path> files;
        try (var list = Files.list(in)) {
            files = list.sorted().toList();
        }
        for (Path file : files) {
            Article article = reader.read(file);
            List<String> cleanerLines = cleanerLines(article.body());
            assertThat(cleanerLines).as(file.getFileName().toString()).contains(FURNITURE);
            assertThat(lines.documents(FURNITURE)).as("documents of the shared line").isEqualTo(6);
            // a file's own story lines recur nowhere
            assertThat(cleanerLines.stream().filter(l -> !l.equals(FURNITURE)).mapToInt(lines::documents).max().orElse(0))
                    .as(file.getFileName().toString()).isZero();
        }
    }

    /** The lines ArticleCleaner splits plain text into: at every \R line break, stripped, blank ones dropped. */
    private static List<String> cleanerLines(String body) {
        return Arrays.stream(body.split("\r\n|[\n\r\u000B\f\u0085\u2028\u2029]")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static String story(String topic) {
        return "Officials said on Monday that the " + topic + " would reopen after a long winter of repairs and delays.\n"
                + "Visitors were asked to book ahead because the " + topic + " expect a busy season this year.\n";
    }

    private void write(String name, byte[] content) throws IOException {
        Files.write(in.resolve(name), content);
    }

    private static byte[] bytes(byte[] prefix, byte[] rest) {
        byte[] all = Arrays.copyOf(prefix, prefix.length + rest.length);
        System.arraycopy(rest, 0, all, prefix.length, rest.length);
        return all;
    }
}

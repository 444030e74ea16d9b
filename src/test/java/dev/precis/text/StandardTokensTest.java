package dev.precis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

/**
 * The scan finds exactly the tokens (start and end) Lucene's StandardTokenizer finds, wherever it
 * does not decline the text: for every character of the BMP in contexts that exercise each word-break
 * rule, on random strings over every class, and on all evaluation text ({@link EvalText}).
 */
class StandardTokensTest {

    private final StandardTokenizer tokenizer = new StandardTokenizer();
    private final OffsetAttribute offsets = tokenizer.addAttribute(OffsetAttribute.class);
    private final StandardTokens.Bounds bounds = new StandardTokens.Bounds();

    /** Lucene's tokens as "start-end". */
    private List<String> lucene(String text) {
        List<String> out = new ArrayList<>();
        try {
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                out.add(offsets.startOffset() + "-" + offsets.endOffset());
            }
            tokenizer.end();
            tokenizer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The scan's tokens as "start-end", or null when it declines the text. */
    private List<String> scanned(String text) {
        char[] chars = text.toCharArray();
        int n = StandardTokens.scan(chars, chars.length, bounds);
        if (n < 0) {
            return null;
        }
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(bounds.bounds[2 * i] + "-" + bounds.bounds[2 * i + 1]);
        }
        return out;
    }

    @Test
    void everyCharacterInEveryRuleContext() {
        // % is the character: alone, between letters, digits, connectors, marks and joiners of each kind
        String[] contexts = {"%", "a%b", "1%2", "a%1", "1%a", "_%_", "%%", "x %y z", "a'%b", "ab%\u0301", "%a", "a%", "1%", "%1",
            "a.%b", "a%.b", "a%%b", "1%%2", "%_a", "a_%", "%\u0301a", "a\u0301%b", "é%ö", "а%б", "%%%", "1,%2", "1%,2", "a:%b",
            "#%", "*%", "%©", "©%", "\"%\"", "a\"%b", "%\u00AD%"};
        int supported = 0;
        for (int c = 0; c < 0x10000; c++) {
            if (StandardTokens.classOf((char) c) == StandardTokens.UNSUPPORTED) {
                continue;
            }
            supported++;
            for (String context : contexts) {
                String text = context.replace("%", String.valueOf((char) c));
                assertThat(scanned(text)).as("U+%04X in \"%s\"", c, context).isEqualTo(lucene(text));
            }
        }
        assertThat(supported).as("characters the scan handles").isGreaterThan(20_000);
    }

    @Test
    void randomStringsOverEveryClass() {
        List<Character> alphabet = new ArrayList<>();
        Random random = new Random(29);
        List<List<Character>> byClass = new ArrayList<>();
        for (int k = 0; k < StandardTokens.UNSUPPORTED; k++) {
            byClass.add(new ArrayList<>());
        }
        for (int c = 0; c < 0x10000; c++) {
            byte k = StandardTokens.classOf((char) c);
            if (k != StandardTokens.UNSUPPORTED) {
                byClass.get(k).add((char) c);
            }
        }
        for (List<Character> members : byClass) {
            assertThat(members).isNotEmpty();
            for (int i = 0; i < 60; i++) {
                alphabet.add(members.get(random.nextInt(members.size())));
            }
        }
        for (char c : "aZ09 ._',;:-é\u0301\u00AD\u2019".toCharArray()) {
            for (int i = 0; i < 8; i++) {
                alphabet.add(c);
            }
        }
        for (int i = 0; i < 300_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = 1 + random.nextInt(10); n > 0; n--) {
                text.append(alphabet.get(random.nextInt(alphabet.size())));
            }
            assertThat(scanned(text.toString())).as(text.toString()).isEqualTo(lucene(text.toString()));
        }
    }

    @Test
    void allEvaluationText() throws IOException {
        int scannedLines = 0;
        int lines = 0;
        for (EvalText.Page page : EvalText.pages()) {
            for (String line : page.lines()) {
                lines++;
                List<String> tokens = scanned(line);
                if (tokens != null) {
                    scannedLines++;
                    assertThat(tokens).as(page.name() + ": " + line).isEqualTo(lucene(line));
                }
            }
        }
        // the scan must carry the text, not decline it: nearly every line is Latin, Greek or Cyrillic
        assertThat(lines).isGreaterThan(100_000);
        assertThat(scannedLines).isGreaterThan(lines * 95 / 100);
    }

    @Test
    void declinesWhatLuceneTreatsSpecially() {
        for (String text : new String[] {"北京", "ひらがな", "カタカナ", "한국어", "ภาษาไทย", "שלום", "👍", "❤\uFE0F", "#\u20E3", "ℹ", "🇫🇷",
            "a\u200Db", "\uD835\uDC00",
            "x".repeat(StandardTokens.MAX_TOKEN_LENGTH + 1)}) {
            assertThat(scanned(text)).as(text).isNull();
        }
        assertThat(scanned("x".repeat(StandardTokens.MAX_TOKEN_LENGTH))).containsExactly("0-255");
        assertThat(scanned("© 2024 ‼\u0301x")).containsExactly("0-1", "2-6", "7-9", "9-10").isEqualTo(lucene("© 2024 ‼\u0301x"));
    }
}

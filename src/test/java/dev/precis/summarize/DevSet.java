package dev.precis.summarize;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A summarization dev set in Precis's input format (the instruction line "Summarize this content to N
 * words in M paragraph(s)", then the article, each non-blank line a paragraph), read as the benchmark
 * mains and the quality floor read it: the instruction is parsed and dropped, no cleaning.
 */
record DevSet(List<String> names, List<List<String>> articles, List<SummaryRequest> requests) {

    private static final Pattern INSTRUCTION =
            Pattern.compile("(?i)^summarize this content to (\\d+) words in (\\d+) paragraph");

    /** Every regular file of {@code dir}, sorted by name, for a summarizer with the given share and language. */
    static DevSet read(Path dir, double share, String language) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        List<String> names = new ArrayList<>();
        List<List<String>> articles = new ArrayList<>();
        List<SummaryRequest> requests = new ArrayList<>();
        for (Path f : files) {
            List<String> paragraphs = new ArrayList<>();
            int words = 75;
            int paras = 1;
            boolean first = true;
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                if (first) {
                    first = false;
                    Matcher m = INSTRUCTION.matcher(line);
                    if (m.find()) {
                        words = Integer.parseInt(m.group(1));
                        paras = Integer.parseInt(m.group(2));
                        continue;
                    }
                }
                if (!line.isBlank()) {
                    paragraphs.add(line.strip());
                }
            }
            names.add(f.getFileName().toString());
            articles.add(paragraphs);
            requests.add(new SummaryRequest(words, paras, share, language));
        }
        return new DevSet(names, articles, requests);
    }
}

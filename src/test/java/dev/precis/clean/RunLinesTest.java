package dev.precis.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Run-level evidence: lines that recur across a run's files are furniture, never a story's only text. */
class RunLinesTest {

    private static final String NOTICE = "The Example Chronicle is an independent newspaper founded in 1901 and owned by a trust of its readers.";

    private static String page(String story) {
        return "Home\n" + story + "\n" + NOTICE + "\n";
    }

    private static final String STORY_A = "The city council approved a new budget on Monday after a long debate about road repairs and school funding.\n"
            + "Council members said the plan would take effect in January and would be reviewed again in the summer.";
    private static final String STORY_B = "Scientists in Zurich said on Thursday that the glaciers lost a tenth of their ice in two years of heat.\n"
            + "The researchers measured twenty glaciers and combined the results with satellite images of the Alps.";

    @Test
    void countsEachLineOncePerDocumentAndKeepsThoseInTwoOrMore() {
        RunLines.Counter counter = new RunLines.Counter(1000);
        counter.addDocument(page(STORY_A) + NOTICE + "\n");
        counter.addDocument(page(STORY_B));
        RunLines repeated = counter.repeated(2);
        assertThat(repeated.contains(NOTICE)).isTrue();
        assertThat(repeated.contains("  " + NOTICE + " ")).as("lines are compared stripped").isTrue();
        assertThat(repeated.contains("Home")).isTrue();
        assertThat(repeated.contains(STORY_A.lines().findFirst().orElseThrow())).isFalse();
    }

    @Test
    void theCleanerDropsRunFurnitureButNeverAStorySharedWithAnotherFile() {
        ArticleCleaner cleaner = new ArticleCleaner();
        RunLines.Counter counter = new RunLines.Counter(1000);
        counter.addDocument(page(STORY_A));
        counter.addDocument(page(STORY_B));
        // A whole sentence in two files may be shared by two related stories: not yet furniture.
        assertThat(cleaner.clean(page(STORY_A), ArticleCleaner.Format.TEXT, counter.repeated(2)).paragraphs()).contains(NOTICE);
        counter.addDocument(page("Storms closed the mountain pass for a third day on Friday, the police said in a statement.\n"
                + "Drivers were told to use the coastal road until the snow had been cleared from the pass."));
        RunLines repeated = counter.repeated(2);
        assertThat(repeated.documents(NOTICE)).isEqualTo(3);

        CleanedText alone = cleaner.clean(page(STORY_A), ArticleCleaner.Format.TEXT);
        CleanedText inRun = cleaner.clean(page(STORY_A), ArticleCleaner.Format.TEXT, repeated);
        assertThat(alone.paragraphs()).contains(NOTICE);
        assertThat(inRun.paragraphs()).doesNotContain(NOTICE).containsAll(STORY_A.lines().toList());
        assertThat(inRun.linesDropped()).isEqualTo(alone.linesDropped() + 1);

        // The same story in two files of the run (a wire story twice): its lines recur, but they are its story.
        RunLines.Counter twice = new RunLines.Counter(1000);
        twice.addDocument(page(STORY_A));
        twice.addDocument("Breaking\n" + STORY_A + "\n");
        CleanedText shared = cleaner.clean(page(STORY_A), ArticleCleaner.Format.TEXT, twice.repeated(2));
        assertThat(shared.paragraphs()).containsAll(STORY_A.lines().toList());
    }

    @Test
    void theCounterStaysWithinItsBound() {
        RunLines.Counter counter = new RunLines.Counter(10);
        StringBuilder doc = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            doc.append("line ").append(i).append('\n');
        }
        counter.addDocument(doc.toString());
        counter.addDocument(doc.toString());
        assertThat(counter.repeated(2).size()).isEqualTo(10);
    }

    @org.junit.jupiter.api.Test
    void distinctLinesAreThoseOfStringLinesInFirstOccurrenceOrder() throws java.io.IOException {
        java.util.List<String> texts = new java.util.ArrayList<>(java.util.List.of("", "\n\n", "a\r\nb\rc\n\na\n",
                "  x  \n\tx\u2003\n y", "one\r", "\r\n\r\nz", "\u00a0nbsp\u00a0\nnbsp"));
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(java.nio.file.Path.of("../shared/eval/cleaning/dev"))) {
            for (java.nio.file.Path f : files.sorted().toList()) {
                texts.add(java.nio.file.Files.readString(f));
            }
        }
        for (String text : texts) {
            long[] expected = text.lines().filter(l -> !l.isBlank()).mapToLong(RunLines::hash).distinct().toArray();
            org.assertj.core.api.Assertions.assertThat(RunLines.Counter.distinctLines(text)).as(text.length() < 40 ? text : "page").containsExactly(expected);
        }
    }

    @Test
    void findsEveryRecordedLineAndNoOtherAtAnySize() {
        java.util.Random random = new java.util.Random(7);
        for (int size : new int[] {0, 1, 2, 3, 17, 1000, 70_000}) {
            String[] lines = new String[size];
            long[] hashes = new long[size];
            int[] documents = new int[size];
            for (int i = 0; i < size; i++) {
                lines[i] = "line " + i + " " + random.nextLong();
                hashes[i] = RunLines.hash(lines[i]);
                documents[i] = 2 + random.nextInt(50);
            }
            RunLines runLines = RunLines.of(hashes, documents);
            assertThat(runLines.size()).isEqualTo(size);
            for (int i = 0; i < size; i++) {
                assertThat(runLines.documents(lines[i])).as("size %d, line %d", size, i).isEqualTo(documents[i]);
            }
            for (int i = 0; i < 2000; i++) {
                assertThat(runLines.contains("absent " + i + " " + random.nextLong())).isFalse();
            }
            long[] sorted = runLines.hashes();
            for (int i = 1; i < sorted.length; i++) {
                assertThat(sorted[i - 1]).isLessThan(sorted[i]);
            }
        }
    }

    @Test
    void distinctLinesAreTheHashesOfTheStrippedNonBlankLinesInOrder() throws java.io.IOException {
        java.util.List<String> texts = new java.util.ArrayList<>(java.util.List.of("", "\n", "a", "a\n", "a\r\nb\rc\n\nd",
                " a \n\ta\t\n\u001Ca\u001F\n\u2003a\u3000\n\u00A0a\u00A0\n", "x\r", "\r\n\r\n y", "\uD83D\uDE00 emoji \uD83D\uDE00\n",
                "same\nsame\n same \nother"));
        for (java.nio.file.Path dir : java.util.List.of(java.nio.file.Path.of("../shared/eval/cleaning/dev"),
                java.nio.file.Path.of("../shared/eval/summaries/dev"))) {
            try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(dir)) {
                for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    texts.add(java.nio.file.Files.readString(f));
                }
            }
        }
        for (String text : texts) {
            long[] expected = text.lines().filter(l -> !l.isBlank()).mapToLong(RunLines::hash).distinct().toArray();
            assertThat(RunLines.Counter.distinctLines(text)).as(text).containsExactly(expected);
            String crlf = text.replace("\n", "\r\n"); // the other line-end path
            assertThat(RunLines.Counter.distinctLines(crlf)).as(crlf).containsExactly(expected);
        }
    }
}

package dev.precis.report;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * The start of a summary, read from its file in the output folder: at most {@code chars}
 * characters, white space collapsed, with an ellipsis when there is more. Null when the file
 * cannot be read (removed since, say): the page says so instead of failing the run.
 */
public final class SummaryPreview implements Function<String, String> {

    private final Path outputRoot;
    private final int chars;

    public SummaryPreview(Path outputRoot, int chars) {
        this.outputRoot = outputRoot.toAbsolutePath().normalize();
        this.chars = chars;
    }

    @Override
    public String apply(String summaryPath) {
        Path file = outputRoot.resolve(summaryPath).normalize();
        if (!file.startsWith(outputRoot)) {
            return null;
        }
        char[] buffer = new char[chars + 1];
        int n = 0;
        try (Reader in = new java.io.InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE))) {
            // Collapsing white space can shrink the text: read a little more than needed.
            char[] raw = new char[chars * 2 + 16];
            int read;
            boolean space = false;
            while (n <= chars && (read = in.read(raw)) > 0) {
                for (int i = 0; i < read && n <= chars; i++) {
                    char c = raw[i];
                    if (Character.isWhitespace(c)) {
                        space = n > 0;
                    } else {
                        if (space) {
                            buffer[n++] = ' ';
                            space = false;
                            if (n > chars) {
                                break;
                            }
                        }
                        buffer[n++] = c;
                    }
                }
            }
        } catch (IOException e) {
            return null;
        }
        if (n <= chars) {
            return new String(buffer, 0, n);
        }
        int end = chars;
        if (Character.isHighSurrogate(buffer[end - 1])) {
            end--;
        }
        return new String(buffer, 0, end).stripTrailing() + "…";
    }
}

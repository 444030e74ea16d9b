package dev.precis.batch.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Set;

import dev.precis.article.ArticleException;
import dev.precis.article.ArticleReader;
import dev.precis.article.InstructionParser;
import dev.precis.article.ReadBytes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each file is read once per run: the manifest step keeps what it read (within a budget) and the
 * summarize step uses it while the file's size and modification time are unchanged, else reads the
 * file again with the usual checks.
 */
class ReadAheadTests {

    @TempDir
    Path in;

    private final ArticleReader reader = new ArticleReader(1 << 20, new InstructionParser(5000, 50));

    @Test
    void theManifestKeepsWhatItReadWithinTheBudget() throws Exception {
        Files.writeString(in.resolve("a.txt"), "Alpha is here.\n");
        Files.writeString(in.resolve("b.txt"), "Beta is here too, and longer.\n");
        ReadAhead kept = new ReadAhead(35); // room for a.txt (15 bytes) or b.txt (30), not both
        new InputScanner(1 << 20, 1, reader, kept).scan(in, Set.of());
        ReadBytes a = kept.take("a.txt");
        assertThat(a).isNotNull();
        assertThat(new String(a.bytes(), 0, a.length(), StandardCharsets.UTF_8)).isEqualTo("Alpha is here.\n");
        assertThat(a.modified()).isEqualTo(Files.getLastModifiedTime(in.resolve("a.txt")));
        assertThat(kept.take("a.txt")).as("taken once").isNull();
        assertThat(kept.take("b.txt")).as("over the budget").isNull();

        Files.delete(in.resolve("a.txt"));
        new InputScanner(1 << 20, 1, reader, kept).scan(in, Set.of());
        assertThat(kept.take("b.txt")).as("a new manifest starts with the whole budget").isNotNull();
    }

    @Test
    void bytesAreUsedOnlyWhileTheFileIsUnchanged() throws Exception {
        Path file = in.resolve("story.txt");
        Files.writeString(file, "What the file says now.\n");
        FileTime modified = Files.getLastModifiedTime(file);
        long size = Files.size(file);
        byte[] earlier = "What the manifest read.\n".getBytes(StandardCharsets.UTF_8); // same length
        assertThat((long) earlier.length).isEqualTo(size);
        ReadBytes known = new ReadBytes(earlier, earlier.length, "kept-hash", size, modified);

        assertThat(reader.read(file, known).body()).isEqualTo("What the manifest read.\n");
        assertThat(reader.read(file, known).sha256()).isEqualTo("kept-hash");

        Files.setLastModifiedTime(file, FileTime.fromMillis(modified.toMillis() + 1000));
        assertThat(reader.read(file, known).body()).as("touched since: read again").isEqualTo("What the file says now.\n");
        assertThat(reader.read(file, known).sha256()).isNotEqualTo("kept-hash");

        Files.delete(file);
        assertThatThrownBy(() -> reader.read(file, known)).isInstanceOf(ArticleException.class)
                .hasMessage("file disappeared before it was read");
    }
}

package dev.precis.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTests {

    @TempDir
    Path tmp;

    private final ArticleReader reader = new ArticleReader(1000, new InstructionParser(5000, 50));

    @Test
    void stripsTheInstructionAndDecodesUtf8WithBom() throws Exception {
        Path f = write("bom.txt", bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "Summarize this content to 50 words\r\nCafé owners protested.\r\n".getBytes(StandardCharsets.UTF_8)));
        Article a = reader.read(f);
        assertThat(a.instruction().words()).isEqualTo(50);
        assertThat(a.body()).isEqualTo("Café owners protested.\n");
        assertThat(a.charset()).isEqualTo("UTF-8");
        assertThat(a.sha256()).hasSize(64);
    }

    @Test
    void normalizesLineEndsBomsControlsAndToNfcAndLeavesCleanTextAsItIs() {
        assertThat(ArticleReader.normalize("\uFEFFa\r\nb\rc\u0007d\te\uFEFFf\n")).isEqualTo("a\nb\ncd\te f\n");
        assertThat(ArticleReader.normalize("Cafe\u0301 \u2019quoted\u2019\n")).isEqualTo("Caf\u00e9 \u2019quoted\u2019\n");
        String clean = "Plain NFC text \u2014 with “quotes” and café.\n";
        assertThat(ArticleReader.normalize(clean)).isSameAs(clean);
    }

    @Test
    void readsUtf16WithBomAndLatin1Text() throws Exception {
        Path utf16 = write("u16.txt", bytes(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Zürich voted.".getBytes(StandardCharsets.UTF_16LE)));
        assertThat(reader.read(utf16).body()).isEqualTo("Zürich voted.");
        Path latin = write("latin.txt", "The café in Zürich reopened on Monday.".getBytes(StandardCharsets.ISO_8859_1));
        Article a = reader.read(latin);
        assertThat(a.body()).isEqualTo("The café in Zürich reopened on Monday.");
        assertThat(a.charset()).isEqualTo("windows-1252");
    }

    @Test
    void refusesWhatItCannotReadWithAReason() throws Exception {
        assertThatThrownBy(() -> reader.read(write("empty", new byte[0]))).hasMessage("empty file");
        assertThatThrownBy(() -> reader.read(write("big", new byte[1001]))).hasMessageStartingWith("file too large");
        assertThatThrownBy(() -> reader.read(write("nul", new byte[] {'a', 0, 'b'}))).hasMessageStartingWith("binary content");
        assertThatThrownBy(() -> reader.read(write("ctl", "a\u0001b\u0002c\u0003d".getBytes(StandardCharsets.UTF_8))))
                .hasMessageStartingWith("binary content");
        assertThatThrownBy(() -> reader.read(write("koi8", "Москва сегодня заявила".getBytes("KOI8-R"))))
                .hasMessageStartingWith("not valid UTF-8");
        assertThatThrownBy(() -> reader.read(tmp.resolve("missing"))).hasMessageContaining("disappeared");
        assertThatThrownBy(() -> reader.read(tmp))
                .isInstanceOfSatisfying(ArticleException.class, e -> assertThat(e.isSkipped()).isTrue());
    }

    private Path write(String name, byte[] content) throws Exception {
        return Files.write(tmp.resolve(name), content);
    }

    private static byte[] bytes(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}

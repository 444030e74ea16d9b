package dev.precis.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** UTF-8 is taken only when it is valid, whichever decoding path answers. */
class TextDecoderTests {

    private final TextDecoder decoder = new TextDecoder();

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private TextDecoder.Decoded decodeOrNull(byte[] bytes) {
        try {
            return decoder.decode(bytes, bytes.length);
        } catch (ArticleException e) {
            return null;
        }
    }

    @Test
    void validUtf8IsDecodedAsIsIncludingAReplacementCharacterThatWasWritten() throws ArticleException {
        String text = "Plain ASCII, café, “quotes”, Ελληνικά, 中文, emoji 🙂 and a written \uFFFD.";
        TextDecoder.Decoded d = decoder.decode(text.getBytes(StandardCharsets.UTF_8), text.getBytes(StandardCharsets.UTF_8).length);
        assertThat(d.text()).isEqualTo(text);
        assertThat(d.charset()).isEqualTo("UTF-8");
    }

    @Test
    void malformedUtf8IsNeverTakenAsUtf8() throws ArticleException {
        byte[] cp1252 = "The café served crème brûlée to every guest of the evening.".getBytes(Charset.forName("windows-1252"));
        TextDecoder.Decoded d = decoder.decode(cp1252, cp1252.length);
        assertThat(d.charset()).isEqualTo("windows-1252");
        assertThat(d.text()).contains("crème brûlée");
        for (byte[] bad : new byte[][] {
                {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80, 'b'}, // an encoded surrogate
                {'a', (byte) 0xC0, (byte) 0xAF},                   // overlong '/'
                {'a', 'b', (byte) 0xE2, (byte) 0x80},              // truncated at the end
                {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80}}) {
            TextDecoder.Decoded decoded = decodeOrNull(bad);
            assertThat(decoded == null || !decoded.charset().equals("UTF-8")).as("%s", decoded).isTrue();
        }
        assertThatThrownBy(() -> decoder.decode(new byte[] {'a', 0, 'b'}, 3)).isInstanceOf(ArticleException.class);
    }

    @Test
    void agreesWithTheStrictDecoderOnRandomBytes() {
        Random random = new Random(11);
        int valid = 0;
        for (int i = 0; i < 20_000; i++) {
            byte[] bytes = new byte[1 + random.nextInt(12)];
            for (int k = 0; k < bytes.length; k++) {
                // mostly ASCII letters, some UTF-8 lead and continuation bytes
                int r = random.nextInt(10);
                bytes[k] = (byte) (r < 5 ? 'a' + random.nextInt(26) : r < 7 ? 0x80 + random.nextInt(64) : 0xC2 + random.nextInt(51));
            }
            if (bytes[0] == (byte) 0xEF || bytes[0] == (byte) 0xFF || bytes[0] == (byte) 0xFE) {
                continue; // byte-order marks take another path
            }
            String strict = strictUtf8(bytes);
            TextDecoder.Decoded decoded = decodeOrNull(bytes);
            if (strict != null) {
                valid++;
                assertThat(decoded).isNotNull();
                assertThat(decoded.charset()).isEqualTo("UTF-8");
                assertThat(decoded.text()).isEqualTo(strict);
            } else {
                assertThat(decoded == null || !decoded.charset().equals("UTF-8")).isTrue();
            }
        }
        assertThat(valid).isGreaterThan(1000);
    }

    @org.junit.jupiter.api.Test
    void aPageReadsInTheEncodingItDeclares() throws Exception {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1250\">"
                + "</head><body><p>Wiele osób żąda, by rząd złożył sprawozdanie.</p></body></html>";
        byte[] bytes = page.getBytes(java.nio.charset.Charset.forName("windows-1250"));
        TextDecoder.Decoded decoded = new TextDecoder().decode(bytes, bytes.length);
        org.assertj.core.api.Assertions.assertThat(decoded.charset()).isEqualTo("windows-1250");
        org.assertj.core.api.Assertions.assertThat(decoded.text()).contains("Wiele osób żąda, by rząd złożył");
        // <meta charset> and an XML declaration are read as well; a wrong declaration falls back to the guess
        byte[] meta = ("<meta charset=\"ISO-8859-2\"><p>Łódź</p>").getBytes(java.nio.charset.Charset.forName("ISO-8859-2"));
        org.assertj.core.api.Assertions.assertThat(new TextDecoder().decode(meta, meta.length).text()).contains("Łódź");
        byte[] xml = ("<?xml version=\"1.0\" encoding=\"windows-1252\"?><p>café</p>").getBytes(java.nio.charset.Charset.forName("windows-1252"));
        org.assertj.core.api.Assertions.assertThat(new TextDecoder().decode(xml, xml.length).charset()).isEqualTo("windows-1252");
        byte[] unknown = "<meta charset=\"x-no-such-charset\"><p>caf\u00e9 au lait</p>".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        org.assertj.core.api.Assertions.assertThat(new TextDecoder().decode(unknown, unknown.length).charset()).isEqualTo("windows-1252");
        // labels are read as browsers read them: Latin-1 means Windows-1252 (its curly quotes included),
        // and a UTF-16 label cannot be true of bytes that spell it out in ASCII
        byte[] latin1 = "<meta charset=\"iso-8859-1\"><p>\u201cQuoted,\u201d he said, caf\u00e9.</p>".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        TextDecoder.Decoded asLatin1 = new TextDecoder().decode(latin1, latin1.length);
        org.assertj.core.api.Assertions.assertThat(asLatin1.charset()).isEqualTo("windows-1252");
        org.assertj.core.api.Assertions.assertThat(asLatin1.text()).contains("\u201cQuoted,\u201d he said, caf\u00e9.");
        byte[] utf16 = "<meta charset=\"utf-16\"><p>caf\u00e9 au lait, cr\u00e8me br\u00fbl\u00e9e</p>".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        TextDecoder.Decoded notUtf16 = new TextDecoder().decode(utf16, utf16.length);
        org.assertj.core.api.Assertions.assertThat(notUtf16.charset()).isEqualTo("windows-1252");
        org.assertj.core.api.Assertions.assertThat(notUtf16.text()).contains("crème brûlée");
    }

    @org.junit.jupiter.api.Test
    void aDeclarationAfterALongHeadCountsButNotOneInTheBody() throws Exception {
        java.nio.charset.Charset cp1250 = java.nio.charset.Charset.forName("windows-1250");
        String scripts = "<script>var config = {};</script>\n".repeat(100); // 3.5 KB before the declaration
        String story = "<p>Wiele osób żąda, by rząd złożył sprawozdanie.</p>";
        byte[] late = ("<html><head>" + scripts + "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Windows-1250\">"
                + "</head><body>" + story + "</body></html>").getBytes(cp1250);
        TextDecoder.Decoded decoded = new TextDecoder().decode(late, late.length);
        org.assertj.core.api.Assertions.assertThat(decoded.charset()).isEqualTo("windows-1250");
        org.assertj.core.api.Assertions.assertThat(decoded.text()).contains("Wiele osób żąda, by rząd złożył");
        // a charset named in the body (an example in the text, an embedded snippet) is not the page's
        byte[] inBody = ("<html><head>" + scripts + "</head><body><pre>&lt;meta charset=\"windows-1250\"&gt;</pre>"
                + "<meta charset=\"windows-1250\"><p>Un café crème, s'il vous plaît.</p></body></html>").getBytes(
                        java.nio.charset.Charset.forName("windows-1252"));
        org.assertj.core.api.Assertions.assertThat(new TextDecoder().decode(inBody, inBody.length).charset()).isEqualTo("windows-1252");
    }
}

package dev.precis.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

import net.minidev.json.JSONObject;
import net.minidev.json.parser.JSONParser;

import org.junit.jupiter.api.Test;

/** Escaping for the page, encoding for its links, and the JSON writer's strings. */
class HtmlAndJsonTests {

    static final String NASTY = "<script>alert('x')</script> & \"q\" \\ \t\n\u0000\u0007\u007f\u0085\u2028 é 😀";

    @Test
    void escapedTextHasNoMarkupAndKeepsEveryVisibleCharacter() {
        String escaped = Html.escape(NASTY);
        assertThat(escaped).doesNotContain("<", ">", "\"", "'", "\u0000", "\u0007", "\u007f", "\u0085")
                .startsWith("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot; \\ \t\n␀␇␡\ufffd\u2028 é 😀");
        assertThat(Html.escape("a\ud800b")).isEqualTo("a\ufffdb");
        assertThat(Html.escape(null)).isEmpty();
    }

    @Test
    void linksEncodeEveryByteOfANameThatIsNotPlainlySafe() throws Exception {
        String name = "dir/a b?c#d%e&f\"g'h<i>\nj é.txt";
        String encoded = Html.encodePath(name);
        assertThat(encoded).matches("[A-Za-z0-9._~/%-]+").contains("dir/");
        assertThat(new URI(encoded).getPath()).isEqualTo(name);
        Path file = Path.of("/tmp/in put").resolve(name);
        assertThat(Path.of(URI.create(Html.fileUrl(file)))).isEqualTo(file);
    }

    @Test
    void jsonStringsRoundTripThroughAStrictParser() throws Exception {
        String text = new JsonWriter().beginObject().field("s", NASTY).field("n", 12L).field("null", (String) null)
                .name("o").beginObject().endObject().name("a").beginArray().value(1).value("x").endArray().endObject().toString();
        JSONObject parsed = (JSONObject) new JSONParser(JSONParser.MODE_RFC4627).parse(text);
        assertThat(parsed).containsEntry("s", NASTY).containsEntry("n", 12).containsEntry("null", null)
                .containsEntry("o", new JSONObject(Map.of()));
        assertThat(text).doesNotContain("\u2028").doesNotContain("\u0000");
        assertThat(new JsonWriter().value("a\ud800").toString()).isEqualTo("\"a\\ud800\"");
    }
}

package dev.precis.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The seed article from the shared samples: every story paragraph kept, every boilerplate line dropped. */
class SeedArticleCleanerTest {

    private static final Path SEED = Path.of("../shared/samples/000_ecef01a8d0ddbcac.txt");

    private static final List<String> STORY = List.of(
            "Russian President Vladimir Putin on Wednesday discussed the war in Ukraine in a call with Hungarian Prime Minister Viktor Orban, who is casting himself as a possible peacemaker.",
            "“There was a thorough exchange of views on Ukrainian issues,” the Kremlin said in its readout of the call, adding that Putin said Kyiv had adopted a “destructive” position that ruled out a peace agreement.",
            "The call was initiated at Orban’s request, the Kremlin said, and comes a day after Budapest’s top diplomat said Hungary would forge ahead with its self-styled Ukraine “peace mission.”",
            "Orban met U.S. President-elect Donald Trump, who has vowed to secure a peace deal within hours of coming to office in January, at his Mar-a-Lago estate earlier this week.",
            "“Viktor Orban expressed interest in assisting the joint search for political-diplomatic paths to resolve the crisis,” the Kremlin said.",
            "The Hungarian leader — the closest political partner of both Trump and Putin in the European Union — has repeatedly called for peace talks and refused to send military aid to Ukraine since Russia launched its full-scale invasion in February 2022.",
            "He infuriated fellow EU leaders in July by conducting breakaway diplomacy with Russia to explore a path to ending the conflict, just days after taking over the bloc’s rotating six-month presidency.",
            "Orban and Putin also discussed energy projects, the Kremlin said.",
            "To the frustration of Brussels, Budapest remains a major buyer of Russian energy almost three years after Moscow ordered troops into Ukraine.");

    @Test
    void keepsEveryStoryParagraphAndDropsEveryBoilerplateLine() throws IOException {
        String file = Files.readString(SEED, StandardCharsets.UTF_8);
        List<String> lines = file.lines().toList();
        assertThat(lines.get(0)).startsWith("Summarize this content");
        String content = String.join("\n", lines.subList(1, lines.size()));

        CleanedText cleaned = new ArticleCleaner().clean(content, ArticleCleaner.Format.TEXT);

        assertThat(cleaned.paragraphs()).containsExactlyElementsOf(STORY);
        assertThat(cleaned.language()).isEqualTo("en");
        assertThat(cleaned.title()).isNull();
        long nonBlank = lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).count();
        assertThat(cleaned.linesIn()).isEqualTo((int) nonBlank);
        assertThat(cleaned.linesDropped()).isEqualTo(cleaned.linesIn() - STORY.size());
        assertThat(cleaned.text())
                .doesNotContain("Read more", "Lukoil Transit", "A Message from", "Dear readers",
                        "Remind me", "Privacy Policy", "×")
                .doesNotContainPattern("(?m)^news$");
    }
}

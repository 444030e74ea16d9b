package dev.precis.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.lucene.analysis.CharArraySet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The line model is language-aware for every language with a stop set ({@link StopWords}): a page in
 * that language is judged with that language's stop words (or a sibling's that holds them), its running
 * text is kept and its menu lines dropped. The running text is made of the language's own stop words
 * between made-up content words in its script, so the test needs no corpus per language and says exactly
 * what it checks: detection and the stop-word density of the right set. Languages without a stop set
 * (Thai, Hebrew, Korean...) are judged by shape and keep their text too; no article is ever emptied.
 */
class EveryLanguageTest {

    private final ArticleCleaner cleaner = new ArticleCleaner();

    static Stream<String> languagesWithStopWords() {
        return StopWords.BY_LANGUAGE.keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languagesWithStopWords")
    void aPageIsJudgedWithItsLanguagesStopWords(String language) {
        CharArraySet stops = StopWords.forLanguage(language);
        List<String> words = new ArrayList<>(new TreeSet<>(stops.stream().map(w -> w instanceof char[] c ? new String(c) : w.toString())
                .filter(w -> w.codePoints().allMatch(cp -> Character.isLetter(cp) || Tokens.isMark(cp)) && w.length() > 1).toList()));
        assertThat(words).as("stop words of " + language).hasSizeGreaterThan(20);
        String letters = String.join("", words.subList(0, 20)).codePoints().filter(Character::isLetter)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        List<String> prose = List.of(sentence(words, letters, 0), sentence(words, letters, 7), sentence(words, letters, 13));
        String menu = capitalised(content(letters, 3)) + "\n" + capitalised(content(letters, 5)) + "\n"
                + capitalised(content(letters, 8));
        CleanedText cleaned = cleaner.clean(menu + "\n" + String.join("\n", prose) + "\n" + menu, ArticleCleaner.Format.TEXT);

        assertThat(cleaned.paragraphs()).as(language).containsExactlyElementsOf(prose);
        CharArraySet judgedWith = StopWords.forLanguage(cleaned.language());
        assertThat(judgedWith).as("%s judged as %s", language, cleaned.language()).isNotNull();
        long known = words.subList(0, 40).stream().filter(judgedWith::contains).count();
        assertThat(known).as("%s judged as %s, whose stop set holds %d of 40 of its stop words", language,
                cleaned.language(), known).isGreaterThanOrEqualTo(32);
    }

    static Stream<Arguments> languagesWithoutStopWords() {
        return Stream.of(
                Arguments.of("th", "รัฐบาลประกาศมาตรการใหม่เพื่อช่วยเหลือเกษตรกรที่ได้รับผลกระทบจากน้ำท่วมในภาคเหนือ โดยจะเริ่มจ่ายเงินชดเชยในเดือนหน้า"),
                Arguments.of("he", "הממשלה הודיעה היום על תוכנית חדשה לסיוע לחקלאים שנפגעו מההצפות בצפון הארץ, והתשלומים הראשונים יגיעו בחודש הבא."),
                Arguments.of("ko", "정부는 오늘 북부 지역 홍수 피해를 입은 농민들을 돕기 위한 새로운 지원 계획을 발표했으며 첫 지급은 다음 달에 이루어진다."),
                Arguments.of("ka", "მთავრობამ დღეს გამოაცხადა ახალი პროგრამა ჩრდილოეთში წყალდიდობით დაზარალებული ფერმერების დასახმარებლად, პირველი გადახდები მომავალ თვეში იქნება."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languagesWithoutStopWords")
    void aLanguageWithoutStopWordsIsJudgedByShapeAndKept(String language, String sentence) {
        String page = "Home\nNews\n" + sentence + "\n" + sentence.replace("ה", "ו").replace("다", "요") + "\nContact";
        CleanedText cleaned = cleaner.clean(page, ArticleCleaner.Format.TEXT);
        assertThat(cleaned.language()).isEqualTo(language);
        assertThat(cleaned.paragraphs()).as(language).contains(sentence).doesNotContain("Home", "News", "Contact");
    }

    /** A sentence of 24 words, stop words of the language and made-up words in its script taking turns. */
    private static String sentence(List<String> stops, String letters, int seed) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            if (i > 0) {
                s.append(' ');
            }
            s.append(i % 2 == 0 ? stops.get((seed + i * 3) % Math.min(40, stops.size())) : content(letters, seed + i));
        }
        return s.append('.').toString();
    }

    /** A made-up word of five to eight letters taken from the language's own stop words. */
    private static String content(String letters, int seed) {
        int[] cps = letters.codePoints().toArray();
        StringBuilder w = new StringBuilder();
        for (int k = 0; k < 5 + seed % 4; k++) {
            w.appendCodePoint(cps[(seed * 31 + k * 17) % cps.length]);
        }
        return w.toString();
    }

    private static String capitalised(String word) {
        return word.substring(0, 1).toUpperCase() + word.substring(1);
    }
}

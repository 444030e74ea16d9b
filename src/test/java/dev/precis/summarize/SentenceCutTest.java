package dev.precis.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.precis.text.WordCounter;

class SentenceCutTest {

    private final WordCounter counter = new WordCounter();
    private final SentenceCut cut = new SentenceCut(counter);

    @Test
    void cutsAtTheLastClauseBoundaryThatFitsWhenItKeepsHalfTheBudget() {
        String s = "The regional council voted late on Tuesday night, after a long and bitter debate, to approve a new budget.";
        assertEquals("The regional council voted late on Tuesday night…", cut.cut(s, 10));
        assertEquals("The regional council voted late on Tuesday night, after a long and bitter debate…", cut.cut(s, 15));
    }

    @Test
    void cutsAtAWordBoundaryWhenNoClauseBoundaryKeepsEnough() {
        String s = "The regional council, which met late on Tuesday night in the old town hall, approved a new budget.";
        // the comma after "council" keeps 3 of 8 words: too few, so the cut falls after the eighth word
        assertEquals("The regional council, which met late on Tuesday…", cut.cut(s, 8));
        assertEquals("The…", cut.cut(s, 1));
        assertNull(cut.cut(s, 0));
    }

    @Test
    void frenchAndChineseSentencesAreCutByWords() {
        String fr = "Le train arrivait à toute vitesse et est rentré en plein milieu du camion qui transportait des voitures.";
        String c = cut.cut(fr, 6);
        assertEquals("Le train arrivait à toute vitesse…", c);
        String zh = "今天上午北京市政府宣布了一项新的交通管理措施以减少城市拥堵和空气污染";
        String z = cut.cut(zh, 5);
        assertTrue(z.endsWith("…") && zh.startsWith(z.substring(0, z.length() - 1)), z);
        assertTrue(counter.count(z) <= 5 && counter.count(z) > 0, z);
    }

    @Test
    void neverOverTheBudgetAndAlwaysAStartOfTheSentence() {
        Random rnd = new Random(11);
        String[] words = {"minister", "l'homme", "U.S.", "3.5", "co-op", "—", ",", "(AFP)", "«", "»", "Straße", "日本", "don't"};
        for (int k = 0; k < 2000; k++) {
            StringBuilder s = new StringBuilder("Start");
            for (int i = rnd.nextInt(60); i > 0; i--) {
                s.append(rnd.nextInt(4) == 0 ? "" : " ").append(words[rnd.nextInt(words.length)]);
            }
            String sentence = s.append('.').toString();
            int budget = 1 + rnd.nextInt(20);
            String c = cut.cut(sentence, budget);
            assertTrue(c != null && c.endsWith("…"), sentence);
            assertTrue(counter.count(c) <= budget && counter.count(c) >= 1, budget + ": " + c);
            assertTrue(sentence.startsWith(c.substring(0, c.length() - 1)), c);
        }
    }
}

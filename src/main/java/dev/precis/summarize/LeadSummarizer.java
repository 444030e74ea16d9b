package dev.precis.summarize;

import java.util.ArrayList;
import java.util.List;

import dev.precis.text.Languages;
import dev.precis.text.TextAnalysis;
import dev.precis.text.WordCounter;

/**
 * The LEAD baseline: leading sentences while they fit, skipping any that would overflow, split by the
 * sentence rules of the article's language. Whole sentences only: empty when none fits.
 */
public final class LeadSummarizer implements Summarizer {

    private final Languages languages = new Languages();
    private final WordCounter counter = new WordCounter();

    @Override
    public Summary summarize(List<String> paragraphs, SummaryRequest request) {
        TextAnalysis analysis = languages.forLanguage(request.language());
        List<String> sentences = new ArrayList<>();
        int total = 0;
        for (String p : paragraphs) {
            for (String s : analysis.sentences(p)) {
                sentences.add(s);
                total += counter.count(s);
            }
        }
        if (sentences.size() <= 3 && total <= request.maxWords()) {
            return new Summary(List.of(String.join(" ", sentences)), total, sentences.size(), Summary.Limit.WHOLE_ARTICLE);
        }
        int shareCap = (int) Math.floor(total * request.maxShare());
        int budget = Math.min(request.maxWords(), Math.max(1, shareCap));
        Summary.Limit limit = budget < request.maxWords() ? Summary.Limit.ARTICLE_SHARE : Summary.Limit.REQUESTED_WORDS;
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (String s : sentences) {
            int w = counter.count(s);
            if (used + w <= budget) {
                if (!out.isEmpty()) out.append(' ');
                out.append(s);
                used += w;
            }
        }
        List<String> result = out.isEmpty() ? List.of() : List.of(out.toString());
        return new Summary(result, used, sentences.size(), limit);
    }
}

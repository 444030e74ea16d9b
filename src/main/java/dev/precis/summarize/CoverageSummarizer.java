package dev.precis.summarize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.precis.text.Languages;
import dev.precis.text.TextAnalysis;
import dev.precis.text.WordCounter;

/**
 * Extractive summarizer that maximizes coverage of the article's important words under the
 * word budget.
 *
 * <p>Why coverage: on news the lead carries most of the story, so each content term (stemmed,
 * stop words removed) is worth the sum of a geometric position decay over the sentences that
 * contain it: a term that is early and repeated is central. A summary is worth the total weight of
 * the distinct terms it covers, which rewards central sentences and, because a covered term counts
 * once, penalizes redundancy without a separate MMR step (MMR and PageRank centrality did not
 * help on the benchmark). Selection is a greedy knapsack on uncovered weight per sqrt(words), a
 * middle way between "densest sentence" (favours fragments) and "richest sentence" (favours
 * run-ons); each step considers every sentence that still fits, so one long sentence does not stop
 * the summary, and it runs until nothing fits. Sentences that cannot stand alone (bylines,
 * captions, navigation lines) are never chosen; very short sentences, quotations and sentences
 * that open with a back-reference are discounted unless the sentence before them is kept.
 *
 * <p>Language: the request's language chooses the sentence rules, the terms (that language's Lucene
 * analyzer: stop words and stemmer) and the cues ({@link Cues}), all through {@link Languages}; a
 * language without an analyzer gets neutral terms, and then terms that occur in a large share of the
 * sentences (its function words, which no stop list removed) carry no weight.
 *
 * <p>Never empty: when no whole sentence fits the budget, the best sentence is cut to fit
 * ({@link SentenceCut}) and the limit says so.
 *
 * <p>Cost: linear in the article for splitting and analysis; the greedy is O(picks x candidates x
 * terms) with candidates capped at {@code maxSentences}, so no step grows quadratically unbounded.
 *
 * <p>All statistics come from the article itself, so the result is deterministic and needs no
 * model. Pure and thread-safe: the instance holds only immutable configuration and thread-safe
 * helpers.
 */
public final class CoverageSummarizer implements Summarizer {

    /**
     * Tunable knobs; {@link #DEFAULTS} are the values measured in bench/README-summarize.md (tuned on
     * the even half of the dev set; the neighbourhood is flat, so they are round numbers).
     *
     * @param decay           position weight of sentence i is decay^i (news puts the story first)
     * @param lengthExponent  greedy divides a sentence's gain by words^lengthExponent (0.5: between
     *                        density, which favours fragments, and raw gain, which favours run-ons)
     * @param minWords        sentences shorter than this are discounted by shortFactor
     * @param shortFactor     discount for short sentences (fragments, exclamations)
     * @param dependentFactor discount for a back-referring opener when the previous sentence is not kept
     * @param quoteFactor     discount for a quotation (fragment) when the previous sentence is not kept
     * @param maxSentences    only this many leading sentences are analysed and eligible (caps the cost)
     * @param floor           constant added per occurrence to a term's weight: the frequency part
     */
    record Params(double decay, double lengthExponent, int minWords, double shortFactor,
                  double dependentFactor, double quoteFactor, int maxSentences,
                  double floor) { }

    static final Params DEFAULTS = new Params(0.8, 0.5, 8, 0.5, 0.5, 0.5, 250, 0.05);
    private static final int[] NO_TERMS = {};

    private final Params params;
    /**
     * Without a stop list, a term in more than this share of the analysed sentences (and in more than
     * {@link #FUNCTION_WORD_MIN_SENTENCES}) is taken for a function word and gets no weight.
     */
    static final double FUNCTION_WORD_SHARE = 0.3;
    static final int FUNCTION_WORD_MIN_SENTENCES = 3;

    private final Languages languages = new Languages();
    private final WordCounter counter = new WordCounter();
    private final SentenceCut cutter = new SentenceCut(counter);
    private final Paragrapher paragrapher = new Paragrapher();

    public CoverageSummarizer() {
        this(DEFAULTS);
    }

    CoverageSummarizer(Params params) {
        this.params = params;
    }

    @Override
    public Summary summarize(List<String> paragraphs, SummaryRequest request) {
        TextAnalysis analysis = analysisFor(request);
        Cues cues = Cues.forLanguage(analysis.language());
        List<String> texts = new ArrayList<>();
        List<Integer> paragraphOf = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            for (String s : analysis.sentences(paragraphs.get(p))) {
                texts.add(Datelines.strip(s)); // "(CNN) I remember..." is kept as "I remember..."
                paragraphOf.add(p);
            }
        }
        int n = texts.size();
        int[] words = new int[n];
        SentenceKind[] kinds = new SentenceKind[n];
        int total = 0;
        for (int i = 0; i < n; i++) {
            words[i] = counter.count(texts.get(i));
            kinds[i] = SentenceKind.of(texts.get(i), cues);
            total += words[i];
        }
        if (n == 0) {
            return new Summary(List.of(), 0, 0, Summary.Limit.WHOLE_ARTICLE);
        }
        // A one-to-three sentence article is its own summary, if it fits the requested words
        // (boilerplate lines still dropped). If it does not fit, it is summarized like any other
        // article under maxWords alone: cutting a 3-sentence text to a share of itself would leave
        // one sentence at most, so the share bound is not applied there.
        boolean tiny = n <= 3;
        if (tiny) {
            int kept = 0;
            boolean[] keep = new boolean[n];
            for (int i = 0; i < n; i++) {
                if (kinds[i] != SentenceKind.BOILERPLATE) {
                    keep[i] = true;
                    kept += words[i];
                }
            }
            if (kept <= request.maxWords()) {
                return build(analysis, texts, paragraphOf, words, keep, null, n, request, Summary.Limit.WHOLE_ARTICLE);
            }
        }
        int budget = request.maxWords();
        Summary.Limit limit = Summary.Limit.REQUESTED_WORDS;
        int shareCap = (int) Math.floor(total * request.maxShare());
        if (!tiny && shareCap < budget) {
            budget = shareCap;
            limit = Summary.Limit.ARTICLE_SHARE;
        }

        // Only the first maxSentences are candidates: the decay makes later ones worthless anyway,
        // and it caps the greedy's cost on very long articles.
        int m = Math.min(n, params.maxSentences());
        TermTable table = new TermTable();
        int[][] terms = new int[m][];
        double pos = 1.0;
        for (int i = 0; i < m; i++) {
            // every occurrence adds the sentence's position weight plus a small constant, so a term
            // is worth more the earlier and the more often it occurs; bylines and captions do not
            // make their words important (and, never chosen, they need no analysis at all)
            terms[i] = kinds[i] != SentenceKind.BOILERPLATE ? table.sentence(analysis, texts.get(i), i, pos + params.floor()) : NO_TERMS;
            pos *= params.decay();
        }
        double[] w = table.weights();
        if (!analysis.removesFunctionWords()) {
            table.dropFrequent(Math.max(FUNCTION_WORD_MIN_SENTENCES, FUNCTION_WORD_SHARE * m));
        }

        boolean[] chosen = select(m, words, kinds, terms, w, budget);
        for (boolean c : chosen) {
            if (c) {
                return build(analysis, texts, paragraphOf, words, chosen, terms, n, request, limit);
            }
        }
        // Nothing was chosen: no whole sentence fits (or none that fits adds weight). The sentence the
        // greedy would take first if the budget did not bind is taken, cut to the budget when it is too long.
        int best = bestAlone(m, words, kinds, terms, w);
        if (best >= 0 && words[best] <= budget) {
            chosen[best] = true;
            return build(analysis, texts, paragraphOf, words, chosen, terms, n, request, limit);
        }
        String cut = best < 0 ? null : cutter.cut(texts.get(best), budget);
        if (cut == null) { // no sentence may stand alone, or a budget under one word
            return new Summary(List.of(), 0, n, Summary.Limit.CUT_SENTENCE);
        }
        return new Summary(List.of(cut), counter.count(cut), n, Summary.Limit.CUT_SENTENCE);
    }

    /** The best sentence to stand alone, budget aside; -1 when every sentence is boilerplate or empty. */
    private int bestAlone(int m, int[] words, SentenceKind[] kinds, int[][] terms, double[] w) {
        boolean[] none = new boolean[m];
        boolean[] covered = new boolean[w.length];
        int best = -1;
        double bestScore = -1;
        for (int i = 0; i < m; i++) {
            if (kinds[i] == SentenceKind.BOILERPLATE || words[i] == 0) {
                continue;
            }
            double score = gain(terms[i], w, covered) * factor(i, words, kinds, none) / Math.pow(words[i], params.lengthExponent());
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        return best;
    }

    private static double gain(int[] terms, double[] w, boolean[] covered) {
        double gain = 0;
        for (int t : terms) {
            if (!covered[t]) {
                gain += w[t];
            }
        }
        return gain;
    }

    /** The analysis (sentences, terms) this summarizer uses for a request: the one of its language. */
    TextAnalysis analysisFor(SummaryRequest request) {
        return languages.forLanguage(request.language());
    }

    /** Greedy coverage selection under the budget. */
    private boolean[] select(int m, int[] words, SentenceKind[] kinds, int[][] terms, double[] w, int budget) {
        boolean[] chosen = new boolean[m];
        boolean[] covered = new boolean[w.length];
        int used = 0;
        double[] lengthCost = new double[m];
        for (int i = 0; i < m; i++) {
            lengthCost[i] = Math.pow(Math.max(1, words[i]), params.lengthExponent());
        }
        while (true) {
            int best = -1;
            double bestScore = 0; // a sentence that adds no uncovered weight (stop words only, or repeats) is never picked
            for (int i = 0; i < m; i++) {
                if (chosen[i] || kinds[i] == SentenceKind.BOILERPLATE || words[i] == 0
                        || used + words[i] > budget || terms[i].length == 0) {
                    continue;
                }
                double score = gain(terms[i], w, covered) * factor(i, words, kinds, chosen) / lengthCost[i];
                if (score > bestScore) { // strict: earlier sentence wins ties
                    bestScore = score;
                    best = i;
                }
            }
            if (best < 0) {
                return chosen;
            }
            chosen[best] = true;
            used += words[best];
            for (int t : terms[best]) {
                covered[t] = true;
            }
        }
    }

    /** Discount for sentences that read badly alone; lifted when the preceding sentence is kept. */
    private double factor(int i, int[] words, SentenceKind[] kinds, boolean[] chosen) {
        double f = 1.0;
        if (words[i] < params.minWords()) {
            f *= params.shortFactor();
        }
        boolean antecedentKept = i > 0 && chosen[i - 1];
        if (kinds[i] == SentenceKind.DEPENDENT && !antecedentKept) {
            f *= params.dependentFactor();
        } else if (kinds[i] == SentenceKind.QUOTE && !antecedentKept) {
            f *= params.quoteFactor();
        }
        return f;
    }

    private Summary build(TextAnalysis analysis, List<String> texts, List<Integer> paragraphOf, int[] words, boolean[] keep,
                          int[][] terms, int n, SummaryRequest request, Summary.Limit limit) {
        List<Paragrapher.Piece> pieces = new ArrayList<>();
        int used = 0;
        for (int i = 0; i < keep.length; i++) {
            if (keep[i]) {
                int[] t = terms != null ? terms[i] : analyzerIds(analysis, texts.get(i));
                pieces.add(new Paragrapher.Piece(texts.get(i), words[i], paragraphOf.get(i), t));
                used += words[i];
            }
        }
        return new Summary(paragrapher.group(pieces, request.maxParagraphs()), used, n, limit);
    }

    /** Term ids for the tiny-article path (terms are only used to detect topic changes). */
    private static int[] analyzerIds(TextAnalysis analysis, String sentence) {
        return analysis.terms(sentence).stream().mapToInt(String::hashCode).distinct().toArray();
    }

    /** Term ids and weights of one article. */
    static final class TermTable {
        private final TermIds ids = new TermIds();
        private double[] w = new double[64];
        private int[] lastSentence = new int[64];
        private int[] sentences = new int[64];
        private boolean letter;
        private int[] t = new int[64];
        private int k;

        /**
         * The distinct term ids of sentence i, in first-occurrence order; each occurrence adds {@code weight}.
         * None when no term holds a letter: a line of numbers ("26.04.2022", "Keiner der 448(!)") says
         * nothing alone, though its numbers still weigh for the sentences that repeat them.
         */
        int[] sentence(TextAnalysis analysis, String text, int i, double weight) {
            k = 0;
            letter = false;
            analysis.forEachTerm(text, (buffer, offset, length) -> {
                for (int c = offset, end = offset + length; c < end && !letter; c++) {
                    letter = Character.isLetter(buffer[c]);
                }
                int known = ids.size();
                int id = ids.idOf(buffer, offset, length);
                if (id == known) { // a new term
                    if (id == w.length) {
                        w = Arrays.copyOf(w, 2 * id);
                        lastSentence = Arrays.copyOf(lastSentence, 2 * id);
                        sentences = Arrays.copyOf(sentences, 2 * id);
                    }
                    lastSentence[id] = -1;
                }
                if (lastSentence[id] != i) { // a sentence covers a term once
                    lastSentence[id] = i;
                    sentences[id]++;
                    if (k == t.length) {
                        t = Arrays.copyOf(t, 2 * k);
                    }
                    t[k++] = id;
                }
                w[id] += weight;
            });
            return letter ? Arrays.copyOf(t, k) : NO_TERMS;
        }

        double[] weights() {
            return w;
        }

        /** Terms found in more than {@code maxSentences} sentences get no weight (function words). */
        void dropFrequent(double maxSentences) {
            for (int id = 0; id < ids.size(); id++) {
                if (sentences[id] > maxSentences) {
                    w[id] = 0;
                }
            }
        }
    }
}

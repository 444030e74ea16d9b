package dev.precis.summarize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import dev.precis.text.Block;
import dev.precis.text.Languages;
import dev.precis.text.TextAnalysis;
import dev.precis.text.WordCounter;

/**
 * Extractive summarizer that maximizes coverage of the article's important words under the
 * word budget.
 *
 * <p>Why coverage: on news the lead carries most of the story, so each content term (stemmed,
 * stop words removed) is worth the sum of a geometric position decay over the sentences that
 * contain it (plus a small constant per occurrence), times a power of the number of sentences that
 * hold it: a term that is early, repeated and spread over the story is central. A summary is worth
 * the total weight of the distinct terms it covers, which rewards central sentences and, because a
 * covered term adds only a small credit again, penalizes redundancy without a separate MMR step (MMR
 * and PageRank centrality did not help on the benchmark). Selection is a greedy knapsack on
 * uncovered weight per words^lengthExponent, with a small prior for early sentences, a middle way between "densest sentence" (favours fragments) and "richest sentence" (favours
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
 * <p>Structure: the cleaner's blocks say what is a sentence of the story. A heading or a table row is
 * never picked (nor glued to the sentence after it); a list item is one unit, picked whole or not at
 * all; a block quotation's sentences are quotations. In a file with paragraphs (several sentences to a
 * paragraph) a sentence inside a paragraph gets {@link SummaryWeights#innerFactor()}, so a paragraph's
 * opening sentence counts for more than its position alone says (and {@link SummaryWeights#paragraphStep()}
 * can count positions by paragraphs; the fit left it off); a one-sentence-a-line file or a single
 * run-on paragraph is read by sentence index alone.
 *
 * <p>Numbers: every weight and discount is a field of {@link SummaryWeights}, fitted by a committed
 * script rather than set by hand.
 *
 * <p>Never empty: when no whole sentence fits the budget, the best sentence is cut to fit
 * ({@link SentenceCut}) and the limit says so.
 *
 * <p>Cost: linear in the article for splitting and analysis; the greedy is O(picks x candidates x
 * terms) with candidates capped at {@link #MAX_SENTENCES}, so no step grows quadratically unbounded.
 *
 * <p>All statistics come from the article itself, so the result is deterministic and needs no
 * model. Pure and thread-safe: the instance holds only immutable configuration and thread-safe
 * helpers.
 */
public final class CoverageSummarizer implements Summarizer {

    /** Only this many leading sentences are analysed and eligible (caps the cost; the decay makes later ones worthless). */
    static final int MAX_SENTENCES = 250;
    /**
     * Without a stop list, a term in more than this share of the analysed sentences (and in more than
     * {@link #FUNCTION_WORD_MIN_SENTENCES}) is taken for a function word and gets no weight.
     */
    static final double FUNCTION_WORD_SHARE = 0.3;
    static final int FUNCTION_WORD_MIN_SENTENCES = 3;
    /** A file is read as paragraphed when at least this share of its paragraphs hold several sentences. */
    static final double PARAGRAPHED_SHARE = 0.25;
    private static final int[] NO_TERMS = {};

    /** The weights for a language: {@link SummaryWeights#forLanguage}, or one set for every language (fitting, tests). */
    private final Function<String, SummaryWeights> weights;
    private final Languages languages = new Languages();
    private final WordCounter counter = new WordCounter();
    private final SentenceCut cutter = new SentenceCut(counter);
    private final Paragrapher paragrapher = new Paragrapher();

    public CoverageSummarizer() {
        this.weights = SummaryWeights::forLanguage;
    }

    CoverageSummarizer(SummaryWeights weights) {
        this.weights = language -> weights;
    }

    @Override
    public Summary summarize(List<String> paragraphs, SummaryRequest request) {
        return summarizeBlocks(Block.paragraphs(paragraphs), request);
    }

    @Override
    public Summary summarizeBlocks(List<Block> blocks, SummaryRequest request) {
        return summarize(read(blocks, request), request, weights.apply(request.language()));
    }

    /**
     * The article as the summarizer sees it, whatever the weights: its units (sentences, whole list
     * items), their words, kinds, paragraphs and terms. The fitting program reads each article once
     * and tries many weights on it.
     */
    record Article(TextAnalysis analysis, List<String> texts, int[] paragraphOf, boolean[] opensParagraph,
                   int[] words, SentenceKind[] kinds, int total, boolean paragraphed, int[][] terms, int[][] counts,
                   boolean[] lettered, int[] sentencesOfTerm, int termCount) {

        int size() {
            return texts.size();
        }
    }

    /** Reads the blocks into units: sentences, and list items whole; headings and table rows are left out. */
    Article read(List<Block> blocks, SummaryRequest request) {
        TextAnalysis analysis = analysisFor(request);
        Cues cues = Cues.forLanguage(analysis.language());
        List<String> texts = new ArrayList<>();
        List<SentenceKind> kinds = new ArrayList<>();
        List<Integer> paragraphOf = new ArrayList<>();
        int paragraphs = 0;
        int multi = 0;
        for (Block b : blocks) {
            if (b.kind() == Block.Kind.HEADING || b.kind() == Block.Kind.TABLE_ROW) {
                continue; // not sentences of the story: never picked, never glued to the next sentence
            }
            int before = texts.size();
            if (b.kind() == Block.Kind.LIST_ITEM) {
                String item = asSentence(b.text().strip());
                texts.add(item);
                kinds.add(SentenceKind.of(item, cues));
            } else {
                for (String s : analysis.sentences(b.text())) {
                    String text = Datelines.strip(s); // "(CNN) I remember..." is kept as "I remember..."
                    SentenceKind kind = SentenceKind.of(text, cues);
                    if (b.kind() == Block.Kind.QUOTE && kind != SentenceKind.BOILERPLATE) {
                        kind = SentenceKind.QUOTE;
                    }
                    texts.add(text);
                    kinds.add(kind);
                }
            }
            int added = texts.size() - before;
            if (added > 0) {
                for (int k = 0; k < added; k++) {
                    paragraphOf.add(paragraphs);
                }
                paragraphs++;
                if (added > 1) {
                    multi++;
                }
            }
        }
        int n = texts.size();
        int[] words = new int[n];
        int[] para = new int[n];
        boolean[] opens = new boolean[n];
        int total = 0;
        for (int i = 0; i < n; i++) {
            words[i] = counter.count(texts.get(i));
            para[i] = paragraphOf.get(i);
            opens[i] = i == 0 || para[i] != para[i - 1];
            total += words[i];
        }
        // several paragraphs, a fair share of them holding more than one sentence: not a
        // one-sentence-a-line file and not one run-on paragraph
        boolean paragraphed = paragraphs >= 3 && multi >= PARAGRAPHED_SHARE * paragraphs;
        int m = Math.min(n, MAX_SENTENCES);
        TermTable table = new TermTable();
        int[][] terms = new int[m][];
        int[][] counts = new int[m][];
        boolean[] lettered = new boolean[m];
        for (int i = 0; i < m; i++) {
            // bylines and captions do not make their words important (and, never chosen, need no analysis)
            if (kinds.get(i) != SentenceKind.BOILERPLATE) {
                terms[i] = table.sentence(analysis, texts.get(i), i);
                counts[i] = table.counts();
                lettered[i] = table.lettered();
            } else {
                terms[i] = NO_TERMS;
                counts[i] = NO_TERMS;
            }
        }
        return new Article(analysis, List.copyOf(texts), para, opens, words, kinds.toArray(SentenceKind[]::new), total,
                paragraphed, terms, counts, lettered, table.sentencesOfTerm(), table.size());
    }

    /** A list item reads as one sentence in a summary: it gets a full stop when it ends without one. */
    static String asSentence(String item) {
        int end = item.length();
        while (end > 0 && "\"”’»)]'".indexOf(item.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && ".!?…;:。！？".indexOf(item.charAt(end - 1)) >= 0 ? item : item + ".";
    }

    /** Summarizes a read article with the given weights (the fitting program calls this directly). */
    Summary summarize(Article a, SummaryRequest request, SummaryWeights p) {
        int n = a.size();
        if (n == 0) {
            return new Summary(List.of(), 0, 0, Summary.Limit.WHOLE_ARTICLE);
        }
        SentenceKind[] kinds = a.kinds();
        int[] words = a.words();
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
                return build(a, keep, request, Summary.Limit.WHOLE_ARTICLE);
            }
        }
        int budget = request.maxWords();
        Summary.Limit limit = Summary.Limit.REQUESTED_WORDS;
        int shareCap = (int) Math.floor(a.total() * request.maxShare());
        if (!tiny && shareCap < budget) {
            budget = shareCap;
            limit = Summary.Limit.ARTICLE_SHARE;
        }

        int m = a.terms().length;
        double[] position = positions(a, m, p);
        // every occurrence adds the sentence's position weight plus a constant, so a term is worth
        // more the earlier and the more often it occurs
        double[] w = new double[a.termCount()];
        for (int i = 0; i < m; i++) {
            double add = Math.pow(p.decay(), position[i]) + p.floor();
            int[] t = a.terms()[i];
            int[] c = a.counts()[i];
            for (int k = 0; k < t.length; k++) {
                w[t[k]] += c[k] * add;
            }
        }
        if (p.spread() != 0) {
            for (int t = 0; t < w.length; t++) {
                w[t] *= Math.pow(Math.max(1, a.sentencesOfTerm()[t]), p.spread());
            }
        }
        if (!a.analysis().removesFunctionWords()) {
            double max = Math.max(FUNCTION_WORD_MIN_SENTENCES, FUNCTION_WORD_SHARE * m);
            for (int t = 0; t < w.length; t++) {
                if (a.sentencesOfTerm()[t] > max) {
                    w[t] = 0;
                }
            }
        }
        double[] prior = new double[m];
        for (int i = 0; i < m; i++) {
            prior[i] = (1 + p.leadPrior() * Math.pow(p.priorDecay(), position[i]))
                    * (a.paragraphed() && !a.opensParagraph()[i] ? p.innerFactor() : 1.0)
                    / Math.pow(Math.max(1, words[i]), p.lengthExponent());
        }

        boolean[] chosen = select(a, m, prior, w, budget, p);
        for (boolean c : chosen) {
            if (c) {
                return build(a, chosen, request, limit);
            }
        }
        // Nothing was chosen: no whole sentence fits (or none that fits adds weight). The sentence the
        // greedy would take first if the budget did not bind is taken, cut to the budget when it is too long.
        int best = bestAlone(a, m, prior, w, p);
        if (best >= 0 && words[best] <= budget) {
            chosen[best] = true;
            return build(a, chosen, request, limit);
        }
        String cut = best < 0 ? null : cutter.cut(a.texts().get(best), budget);
        if (cut == null) { // no sentence may stand alone, or a budget under one word
            return new Summary(List.of(), 0, n, Summary.Limit.CUT_SENTENCE);
        }
        return new Summary(List.of(cut), counter.count(cut), n, Summary.Limit.CUT_SENTENCE);
    }

    /**
     * Effective positions: the sentence index, or in a paragraphed file a count where a paragraph's
     * opening sentence advances by 1 and a sentence inside it by {@code paragraphStep}.
     */
    private static double[] positions(Article a, int m, SummaryWeights p) {
        double[] e = new double[m];
        for (int i = 1; i < m; i++) {
            e[i] = e[i - 1] + (a.paragraphed() && !a.opensParagraph()[i] ? p.paragraphStep() : 1.0);
        }
        return e;
    }

    /** The best sentence to stand alone, budget aside; -1 when every sentence is boilerplate or empty. */
    private int bestAlone(Article a, int m, double[] prior, double[] w, SummaryWeights p) {
        boolean[] none = new boolean[m];
        boolean[] covered = new boolean[w.length];
        int best = -1;
        double bestScore = -1;
        for (int i = 0; i < m; i++) {
            if (a.kinds()[i] == SentenceKind.BOILERPLATE || a.words()[i] == 0) {
                continue;
            }
            double score = (a.lettered()[i] ? gain(a.terms()[i], w, covered, p.coveredCredit()) : 0) * factor(a, i, none, p) * prior[i];
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        return best;
    }

    private static double gain(int[] terms, double[] w, boolean[] covered, double credit) {
        double gain = 0;
        for (int t : terms) {
            gain += covered[t] ? credit * w[t] : w[t];
        }
        return gain;
    }

    /** The analysis (sentences, terms) this summarizer uses for a request: the one of its language. */
    TextAnalysis analysisFor(SummaryRequest request) {
        return languages.forLanguage(request.language());
    }

    /** Greedy coverage selection under the budget. */
    private boolean[] select(Article a, int m, double[] prior, double[] w, int budget, SummaryWeights p) {
        boolean[] chosen = new boolean[m];
        boolean[] covered = new boolean[w.length];
        int[] words = a.words();
        int used = 0;
        while (true) {
            int best = -1;
            double bestScore = 0; // a sentence that adds no uncovered weight (stop words only, or repeats) is never picked
            for (int i = 0; i < m; i++) {
                if (chosen[i] || a.kinds()[i] == SentenceKind.BOILERPLATE || words[i] == 0
                        || used + words[i] > budget || !a.lettered()[i]) {
                    continue;
                }
                double score = gain(a.terms()[i], w, covered, p.coveredCredit()) * factor(a, i, chosen, p) * prior[i];
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
            for (int t : a.terms()[best]) {
                covered[t] = true;
            }
        }
    }

    /** Discount for sentences that read badly alone; lifted when the preceding sentence is kept. */
    private static double factor(Article a, int i, boolean[] chosen, SummaryWeights p) {
        double f = 1.0;
        if (a.words()[i] < p.minWords()) {
            f *= p.shortFactor();
        }
        boolean antecedentKept = i > 0 && chosen[i - 1];
        SentenceKind kind = a.kinds()[i];
        if (kind == SentenceKind.DEPENDENT && !antecedentKept) {
            f *= p.dependentFactor();
        } else if (kind == SentenceKind.QUOTE && !antecedentKept) {
            f *= p.quoteFactor();
        }
        return f;
    }

    private Summary build(Article a, boolean[] keep, SummaryRequest request, Summary.Limit limit) {
        List<Paragrapher.Piece> pieces = new ArrayList<>();
        int used = 0;
        for (int i = 0; i < keep.length; i++) {
            if (keep[i]) {
                int[] t = i < a.terms().length ? a.terms()[i] : analyzerIds(a.analysis(), a.texts().get(i));
                pieces.add(new Paragrapher.Piece(a.texts().get(i), a.words()[i], a.paragraphOf()[i], t));
                used += a.words()[i];
            }
        }
        return new Summary(paragrapher.group(pieces, request.maxParagraphs()), used, a.size(), limit);
    }

    /** Term ids for a sentence past the analysed ones (terms are only used to detect topic changes). */
    private static int[] analyzerIds(TextAnalysis analysis, String sentence) {
        return analysis.terms(sentence).stream().mapToInt(String::hashCode).distinct().toArray();
    }

    /** Term ids of one article: per sentence the distinct terms and how often each occurs. */
    static final class TermTable {
        private final TermIds ids = new TermIds();
        private int[] lastSentence = new int[64];
        private int[] slot = new int[64];
        private int[] sentences = new int[64];
        private boolean letter;
        private int[] t = new int[64];
        private int[] c = new int[64];
        private int k;
        private int[] lastCounts = NO_TERMS;

        /**
         * The distinct term ids of sentence i, in first-occurrence order ({@link #counts()} then holds how
         * often each occurs, {@link #lettered()} whether any holds a letter: a line of numbers ("26.04.2022",
         * "Keiner der 448(!)") says nothing alone, though its numbers still weigh for the sentences that repeat them).
         */
        int[] sentence(TextAnalysis analysis, String text, int i) {
            k = 0;
            letter = false;
            analysis.forEachTerm(text, (buffer, offset, length) -> {
                for (int x = offset, end = offset + length; x < end && !letter; x++) {
                    letter = Character.isLetter(buffer[x]);
                }
                int known = ids.size();
                int id = ids.idOf(buffer, offset, length);
                if (id == known) { // a new term
                    if (id == sentences.length) {
                        lastSentence = Arrays.copyOf(lastSentence, 2 * id);
                        slot = Arrays.copyOf(slot, 2 * id);
                        sentences = Arrays.copyOf(sentences, 2 * id);
                    }
                    lastSentence[id] = -1;
                }
                if (lastSentence[id] != i) { // a sentence covers a term once
                    lastSentence[id] = i;
                    sentences[id]++;
                    if (k == t.length) {
                        t = Arrays.copyOf(t, 2 * k);
                        c = Arrays.copyOf(c, 2 * k);
                    }
                    slot[id] = k;
                    c[k] = 0;
                    t[k++] = id;
                }
                c[slot[id]]++;
            });
            lastCounts = Arrays.copyOf(c, k);
            return Arrays.copyOf(t, k);
        }

        /** Whether a term of the last sentence holds a letter: if none does, its terms weigh but it is never picked. */
        boolean lettered() {
            return letter;
        }

        /** The occurrence counts of the last sentence's terms. */
        int[] counts() {
            return lastCounts;
        }

        int size() {
            return ids.size();
        }

        /** How many sentences hold each term. */
        int[] sentencesOfTerm() {
            return Arrays.copyOf(sentences, ids.size());
        }
    }
}

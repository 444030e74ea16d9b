package dev.precis.summarize;

/**
 * The numbers the coverage summarizer runs on, in one place. {@link #FITTED} was made by
 * {@code bench/fit-summary.sh} (coordinate ascent on ROUGE-1 over {@code ../shared/eval/summaries/train},
 * the paragraph numbers on the even half of {@code cased-dev}, since train has no paragraphs; see
 * bench/README-summarize.md): change them by rerunning it, not by hand.
 *
 * @param decay           a term occurrence in the sentence at (effective) position e weighs decay^e
 * @param floor           plus this constant per occurrence: the frequency part of a term's weight
 * @param paragraphStep   in a paragraphed file, a sentence inside a paragraph advances the position by this
 *                        (a paragraph's first sentence by 1): the opening of a later paragraph sits earlier
 *                        than its sentence count says (1: position is the sentence index, as in a
 *                        one-sentence-a-line file)
 * @param lengthExponent  the greedy divides a sentence's gain by words^lengthExponent
 * @param minWords        sentences shorter than this are discounted by shortFactor
 * @param shortFactor     discount for short sentences (fragments, exclamations)
 * @param dependentFactor discount for a back-referring opener when the previous sentence is not kept
 * @param quoteFactor     discount for a quotation when the previous sentence is not kept
 * @param innerFactor     in a paragraphed file, factor on a sentence that does not open its paragraph
 * @param leadPrior       selection factor 1 + leadPrior x priorDecay^e: a prior for early sentences beyond their terms
 * @param priorDecay      how fast that prior fades with the position
 * @param spread          a term's weight is multiplied by (sentences holding it)^spread: how much being
 *                        spread over the article counts beyond the sum of its occurrences
 * @param coveredCredit   share of its weight a term already covered still adds (0: redundancy earns nothing)
 */
public record SummaryWeights(double decay, double floor, double paragraphStep, double lengthExponent,
                             int minWords, double shortFactor, double dependentFactor, double quoteFactor,
                             double innerFactor, double leadPrior, double priorDecay,
                             double spread, double coveredCredit) {

    /** The values of bench/fit-summary.sh (see bench/README-summarize.md for the run that made them). */
    public static final SummaryWeights FITTED = new SummaryWeights(0.825, 0.035, 1.0, 0.55, 8, 0.5, 0.7, 0.2, 0.9, 0.2, 0.5, 0.5, 0.05);

    /**
     * The weights for an article's language. The fit had English pools only; on French ({@code fr-dev}) the
     * English fit scores lower than the hand-tuned values, so every other language keeps those.
     */
    public static SummaryWeights forLanguage(String language) {
        return "en".equals(language) ? FITTED : HAND_TUNED;
    }

    /** The hand-tuned values before issue 24 (the fit's starting point and its comparison). */
    public static final SummaryWeights HAND_TUNED = new SummaryWeights(0.8, 0.05, 1.0, 0.5, 8, 0.5, 0.5, 0.5, 1.0, 0.0, 0.5, 0.0, 0.0);
}

package dev.precis.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides which lines are story content. Three steps, each explainable:
 * <ol>
 * <li>Each line gets a kind from its features: GOOD (reads as prose), SHORT (heading, list item,
 * byline - neutral on its own) or BAD (chrome phrase, caption, repeated on the page, link-like).</li>
 * <li>Because an article is almost always one contiguous region, the kept region is the contiguous
 * span with the highest total score (prose lines count their words, other lines cost a little,
 * boilerplate costs a lot): menus and teaser rails around the article fall away even when a
 * teaser happens to read like prose. Prose weighs less when it is a lone line next to boilerplate
 * (a teaser blurb, a comment), mentions chrome (a cookie notice), or (HTML) lies outside the main
 * container.</li>
 * <li>Inside the span, SHORT lines stay (subheads, list items, short paragraphs) unless their
 * neighbours make them boilerplate (jusText's context idea): a run of non-prose lines that holds a
 * boilerplate line is a teaser or share block and goes as a whole. A trailing block that opens with
 * a marker ("A message from ...", "Related") and contains boilerplate ends the article.</li>
 * </ol>
 */
final class LineClassifier {

    enum Kind { GOOD, SHORT, BAD }

    /** Prose lines have at least this many words (the benchmark's 10-word rule of thumb). */
    static final int MIN_PROSE_WORDS = 10;
    /** Lines this long are prose even without final punctuation (paragraphs ending in a link, a colon...). */
    static final int LONG_LINE_WORDS = 25;
    /** Minimum stop-word share for prose; headlines and menus fall below it. */
    static final double MIN_STOP_DENSITY = 0.15;
    /** Title-cased lines (menus, headlines, name lists) are not prose. */
    static final double MAX_CAPITAL_SHARE = 0.6;
    /** Cost of a non-prose line: a few subheads are crossed easily, a 50-line menu is not. */
    static final double SHORT_COST = 3;
    /** Base cost of a boilerplate line (plus its words, so long chrome blocks split regions). */
    static final double BAD_COST = 10;
    /** Weight of a prose line standing alone next to boilerplate (teaser blurb, comment). */
    static final double ISOLATED_PROSE_WEIGHT = 0.3;
    /** How far (in lines) boilerplate may be from a lone prose line to make it a teaser or comment. */
    static final int ISOLATION_REACH = 2;
    /** Weight of a long line that mentions chrome (cookies, subscribe, ...). */
    static final double CHROME_PROSE_WEIGHT = 0.5;
    /** HTML only: weight of prose outside the main container. */
    static final double OUTSIDE_MAIN_WEIGHT = 0.3;
    /** HTML only: score of a short link-free block inside the main container (slightly positive). */
    static final double LINK_FREE_HTML_SHORT = 0.5;
    /** HTML only: a block whose text is mostly link text is navigation. */
    static final double MAX_LINK_DENSITY = 0.5;

    static Kind kind(LineFeatures f) {
        if (boilerplate(f)) {
            return Kind.BAD;
        }
        boolean stopOk = Double.isNaN(f.stopDensity()) || f.stopDensity() >= MIN_STOP_DENSITY;
        boolean prose = stopOk && f.capitalShare() < MAX_CAPITAL_SHARE && f.linkShare() < 0.2
                && ((f.words() >= MIN_PROSE_WORDS && f.endsSentence()) || f.words() >= LONG_LINE_WORDS);
        // A heading element that holds a whole sentence or more is a standfirst set large, not a heading.
        return prose && (!f.heading() || f.words() >= LONG_LINE_WORDS) ? Kind.GOOD : Kind.SHORT;
    }

    /**
     * A short block that is mostly link text is navigation; a paragraph of several sentences may link
     * half its words (a digest of the day's news) and still be running text.
     */
    static double maxLinkDensity(LineFeatures f) {
        return f.words() >= LONG_LINE_WORDS && f.endsSentence() ? LINKED_PROSE_DENSITY : MAX_LINK_DENSITY;
    }

    /** HTML only: a long paragraph that ends a sentence is running text up to this share of link text. */
    static final double LINKED_PROSE_DENSITY = 0.75;

    private static boolean boilerplate(LineFeatures f) {
        if (f.marker() || f.caption() || f.linkShare() >= 0.5 || f.linkDensity() >= maxLinkDensity(f)) {
            return true;
        }
        if (f.chrome() && f.words() < LONG_LINE_WORDS) {
            return true; // a long line that mentions chrome is judged as prose, at reduced weight
        }
        if (f.repeats() > 1) {
            // Plain text: a short line shown twice is navigation or a teaser of the story; a whole
            // repeated sentence is a copy of story text (photo captions and pull quotes repeat it),
            // which the duplicate pass removes without costing the story its region.
            // HTML: link-free repeats inside a page are often structure (list labels, table cells)
            // or responsive copies of the story, so only repeated short links count.
            if (!f.html()) {
                return !(f.words() >= MIN_PROSE_WORDS && f.endsSentence());
            }
            return f.words() < MIN_PROSE_WORDS && f.linkDensity() > 0;
        }
        return false;
    }

    static double score(LineFeatures f, Kind k) {
        if (f.html() && f.dom().tableOfContents()) {
            return 0; // dropped, but a story's own table of contents does not split it
        }
        return switch (k) {
            // Prose outside the container that scored as the story (HTML) counts less: teasers and
            // comment threads read like prose, but live in other containers.
            case GOOD -> f.words() * proseWeight(f);
            // An HTML block without links inside the story container is a table row or list item
            // of the story more often than navigation, which is made of links.
            case SHORT -> f.html() && f.inMain() && f.linkDensity() == 0 ? LINK_FREE_HTML_SHORT : -SHORT_COST;
            // Captions sit inside stories (next to their photo), so they cost a flat amount; other
            // boilerplate costs more the longer it is, so long chrome blocks split regions.
            case BAD -> f.caption() && !f.chrome() ? -BAD_COST : -(BAD_COST + f.words());
        };
    }

    /**
     * How much a prose line counts towards choosing the story region. Full weight for plain prose;
     * less when it mentions page chrome (a cookie notice is long and grammatical), or (HTML) when it
     * lies outside the main container. The line is still kept if it ends up inside the region.
     */
    static double proseWeight(LineFeatures f) {
        double w = 1;
        if (f.chrome()) {
            w *= CHROME_PROSE_WEIGHT;
        }
        if (!f.inMain()) {
            w *= OUTSIDE_MAIN_WEIGHT;
        }
        return w;
    }

    /**
     * Whether the page's stop set suits its prose: at least two thirds of the sentence-like lines of
     * 10+ words reach the stop-word threshold. Real prose in the right language easily does
     * (English news runs at 0.3-0.5); a neighbouring language's list does not.
     */
    static boolean stopWordsFit(List<LineFeatures> lines) {
        int candidates = 0, passing = 0;
        for (LineFeatures f : lines) {
            if (f.words() >= MIN_PROSE_WORDS && f.endsSentence() && !Double.isNaN(f.stopDensity())) {
                candidates++;
                if (f.stopDensity() >= MIN_STOP_DENSITY) {
                    passing++;
                }
            }
        }
        return candidates == 0 || passing * 3 >= candidates * 2;
    }

    /** A short line that still reads as a sentence: ends like one and has stop words. */
    static boolean shortSentence(LineFeatures f) {
        return f.endsSentence() && f.words() >= 3 && f.capitalShare() < MAX_CAPITAL_SHARE
                && (Double.isNaN(f.stopDensity()) || f.stopDensity() >= MIN_STOP_DENSITY);
    }

    /** Returns, per line, whether it is kept as story content. */
    boolean[] classify(List<LineFeatures> lines) {
        return classify(lines, null);
    }

    /** A page that does not say what it is is one story when its best region holds this share of its prose words. */
    static final double STORY_SHARE = 0.7;

    /**
     * Returns, per line, whether it is kept. The best contiguous region is found on every page. An
     * article ({@code type} ARTICLE, or null for plain text, which says nothing of its kind) is that
     * region; a forum thread or a product page keeps the page's other prose too, and so does a page that
     * does not say what it is when its region holds less than {@link #STORY_SHARE} of its prose.
     */
    boolean[] classify(List<LineFeatures> lines, PageType type) {
        int n = lines.size();
        boolean[] keep = new boolean[n];
        if (n == 0) {
            return keep;
        }
        List<Kind> kinds = new ArrayList<>(n);
        double[] scores = new double[n];
        for (int i = 0; i < n; i++) {
            Kind k = kind(lines.get(i));
            kinds.add(k);
            scores[i] = score(lines.get(i), k);
        }
        // HTML already has a better signal for teasers and comments: the main container.
        double[] raw = scores.clone();
        if (!lines.get(0).html()) {
            downweightIsolatedProse(lines, kinds, scores);
        }
        int[] span = bestSpan(scores);
        // The best region may be an appeal that a marker opens ("A message from ...", "Dear readers,"):
        // that is not the story, whatever its length. Set it aside and look again; a page whose only
        // prose is such a block has no story (a donation appeal saved on its own).
        // The block runs from its marker to the next marker or the end of the page.
        for (int tries = 0, marker; span != null && tries < 3 && (marker = openingMarker(lines, kinds, span)) >= 0; tries++) {
            for (int i = marker; i < n && (i == marker || !lines.get(i).marker()); i++) {
                scores[i] = -BAD_COST;
                raw[i] = -BAD_COST;
            }
            span = bestSpan(scores);
        }
        if (span == null) {
            return keep;
        }
        int start = span[0], end = span[1];
        int core = start;
        start = extendBack(raw, start);
        // A story's last line is often a short sentence ("He declined to comment."): the span,
        // which only ends on a positive line, would leave it out.
        while (end + 1 < n && kinds.get(end + 1) == Kind.SHORT && shortSentence(lines.get(end + 1))) {
            end++;
        }
        // Likewise its first lines ("The carpet was red."): a lead of short sentences right before
        // the span belongs to it.
        // (Plain text only: in HTML the container choice already decides where the story starts.)
        while (!lines.get(0).html() && start > 0 && kinds.get(start - 1) == Kind.SHORT && shortSentence(lines.get(start - 1))) {
            start--;
        }
        end = cutTrailingBlock(lines, kinds, core, end);
        if (lines.get(0).html() && Boolean.getBoolean("x.grow")) {
            while (end + 1 < n && kinds.get(end + 1) != Kind.BAD && lines.get(end + 1).inMain() && !lines.get(end + 1).marker()) {
                end++;
            }
        }
        for (int i = start; i <= end; i++) {
            keep[i] = kinds.get(i) != Kind.BAD;
        }
        dropTeaserRuns(lines, kinds, keep, start, end);
        boolean story = type == null || type.story();
        if (type == PageType.OTHER) {
            // A page that does not say what it is: one story when its best region holds most of its prose.
            double inside = 0, all = 0;
            for (int i = 0; i < n; i++) {
                if (kinds.get(i) == Kind.GOOD) {
                    all += lines.get(i).words();
                    inside += i >= start && i <= end ? lines.get(i).words() : 0;
                }
            }
            story = inside >= STORY_SHARE * all;
        }
        if (!story) {
            // Not one story: posts between their authors' names, a description and its specifications.
            // Prose anywhere outside furniture is main text, and so are link-free short blocks of the
            // main container (specification rows, list items).
            for (int i = 0; i < n; i++) {
                LineFeatures f = lines.get(i);
                if (i < start || i > end) {
                    keep[i] = kinds.get(i) == Kind.GOOD || kinds.get(i) == Kind.SHORT && f.inMain() && f.linkDensity() == 0;
                }
            }
        }
        attachLead(lines, kinds, keep, start);
        // A story does not repeat a paragraph; a second copy is a teaser, a pull quote or a mobile duplicate.
        // (Only lines that occur more than once on the page can have a copy: the others need no key.)
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = start; i <= end; i++) {
            LineFeatures f = lines.get(i);
            if (keep[i] && f.repeats() > 1 && f.words() >= MIN_PROSE_WORDS && !seen.add(FeatureExtractor.normalise(f.text()))) {
                keep[i] = false;
            }
        }
        return keep;
    }

    /**
     * jusText's context idea for prose: a story's paragraphs come in runs, while a teaser's blurb
     * or a comment stands alone between chrome (a date, an author, a "says:" line). A prose line
     * whose neighbours on both sides are not prose, with boilerplate (not just a caption) next to
     * it, counts less when choosing the region.
     */
    private static void downweightIsolatedProse(List<LineFeatures> lines, List<Kind> kinds, double[] scores) {
        int n = kinds.size();
        for (int i = 0; i < n; i++) {
            if (kinds.get(i) != Kind.GOOD) {
                continue;
            }
            boolean prevGood = i > 0 && kinds.get(i - 1) == Kind.GOOD;
            boolean nextGood = i + 1 < n && kinds.get(i + 1) == Kind.GOOD;
            if (prevGood || nextGood) {
                continue;
            }
            boolean chromeNext = false;
            for (int j = Math.max(0, i - ISOLATION_REACH); j <= Math.min(n - 1, i + ISOLATION_REACH); j++) {
                if (j != i && kinds.get(j) == Kind.BAD && !lines.get(j).caption()) {
                    chromeNext = true;
                }
            }
            if (chromeNext) {
                scores[i] *= ISOLATED_PROSE_WEIGHT;
            }
        }
    }

    /**
     * A story's lead (standfirst, intro) often stands apart from its body, behind a byline, a photo
     * or an advertisement, and reads like an isolated teaser: before the region, prose counts in
     * full, and the region grows back to the start of the best-scoring stretch that leads into it.
     */
    static int extendBack(double[] raw, int start) {
        double sum = 0, best = 0;
        int to = start;
        for (int i = start - 1; i >= 0; i--) {
            sum += raw[i];
            if (sum > best) {
                best = sum;
                to = i;
            }
        }
        return to;
    }

    static final int LEAD_GAP = 12;
    static final int LEAD_MIN = MIN_PROSE_WORDS;

    /**
     * The lead (standfirst) often stands a few lines above the body, behind a byline, a date, photo
     * credits, share buttons or a table of contents. A run of prose within a few non-prose lines above
     * the region is kept as its lead; the lines between are dropped, since what separates a lead from
     * its body is page furniture.
     */
    private static void attachLead(List<LineFeatures> lines, List<Kind> kinds, boolean[] keep, int start) {
        int i = start - 1;
        int gap = 0;
        while (i >= 0 && kinds.get(i) != Kind.GOOD && gap < LEAD_GAP) {
            i--;
            gap++;
        }
        if (i < 0 || kinds.get(i) != Kind.GOOD || gap == 0) {
            return;
        }
        int words = 0;
        int first = i;
        while (first >= 0 && kinds.get(first) == Kind.GOOD) {
            words += lines.get(first).words();
            first--;
        }
        if (words < LEAD_MIN) {
            return;
        }
        for (int k = first + 1; k <= i; k++) {
            keep[k] = true;
        }
    }

    /** Maximum-sum contiguous span (Kadane); null when no line scores positive. */
    static int[] bestSpan(double[] scores) {
        double best = 0, cur = 0;
        int bestStart = -1, bestEnd = -1, curStart = 0;
        for (int i = 0; i < scores.length; i++) {
            if (cur <= 0) {
                cur = 0;
                curStart = i;
            }
            cur += scores[i];
            if (cur > best) {
                best = cur;
                bestStart = curStart;
                bestEnd = i;
            }
        }
        return bestStart < 0 ? null : new int[] {bestStart, bestEnd};
    }

    /** How far above a region a marker may stand and still open it (a "Dear readers," line between). */
    private static final int MARKER_REACH = 3;

    /**
     * The marker line that opens the region as an appeal of its own, or -1: an appeal's marker ("A message
     * from ...", "Dear readers,") stands just above it (only short, non-prose lines between) and the region
     * itself holds page chrome (support us, donate, subscribe...).
     */
    private static int openingMarker(List<LineFeatures> lines, List<Kind> kinds, int[] span) {
        int marker = -1;
        for (int i = span[0] - 1; i >= Math.max(0, span[0] - MARKER_REACH) && marker < 0; i--) {
            if (lines.get(i).marker() && BoilerplatePatterns.isAppealMarker(lines.get(i).text())) {
                marker = i;
            } else if (kinds.get(i) == Kind.GOOD) {
                break;
            }
        }
        if (marker < 0) {
            return -1;
        }
        for (int i = span[0]; i <= span[1]; i++) {
            if (lines.get(i).chrome()) {
                return marker;
            }
        }
        return -1;
    }

    /**
     * Prose paragraphs after a marker, before any boilerplate, that make the marked block an inline one
     * ("Read also" and a link in the middle of a story) rather than the start of the page's tail.
     */
    static final int INLINE_BLOCK_PROSE = 2;

    /**
     * A marker line followed (within the span) by boilerplate, before the story's prose resumes, opens a
     * trailing block - an appeal, a related-stories list, a comment thread: the article ends before the
     * marker. A marker followed only by prose is left alone, since "Related" can also be a subhead; one
     * followed by two paragraphs of prose before any boilerplate was an inline block in the story.
     */
    private int cutTrailingBlock(List<LineFeatures> lines, List<Kind> kinds, int start, int end) {
        for (int i = start + 1; i <= end; i++) {
            if (!lines.get(i).marker()) {
                continue;
            }
            // an appeal to the reader is prose itself, so only related and comment blocks can be inline
            int inline = BoilerplatePatterns.isAppealMarker(lines.get(i).text()) ? Integer.MAX_VALUE : INLINE_BLOCK_PROSE;
            int prose = 0;
            for (int j = i + 1; j <= end && prose < inline; j++) {
                LineFeatures f = lines.get(j);
                if (f.chrome() || f.caption()) {
                    return i - 1;
                }
                if (kinds.get(j) == Kind.GOOD) {
                    prose++;
                }
            }
        }
        return end;
    }

    /** Runs of non-prose lines that hold a boilerplate line are share/teaser blocks: drop them whole. */
    private void dropTeaserRuns(List<LineFeatures> lines, List<Kind> kinds, boolean[] keep, int start, int end) {
        int i = start;
        while (i <= end) {
            if (kinds.get(i) == Kind.GOOD) {
                i++;
                continue;
            }
            int j = i;
            boolean bad = false;
            int bads = 0;
            while (j <= end && kinds.get(j) != Kind.GOOD) {
                bad |= kinds.get(j) == Kind.BAD;
                bads += kinds.get(j) == Kind.BAD ? 1 : 0;
                j++;
            }
            if (bad && lines.get(i).html() && bads * 2 < j - i) {
                bad = false;
            }
            if (bad) {
                for (int k = i; k < j; k++) {
                    keep[k] = false;
                }
            }
            i = j;
        }
    }
}

package dev.precis.metadata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Title, author, publish date and site of an HTML page, from the evidence a page gives about itself, in
 * order of trust. The headline is the story's {@code h1} (what a reader sees), else the JSON-LD headline,
 * else og:title or &lt;title&gt; without the site name appended to it. Author and date are read first
 * from the lines a reader sees around the headline (a "By ..." byline, a date line), which is where the
 * page states them for this story; then from JSON-LD, Open Graph / article:* meta tags, itemprop and
 * {@code <time datetime>}. A date or author elsewhere on the page (a comment's, a teaser's, the header's
 * today) is never taken. Pure: reads the document, changes nothing.
 */
public final class HtmlMetadata {

    private HtmlMetadata() {
    }

    /** Lines read after the headline: the byline and date sit right under it, the story after them. */
    private static final int LINES_AFTER = 14;
    /** Lines kept before the headline: a kicker with the date ("Travel September 8, 2021") sits above it. */
    private static final int LINES_BEFORE = 3;
    /** A date line is short; a sentence that mentions a date is story, not the page's date. */
    private static final int DATE_LINE_WORDS = 14;

    private static final Set<String> INVISIBLE = Set.of("script", "style", "noscript", "template", "svg", "iframe", "select",
            "textarea", "option");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer", "nav",
            "aside", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre",
            "table", "tr", "td", "th", "figure", "figcaption", "br", "hr", "address", "time", "form", "span-block");
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•»/]\\s+|\\s+::\\s+");
    private static final Pattern AUTHOR_MARK = Pattern.compile("author(?!iz|is)|byline|user-?name");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern RELATIVE = Pattern.compile("(?iu)\\b(ago|hours?|minutes?|yesterday|today|heute|gestern|hier|aujourd'hui|hoy|ayer)\\b");

    /** Reads the page. Call before scripts are removed: JSON-LD lives in script elements. */
    public static PageMetadata read(Document doc) {
        List<String> scripts = new ArrayList<>();
        for (Element s : doc.getElementsByTag("script")) {
            if (s.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
                scripts.add(s.data());
            }
        }
        JsonLd ld = JsonLd.read(scripts);
        Map<String, String> meta = metaTags(doc);

        String site = firstNonBlank(meta.get("og:site_name"), ld.publisher());
        site = site == null ? null : unescape(site);

        String ldHeadline = ld.headline() == null ? null : unescape(ld.headline());
        List<String> claimed = new ArrayList<>();
        for (String t : new String[] {ldHeadline, meta.get("og:title"), meta.get("twitter:title"), doc.title()}) {
            if (t != null && !t.isBlank()) {
                claimed.add(t.strip());
            }
        }
        Element h1 = headline(doc, claimed);
        String title = h1 != null ? headlineText(h1) : null;
        if (title == null || title.isEmpty()) {
            title = ldHeadline != null ? ldHeadline : withoutSite(firstNonBlank(meta.get("og:title"), meta.get("twitter:title"),
                    doc.title()), site);
        }

        Lines around = h1 == null ? Lines.NONE : Lines.around(doc, h1);
        String author = visibleAuthor(around);
        if (author == null) {
            author = structuredAuthor(doc, ld, meta);
        }
        boolean product = meta.getOrDefault("og:type", "").startsWith("product");
        if (product) {
            author = null; // a product page has a seller, not a writer
        }
        String published = product ? null : visibleDate(around);
        String structured = structuredDate(doc, ld, meta);
        if (published == null) {
            // A page that calls itself a website (a home, index or service page) while its JSON-LD claims an
            // article contradicts itself: the article object is a plugin's template, its date not a story's.
            boolean contradicts = "website".equalsIgnoreCase(meta.get("og:type")) && ld.article();
            published = contradicts ? null : structured;
        } else if (structured != null && structured.startsWith(published)) {
            published = structured; // the same day, with its time and zone
        }
        return new PageMetadata(emptyToNull(title), author, published, emptyToNull(site));
    }

    // ---------------------------------------------------------------- headline

    /**
     * The story's h1: of the h1 elements outside the page's header, navigation and footer (a logo is often an
     * h1), the one sharing most words with what the page claims as its title; the first when none shares any.
     */
    private static Element headline(Document doc, List<String> claimed) {
        Set<String> claimedWords = new HashSet<>();
        for (String c : claimed) {
            claimedWords.addAll(words(c));
        }
        Element best = null;
        double bestScore = -1;
        if (doc.body() == null) {
            return null;
        }
        for (Element h : doc.body().getElementsByTag("h1")) {
            String text = collapse(h.text());
            if (text.isEmpty() || text.length() > 300 || inside(h, "nav", "footer", "aside") || inLogo(h)) {
                continue;
            }
            Set<String> w = words(text);
            int shared = 0;
            for (String x : w) {
                if (claimedWords.contains(x)) {
                    shared++;
                }
            }
            double score = w.isEmpty() ? 0 : (double) shared / w.size();
            if (score > bestScore) {
                best = h;
                bestScore = score;
            }
        }
        if (best == null) {
            return null;
        }
        // An h1 that shares no word with what the page claims as its title is a blog's or a section's name.
        if (bestScore <= 0 && !claimed.isEmpty()) {
            return null;
        }
        return best;
    }

    /** The h1's text; entities escaped twice in the markup and a leading Markdown heading mark are undone. */
    private static String headlineText(Element h1) {
        String t = collapse(h1.text());
        if (t.contains("&#") || t.contains("&amp;")) {
            t = unescape(t);
        }
        // a leading Markdown heading mark; a trailing permalink mark (documentation's "¶")
        return t.replaceFirst("^#+\\s+", "").replaceFirst("\\s*[¶§#]$", "");
    }

    private static boolean inLogo(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            String names = (a.className() + " " + a.id()).toLowerCase(Locale.ROOT);
            if (names.contains("logo") || names.contains("site-title") || names.contains("brand")) {
                return true;
            }
        }
        return false;
    }

    /** The title without the site's name that a &lt;title&gt; or og:title appends ("Headline | Site"). */
    static String withoutSite(String title, String site) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String t = collapse(unescape(title));
        java.util.regex.Matcher m = SEPARATOR.matcher(t);
        int lastStart = -1, lastEnd = -1;
        while (m.find()) {
            lastStart = m.start();
            lastEnd = m.end();
        }
        if (lastStart <= 0) {
            return t;
        }
        String head = t.substring(0, lastStart).strip();
        String tail = t.substring(lastEnd).strip();
        Set<String> siteWords = site == null ? Set.of() : words(site);
        boolean tailIsSite = !siteWords.isEmpty() && words(tail).stream().anyMatch(siteWords::contains);
        if (tailIsSite || (words(tail).size() <= 3 && words(head).size() >= 3)) {
            return head;
        }
        return t;
    }

    // ---------------------------------------------------------------- author

    private static String visibleAuthor(Lines around) {
        for (int i = around.headline(); i < around.texts().size() && i <= around.headline() + LINES_AFTER; i++) {
            String line = around.text(i);
            java.util.regex.Matcher by = Names.BYLINE_WORD.matcher(line);
            if (!by.lookingAt()) {
                continue;
            }
            String rest = line.substring(by.end()).strip();
            if (rest.isEmpty() && i + 1 < around.size()) {
                rest = around.text(i + 1); // "By" on its own line, the name on the next
            }
            String name = Names.clean(rest);
            if (name != null) {
                return name;
            }
        }
        // no byline word: an element the markup calls the author's (class "author", "byline", rel=author)
        for (Marked m : around.marked()) {
            String name = Names.cleanMarked(m.firstText());
            if (name == null) {
                name = Names.cleanMarked(m.text());
            }
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    private static String structuredAuthor(Document doc, JsonLd ld, Map<String, String> meta) {
        if (!ld.authors().isEmpty()) {
            String joined = Names.join(ld.authors().stream().map(HtmlMetadata::unescape).toList());
            if (joined != null) {
                return joined;
            }
        }
        for (String key : new String[] {"author", "article:author", "parsely-author", "sailthru.author", "dc.creator",
                "byl", "twitter:creator"}) {
            String v = meta.get(key);
            String name = v == null || key.equals("twitter:creator") ? null : Names.clean(unescape(v));
            if (name != null) {
                return name;
            }
        }
        Element byItemprop = doc.selectFirst("body [itemprop=author]");
        if (byItemprop != null) {
            Element name = byItemprop.selectFirst("[itemprop=name]");
            String v = name != null ? name.hasAttr("content") ? name.attr("content") : name.text() : byItemprop.text();
            String n = Names.clean(v);
            if (n != null) {
                return n;
            }
        }
        Element rel = doc.selectFirst("body a[rel=author]");
        if (rel != null && !inside(rel, "footer", "aside")) {
            return Names.clean(rel.text());
        }
        return null;
    }

    // ---------------------------------------------------------------- date

    /** A date line right around the headline: a &lt;time datetime&gt; there, or a short line holding a whole date. */
    private static String visibleDate(Lines around) {
        int from = Math.max(0, around.headline() - LINES_BEFORE);
        int to = Math.min(around.size() - 1, around.headline() + LINES_AFTER);
        for (int i = from; i <= to; i++) {
            String line = around.text(i);
            if (i == around.headline() || around.comment(i) || around.masthead(i)) {
                continue;
            }
            String datetime = around.datetime(i);
            String d = datetime == null ? null : Dates.fromStructured(datetime);
            if (d == null && words(line).size() <= DATE_LINE_WORDS && !RELATIVE.matcher(line).find()) {
                d = Dates.fromText(line);
            }
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static String structuredDate(Document doc, JsonLd ld, Map<String, String> meta) {
        String d = Dates.fromStructured(ld.published());
        if (d != null) {
            return d;
        }
        for (String key : new String[] {"article:published_time", "datepublished", "og:published_time", "published_time",
                "publish-date", "publish_date", "pubdate", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dc.date",
                "date", "dcterms.date", "article.published", "citation_publication_date"}) {
            d = Dates.fromStructured(meta.get(key));
            if (d != null) {
                return d;
            }
        }
        Element t = doc.selectFirst("body [itemprop=datePublished], body time[pubdate]");
        if (t != null) {
            String v = t.hasAttr("content") ? t.attr("content") : t.hasAttr("datetime") ? t.attr("datetime") : t.text();
            return Dates.fromStructured(v);
        }
        return null;
    }

    // ---------------------------------------------------------------- page lines

    /**
     * The text lines a reader sees from a few lines above the headline to some lines below it, one per block
     * element, each with the datetime of a &lt;time&gt; in it and whether it sits in a comment or teaser.
     */
    /**
     * An element after the headline that the markup marks as the author's, with its first piece of text (a
     * name often has a role or a date glued behind it in the element's whole text) and its whole text.
     */
    private record Marked(String firstText, String text) {
    }

    private record Lines(List<String> texts, List<String> datetimes, List<Boolean> comments, List<Boolean> mastheads,
            List<Marked> marked, int headline, int end) {

        static final Lines NONE = new Lines(List.of(), List.of(), List.of(), List.of(), List.of(), 0, 0);

        /** Whether the line sits in the page's header or navigation (not the story's own header): today's date lives there. */
        boolean masthead(int i) {
            return mastheads.get(i);
        }

        /** Lines up to the first teaser after the headline. */
        int size() {
            return end;
        }

        String text(int i) {
            return texts.get(i);
        }

        String datetime(int i) {
            return datetimes.get(i);
        }

        boolean comment(int i) {
            return comments.get(i);
        }

        static Lines around(Document doc, Element h1) {
            Collector c = new Collector(h1);
            try {
                NodeTraversor.traverse(c, doc.body());
            } catch (Collector.Done done) {
                // enough lines after the headline
            }
            c.flush();
            int from = Math.max(0, c.headline - LINES_BEFORE);
            if (c.headline < 0) {
                return NONE;
            }
            // the headline's facts end where the first teaser of another story starts; where a line sits is
            // looked up only for the few lines kept
            int end = c.texts.size();
            List<Boolean> comments = new ArrayList<>();
            List<Boolean> mastheads = new ArrayList<>();
            for (int i = from; i < c.texts.size(); i++) {
                Element start = c.lineStarts.get(i);
                comments.add(Collector.inComment(start));
                mastheads.add(c.inMasthead(start));
                if (i > c.headline && end == c.texts.size() && Collector.linkedHeading(start)) {
                    end = i;
                }
            }
            return new Lines(List.copyOf(c.texts.subList(from, c.texts.size())), c.datetimes.subList(from, c.datetimes.size()),
                    comments, mastheads, List.copyOf(c.marked), c.headline - from, end - from);
        }
    }

    private static final class Collector implements NodeVisitor {

        static final class Done extends RuntimeException {
            Done() {
                super(null, null, false, false);
            }
        }

        final Element h1;
        final List<String> texts = new ArrayList<>();
        final List<String> datetimes = new ArrayList<>();
        final List<Element> lineStarts = new ArrayList<>();
        final List<Marked> marked = new ArrayList<>();
        boolean teaserSeen;
        final StringBuilder line = new StringBuilder();
        Element lineStart;
        String datetime;
        int headline = -1;
        int skipDepth = -1;

        /** The headline's ancestors: a header among them is the story's own. */
        final Set<Element> aroundHeadline;

        Collector(Element h1) {
            this.h1 = h1;
            this.aroundHeadline = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            aroundHeadline.addAll(h1.parents());
        }

        @Override
        public void head(Node node, int depth) {
            if (skipDepth >= 0) {
                return;
            }
            if (node instanceof TextNode t) {
                String s = t.text();
                if (!s.isBlank()) {
                    if (line.isEmpty()) {
                        lineStart = t.parent();
                    }
                    line.append(s);
                }
                return;
            }
            if (node instanceof Element e) {
                if (INVISIBLE.contains(e.normalName()) || e.hasAttr("hidden")) {
                    skipDepth = depth;
                    return;
                }
                if (e == h1) {
                    flush();
                }
                if (BLOCKS.contains(e.normalName())) {
                    flush();
                }
                if (headline >= 0 && !teaserSeen && marked.size() < 8 && authorMarked(e) && !inComment(e)) {
                    TextNode first = firstTextNode(e);
                    marked.add(new Marked(first == null ? null : collapse(first.text()), collapse(e.text()).replace(" ,", ",")));
                }
                if (e.normalName().equals("time") && e.hasAttr("datetime") && datetime == null) {
                    datetime = e.attr("datetime");
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (skipDepth >= 0) {
                if (depth == skipDepth) {
                    skipDepth = -1;
                }
                return;
            }
            if (node instanceof Element e) {
                if (e == h1) {
                    flush();
                    if (headline < 0 && !texts.isEmpty()) {
                        headline = texts.size() - 1;
                    }
                } else if (BLOCKS.contains(e.normalName())) {
                    flush();
                }
            }
        }

        void flush() {
            String text = collapse(line);
            line.setLength(0);
            if (!text.isEmpty()) {
                texts.add(text);
                datetimes.add(datetime);
                lineStarts.add(lineStart);
                // after the headline, a linked heading is another story's teaser: no author is read past it
                teaserSeen |= headline >= 0 && linkedHeading(lineStart);
                if (headline < 0 && texts.size() > LINES_BEFORE + 1) { // keep only the last few lines before the headline
                    texts.remove(0);
                    datetimes.remove(0);
                    lineStarts.remove(0);
                }
                if (headline >= 0 && texts.size() > headline + LINES_AFTER) {
                    throw new Done();
                }
            } else if (datetime != null) {
                // a <time> with no text of its own: keep it with the line that follows
                return;
            }
            datetime = null;
        }

        /** A linked heading (h2-h6 holding or inside a link): a teaser of another story, as listing pages show. */
        private static boolean linkedHeading(Element e) {
            boolean link = false;
            for (Element a = e; a != null; a = a.parent()) {
                String n = a.normalName();
                link |= n.equals("a");
                if (n.length() == 2 && n.charAt(0) == 'h' && n.charAt(1) >= '2' && n.charAt(1) <= '6') {
                    return link || a.selectFirst("a") != null;
                }
            }
            return false;
        }

        /** Inside a header, nav or aside that does not hold the headline: the site's masthead, not the story's. */
        private boolean inMasthead(Element e) {
            for (Element a = e; a != null; a = a.parent()) {
                String n = a.normalName();
                if ((n.equals("header") || n.equals("nav") || n.equals("aside")) && !aroundHeadline.contains(a)) {
                    return true;
                }
            }
            return false;
        }

        /** An element the markup names as the author's. */
        private static boolean authorMarked(Element e) {
            String names = (e.className() + " " + e.id() + " " + e.attr("rel") + " " + e.attr("itemprop")).toLowerCase(Locale.ROOT);
            return names.length() > 3 && AUTHOR_MARK.matcher(names).find();
        }

        private static TextNode firstTextNode(Element e) {
            for (TextNode t : e.textNodes()) {
                if (!t.isBlank()) {
                    return t;
                }
            }
            for (Element child : e.children()) {
                TextNode t = firstTextNode(child);
                if (t != null) {
                    return t;
                }
            }
            return null;
        }

        private static boolean inComment(Element e) {
            for (Element a = e; a != null; a = a.parent()) {
                String names = (a.className() + " " + a.id()).toLowerCase(Locale.ROOT);
                if (names.contains("comment") || names.contains("related") || names.contains("teaser")
                        || names.contains("recommend")) {
                    return true;
                }
            }
            return false;
        }
    }

    // ---------------------------------------------------------------- helpers

    private static Map<String, String> metaTags(Document doc) {
        Map<String, String> out = new HashMap<>();
        for (Element m : doc.getElementsByTag("meta")) {
            String key = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
            String content = m.attr("content");
            if (!key.isBlank() && !content.isBlank()) {
                out.putIfAbsent(key.strip().toLowerCase(Locale.ROOT), content.strip());
            }
        }
        return out;
    }

    private static boolean inside(Element e, String... tags) {
        for (Element a = e.parent(); a != null; a = a.parent()) {
            for (String t : tags) {
                if (a.normalName().equals(t)) {
                    return true;
                }
            }
        }
        return false;
    }

    static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        if (s == null) {
            return out;
        }
        java.util.regex.Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Whitespace runs (no-break spaces included) as one space, none at the ends. */
    static String collapse(CharSequence s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String unescape(String s) {
        return s.indexOf('&') < 0 ? s.strip() : collapse(Parser.unescapeEntities(s, false));
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

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
import org.jsoup.parser.Parser;

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
    static final int LINES_AFTER = 14;
    /** Lines kept before the headline: a kicker with the date ("Travel September 8, 2021") sits above it. */
    static final int LINES_BEFORE = 3;
    /** A date line is short; a sentence that mentions a date is story, not the page's date. */
    private static final int DATE_LINE_WORDS = 14;

    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•»/]\\s+|\\s+::\\s+");
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

        HeadlineLines around = h1 == null ? HeadlineLines.NONE : HeadlineLines.around(doc, h1);
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

    private static String visibleAuthor(HeadlineLines around) {
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
        for (HeadlineLines.Marked m : around.marked()) {
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
    private static String visibleDate(HeadlineLines around) {
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

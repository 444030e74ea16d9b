package dev.precis.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text lines a reader sees from a few lines above a page's headline to some lines below it, one per
 * block element, each with the datetime of a &lt;time&gt; in it and whether it sits in a comment or teaser
 * or in the site's masthead; and the elements after the headline that the markup marks as the author's.
 * The page is read only up to {@link HtmlMetadata#LINES_AFTER} lines past the headline.
 *
 * @param headline the headline's line
 * @param end      lines up to the first teaser of another story after the headline
 */
record HeadlineLines(List<String> texts, List<String> datetimes, List<Boolean> comments, List<Boolean> mastheads,
        List<HeadlineLines.Marked> marked, int headline, int end) {

    private static final Set<String> INVISIBLE = Set.of("script", "style", "noscript", "template", "svg", "iframe", "select",
            "textarea", "option");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer", "nav",
            "aside", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre",
            "table", "tr", "td", "th", "figure", "figcaption", "br", "hr", "address", "time", "form", "span-block");
    private static final Pattern AUTHOR_MARK = Pattern.compile("author(?!iz|is)|byline|user-?name");

    /**
     * An element after the headline that the markup marks as the author's, with its first piece of text (a
     * name often has a role or a date glued behind it in the element's whole text) and its whole text.
     */
    record Marked(String firstText, String text) {
    }

    static final HeadlineLines NONE = new HeadlineLines(List.of(), List.of(), List.of(), List.of(), List.of(), 0, 0);

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

    static HeadlineLines around(Document doc, Element h1) {
        Collector c = new Collector(h1);
        try {
            NodeTraversor.traverse(c, doc.body());
        } catch (Collector.Done done) {
            // enough lines after the headline
        }
        c.flush();
        int from = Math.max(0, c.headline - HtmlMetadata.LINES_BEFORE);
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
        return new HeadlineLines(List.copyOf(c.texts.subList(from, c.texts.size())), c.datetimes.subList(from, c.datetimes.size()),
                comments, mastheads, List.copyOf(c.marked), c.headline - from, end - from);
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
                    marked.add(new Marked(first == null ? null : HtmlMetadata.collapse(first.text()), HtmlMetadata.collapse(e.text()).replace(" ,", ",")));
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
            String text = HtmlMetadata.collapse(line);
            line.setLength(0);
            if (!text.isEmpty()) {
                texts.add(text);
                datetimes.add(datetime);
                lineStarts.add(lineStart);
                // after the headline, a linked heading is another story's teaser: no author is read past it
                teaserSeen |= headline >= 0 && linkedHeading(lineStart);
                if (headline < 0 && texts.size() > HtmlMetadata.LINES_BEFORE + 1) { // keep only the last few lines before the headline
                    texts.remove(0);
                    datetimes.remove(0);
                    lineStarts.remove(0);
                }
                if (headline >= 0 && texts.size() > headline + HtmlMetadata.LINES_AFTER) {
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
}

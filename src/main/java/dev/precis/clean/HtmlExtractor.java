package dev.precis.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns an HTML page into candidate blocks for the line classifier, plus its title.
 * Uses only generic DOM evidence: non-content elements (script, nav, footer, aside, forms...),
 * readability's list of class/id words that mark page furniture (comment, sidebar, social,
 * related, sponsor...), the share of each block's text that sits inside links, and readability's
 * container scoring to mark which blocks lie in the story's container.
 * The title comes from og:title, JSON-LD "headline" or &lt;title&gt; and never becomes a paragraph.
 */
final class HtmlExtractor {

    /** A page reduced to blocks: one per paragraph-like element, in document order. */
    record Page(String title, List<FeatureExtractor.Input> blocks) {
    }

    private static final String NON_CONTENT = "script, style, noscript, template, svg, canvas, iframe, object, "
            + "embed, video, audio, map, nav, footer, aside, button, select, input, textarea, label, "
            + "dialog, menu, [hidden], [aria-hidden=true], [role=navigation], [role=complementary], "
            + "[role=contentinfo], [role=banner], [role=dialog], [role=alert]";

    /** Readability's "unlikely candidates": class/id words of page furniture, shared by most CMSs. */
    private static final Pattern UNLIKELY = Pattern.compile(
            "-ad-|\\bads?\\b|advert|banner|breadcrumb|combx|comment|community|cookie|consent|disqus|extra|footer|"
                    + "gdpr|header|legends|menu|masthead|related|recirc|recommend|remark|replies|rss|shoutbox|"
                    + "sidebar|skyscraper|social|share|sharing|sponsor|supplemental|ad-break|agegate|pagination|"
                    + "pager|popup|modal|newsletter|subscri|signup|promo|outbrain|taboola|trending|popular|"
                    + "most-read|widget|toolbar|caption|credit|byline|author|tags|topics|meta",
            Pattern.CASE_INSENSITIVE);
    /** Readability's counter-list: class/id words that suggest the story container itself. */
    private static final Pattern MAYBE_CONTENT = Pattern.compile(
            "and|article|body|column|content|main|shadow|story|text|entry|post",
            Pattern.CASE_INSENSITIVE);

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header",
            "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre",
            "table", "tr", "td", "th", "figure", "figcaption", "br", "hr", "center", "address", "body");
    private static final Pattern HEADLINE = Pattern.compile("\"headline\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    Page extract(String html) {
        Document doc = Jsoup.parse(html);
        String title = title(doc);
        doc.select(NON_CONTENT).remove();
        // The headline is metadata (it goes to the title), not a story paragraph.
        doc.select("h1").remove();
        if (doc.body() == null) {
            return new Page(title, List.of());
        }
        int storyChars = paragraphChars(doc.body());
        // Some CMSs wrap the whole page in a <form>; only forms without the story's paragraphs go.
        for (Element form : doc.body().select("form")) {
            if (paragraphChars(form) * 2 < storyChars || storyChars == 0) {
                form.remove();
            }
        }
        removeUnlikely(doc.body(), paragraphChars(doc.body()));
        Set<Element> main = mainContent(doc.body());
        List<FeatureExtractor.Input> blocks = new ArrayList<>();
        NodeTraversor.traverse(new BlockCollector(blocks, main), doc.body());
        return new Page(title, blocks);
    }

    private static String title(Document doc) {
        Element og = doc.selectFirst("meta[property=og:title], meta[name=og:title], meta[name=twitter:title]");
        if (og != null && !og.attr("content").isBlank()) {
            return og.attr("content").strip();
        }
        for (Element ld : doc.select("script[type=application/ld+json]")) {
            Matcher m = HEADLINE.matcher(ld.data());
            if (m.find() && !m.group(1).isBlank()) {
                return Parser.unescapeEntities(m.group(1).replace("\\\"", "\"").replace("\\/", "/"), false).strip();
            }
        }
        String t = doc.title();
        return t == null || t.isBlank() ? null : t.strip();
    }

    /** Removes furniture containers, but never the containers that hold the story as a whole. */
    private static void removeUnlikely(Element body, int storyChars) {
        List<Element> doomed = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body || e.tagName().equals("article") || e.tagName().equals("main")) {
                continue;
            }
            String marks = e.className() + " " + e.id();
            if (marks.isBlank()) {
                continue;
            }
            if (UNLIKELY.matcher(marks).find() && !MAYBE_CONTENT.matcher(marks).find()
                    && paragraphChars(e) * 2 < storyChars) {
                doomed.add(e);
            }
        }
        for (Element e : doomed) {
            e.remove();
        }
    }

    /**
     * Readability's content score: every paragraph of 25+ characters votes for its parent (fully),
     * grandparent (half) and great-grandparent (a third) with 1 + commas + one point per 100
     * characters (max 3); a container's score is discounted by its link density. The best container
     * plus siblings scoring at least a fifth of it form the main content. Empty when no paragraph votes.
     */
    private static Set<Element> mainContent(Element body) {
        java.util.Map<Element, Double> scores = new java.util.HashMap<>();
        for (Element p : body.select("p, pre, td, blockquote, li")) {
            String text = p.text();
            if (text.length() < 25 || p.selectFirst("p") != null && !p.normalName().equals("p")) {
                continue;
            }
            double vote = 1 + text.split("[,，、]", -1).length - 1 + Math.min(text.length() / 100, 3);
            Element anc = p.parent();
            for (int level = 0; level < 3 && anc != null; level++, anc = anc.parent()) {
                scores.merge(anc, vote / (level == 0 ? 1 : level == 1 ? 2 : level * 3), Double::sum);
            }
        }
        Element top = null;
        double best = 0;
        for (java.util.Map.Entry<Element, Double> e : scores.entrySet()) {
            double s = e.getValue() * (1 - linkDensity(e.getKey()));
            if (s > best) {
                best = s;
                top = e.getKey();
            }
        }
        if (top == null) {
            return Set.of();
        }
        Set<Element> main = new java.util.HashSet<>();
        main.add(top);
        Element parent = top.parent();
        if (parent != null) {
            double threshold = Math.max(10, best * 0.2);
            for (Element sib : parent.children()) {
                if (sib != top && scores.getOrDefault(sib, 0.0) * (1 - linkDensity(sib)) >= threshold) {
                    main.add(sib);
                }
            }
        }
        return main;
    }

    private static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return Math.min(1.0, (double) links / total);
    }

    /** Characters of text in &lt;p&gt; elements: where the story mostly lives. */
    private static int paragraphChars(Element root) {
        int n = 0;
        for (Element p : root.select("p")) {
            n += p.text().length();
        }
        return n;
    }

    /** Emits one block per paragraph-like element, remembering how much of its text was link text. */
    private static final class BlockCollector implements NodeVisitor {
        private final List<FeatureExtractor.Input> out;
        private final Set<Element> main;
        private int mainDepth;
        private final StringBuilder text = new StringBuilder();
        private int linkChars;
        private int linkDepth;
        private boolean heading;

        BlockCollector(List<FeatureExtractor.Input> out, Set<Element> main) {
            this.out = out;
            this.main = main;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                String s = t.text();
                text.append(s);
                if (linkDepth > 0) {
                    linkChars += s.strip().length();
                }
            } else if (node instanceof Element e) {
                String tag = e.normalName();
                if (BLOCKS.contains(tag)) {
                    flush();
                }
                if (main.contains(e)) {
                    mainDepth++;
                }
                if (BLOCKS.contains(tag)) {
                    if (tag.matches("h[1-6]")) {
                        heading = true;
                    }
                } else if (tag.equals("a")) {
                    linkDepth++;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (BLOCKS.contains(tag)) {
                    flush();
                } else if (tag.equals("a")) {
                    linkDepth--;
                }
                if (main.contains(e)) {
                    mainDepth--;
                }
            }
            if (depth == 0) {
                flush();
            }
        }

        private void flush() {
            String s = text.toString().replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
            if (!s.isEmpty()) {
                int letters = s.replace(" ", "").length();
                double density = letters == 0 ? 0 : Math.min(1.0, (double) linkChars / letters);
                out.add(new FeatureExtractor.Input(s, density, heading, true, main.isEmpty() || mainDepth > 0));
            }
            text.setLength(0);
            linkChars = 0;
            heading = false;
        }
    }
}

package dev.precis.clean;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns an HTML page into blocks for the line model, plus its title. Only what a reader cannot see
 * is removed (scripts, styles, form controls, hidden elements); everything else becomes a block in
 * document order, carrying the markup's evidence ({@link DomEvidence}): the element it came from,
 * the semantic containers around it (article, main, nav, aside, footer...), the class and id words of
 * its ancestors, its link density, whether the page's JSON-LD {@code articleBody} holds its text, and
 * whether it lies in the container that readability-style paragraph scoring picks. What the page says of
 * itself (title, author, date, site) is read by {@link dev.precis.metadata.HtmlMetadata} before anything is removed.
 */
final class HtmlExtractor {

    /** A page reduced to blocks: one per paragraph-like element, in document order; what it says of itself and what it is. */
    record Page(List<FeatureExtractor.Input> blocks, dev.precis.metadata.PageMetadata metadata, PageType type) {
    }

    /** Elements whose content a reader never sees as text. */
    private static final String INVISIBLE = "script, style, noscript, template, svg, canvas, iframe, object, "
            + "embed, video, audio, map, button, select, input, textarea, option, datalist, label, dialog, menu, "
            + "[hidden], [aria-hidden=true], [style~=display:\\s*none]";

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "nav", "aside", "form", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
            "blockquote", "pre", "table", "tr", "td", "th", "figure", "figcaption", "br", "hr", "center", "address",
            "body", "details", "summary", "caption");
    /** The end of a block element or a line break in markup held in a JSON string. */
    private static final Pattern BLOCK_END = Pattern.compile(
            "(?i)</(p|div|li|h[1-6]|blockquote|tr)>|<br\\s*/?>");
    /** Blocks shorter than this are not looked up in the JSON-LD body: short strings occur anywhere. */
    private static final int MIN_JSON_LD_CHARS = 25;

    Page extract(String html) {
        Document doc = Jsoup.parse(html);
        PageType type = PageType.of(doc);
        dev.precis.metadata.PageMetadata metadata = dev.precis.metadata.HtmlMetadata.read(doc);
        List<String> declaredBodies = jsonLdBodies(doc);
        List<String> jsonBodies = declaredBodies.stream().map(HtmlExtractor::collapse).toList();
        showNoscriptShell(doc);
        doc.select(INVISIBLE).remove();
        // ruby annotations: the reading shown above a word (Japanese furigana), not part of the sentence
        doc.select("rt, rp").remove();
        if (doc.body() == null) {
            return new Page(List.of(), metadata, type);
        }
        // An element that holds half of the page's running text (text outside links) or more holds the
        // story, whatever its names say (a page wrapped in <form>, a framework's root called "__next").
        Map<Element, Integer> runningChars = new IdentityHashMap<>();
        int storyChars = 0;
        for (TextNode t : textNodes(doc.body())) {
            int chars = t.text().strip().length();
            if (chars == 0 || insideLink(t)) {
                continue;
            }
            storyChars += chars;
            for (Element a = t.parent(); a != null; a = a.parent()) {
                runningChars.merge(a, chars, Integer::sum);
            }
        }
        Map<Element, Integer> hints = new IdentityHashMap<>();
        for (Element e : doc.body().getAllElements()) {
            int h = hintsOf(e);
            if (runningChars.getOrDefault(e, 0) * 2 >= storyChars) {
                h = (h & DomEvidence.Hint.CONTENT.bit()) | STORY_HOLDER;
            }
            if (h != 0) {
                hints.put(e, h);
            }
        }
        Set<Element> top = topContainer(doc.body(), hints);
        List<FeatureExtractor.Input> blocks = new ArrayList<>();
        NodeTraversor.traverse(new BlockCollector(blocks, top, hints, jsonBodies), doc.body());
        List<FeatureExtractor.Input> shown = shownOrDeclared(blocks, declaredBodies);
        return new Page(shown == blocks ? preferDeclared(blocks) : shown, metadata, type);
    }

    /**
     * A page whose script-free view is all in {@code <noscript>} (a forum that renders its thread by script
     * and gives crawlers and script-less readers the posts in noscript) shows that view: when the text
     * inside noscript elements is larger than the rest of the body's, they are unwrapped instead of removed.
     */
    private static void showNoscriptShell(Document doc) {
        if (doc.body() == null) {
            return;
        }
        List<Element> noscripts = doc.body().select("noscript");
        if (noscripts.isEmpty()) {
            return;
        }
        int inside = 0;
        for (Element n : noscripts) {
            if (n.parents().stream().noneMatch(p -> p.normalName().equals("noscript"))) {
                inside += n.text().length();
            }
        }
        int all = doc.body().text().length();
        if (inside * 2 > all) {
            for (Element n : noscripts) {
                n.unwrap();
            }
        }
    }

    /**
     * The markup's blocks, or the declared article body's paragraphs when the markup does not show
     * the article it declares: a page rendered by script carries its story in JSON-LD articleBody and
     * its markup is a near-empty shell. That is the case when the longest declared body has
     * {@link #MIN_DECLARED_WORDS} words or more and all of the markup's blocks together hold less than half as many.
     */
    private static List<FeatureExtractor.Input> shownOrDeclared(List<FeatureExtractor.Input> blocks, List<String> declared) {
        String body = declared.stream().max(Comparator.comparingInt(String::length)).orElse(null);
        if (body == null) {
            return blocks;
        }
        int declaredWords = words(collapse(body));
        int shownWords = 0;
        for (FeatureExtractor.Input b : blocks) {
            shownWords += words(b.text());
        }
        if (declaredWords < MIN_DECLARED_WORDS || shownWords * 2 >= declaredWords) {
            return blocks;
        }
        List<FeatureExtractor.Input> out = new ArrayList<>();
        for (String paragraph : body.split("\\R")) {
            String text = collapse(paragraph);
            if (!text.isEmpty()) {
                out.add(FeatureExtractor.Input.html(text, new DomEvidence(0, DomEvidence.Tag.PARAGRAPH, false, true, true,
                        false, false, false, false, false, 0)));
            }
        }
        return out;
    }

    private static int words(String collapsed) {
        return collapsed.isEmpty() ? 0 : collapsed.split(" ").length;
    }

    /** Words of declared article body a page needs before the declaration stands in for the container choice. */
    private static final int MIN_DECLARED_WORDS = 50;

    /**
     * A page that declares its article body (JSON-LD articleBody, itemprop=articleBody) with enough text
     * names its story's container itself: the declared blocks become the story container in place of the
     * paragraph-scoring guess. A thin declaration (a teaser, an empty schema stub) is ignored.
     */
    private static List<FeatureExtractor.Input> preferDeclared(List<FeatureExtractor.Input> blocks) {
        int words = 0;
        for (FeatureExtractor.Input b : blocks) {
            if (b.dom().declared()) {
                words += b.text().split(" ").length;
            }
        }
        if (words < MIN_DECLARED_WORDS) {
            return blocks;
        }
        List<FeatureExtractor.Input> out = new ArrayList<>(blocks.size());
        for (FeatureExtractor.Input b : blocks) {
            out.add(FeatureExtractor.Input.html(b.text(), b.dom().withTop(b.dom().declared())));
        }
        return out;
    }

    private static List<TextNode> textNodes(Element root) {
        List<TextNode> out = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                out.add(t);
            }
        }, root);
        return out;
    }

    private static boolean insideLink(Node n) {
        for (Node a = n.parent(); a != null; a = a.parent()) {
            if (a instanceof Element e && e.normalName().equals("a")) {
                return true;
            }
        }
        return false;
    }

    /** The page's own statement of its article text, when it makes one (JSON-LD articleBody), with its line breaks. */
    private static List<String> jsonLdBodies(Document doc) {
        List<String> out = new ArrayList<>();
        for (Element ld : doc.select("script[type=application/ld+json]")) {
            for (String raw : jsonStrings(ld.data(), "\"articleBody\"")) {
                String body = unescapeJson(raw);
                if (body.indexOf('<') >= 0 || body.indexOf('&') >= 0) {
                    // markup inside the string: its block ends and line breaks stay paragraph breaks
                    body = Jsoup.parse(BLOCK_END.matcher(body).replaceAll("$0\n")).wholeText();
                }
                if (collapse(body).length() >= MIN_JSON_LD_CHARS) {
                    out.add(body);
                }
            }
        }
        return out;
    }

    /**
     * The raw (still escaped) string values of a key wherever it occurs in a JSON text: a scan, not a
     * parser, since a page's JSON-LD is often not valid JSON, and not a regular expression, since an
     * article body can be long enough to overflow a backtracking matcher's stack.
     */
    static List<String> jsonStrings(String json, String quotedKey) {
        List<String> out = new ArrayList<>();
        for (int at = json.indexOf(quotedKey); at >= 0; at = json.indexOf(quotedKey, at + 1)) {
            int i = at + quotedKey.length();
            while (i < json.length() && Character.isWhitespace(json.charAt(i))) {
                i++;
            }
            if (i >= json.length() || json.charAt(i) != ':') {
                continue;
            }
            i++;
            while (i < json.length() && Character.isWhitespace(json.charAt(i))) {
                i++;
            }
            if (i >= json.length() || json.charAt(i) != '"') {
                continue;
            }
            int start = ++i;
            while (i < json.length() && json.charAt(i) != '"') {
                i += json.charAt(i) == '\\' ? 2 : 1;
            }
            out.add(json.substring(start, Math.min(i, json.length())));
        }
        return out;
    }

    static String unescapeJson(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                out.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'n', 'r', 't' -> out.append(' ');
                case 'b', 'f' -> { }
                case 'u' -> {
                    if (i + 4 < s.length()) {
                        try {
                            out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                            i += 4;
                        } catch (NumberFormatException ex) {
                            out.append('u');
                        }
                    }
                }
                default -> out.append(e);
            }
        }
        return out.toString();
    }

    /** White space runs (no-break spaces included) as one space, stripped. */
    static String collapse(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
            } else {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    // ---- class and id words

    private static final Map<String, DomEvidence.Hint> HINT_WORDS = hintWords();
    private static final String[][] HINT_PREFIXES = {
            {"advert", "CHROME"}, {"subscri", "CHROME"}, {"newsletter", "CHROME"}, {"cookie", "CHROME"},
            {"recommend", "RAIL"}, {"related", "RAIL"}, {"teaser", "RAIL"}, {"sponsor", "RAIL"}, {"promo", "RAIL"},
            {"comment", "COMMENT"}, {"navigat", "NAVIGATION"}, {"breadcrumb", "NAVIGATION"}, {"paginat", "NAVIGATION"},
            {"social", "SOCIAL"}, {"sharing", "SOCIAL"}};

    private static Map<String, DomEvidence.Hint> hintWords() {
        Map<String, DomEvidence.Hint> m = new HashMap<>();
        words(m, DomEvidence.Hint.CONTENT, "article", "content", "entry", "post", "story", "body", "text", "main", "blog",
                "prose", "richtext");
        words(m, DomEvidence.Hint.NAVIGATION, "nav", "navbar", "menu", "menus", "submenu", "pager", "paging", "toolbar",
                "skip", "sitemap");
        words(m, DomEvidence.Hint.RAIL, "recirc", "recirculation", "popular", "trending", "outbrain", "taboola", "widget",
                "widgets", "sidebar", "rail", "latest", "more", "also", "next", "prev", "previous", "similar");
        words(m, DomEvidence.Hint.SOCIAL, "share", "shares", "follow", "print", "email");
        words(m, DomEvidence.Hint.META, "meta", "metadata", "byline", "author", "authors", "date", "dateline", "time",
                "timestamp", "published", "tag", "tags", "category", "categories", "keywords", "info", "source",
                "credit", "credits", "caption", "captions", "copyright", "rating");
        words(m, DomEvidence.Hint.COMMENT, "discussion", "disqus", "reply", "replies", "respond", "reactions");
        words(m, DomEvidence.Hint.CHROME, "ad", "ads", "banner", "consent", "gdpr", "signup", "paywall", "modal", "popup",
                "overlay", "footer", "header", "masthead", "login", "account", "hidden", "hide");
        return Map.copyOf(m);
    }

    private static void words(Map<String, DomEvidence.Hint> m, DomEvidence.Hint hint, String... words) {
        for (String w : words) {
            m.put(w, hint);
        }
    }

    private static final Set<String> MODIFIERS = Set.of("has", "with", "no", "without", "not");

    /** The hint groups named by an element's class and id (0 when none). */
    static int hintsOf(Element e) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return 0;
        }
        int bits = 0;
        String previous = "";
        for (String token : nameTokens(cls + " " + id)) {
            boolean modified = MODIFIERS.contains(previous); // "has-ads", "no-sidebar": about the element, not what it is
            previous = token;
            if (modified) {
                continue;
            }
            DomEvidence.Hint h = HINT_WORDS.get(token);
            if (h == null) {
                for (String[] p : HINT_PREFIXES) {
                    if (token.startsWith(p[0])) {
                        h = DomEvidence.Hint.valueOf(p[1]);
                        break;
                    }
                }
            }
            if (h != null) {
                bits |= h.bit();
            }
        }
        return bits;
    }

    /** Class and id names split at punctuation, digits and camel case, lower-cased: "articleBody-2" gives article, body. */
    static List<String> nameTokens(String names) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= names.length(); i++) {
            char c = i < names.length() ? names.charAt(i) : ' ';
            boolean letter = Character.isLetter(c);
            boolean camel = letter && start >= 0 && Character.isUpperCase(c) && Character.isLowerCase(names.charAt(i - 1));
            if ((!letter || camel) && start >= 0) {
                out.add(names.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
            if (letter && start < 0) {
                start = i;
            }
        }
        return out;
    }

    // ---- readability's container choice

    private static final int NOT_CONTENT = DomEvidence.NOT_CONTENT;
    /** Marks an element that holds half the page's paragraph text or more (not a hint group of its own). */
    private static final int STORY_HOLDER = 1 << 30;

    /**
     * Readability's content score: every paragraph of 25+ characters outside page furniture votes for
     * its parent (fully), grandparent (half) and great-grandparent (a third) with 1 + commas + one point
     * per 100 characters (max 3); a container's score is discounted by its link density. The best
     * container plus siblings scoring at least a fifth of it form the top container. Empty when no
     * paragraph votes.
     */
    private static Set<Element> topContainer(Element body, Map<Element, Integer> hints) {
        // in document order: ties go to the first container, whatever the identity hashes of this run
        Map<Element, Double> scores = new java.util.LinkedHashMap<>();
        for (Element p : body.select("p, pre, td, blockquote, li")) {
            String text = p.text();
            if (text.length() < 25 || p.selectFirst("p") != null && !p.normalName().equals("p") || furniture(p, hints)) {
                continue;
            }
            double vote = 1 + text.split("[,，、]", -1).length - 1 + Math.min(text.length() / 100, 3);
            Element anc = p.parent();
            for (int level = 0; level < 3 && anc != null; level++, anc = anc.parent()) {
                scores.merge(anc, vote / (level == 0 ? 1 : level == 1 ? 2 : level * 3), Double::sum);
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            double s = e.getValue() * (1 - linkDensity(e.getKey()));
            if (s > bestScore) {
                bestScore = s;
                best = e.getKey();
            }
        }
        if (best == null) {
            return Set.of();
        }
        Set<Element> top = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        top.add(best);
        Element parent = best.parent();
        if (parent != null) {
            double threshold = Math.max(10, bestScore * 0.2);
            for (Element sib : parent.children()) {
                if (sib != best && scores.getOrDefault(sib, 0.0) * (1 - linkDensity(sib)) >= threshold) {
                    top.add(sib);
                }
            }
        }
        return top;
    }

    /** Inside nav, aside or footer, or inside an element whose names mark furniture and not content. */
    private static boolean furniture(Element e, Map<Element, Integer> hints) {
        for (Element a = e; a != null; a = a.parent()) {
            String tag = a.normalName();
            if (tag.equals("nav") || tag.equals("aside") || tag.equals("footer")) {
                return true;
            }
            int h = hints.getOrDefault(a, 0);
            if ((h & NOT_CONTENT) != 0 && (h & DomEvidence.Hint.CONTENT.bit()) == 0) {
                return true;
            }
        }
        return false;
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

    // ---- blocks

    /** Emits one block per paragraph-like element, with the evidence of the elements around it. */
    private static final class BlockCollector implements NodeVisitor {
        private final List<FeatureExtractor.Input> out;
        private final Set<Element> top;
        private final Map<Element, Integer> hints;
        private final List<String> jsonBodies;
        private final StringBuilder text = new StringBuilder();
        private final Deque<Element> blockStack = new ArrayDeque<>();
        private int linkChars;
        private int linkDepth;
        private int anchorChars;
        private int anchorDepth;
        private int topDepth, articleBody, nav, aside, footer, form, furnitureDepth;

        BlockCollector(List<FeatureExtractor.Input> out, Set<Element> top, Map<Element, Integer> hints, List<String> jsonBodies) {
            this.out = out;
            this.top = top;
            this.hints = hints;
            this.jsonBodies = jsonBodies;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                String s = t.text();
                text.append(s);
                if (linkDepth > 0) {
                    linkChars += s.strip().length();
                }
                if (anchorDepth > 0) {
                    anchorChars += s.strip().length();
                }
                return;
            }
            if (!(node instanceof Element e)) {
                return;
            }
            String tag = e.normalName();
            boolean block = BLOCKS.contains(tag);
            if (block) {
                flush();
                blockStack.push(e);
            }
            enter(e, tag, 1);
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (BLOCKS.contains(tag)) {
                    flush();
                    blockStack.pop();
                }
                enter(e, tag, -1);
            }
            if (depth == 0) {
                flush();
            }
        }

        /** Counts the containers the traversal is inside (+1 on entry, -1 on exit). */
        private void enter(Element e, String tag, int step) {
            if (tag.equals("a")) {
                linkDepth += step;
                if (e.attr("href").startsWith("#") && e.attr("href").length() > 1) {
                    anchorDepth += step; // a link to a place on the same page: a table of contents
                }
            }
            if (top.contains(e)) {
                topDepth += step;
            }
            String role = e.attr("role");
            switch (tag) {
                case "nav" -> nav += step;
                case "aside" -> aside += step;
                case "footer" -> footer += step;
                case "form" -> form += (hints.getOrDefault(e, 0) & STORY_HOLDER) != 0 ? 0 : step;
                default -> { }
            }
            if (!role.isEmpty()) {
                switch (role) {
                    case "navigation" -> nav += step;
                    case "complementary" -> aside += step;
                    case "contentinfo" -> footer += step;
                    default -> { }
                }
            }
            if (e.attr("itemprop").equals("articleBody")) {
                articleBody += step;
            }
            Integer h = hints.get(e);
            // readability's rule: names of furniture, unless they also name content
            if (h != null && (h & NOT_CONTENT) != 0 && (h & DomEvidence.Hint.CONTENT.bit()) == 0) {
                furnitureDepth += step;
            }
        }

        private DomEvidence.Tag tag() {
            for (Element e : blockStack) { // innermost first
                switch (e.normalName()) {
                    case "p" -> { return DomEvidence.Tag.PARAGRAPH; }
                    case "h1" -> { return DomEvidence.Tag.TITLE; }
                    case "h2", "h3", "h4", "h5", "h6" -> { return DomEvidence.Tag.HEADING; }
                    case "li", "dt", "dd" -> { return DomEvidence.Tag.LIST_ITEM; }
                    case "td", "th" -> { return DomEvidence.Tag.TABLE_CELL; }
                    case "blockquote" -> { return DomEvidence.Tag.QUOTE; }
                    case "figcaption", "caption" -> { return DomEvidence.Tag.CAPTION; }
                    case "pre" -> { return DomEvidence.Tag.CODE; }
                    case "br", "hr" -> { }
                    default -> { return DomEvidence.Tag.OTHER; }
                }
            }
            return DomEvidence.Tag.OTHER;
        }

        private void flush() {
            String s = collapse(text.toString());
            if (!s.isEmpty()) {
                int letters = 0;
                for (int i = 0; i < s.length(); i++) {
                    if (s.charAt(i) != ' ') {
                        letters++;
                    }
                }
                double density = letters == 0 ? 0 : Math.min(1.0, (double) linkChars / letters);
                double anchors = letters == 0 ? 0 : Math.min(1.0, (double) anchorChars / letters);
                boolean inJson = false;
                if (s.length() >= MIN_JSON_LD_CHARS) {
                    for (String body : jsonBodies) {
                        if (body.contains(s)) {
                            inJson = true;
                            break;
                        }
                    }
                }
                DomEvidence dom = new DomEvidence(density, tag(), articleBody > 0, inJson, top.isEmpty() || topDepth > 0,
                        nav > 0, aside > 0, footer > 0, form > 0, furnitureDepth > 0, anchors);
                out.add(FeatureExtractor.Input.html(s, dom));
            }
            text.setLength(0);
            linkChars = 0;
            anchorChars = 0;
        }
    }
}

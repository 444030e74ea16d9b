package dev.precis.metadata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a page's JSON-LD (schema.org) says about its article: the first object typed as an article
 * (NewsArticle, Article, BlogPosting, ...), wherever it sits (top level, an array, an {@code @graph},
 * a WebPage's {@code mainEntity}), with its authors and publisher resolved through {@code @id} references.
 *
 * @param headline  the headline (or name), or null
 * @param authors   the authors' names, in order (empty when none)
 * @param published datePublished as given, or null
 * @param publisher the publisher's name, or null
 * @param article   whether an article-typed object was found (a bare WebPage gives only a weaker claim)
 */
record JsonLd(String headline, List<String> authors, String published, String publisher, boolean article) {

    static final JsonLd NONE = new JsonLd(null, List.of(), null, null, false);

    private static final Set<String> ARTICLES = Set.of("article", "newsarticle", "blogposting", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle",
            "askpublicnewsarticle", "techarticle", "scholarlyarticle", "socialmediaposting", "liveblogposting",
            "report", "medicalscholarlyarticle", "satiricalarticle", "advertisercontentarticle", "posting");

    /** Reads the JSON-LD scripts' texts. */
    static JsonLd read(List<String> scripts) {
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (String script : scripts) {
            for (Object top : Json.parseAll(script)) {
                collect(top, nodes, 0);
            }
        }
        if (nodes.isEmpty()) {
            return NONE;
        }
        Map<String, Map<String, Object>> byId = new HashMap<>();
        for (Map<String, Object> n : nodes) {
            if (n.get("@id") instanceof String id && n.size() > 1) {
                byId.putIfAbsent(id, n);
            }
        }
        Map<String, Object> article = null;
        for (Map<String, Object> n : nodes) {
            if (typed(n, ARTICLES)) {
                article = n;
                break;
            }
        }
        if (article == null) {
            return NONE;
        }
        String headline = text(article.get("headline"));
        List<String> authors = new ArrayList<>();
        names(article.get("author"), byId, authors, 0, true);
        String published = text(article.get("datePublished"));
        String publisher = null;
        List<String> publishers = new ArrayList<>();
        names(article.get("publisher"), byId, publishers, 0, false);
        if (!publishers.isEmpty()) {
            publisher = publishers.get(0);
        }
        return new JsonLd(headline, authors, published, publisher, true);
    }

    private static void collect(Object o, List<Map<String, Object>> out, int depth) {
        if (depth > 12) {
            return;
        }
        if (o instanceof Map<?, ?> m) {
            @SuppressWarnings("unchecked")
            Map<String, Object> node = (Map<String, Object>) m;
            out.add(node);
            for (Object v : node.values()) {
                collect(v, out, depth + 1);
            }
        } else if (o instanceof List<?> l) {
            for (Object v : l) {
                collect(v, out, depth + 1);
            }
        }
    }

    private static boolean typed(Map<String, Object> n, Set<String> types) {
        Object t = n.get("@type");
        if (t instanceof String s) {
            return types.contains(simple(s));
        }
        if (t instanceof List<?> l) {
            for (Object x : l) {
                if (x instanceof String s && types.contains(simple(s))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String simple(String type) {
        int slash = Math.max(type.lastIndexOf('/'), type.lastIndexOf(':'));
        return type.substring(slash + 1).strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** The names in an author/publisher value: a string, an object with a name, an @id reference, or a list of them. */
    private static void names(Object v, Map<String, Map<String, Object>> byId, List<String> out, int depth, boolean people) {
        if (v == null || depth > 4) {
            return;
        }
        if (v instanceof String s) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        } else if (v instanceof List<?> l) {
            for (Object x : l) {
                names(x, byId, out, depth + 1, people);
            }
        } else if (v instanceof Map<?, ?> m) {
            if (people && "Organization".equals(m.get("@type"))) {
                return; // an organisation as the author is the publisher again, not a writer
            }
            Object name = m.get("name");
            if (name == null && m.get("@id") instanceof String id && byId.containsKey(id)) {
                name = byId.get(id).get("name");
            }
            String s = text(name);
            if (s != null) {
                out.add(s);
            }
        }
    }

    private static String text(Object v) {
        if (v instanceof List<?> l && !l.isEmpty()) {
            v = l.get(0);
        }
        return v instanceof String s && !s.isBlank() ? s.strip() : null;
    }
}

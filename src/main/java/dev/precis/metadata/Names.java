package dev.precis.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who wrote a page, as a name: the byline word ("By", "Written by", "Von", "Par", "Por") and what is not the
 * name (a date glued behind it, a role, "| Updated ...") are cut off, and a value that names no one (a URL, an
 * e-mail address, "Staff", "Admin", a sentence) is no author at all.
 */
final class Names {

    private Names() {
    }

    /** Opens a byline: the word(s) before the names. */
    static final Pattern BYLINE_WORD = Pattern.compile(
            "(?iu)^(?:(?:written|posted|published|reviewed|reported|compiled|story|words|text|article)\\s+by|by|von|par|por|di|door|"
                    + "autor(?:in)?|auteur|author|authors|written|writer|text|texto|door)\\b\\s*[:|]?\\s*|^(?-i:By)(?=\\p{Lu})");
    /** A date glued behind a name ("Sofia Gonzalez December 2"). */
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?iu)\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}\\b.*$");
    /** Where the names end: a date, a role, a separator or a clause glued behind them. */
    private static final Pattern NAME_END = Pattern.compile(
            "(?iu)\\s*(?:[|•·–—]|\\s-\\s|\\bpublished\\b|\\bupdated\\b|\\bposted\\b|\\blast updated\\b|\\bon\\s+(?=\\p{L}{3,9}\\.?\\s+\\d)|"
                    + "\\bveröffentlicht\\b|\\baktualisiert\\b|\\bpublié\\b|\\bmis à jour\\b|\\d{1,2}[./]\\d|\\d{4}|\\bfor\\s+(?=the\\b|\\p{Lu})"
                    + "|\\bin\\s+(?=\\p{Lu}\\p{L}+$)|\\bfact checked\\b|\\breviewed\\b|\\bedited\\b|\\bphoto\\b|\\bmin read\\b|\\bread time\\b).*$");
    /** Published/Updated glued to the end of a name without a space ("Korin MillerPublished"). */
    private static final Pattern GLUED = Pattern.compile(
            "(?<=\\p{Ll})(?:(?:Published|Updated|Posted|Last updated|Fact checked|Reviewed)\\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\p{Ll}*\\.?\\s*\\d).*$");
    /** "by" glued to the name ("byDanielle"), as markup without a space between two elements reads. */
    private static final Pattern GLUED_BY = Pattern.compile("^[Bb]y(?=\\p{Lu})");
    /** A role behind the name: ", Senior Analyst", "Catherine BoeckmannExecutive Digital Editor". */
    private static final Pattern ROLE = Pattern.compile("(?:,\\s*|(?<=\\p{Ll})(?=\\p{Lu}\\p{Ll}))(?=[^,]*\\b(?i:editor|writer|reporter|"
            + "director|correspondent|contributor|analyst|journalist|founder|co-founder|expert|manager|attorney|lawyer|officer|"
            + "ceo|coo|cto|cfo|president|professor|columnist|producer|specialist|consultant|strategist)\\b).*$");
    /** Values that name no person (lower-case, compared whole). */
    private static final Set<String> NO_ONE = Set.of("staff", "admin", "administrator", "editor", "editors", "the editors",
            "editorial", "editorial staff", "editorial team", "staff writer", "staff reporter", "news desk", "newsroom",
            "guest", "guest author", "guest post", "anonymous", "unknown", "user", "webmaster", "redaktion", "rédaction",
            "redacción", "redazione", "team", "author", "null", "undefined", "none", "n/a", "root", "wordpress");

    /** The name(s) a byline or author field gives, or null when it gives none. */
    static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        s = BYLINE_WORD.matcher(s).replaceFirst("");
        s = GLUED_BY.matcher(s).replaceFirst("");
        s = GLUED.matcher(s).replaceFirst("");
        s = ROLE.matcher(s).replaceFirst("");
        s = NAME_END.matcher(s).replaceFirst("");
        s = MONTH_DAY.matcher(s).replaceFirst("");
        s = s.replaceAll("^[\\s,:;|–—-]+|[\\s,:;|–—-]+$", "").strip();
        return isName(s) ? s : null;
    }

    /**
     * A name the markup marks as the author's (class "author", "username"): a person's name, or a user's
     * handle ("jsteinhardt", "ron1cne"), one token of letters, digits, '_', '.' or '-'.
     */
    static String cleanMarked(String raw) {
        String name = clean(raw);
        if (name != null || raw == null) {
            return name;
        }
        String s = BYLINE_WORD.matcher(raw.strip()).replaceFirst("").strip();
        String lower = s.toLowerCase(Locale.ROOT);
        return HANDLE.matcher(s).matches() && !NO_ONE.contains(lower) && !lower.startsWith("http") ? s : null;
    }

    private static final Pattern HANDLE = Pattern.compile("(?=[\\w.-]*\\p{L})[\\p{L}\\p{N}_.-]{3,30}");

    /** Several people as one value: "A", "A and B", "A, B and C" (the joining word as the page has it, else "and"). */
    static String join(List<String> names) {
        List<String> kept = new ArrayList<>();
        for (String n : names) {
            String c = clean(n);
            if (c != null && kept.stream().noneMatch(k -> k.equalsIgnoreCase(c))) {
                kept.add(c);
            }
        }
        if (kept.isEmpty()) {
            return null;
        }
        if (kept.size() == 1) {
            return kept.get(0);
        }
        return String.join(", ", kept.subList(0, kept.size() - 1)) + " and " + kept.get(kept.size() - 1);
    }

    /** A person's or a team's name: a few words, starting with a letter, no link, no address, no sentence. */
    static boolean isName(String s) {
        if (s == null || s.length() < 3 || s.length() > 100) {
            return false;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (NO_ONE.contains(lower) || lower.contains("http") || lower.contains("www.") || lower.contains("@")
                || lower.contains("/") || lower.contains(".com") || lower.matches(".*\\d{2,}.*")) {
            return false;
        }
        if (!Character.isLetter(s.codePointAt(0))) {
            return false;
        }
        String[] words = s.split(" ");
        if (words.length > 12 || (words.length > 5 && !s.contains(",") && !lower.contains(" and ") && !lower.contains(" & "))) {
            return false;
        }
        // A name's words are capitalised (particles such as "van", "de", "and" aside); a sentence's are not.
        int capitalised = 0;
        for (String w : words) {
            if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
                capitalised++;
            }
        }
        return capitalised * 2 > words.length;
    }
}

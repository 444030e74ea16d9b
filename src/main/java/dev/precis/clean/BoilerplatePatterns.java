package dev.precis.clean;

import java.util.regex.Pattern;

import dev.precis.text.Literals;

/**
 * A small list of generic boilerplate phrases, the kind every news site uses in its chrome:
 * subscriptions, cookies, sharing, "read more", copyright, sign-up, advertisements, photo
 * credits, and the headers that open a trailing block (related stories, comments, appeals).
 * Deliberately generic: nothing here names a site; a match is a signal for the classifier,
 * weighed with length and context, not a verdict on its own (a long sentence that mentions
 * "cookies" in a story about baking stays).
 */
final class BoilerplatePatterns {

    /** Patterns are written in lower case and matched against the lower-cased line: Unicode
     *  case-insensitive matching costs several times more, on every line of every file. */
    private static final int F = 0;

    /** Phrases typical of page chrome (navigation, account, sharing, legal, ads). */
    private static final Pattern CHROME = Pattern.compile(
            "\\b(subscribe|subscription|subscriber|newsletter|sign ?up|sign ?in|log ?in|register now|"
                    + "cookies?|privacy (policy|notice|settings)|terms (of|and) (use|service|conditions)|"
                    + "all rights reserved|copyright|support us|donate|donation|read more|continue reading|click here|"
                    + "advertisement|advertising|sponsored|share (this|on|via|the article|the story)|"
                    + "follow us|download (the|our) app|skip to|back to top|load more|show more|"
                    // error and gone pages
                    + "page not found|(error|fehler|erreur|errore|błąd) 404|404 (error|not found)|no longer available|"
                    + "seite nicht gefunden|page introuvable|página no encontrada|pagina non trovata|"
                    + "view comments|comments?\\s*\\(?\\d*\\)?$|"
                    // comment threads: "name says:", "Reply", time stamps of posts
                    + "(says|wrote|commented):$|^reply$|\\d{1,2}:\\d{2}\\s?(am|pm)|"
                    // a few equivalents in the other languages we must handle
                    + "abonnieren|anmelden|werbung|datenschutz|s'abonner|publicité|suscríbete|publicidad|"
                    + "подписаться|подпишитесь|реклама|订阅|广告)\\b|©",
            F);

    /** Photo credits and caption tails: the line describes a picture, not the story. */
    private static final Pattern CAPTION = Pattern.compile(
            "\\b(photo|image|picture|illustration|video|credit|photograph)s?\\s*(:|by\\b|credit)|"
                    + "\\(\\s*(ap|afp|reuters|getty)\\b[^)]*\\)|getty images|shutterstock|"
                    + "^(caption|image \\d+ of|\\d+ of \\d+)\\b|"
                    // who is where in the picture: "Mark Esper, left, and ..."
                    + ", (left|right|center|centre|second (from )?(left|right)|from left|top|bottom),",
            F);

    /** Short lines that open a trailing block: what follows is about other things or asks for money. */
    private static final Pattern MARKER = Pattern.compile(
            "^(a message from|a note from|related( articles?| stories| content| posts| coverage| news)?|"
                    + "more (from|on|stories|news|in)\\b|you (may|might) (also )?like|recommended( for you| stories)?|"
                    + "read next|what to read next|up next|most (read|popular|viewed)|trending( now| stories)?|"
                    + "(\\d+ )?comments?|leave a (comment|reply)|join the (conversation|discussion)|"
                    + "about the author|further reading|see also|also read|in other news|"
                    + "support (our|independent) journalism|dear readers?)\\b",
            F);

    /**
     * Strings one of which every CHROME match contains (each alternative's fixed part): lines
     * without any of them, most story lines, skip the regular expression. Keep in step with CHROME;
     * BoilerplatePatternsTest checks the two agree on every line of the evaluation data.
     */
    private static final String[] CHROME_NEEDS = {
            "subscri", "newsletter", "sign up", "signup", "sign in", "signin", "log in", "login", "register now", "cookie",
            "privacy policy", "privacy notice", "privacy settings", "terms of use", "terms of service", "terms of conditions",
            "terms and use", "terms and service", "terms and conditions",
            "all rights reserved", "copyright", "support us", "donat", "read more", "continue reading", "click here",
            "advertis", "sponsored", "share ", "follow us", "download the app", "download our app", "skip to", "back to top", "load more",
            "show more", "view comments", "comment", "says:", "wrote:", "reply", "page not found", "error 404", "fehler 404", "erreur 404", "errore 404", "błąd 404", "404 error",
            "404 not found", "no longer available", "seite nicht gefunden", "page introuvable",
            "página no encontrada", "pagina non trovata",
            "0:", "1:", "2:", "3:", "4:", "5:", "6:", "7:", "8:", "9:", // a time, \d{1,2}:\d{2}
            "abonnieren", "anmelden", "werbung", "datenschutz", "s'abonner", "publicité", "suscríbete", "publicidad",
            "подписаться", "подпишитесь", "реклама", "订阅", "广告", "©"};

    /** The same for CAPTION, except its "^\d+ of \d+" alternative, which is tested on the first character. */
    private static final String[] CAPTION_NEEDS = {
            "photo", "image", "picture", "illustration", "video", "credit", "getty images", "shutterstock",
            "(ap", "(afp", "(reuters", "(getty", "( ", "(\t", "(\n", "(\u000B", "(\f", "(\r", // \(\s*(ap|afp|reuters|getty)
            "caption", ", left", ", right", ", cent", ", second", ", from left", ", top", ", bottom"};

    /** Both sets of literals in one scan of the line: group 0 chrome, group 1 caption. */
    private static final Literals NEEDS = new Literals(CHROME_NEEDS, CAPTION_NEEDS);
    private static final int CHROME_GROUP = 0;
    private static final int CAPTION_GROUP = 1;
    static final int CHROME_BIT = 1 << CHROME_GROUP;
    static final int CAPTION_BIT = 1 << CAPTION_GROUP;

    private BoilerplatePatterns() {
    }

    /**
     * Which of chrome ({@link #CHROME_BIT}) and caption ({@link #CAPTION_BIT}) the line is, from one
     * prefilter scan and then only the regular expressions it leaves in play. The line is taken
     * lower-cased (Locale.ROOT) by the caller, which does that once per line.
     */
    static int chromeAndCaptionLower(String lowerLine) {
        Literals.Starts needs = NEEDS.startsIn(lowerLine); // one scan: which literals occur, and where
        boolean digitFirst = !lowerLine.isEmpty() && lowerLine.charAt(0) >= '0' && lowerLine.charAt(0) <= '9';
        int verdict = 0;
        // Every CHROME match starts where one of its literals starts, or one character before
        // (the first digit of a time); every CAPTION match where one of its literals starts, or at 0
        // (a line opening with a digit). So the patterns are tried only there, not at every position.
        if (needs.any(CHROME_GROUP) && matchesAtAny(CHROME, lowerLine, needs.of(CHROME_GROUP), 1)) {
            verdict |= CHROME_BIT;
        }
        if ((digitFirst && matchesAt(CAPTION.matcher(lowerLine), 0))
                || (needs.any(CAPTION_GROUP) && matchesAtAny(CAPTION, lowerLine, needs.of(CAPTION_GROUP), 0))) {
            verdict |= CAPTION_BIT;
        }
        return verdict;
    }

    /** Whether the pattern matches starting at one of {@code starts}, or up to {@code before} characters earlier. */
    private static boolean matchesAtAny(Pattern pattern, String line, int[] starts, int before) {
        java.util.regex.Matcher m = pattern.matcher(line);
        for (int start : starts) {
            for (int at = Math.max(0, start - before); at <= start; at++) {
                if (matchesAt(m, at)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A match starting exactly at {@code at}; \b, ^ and $ still see the whole line. */
    private static boolean matchesAt(java.util.regex.Matcher m, int at) {
        int end = m.regionEnd(); // never narrowed: the line's length
        return m.useTransparentBounds(true).useAnchoringBounds(false).region(at, end).lookingAt();
    }

    /** The regular expressions alone, without the prefilters: for the test that holds them equal. */
    static boolean chromeRegex(String lowerLine) {
        return CHROME.matcher(lowerLine).find();
    }

    static boolean markerRegex(String lowerLine) {
        return MARKER.matcher(lowerLine.strip()).find();
    }

    static boolean captionRegex(String lowerLine) {
        return CAPTION.matcher(lowerLine).find();
    }

    /** True for a short header line that typically opens a trailing non-story block. */
    static boolean isMarkerLower(String lowerLine, int words) {
        if (words > 8) {
            return false;
        }
        String s = lowerLine.strip();
        // MARKER is anchored: a match starts at 0, with one of these characters
        return !s.isEmpty() && MARKER_FIRST.indexOf(s.charAt(0)) >= 0 && MARKER.matcher(s).lookingAt();
    }

    /** Markers that open an address to the reader (an appeal for money or subscriptions), not a list of links. */
    private static final Pattern APPEAL = Pattern.compile(
            "^(a message from|a note from|dear readers?|support (our|independent) journalism)\\b");

    /** True for a marker that opens an appeal to the reader ("A message from ...", "Dear readers,"). */
    static boolean isAppealMarker(String line) {
        return APPEAL.matcher(line.strip().toLowerCase(java.util.Locale.ROOT)).lookingAt();
    }

    /** The characters a MARKER match can start with (keep in step with MARKER). */
    private static final String MARKER_FIRST = "armywutcljsifd0123456789";
}

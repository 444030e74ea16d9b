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

    /**
     * The same kinds of phrase in the other languages the cleaner meets most (German, French, Spanish,
     * Italian, Portuguese, Dutch, Polish), as plain phrases matched at word boundaries: sharing, account and
     * subscription prompts, legal lines, "read more", reading times. Generic site furniture, never a site's
     * own wording.
     */
    private static final String[] CHROME_PHRASES = {
            // German
            "artikel teilen", "beitrag teilen", "seite teilen", "geschichte teilen", "jetzt teilen", "teilen auf",
            "zurück zur startseite", "zur startseite", "zurück zur übersicht", "zurück zur liste", "jetzt abonnieren",
            "jetzt bestellen", "jetzt kaufen", "jetzt testen", "jetzt anmelden", "jetzt registrieren",
            "kostenlos registrieren", "newsletter abonnieren", "alle rechte vorbehalten", "impressum",
            "datenschutzerklärung", "nutzungsbedingungen", "weiterlesen", "mehr lesen", "mehr erfahren",
            "artikel drucken", "seite drucken", "gratis erhalten", "kommentar schreiben", "kommentare anzeigen",
            "min. lesezeit", "minuten lesezeit", "lesezeit:", "anzeige",
            // French
            "partager sur", "partager cet article", "partager :", "abonnez-vous", "se connecter", "créer un compte",
            "tous droits réservés", "mentions légales", "politique de confidentialité", "lire la suite",
            "en savoir plus", "retour à l'accueil", "temps de lecture", "min de lecture",
            // Spanish
            "compartir en", "compartir este artículo", "suscríbete", "suscribirse", "iniciar sesión", "regístrate",
            "todos los derechos reservados", "aviso legal", "política de privacidad", "leer más", "seguir leyendo",
            "tiempo de lectura", "minutos de lectura", "volver al inicio",
            // Italian
            "condividi su", "condividi questo articolo", "iscriviti", "tutti i diritti riservati", "leggi di più",
            "continua a leggere", "pubblicità", "tempo di lettura", "torna alla home",
            // Portuguese
            "compartilhe", "compartilhar", "partilhar", "inscreva-se", "todos os direitos reservados", "leia mais",
            "continue lendo", "publicidade", "tempo de leitura", "voltar ao início",
            // Dutch
            "delen op", "deel dit artikel", "abonneer", "inloggen", "alle rechten voorbehouden", "lees meer",
            "lees verder", "advertentie", "leestijd",
            // Polish
            "udostępnij", "subskrybuj", "zaloguj się", "zarejestruj się", "wszelkie prawa zastrzeżone",
            "czytaj więcej", "czytaj dalej", "reklama", "zostaw komentarz", "dodaj komentarz",
            "materiał chroniony prawem autorskim", "czas czytania",
            // English, in the same plain form
            "min read", "minute read", "minutes read", "reading time"};

    /** Picture credits in those languages ("Foto: …", "Bild: …", "Fot. …"). */
    private static final String[] CAPTION_PHRASES = {
            "foto:", "fotos:", "bild:", "bilder:", "titelbild:", "grafik:", "quelle:", "fot.", "zdjęcie:",
            "fotografia:", "crédit photo", "crédits photo", "photo :", "imagen:", "imágenes:", "crédito:",
            "créditos:", "(foto", "foto/", "bildquelle", "abbildung", "abb.", "symbolbild", "vergrößern", "bildergalerie"};

    /** Headers of trailing blocks in those languages ("Das könnte Sie auch interessieren", "À lire aussi"). */
    private static final String[] MARKER_PHRASES = {
            // German
            "das könnte sie auch interessieren", "das könnte dich auch interessieren", "das könnte ihnen auch gefallen",
            "ähnliche beiträge", "ähnliche artikel", "ähnliche themen", "weitere artikel", "weitere beiträge",
            "weitere nachrichten", "weitere meldungen", "weitere themen", "mehr zum thema", "mehr zu", "mehr aus",
            "mehr von", "mehr news", "neueste artikel", "neueste beiträge", "neuste beiträge", "neue beiträge",
            "verwandte artikel", "verwandte themen", "lesen sie auch", "lesen sie mehr", "auch interessant",
            "empfehlungen", "kommentare", "beliebte artikel", "meistgelesen", "meistgelesene artikel", "top-artikel",
            "schlagwörter", "schlagworte", "ihre meinung", "hinterlasse eine antwort", "hinterlasse einen kommentar",
            // French
            "à lire aussi", "a lire aussi", "lire aussi", "sur le même sujet", "articles similaires", "articles liés",
            "articles recommandés", "vous aimerez aussi", "vous pourriez aimer", "les plus lus", "commentaires",
            "laisser un commentaire", "dans la même rubrique", "voir aussi", "à découvrir", "à voir aussi",
            // Spanish
            "le puede interesar", "te puede interesar", "también te puede interesar", "noticias relacionadas",
            "otras noticias", "más noticias", "artículos relacionados", "lo más leído", "comentarios",
            "deja un comentario", "lee también", "te recomendamos",
            // Italian
            "leggi anche", "articoli correlati", "potrebbe interessarti", "ti potrebbe interessare", "i più letti",
            "commenti", "lascia un commento", "altre notizie",
            // Portuguese
            "leia também", "veja também", "notícias relacionadas", "artigos relacionados", "mais lidas",
            "comentários", "deixe um comentário", "você pode gostar",
            // Dutch
            "lees ook", "gerelateerde artikelen", "meer nieuws", "meest gelezen", "reacties",
            // Polish
            "czytaj też", "czytaj także", "czytaj również", "zobacz też", "zobacz także", "zobacz również",
            "dowiedz się więcej", "podobne artykuły", "najczęściej czytane", "komentarze", "polecamy",
            "przeczytaj też", "przeczytaj także"};

    /** All sets of literals in one scan of the line. */
    private static final Literals NEEDS = new Literals(CHROME_NEEDS, CAPTION_NEEDS, CHROME_PHRASES, CAPTION_PHRASES,
            MARKER_PHRASES);
    private static final int CHROME_GROUP = 0;
    private static final int CAPTION_GROUP = 1;
    private static final int CHROME_PHRASE_GROUP = 2;
    private static final int CAPTION_PHRASE_GROUP = 3;
    private static final int MARKER_PHRASE_GROUP = 4;
    static final int CHROME_BIT = 1 << CHROME_GROUP;
    static final int CAPTION_BIT = 1 << CAPTION_GROUP;
    static final int MARKER_BIT = 1 << 2;

    private BoilerplatePatterns() {
    }

    /**
     * Which of chrome ({@link #CHROME_BIT}) and caption ({@link #CAPTION_BIT}) the line is, from one
     * prefilter scan and then only the regular expressions it leaves in play. The line is taken
     * lower-cased (Locale.ROOT) by the caller, which does that once per line.
     */
    static int chromeAndCaptionLower(String lowerLine) {
        Literals.Starts needs = NEEDS.startsIn(lowerLine); // one scan: which literals occur, and where
        return patterns(needs, lowerLine) | phrases(needs, lowerLine);
    }

    /** The verdict of the regular expressions alone (the scan only says where to try them): for the test. */
    static int patternsLower(String lowerLine) {
        return patterns(NEEDS.startsIn(lowerLine), lowerLine);
    }

    private static int patterns(Literals.Starts needs, String lowerLine) {
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

    /** The verdict of the other languages' phrases, found by the same scan. */
    private static int phrases(Literals.Starts needs, String lowerLine) {
        int verdict = 0;
        for (int k = 0; k < needs.count(); k++) {
            int group = needs.group(k);
            if (group < CHROME_PHRASE_GROUP || !bounded(lowerLine, needs.start(k), needs.end(k))) {
                continue;
            }
            if (group == CHROME_PHRASE_GROUP) {
                verdict |= CHROME_BIT;
            } else if (group == CAPTION_PHRASE_GROUP) {
                verdict |= CAPTION_BIT;
            } else if (leading(lowerLine, needs.start(k))) {
                // a header at the start of a line: alone it opens a block; followed by a colon and a
                // headline it is an inline "read also" link
                int after = skipSpaces(lowerLine, needs.end(k));
                if (after == lowerLine.length()) {
                    verdict |= MARKER_BIT;
                } else if (lowerLine.charAt(after) == ':' || lowerLine.charAt(after) == '»') {
                    verdict |= skipSpaces(lowerLine, after + 1) == lowerLine.length() ? MARKER_BIT : CHROME_BIT;
                }
            }
        }
        return verdict;
    }

    /** The phrase at {@code [start, end)} is not part of a longer word on either side. */
    private static boolean bounded(String line, int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(line.charAt(start - 1)) || !Character.isLetterOrDigit(line.charAt(start)))
                && (end == line.length() || !Character.isLetterOrDigit(line.charAt(end))
                        || !Character.isLetterOrDigit(line.charAt(end - 1)));
    }

    /** Only white space or list marks before {@code start}. */
    private static boolean leading(String line, int start) {
        for (int i = 0; i < start; i++) {
            char c = line.charAt(i);
            if (!Character.isWhitespace(c) && c != '•' && c != '-' && c != '»' && c != '›' && c != '>') {
                return false;
            }
        }
        return true;
    }

    private static int skipSpaces(String line, int i) {
        while (i < line.length() && (Character.isWhitespace(line.charAt(i)) || line.charAt(i) == '\u00a0')) {
            i++;
        }
        return i;
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
        return isMarkerLower(lowerLine, words, chromeAndCaptionLower(lowerLine));
    }

    /** The same, given the line's {@link #chromeAndCaptionLower} verdict (which already holds the phrase markers). */
    static boolean isMarkerLower(String lowerLine, int words, int verdict) {
        return words <= 8 && ((verdict & MARKER_BIT) != 0 || markerPatternLower(lowerLine, words));
    }

    /** The MARKER pattern alone, with its first-character shortcut: for the test. */
    static boolean markerPatternLower(String lowerLine, int words) {
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

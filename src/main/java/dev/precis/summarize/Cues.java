package dev.precis.summarize;

import java.util.Set;
import java.util.regex.Pattern;

import dev.precis.text.Literals;

/**
 * One language's surface cues for {@link SentenceKind}, all lower-case: page furniture (navigation,
 * "read more" lines, video and photo titles), bylines, time stamps, captions and credits, and the
 * words that open a sentence which leans on the one before. English, French, German and Spanish have
 * their own; any other language gets only the cues that do not depend on words (a copyright sign, a
 * credit or dateline naming a news agency), so no English rule is applied to text in another language.
 *
 * @param navigationAnywhere phrases that mark page furniture wherever they occur
 * @param navigationStart    phrases that do so when they open the sentence
 * @param bylineWord         "by ", "par ", "von ": a byline opens with it; null when the language has none here
 * @param byline             the whole (lower-case) sentence is names after {@code bylineWord}
 * @param bylineMaxWords     a byline has at most this many words (0: no limit)
 * @param notAName           words that cannot open a name, so "by the end" or "par ailleurs" are prose
 * @param stamp              a "published:" stamp; {@code find} for English, {@code lookingAt} otherwise
 * @param stampAnywhere      whether {@code stamp} may match anywhere (English: "10:22 EST" mid-line)
 * @param captionStart       a caption or credit label opening the sentence
 * @param creditEnd          a photo or agency credit in parentheses closing the sentence
 * @param dependentStart     first words that refer back or connect to the previous sentence
 * @param dependentPrefixes  multi-word openers that do the same ("par ailleurs", "sin embargo")
 * @param closingQuotes      marks that can close a quotation
 * @param discountQuotes     whether a quotation counts less unless the sentence before it is kept: true
 *                           where it was measured to help (English) or not measured; French news reports
 *                           through quotations, and there the discount cost ROUGE on both halves of the dev set
 */
record Cues(String language, Literals navigationAnywhere, String[] navigationStart, String bylineWord,
            Pattern byline, int bylineMaxWords, Set<String> notAName, Pattern stamp, boolean stampAnywhere,
            Pattern captionStart, Pattern creditEnd, Set<String> dependentStart, String[] dependentPrefixes,
            String closingQuotes, boolean discountQuotes) {

    /** Quotation marks that can close a quotation, in most languages. */
    static final String CLOSING_QUOTES = "'\"’”»";

    private static final Pattern NEVER = Pattern.compile("(?!)");

    /** an agency or photo credit closing the line: "(AFP)", "(photo AFP / Jane Doe)", "(Foto: dpa)" */
    private static final Pattern CREDIT_END_ANY = Pattern.compile(
            "\\((getty|ap|afp|reuters|pa|epa|ap photo|file|rex|splash|alamy|corbis|dpa|efe|ansa|belga|anp|sipa|"
            + "maxppp|abaca|photo|photos|foto|fotos|crédit|crédits|credit|bild|source|quelle|fuente|illustration|"
            + "capture|archives|archivo|archiv)\\b[^)]{0,40}\\)\\s*[.]?$");

    static final Cues ENGLISH = new Cues("en",
            new Literals("click here", "scroll down for", "scroll down to", "all rights reserved", "download the app",
                    "share this article", "share this story", "follow us on", "sign up for our", "©"),
            new String[] {"read more", "related:", "related articles", "watch:", "video:", "watch the video", "subscribe",
                "advertisement", "follow him on", "follow her on", "you can follow", "see also", "more:", "listen:"},
            "by ",
            // "by jane doe", "by jane doe and john roe, reuters", "by jane doe for mailonline": names only
            Pattern.compile("by\\s+[\\p{L}.'’ -]{2,60}((,| and| for| in)\\s+[\\p{L}.'’ -]{2,60})*[.]?"),
            0,
            Set.of("the", "a", "an", "this", "that", "these", "those", "then", "now", "far", "all", "its", "his", "her",
                    "their", "our", "my", "your", "one", "two", "some", "many", "most", "late", "early", "next", "last",
                    "way", "contrast", "comparison", "default", "chance", "accident", "design", "law", "night", "day",
                    "noon", "midnight", "tomorrow", "today", "yesterday", "tonight", "him", "them", "us", "me", "it",
                    "no", "not", "more", "itself", "nature", "definition", "mistake", "hand", "car", "air", "sea",
                    "train", "bus", "phone", "email", "mail", "post", "which", "what", "how", "doing", "being", "using",
                    "making", "taking", "getting", "having", "going", "comparing", "contrasting"),
            // "published: 10:22 est, 3 april 2015 | updated: ..." and similar stamps
            Pattern.compile("\\b(published|updated|last updated|posted)\\s*:|\\b\\d{1,2}:\\d{2}\\s*(est|edt|gmt|bst|utc|cet|et|pt)\\b"),
            true,
            // "pictured: ...", "photo: ...", "above: ...", "credit: ...": picture captions and credits
            Pattern.compile("(pictured|photo|photograph|image|picture|above|below|left|right|top|bottom|inset|caption|credit|"
                    + "file photo|graphic|map)\\s*[:|]"),
            // "... (getty images)", "... (ap photo/jane doe)": a credit closing the line
            Pattern.compile("\\((getty|ap|afp|reuters|pa|epa|ap photo|file|rex|splash|alamy|corbis)\\b[^)]{0,40}\\)\\s*[.]?$"),
            Set.of("he", "she", "it", "they", "them", "his", "her", "its", "their", "this", "that", "these", "those",
                    "such", "but", "however", "also", "and", "or", "so", "yet", "still", "meanwhile", "instead",
                    "moreover", "furthermore", "nevertheless", "nonetheless", "besides", "then", "thus", "hence",
                    "therefore", "otherwise", "likewise", "similarly", "although", "though", "indeed", "later",
                    "earlier", "afterwards", "another", "both", "neither", "either", "others", "he's", "she's", "it's",
                    "they're", "that's"),
            new String[] {"the other "},
            CLOSING_QUOTES, true);

    static final Cues FRENCH = new Cues("fr",
            new Literals("cliquez ici", "tous droits réservés", "abonnez-vous", "inscrivez-vous à", "partager cet article",
                    "suivez-nous", "téléchargez l'application", "lire aussi", "voir aussi", "(vidéo)", "(vidéos)",
                    "(photo)", "(photos)", "(diaporama)", "©"),
            new String[] {"lire la suite", "à lire", "à voir", "à découvrir", "en savoir plus", "plus d'infos",
                "vidéo :", "vidéo:", "vidéo -", "voir la vidéo", "regarder la vidéo", "regardez", "retrouvez",
                "publicité", "sur le même sujet", "en images", "diaporama", "écouter", "réagir", "partager", "suivez"},
            "par ",
            Pattern.compile("par\\s+[\\p{L}'’ -]{2,60}((,| et| pour| à| avec)\\s+[\\p{L}.'’ -]{2,60})*"),
            6,
            Set.of("le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "ce", "cet", "cette", "ces", "son", "sa",
                    "ses", "leur", "leurs", "mon", "ma", "mes", "notre", "nos", "votre", "vos", "ailleurs", "contre",
                    "exemple", "rapport", "ici", "là", "conséquent", "moment", "moments", "an", "jour", "mois", "semaine",
                    "mail", "téléphone", "courrier", "écrit", "ordonnance", "décret", "voie", "erreur", "hasard",
                    "chance", "accident", "défaut", "principe", "précaution", "définition", "nature", "endroits", "tous",
                    "toutes", "tout", "elle", "lui", "eux", "nous", "vous", "moi", "toi", "qui", "quoi", "où", "quel",
                    "quelle", "crainte", "peur", "manque", "deux", "trois", "plusieurs", "certains", "certaines",
                    "chaque", "respect", "avion", "train", "bateau", "voiture", "car", "route", "mer", "air", "internet",
                    "vidéo", "visioconférence", "suite", "avance", "ricochet", "endroit", "solidarité"),
            Pattern.compile("(publié|mis à jour|modifié|actualisé|màj|mise à jour)\\s*(le\\b|:|à\\b)"),
            false,
            Pattern.compile("(photo|photos|photo d'illustration|illustration|crédit|crédits|crédit photo|légende|"
                    + "capture d'écran|image|vidéo|source|infographie|carte|ci-dessus|ci-dessous)\\s*[:|]"),
            CREDIT_END_ANY,
            Set.of("il", "elle", "ils", "elles", "ce", "cet", "cette", "ces", "cela", "ça", "ceci", "celui", "celle",
                    "ceux", "celles", "mais", "et", "ou", "donc", "or", "puis", "ensuite", "alors", "cependant",
                    "pourtant", "toutefois", "néanmoins", "ainsi", "aussi", "enfin", "d'ailleurs", "sa", "son", "ses",
                    "leur", "leurs", "lui", "c'est", "c'était", "celle-ci", "celui-ci", "ceux-ci", "celles-ci"),
            new String[] {"par ailleurs", "de plus", "en effet", "en outre", "en revanche", "quant à", "pour sa part",
                "pour leur part", "de son côté", "de leur côté", "selon lui", "selon elle", "selon eux"},
            CLOSING_QUOTES, false);

    static final Cues GERMAN = new Cues("de",
            new Literals("hier klicken", "alle rechte vorbehalten", "jetzt abonnieren", "newsletter abonnieren",
                    "artikel teilen", "folgen sie uns", "lesen sie auch", "lesen sie mehr", "(video)", "(fotos)",
                    "(bildergalerie)", "©"),
            new String[] {"mehr zum thema", "mehr lesen", "weiterlesen", "weiter lesen", "zum artikel", "video:", "video -",
                "fotos:", "bildergalerie", "siehe auch", "auch interessant", "das könnte sie auch interessieren",
                "anzeige", "werbung", "hören sie", "jetzt lesen", "zur startseite", "mehr dazu", "teilen"},
            "von ",
            Pattern.compile("von\\s+[\\p{L}'’ -]{2,60}((,| und| für| in)\\s+[\\p{L}.'’ -]{2,60})*"),
            6,
            Set.of("der", "die", "das", "den", "dem", "des", "ein", "eine", "einem", "einer", "einen", "eines", "seiner",
                    "seinem", "seinen", "ihrer", "ihrem", "ihren", "diesem", "dieser", "diesen", "allen", "beginn",
                    "anfang", "zeit", "hier", "dort", "außen", "innen", "oben", "unten", "morgen", "heute", "gestern",
                    "jahr", "jahren", "monaten", "wochen", "tagen", "uns", "ihnen", "mir", "dir", "ihm", "wem", "wo",
                    "wegen", "vornherein", "neuem", "weitem", "nun", "jetzt", "vielen", "mehreren", "zwei", "drei"),
            Pattern.compile("(veröffentlicht|aktualisiert|zuletzt aktualisiert|stand|erstellt)\\s*(am\\b|:)"),
            false,
            Pattern.compile("(foto|fotos|bild|bilder|quelle|grafik|video|karte|symbolbild|archivbild|bildquelle|"
                    + "screenshot|bildunterschrift)\\s*[:|]"),
            CREDIT_END_ANY,
            Set.of("er", "sie", "es", "dies", "diese", "dieser", "dieses", "aber", "doch", "jedoch", "allerdings",
                    "auch", "dann", "danach", "deshalb", "daher", "darum", "trotzdem", "außerdem", "zudem", "dabei",
                    "damit", "dazu", "dennoch", "sein", "seine", "seiner", "seinen", "ihr", "ihre", "ihrem", "ihren",
                    "und", "oder", "somit", "also", "zuvor", "ebenfalls", "stattdessen"),
            new String[] {},
            CLOSING_QUOTES + "“‘", true);

    static final Cues SPANISH = new Cues("es",
            new Literals("haga clic aquí", "haz clic aquí", "todos los derechos reservados", "lee también",
                    "lea también", "(vídeo)", "(video)", "(fotos)", "©"),
            new String[] {"leer más", "ver también", "más información", "vídeo:", "video:", "foto:", "suscríbete",
                "publicidad", "te puede interesar", "noticias relacionadas", "sigue leyendo"},
            "por ",
            Pattern.compile("por\\s+[\\p{L}'’ -]{2,60}((,| y| para| en)\\s+[\\p{L}.'’ -]{2,60})*"),
            6,
            Set.of("el", "la", "los", "las", "un", "una", "su", "sus", "lo", "este", "esta", "ejemplo", "ello", "eso",
                    "otra", "otro", "parte", "primera", "último", "fin", "tanto", "ciento", "favor", "cierto", "supuesto",
                    "medio", "mucho", "ahora", "qué", "que", "dos", "tres", "culpa", "orden", "encima", "debajo"),
            Pattern.compile("(publicado|actualizado|modificado)\\s*(el\\b|:|a las\\b)"),
            false,
            Pattern.compile("(foto|fotos|imagen|imágenes|vídeo|video|fuente|ilustración|archivo)\\s*[:|]"),
            CREDIT_END_ANY,
            Set.of("él", "ella", "ellos", "ellas", "esto", "este", "esta", "estos", "estas", "eso", "esa", "ese",
                    "pero", "además", "también", "su", "sus", "y", "o", "así", "entonces", "luego", "después",
                    "aunque", "asimismo"),
            new String[] {"sin embargo", "no obstante", "por eso", "por ello", "por su parte"},
            CLOSING_QUOTES, true);

    /** Any other language: only cues that need no words of the language. */
    static final Cues NEUTRAL = new Cues("und", new Literals("©"), new String[] {}, null, NEVER, 0, Set.of(), NEVER,
            false, NEVER, CREDIT_END_ANY, Set.of(), new String[] {}, CLOSING_QUOTES, true);

    static Cues forLanguage(String language) {
        return switch (language) {
            case "en" -> ENGLISH;
            case "fr" -> FRENCH;
            case "de" -> GERMAN;
            case "es" -> SPANISH;
            default -> NEUTRAL;
        };
    }
}

package dev.precis.text;

import java.util.Set;

/**
 * The abbreviations after which a language's sentence rules must not (or need not) break, lower-case
 * and without their final full stop.
 *
 * @param titles     precede a name or a number: a break after them is always wrong ("Mme", "Dr", "Nr")
 * @param ambiguous  may also end a sentence ("etc", "Inc", months): a break stands only before an opener
 * @param openers    words that typically open a sentence, which confirm a break after an ambiguous one
 * @param ordinalDot the language writes ordinals with a dot ("am 3. Oktober"), which ends a sentence
 *                   only before an opener
 */
record Abbreviations(Set<String> titles, Set<String> ambiguous, Set<String> openers, boolean ordinalDot) {

    private static final Abbreviations NONE = new Abbreviations(Set.of(), Set.of(), Set.of(), false);

    private static final Abbreviations ENGLISH = new Abbreviations(
            Set.of("mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "cmdr", "adm",
                    "maj", "cpl", "pvt", "rev", "hon", "pres", "supt", "det", "insp", "atty", "mt", "ft", "st", "no", "nos",
                    "vs", "v", "messrs", "mme", "mlle", "fr", "sr", "jr"),
            Set.of("inc", "corp", "co", "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
                    "dec", "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la",
                    "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex",
                    "va", "vt", "wash", "wis", "wyo", "approx", "dept", "est", "govt", "univ", "assn", "bros"),
            Set.of("the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "there",
                    "his", "her", "its", "their", "our", "in", "on", "at", "but", "and", "as", "after", "before", "when",
                    "while", "if", "so", "yet", "however", "meanwhile", "mr", "mrs", "ms", "officials", "police"),
            false);

    private static final Abbreviations FRENCH = new Abbreviations(
            Set.of("m", "mm", "mme", "mmes", "mlle", "mlles", "dr", "drs", "pr", "me", "mgr", "st", "ste", "gén", "gal",
                    "col", "cdt", "lt", "sgt", "cne", "av", "ap", "apr", "bd", "cf", "env", "art", "vol", "éd", "réf",
                    "tél", "fig", "chap", "coll", "p", "pp", "n", "no", "vs", "jr", "sr"),
            Set.of("etc", "cie", "inc", "ltd", "hab", "janv", "févr", "fév", "avr", "juil", "sept", "oct", "nov", "déc",
                    "min", "max", "env"),
            Set.of("le", "la", "les", "l", "un", "une", "des", "il", "elle", "ils", "elles", "on", "nous", "vous", "je",
                    "ce", "cette", "ces", "cet", "en", "dans", "à", "au", "aux", "mais", "et", "pour", "selon", "après",
                    "avant", "depuis", "lors", "si", "sur", "par", "de", "du", "d", "c", "qu", "j", "s", "cependant"),
            false);

    private static final Abbreviations GERMAN = new Abbreviations(
            Set.of("dr", "prof", "hr", "hrn", "fr", "frl", "st", "nr", "bzw", "vgl", "ca", "inkl", "exkl", "evtl", "ggf",
                    "sog", "geb", "gest", "str", "tel", "abs", "art", "bd", "bspw", "dipl", "ing", "hl", "z", "d", "u", "v",
                    "o", "s", "a", "i", "m", "zit", "lt", "gem", "max", "min", "verh", "mag"),
            Set.of("usw", "etc", "jh", "jhd", "mio", "mrd", "tsd", "jan", "feb", "febr", "apr", "aug", "sept", "okt", "nov",
                    "dez", "bzw", "uvm", "ff"),
            Set.of("der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "er", "sie", "es", "wir",
                    "ich", "man", "in", "im", "am", "an", "auf", "aus", "bei", "mit", "nach", "seit", "vor", "für", "aber",
                    "doch", "und", "auch", "dies", "diese", "dieser", "dieses", "so", "als", "wenn", "da", "nun", "zudem",
                    "außerdem", "dabei", "damit", "dann", "denn", "zum", "zur", "laut"),
            true);

    private static final Abbreviations SPANISH = new Abbreviations(
            Set.of("sr", "sra", "srta", "sres", "dr", "dra", "d", "dña", "ud", "uds", "lic", "ing", "prof", "gral", "gen",
                    "cnel", "tte", "sto", "sta", "núm", "pág", "av", "avda", "c", "aprox", "dpto", "art", "ee", "uu", "no"),
            Set.of("etc", "cía", "ene", "feb", "abr", "ago", "sept", "oct", "nov", "dic"),
            Set.of("el", "la", "los", "las", "un", "una", "unos", "unas", "él", "ella", "ellos", "ellas", "en", "con", "por",
                    "para", "pero", "y", "sin", "según", "tras", "desde", "este", "esta", "estos", "eso", "se", "su", "sus",
                    "al", "del", "de", "a", "lo", "no", "también", "además"),
            false);

    private static final Abbreviations ITALIAN = new Abbreviations(
            Set.of("sig", "sigg", "sig.ra", "dott", "dott.ssa", "prof", "avv", "ing", "on", "sen", "gen", "arch", "geom",
                    "rag", "mons", "s", "ss", "p", "pag", "art", "n", "no", "dr"),
            Set.of("ecc", "etc", "gen", "feb", "apr", "ago", "sett", "ott", "nov", "dic"),
            Set.of("il", "lo", "la", "i", "gli", "le", "un", "una", "in", "nel", "nella", "con", "per", "ma", "e", "che",
                    "non", "si", "secondo", "dopo", "questo", "questa", "l"),
            false);

    private static final Abbreviations PORTUGUESE = new Abbreviations(
            Set.of("sr", "sra", "srta", "dr", "dra", "prof", "profa", "eng", "av", "d", "gen", "cel", "sto", "sta", "pág",
                    "n", "no", "art"),
            Set.of("etc", "jan", "fev", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"),
            Set.of("o", "a", "os", "as", "um", "uma", "ele", "ela", "eles", "elas", "em", "no", "na", "nos", "nas", "com",
                    "por", "para", "mas", "e", "segundo", "após", "este", "esta", "isso"),
            false);

    private static final Abbreviations DUTCH = new Abbreviations(
            Set.of("dhr", "mevr", "mw", "dr", "prof", "drs", "ir", "mr", "st", "nr", "bijv", "ca", "zgn", "resp", "o", "m",
                    "z", "d", "i", "v"),
            Set.of("etc", "jan", "feb", "apr", "aug", "sept", "okt", "nov", "dec", "enz"),
            Set.of("de", "het", "een", "hij", "zij", "ze", "we", "wij", "ik", "in", "op", "met", "maar", "en", "dat", "die",
                    "dit", "deze", "na", "voor", "volgens"),
            false);

    private static final Abbreviations RUSSIAN = new Abbreviations(
            Set.of("ул", "д", "т", "е", "им", "св", "проф", "акад", "ген", "см", "рис", "пр", "ст", "с", "п", "г", "гг"),
            Set.of("др", "руб", "тыс", "млн", "млрд", "г", "гг", "в", "вв"),
            Set.of("он", "она", "они", "оно", "это", "в", "на", "по", "но", "и", "а", "как", "после", "с", "за", "при",
                    "однако", "также", "кроме", "во"),
            false);

    private static final Abbreviations POLISH = new Abbreviations(
            Set.of("dr", "prof", "hab", "inż", "mgr", "ks", "św", "gen", "płk", "mjr", "kpt", "por", "ppłk", "ul", "al",
                    "pl", "nr", "tzw", "np", "tj", "ok", "ds", "im", "zob", "godz", "m", "in", "oo", "sp"),
            Set.of("r", "tys", "mln", "mld", "zł", "itd", "itp", "proc", "wg"),
            Set.of("w", "na", "z", "do", "to", "ten", "ta", "on", "ona", "oni", "jak", "ale", "i", "a", "po", "przez", "od",
                    "dla", "jednak", "także", "według", "nie", "we"),
            true);

    private static final Abbreviations NORDIC = new Abbreviations(
            Set.of("bl", "t", "f", "ca", "nr", "kl", "dvs", "d", "s", "m", "v", "jf", "evt"),
            Set.of("osv", "mv", "m.m", "etc", "jan", "feb", "aug", "sept", "okt", "nov", "dec"),
            Set.of("den", "det", "de", "en", "ett", "et", "ei", "han", "hon", "hun", "vi", "jeg", "jag", "i", "på", "men",
                    "og", "och", "som", "efter", "etter", "der", "där"),
            true);

    static Abbreviations of(String code) {
        return switch (code) {
            case "en" -> ENGLISH;
            case "fr" -> FRENCH;
            case "de" -> GERMAN;
            case "es" -> SPANISH;
            case "it" -> ITALIAN;
            case "pt" -> PORTUGUESE;
            case "nl" -> DUTCH;
            case "ru" -> RUSSIAN;
            case "pl" -> POLISH;
            case "da", "no", "sv" -> NORDIC;
            case "fi", "cs", "sk", "hu", "et", "lv" -> new Abbreviations(Set.of(), Set.of(), Set.of(), true);
            default -> NONE;
        };
    }
}

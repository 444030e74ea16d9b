package dev.precis.metadata;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a calendar date written out as people write it ("March 3, 2025", "3 mars 2025", "5. März 2025",
 * "2025-03-03", "03.03.2025") or as machines do (ISO 8601 timestamps), into ISO 8601. A date is only
 * read when day, month and year are all there and unambiguous: "03/04/2025" (which is month, which is
 * day?) and relative dates ("2 hours ago", "yesterday") are never guessed.
 */
final class Dates {

    private Dates() {
    }

    /** Month names and their common abbreviations in the languages of the evaluation pages, lower-case. */
    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        String[][] names = {
                // en, fr, de, es, it, pt, nl, pl (genitive), sv/da/no
                {"january", "jan", "janvier", "janv", "januar", "jänner", "enero", "ene", "gennaio", "gen", "janeiro",
                        "januari", "stycznia", "styczeń", "januar"},
                {"february", "feb", "févr", "février", "fevrier", "februar", "febrero", "febbraio", "fevereiro",
                        "fev", "februari", "lutego", "luty"},
                {"march", "mar", "mars", "märz", "maerz", "marzo", "março", "marco", "maart", "marca", "marzec", "mrt"},
                {"april", "apr", "avril", "avr", "abril", "abr", "aprile", "kwietnia", "kwiecień"},
                {"may", "mai", "mayo", "maggio", "mag", "maio", "mei", "maja", "maj"},
                {"june", "jun", "juin", "juni", "junio", "giugno", "giu", "junho", "czerwca", "czerwiec"},
                {"july", "jul", "juillet", "juil", "juli", "julio", "luglio", "lug", "julho", "lipca", "lipiec"},
                {"august", "aug", "août", "aout", "agosto", "ago", "augustus", "sierpnia", "sierpień"},
                {"september", "sep", "sept", "septembre", "septiembre", "settembre", "set", "setembro", "września",
                        "wrzesień"},
                {"october", "oct", "octobre", "oktober", "okt", "octubre", "ottobre", "ott", "outubro", "out",
                        "października", "październik"},
                {"november", "nov", "novembre", "noviembre", "novembro", "listopada", "listopad"},
                {"december", "dec", "décembre", "decembre", "déc", "dezember", "dez", "diciembre", "dic", "dicembre",
                        "dezembro", "grudnia", "grudzień"},
        };
        for (int m = 0; m < names.length; m++) {
            for (String n : names[m]) {
                MONTHS.put(n, m + 1);
            }
        }
    }

    private static final String MONTH = "(\\p{L}{3,12})\\.?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th|er|º|\\.)?";
    private static final String YEAR = "((?:19|20)\\d{2})";

    /** ISO 8601: a date, optionally with a time and zone. */
    private static final Pattern ISO = Pattern.compile(
            "((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)(Z|[+-]\\d{2}:?\\d{2})?)?");
    /** "March 3, 2025", "Mar. 3 2025", "Tuesday February 11 2025". */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?iu)(?<![\\p{L}\\d])" + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR + "(?!\\d)");
    /** "3 March 2025", "3 mars 2025", "5. März 2025", "3 de marzo de 2025", "3rd of March, 2025". */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?iu)(?<![\\p{L}\\d])" + DAY + "\\s*(?:de\\s+|of\\s+)?" + MONTH + ",?\\s+(?:de\\s+)?" + YEAR + "(?!\\d)");
    /** "03.03.2025" (the dotted form is day first wherever it is used), "2025/03/03". */
    private static final Pattern DOTTED = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern YMD_SLASH = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})(?!\\d)");

    /** A structured value (datePublished, article:published_time, datetime=): ISO 8601 kept with its time, or read as text. */
    static String fromStructured(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        Matcher m = ISO.matcher(v);
        if (m.lookingAt()) {
            String date = checked(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            if (date == null) {
                return null;
            }
            if (m.group(4) == null) {
                return date;
            }
            String zone = m.group(5) == null ? "" : m.group(5);
            if (zone.length() == 5) { // +0100 -> +01:00
                zone = zone.substring(0, 3) + ":" + zone.substring(3);
            }
            return date + "T" + m.group(4) + zone;
        }
        return fromText(v);
    }

    /** The first whole date written in the text, as YYYY-MM-DD, or null. */
    static String fromText(String text) {
        if (text == null || text.length() < 8) {
            return null;
        }
        String best = null;
        int at = Integer.MAX_VALUE;
        Matcher m = ISO.matcher(text);
        if (m.find()) {
            String d = checked(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            if (d != null) {
                best = d;
                at = m.start();
            }
        }
        m = MONTH_DAY_YEAR.matcher(text);
        while (m.find() && m.start() < at) {
            Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
            String d = month == null ? null : checked(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(2)));
            if (d != null) {
                best = d;
                at = m.start();
                break;
            }
        }
        m = DAY_MONTH_YEAR.matcher(text);
        while (m.find() && m.start() < at) {
            Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
            String d = month == null ? null : checked(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
            if (d != null) {
                best = d;
                at = m.start();
                break;
            }
        }
        m = DOTTED.matcher(text);
        if (m.find() && m.start() < at) {
            String d = checked(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            if (d != null) {
                best = d;
                at = m.start();
            }
        }
        m = YMD_SLASH.matcher(text);
        if (m.find() && m.start() < at) {
            String d = checked(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            if (d != null) {
                best = d;
            }
        }
        return best;
    }

    private static String checked(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }
}

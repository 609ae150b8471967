package uk.ofstedextract.nlp;

import java.util.Locale;
import java.util.Set;

/**
 * The kinds of line that end where they end, told from the line's own text, for {@link LineBreaks} and
 * {@link TextMarks}: table rows as pdftotext lays them out, label lines ("Chair: Councillor Amy Shah"), lines in
 * capitals, and a letter's or e-mail's greeting and close ("Dear Mrs Begum,", "Many thanks,"). What the text
 * around a line says (headings, list lines, page breaks) is decided in {@link LineBreaks}.
 */
final class LineKinds {
    /** A letter's complimentary closes, without their comma. */
    private static final Set<String> LETTER_CLOSES = Set.of("yours sincerely", "yours faithfully", "yours truly",
            "yours", "kind regards", "best regards", "regards", "best wishes", "with best wishes", "with kind regards",
            "kindest regards", "warm regards", "warmest regards", "many thanks", "thanks", "thank you", "thanks again",
            "cheers", "best", "all the best", "love", "take care", "sincerely");
    /** The words an e-mail's greeting opens with ("Hi all,", "Hello Priya,", "Good morning everyone,"). */
    private static final Set<String> GREETINGS = Set.of("dear", "hi", "hello", "hey", "good morning",
            "good afternoon", "good evening");

    private LineKinds() {
    }

    /**
     * A table row as pdftotext lays it out: cells set apart by a tab, a gap of three spaces or more, or dot
     * leaders (five stops, spaced or not, "Introduction ........ 3"), which running text never has inside a line. A
     * row is complete: before a capital or a number on the next line, the line break ends it ("Adopted within
     * 12 months     58% / The council …").
     */
    static boolean isTableRow(String line) {
        int from = afterMarker(line) + 1;
        return line.indexOf('\t', from) >= 0 || line.indexOf("   ", from) >= 0 || line.indexOf(".....", from) >= 0
                || line.indexOf(". . . . .", from) >= 0;
    }

    /**
     * Where a line's text starts after a bullet glyph or a list marker ("•", "1.", "b)") and the gap after
     * it: "•   Inspectors carried out …" is an indented item, not a row.
     */
    private static int afterMarker(String line) {
        int k = 0;
        if (!line.isEmpty() && SentenceCorrections.BULLETS.indexOf(line.charAt(0)) >= 0) {
            k = 1;
        } else {
            while (k < line.length() && k < 4 && Character.isLetterOrDigit(line.charAt(k))) {
                k++;
            }
            if (k == 0 || k >= line.length() || line.charAt(k) != '.' && line.charAt(k) != ')'
                    || !line.substring(0, k).matches("\\d{1,3}|[A-Za-z]|[ivxIVX]{1,4}")) {
                return 0;
            }
            k++;
        }
        while (k < line.length() && (line.charAt(k) == ' ' || line.charAt(k) == '\t')) {
            k++;
        }
        return k;
    }

    /**
     * A short line (at most 60 characters) that opens with a label of one to four words and a colon and goes on
     * with its value ("Lead inspector: Sarah Jones", "Chair: Councillor Amy Shah"): a wrapped sentence fills
     * its line, so a label line ends where it ends.
     */
    static boolean labelLine(String line) {
        int colon = line.indexOf(": ");
        if (line.length() > 60 || colon < 2 || colon > 32 || !Character.isUpperCase(line.charAt(0))
                || line.length() < colon + 3) {
            return false;
        }
        int words = 1;
        for (int k = 0; k < colon; k++) {
            char c = line.charAt(k);
            if (c == ' ') {
                words++;
            } else if (!Character.isLetter(c) && "’'()/-".indexOf(c) < 0) {
                return false;
            }
        }
        return words <= 4;
    }

    private static final java.util.regex.Pattern STREET_LINE = java.util.regex.Pattern.compile(
            "\\d{1,4}[A-Za-z]?(?: [A-Z][\\p{L}’'-]+){1,3} (?:Road|Street|Lane|Avenue|Square|Way|Drive|Close|Place|Gardens|"
            + "Terrace|Crescent|Row|Walk|Hill|Parade|Court|Park|Grove|Green|Rise|Mews|Quay|Broadway),?");

    /** An address's street line, the whole line: a house number and a street ("1 Reading Lane", "115 Charles Street"). */
    static boolean streetLine(String line) {
        return line.length() <= 40 && STREET_LINE.matcher(line).matches();
    }

    /** A label line's value opens with a capital or a digit ("Present: Cllr Shah", "Sent: 04 March"), not lower case. */
    static boolean labelValueCapital(String line) {
        int k = line.indexOf(": ") + 2;
        while (k < line.length() && line.charAt(k) == ' ') {
            k++;
        }
        return k < line.length() && (Character.isUpperCase(line.charAt(k)) || Character.isDigit(line.charAt(k)));
    }

    /**
     * A transcriber's or editor's note in square brackets that is the whole line ("[Applause]", "[pause]",
     * "[Door slams]"): a line of its own, between the lines it stands among.
     */
    static boolean squareNote(String line) {
        return line.length() >= 3 && line.length() <= 40 && line.charAt(0) == '[' && line.endsWith("]")
                && line.indexOf(']') == line.length() - 1 && line.indexOf('[', 1) < 0;
    }

    /**
     * A line of numbers and signs without a letter ("14:05 – 14:30", "2023/24", "00:01:02,500 --> 00:01:04,000"), or a
     * rule or writing line ("________", "..........", "-----"): no sentence goes on from it. A section number
     * ("3.2.1") or a page number ("12") is no such line: it needs a sign other than a point, and five characters.
     */
    static boolean letterless(String line) {
        int chars = 0;
        boolean digit = false;
        boolean sign = false;
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (Character.isLetter(c)) {
                return false;
            }
            if (!Character.isWhitespace(c)) {
                chars++;
            }
            digit |= Character.isDigit(c);
            sign |= ":/,–->£$€%".indexOf(c) >= 0;
        }
        return chars >= 5 && digit && sign || ruleLine(line);
    }

    /**
     * A rule or a line to write on, the whole line ("________", ".........."), at least five characters: after a
     * label's colon it is the space for the answer, no part of the label's sentence ("Name of child: / ......"); a
     * value in numbers ("Age range of pupils: / 11 - 16") is the label's own, as before.
     */
    static boolean ruleLine(String line) {
        int chars = 0;
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if ("_.-=~".indexOf(c) >= 0) {
                chars++;
            } else if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return chars >= 5;
    }

    /**
     * A table row or a template's field laid out in pipes, the whole line ("| Autumn | 4 Sep – 20 Dec |", "| title =
     * The Quiet Year"): it opens with a pipe, which running text never does.
     */
    static boolean pipeRow(String line) {
        return line.length() >= 3 && line.charAt(0) == '|';
    }

    /**
     * A comment closed on its own line: "/* Step 1: read the file *&#47;", "<!-- page header -->". It ends its unit, as a
     * closing tag does; a comment wrapped over lines ("/* The cache is emptied when the") is open until its close.
     */
    static boolean closedComment(String line) {
        return line.endsWith("*/") && line.startsWith("/*") || line.endsWith("-->") && line.startsWith("<!--");
    }

    /**
     * A line ending in a symbol or an emoji ("♪ I walk the line ♪", "… from all of us 🎄"): it ends its sentence, as
     * an emoji inside a line does before a capital; not the signs that go with a name or a number ("Word®", "40°").
     */
    static boolean endsInSymbol(String line) {
        if (line.isEmpty()) {
            return false;
        }
        int cp = line.codePointBefore(line.length());
        return Character.getType(cp) == Character.OTHER_SYMBOL && "©®™℠°℃℉".indexOf(cp) < 0;
    }

    /** A line of at least four letters, all in capitals ("IMPORTANT NOTICE", "THANK YOU"). */
    static boolean inCapitals(String line) {
        int letters = 0;
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 4;
    }

    static boolean hasLowerCase(String word) {
        return word.chars().anyMatch(Character::isLowerCase);
    }

    /**
     * A letter's or e-mail's salutation or complimentary close on its own line ("Dear Mrs Begum,", "Hi all,",
     * "Good morning everyone,", "Yours sincerely,", "Many thanks,"): it ends where the line ends, though it ends
     * with a comma. A greeting is its word and at most three more ("Hello, and welcome to …," goes on).
     */
    static boolean isLetterLine(String line) {
        if (line.length() > 60 || !line.endsWith(",")) {
            return false;
        }
        String lower = line.substring(0, line.length() - 1).strip().toLowerCase(Locale.ROOT);
        if (LETTER_CLOSES.contains(lower)) {
            return true;
        }
        if (lower.startsWith("dear ")) {
            return true;
        }
        String[] words = lower.split(" ");
        return words.length <= 4 && (GREETINGS.contains(words[0])
                || words.length > 1 && GREETINGS.contains(words[0] + " " + words[1])) && lower.indexOf(',') < 0;
    }
}

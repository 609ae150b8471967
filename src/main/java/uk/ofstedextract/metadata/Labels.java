package uk.ofstedextract.metadata;

import java.util.regex.Pattern;

/**
 * Field labels of details tables as a converter may have spaced them: pdftotext puts a space inside
 * a kerned word ("Local Author ity", "Inspect ion dates", "Report ing inspector"). A label's regex
 * lets one space stand between any two letters of a word, and any white space between words.
 * Matched against folded (lower-case) text.
 */
final class Labels {
    private Labels() {
    }

    /** The regex source of a label written in lower case with single spaces ("local authority"). */
    static String of(String label) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (c == ' ') {
                sb.append("\\s+");
            } else {
                sb.append(Pattern.quote(String.valueOf(c)));
                boolean letterNext = i + 1 < label.length() && Character.isLetter(label.charAt(i + 1));
                if (Character.isLetter(c) && letterNext) {
                    sb.append(" ?");
                }
            }
        }
        return sb.toString();
    }

    /** Any of the labels, as one non-capturing group. */
    static String anyOf(String... labels) {
        StringBuilder sb = new StringBuilder("(?:");
        for (int i = 0; i < labels.length; i++) {
            sb.append(i > 0 ? "|" : "").append(of(labels[i]));
        }
        return sb.append(')').toString();
    }
}

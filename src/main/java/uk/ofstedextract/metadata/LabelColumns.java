package uk.ofstedextract.metadata;

import java.util.regex.Pattern;
import uk.ofstedextract.text.Fold;

/**
 * A details table that pdftotext's default mode printed as a column of labels and then a column of values
 * ("Unique Reference Number" / "Local Authority" / "Inspection dates" / blank line / "116214" / "Hampshire" /
 * "8–9 June 2011"): the field rules read a label and its value on one line and find no value there. The block
 * of labels holding the unique reference number, followed after a blank line by as many value lines (the
 * URN's value a number in the same place), is written back as one row per field; a heading printed straight
 * above the first label ("School details") makes the block one line longer than the values and is left as it is.
 * Used for establishments only.
 */
final class LabelColumns {
    private static final Pattern URN_LABEL = Pattern.compile(Labels.of("unique reference number") + "(?:\\s*\\(urn\\))?:?");
    private static final Pattern URN_VALUE = Pattern.compile("\\d{6,7}");
    /** Longer lines are not a details table's labels. */
    private static final int MAX_LABEL = 50;
    /** Lines above the first label that may be the table's own heading, within the label block. */
    private static final int MAX_HEADING_LINES = 2;

    private LabelColumns() {
    }

    /** The text with its label column and value column joined into rows, or the text as it is. */
    static String paired(String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!URN_LABEL.matcher(Fold.forMatching(lines[i].strip())).matches()) {
                continue;
            }
            int start = i;
            while (start > 0 && !lines[start - 1].isBlank()) {
                start--;
            }
            int end = i;
            while (end + 1 < lines.length && !lines[end + 1].isBlank()) {
                end++;
            }
            int values = end + 1;
            while (values < lines.length && lines[values].isBlank()) {
                values++;
            }
            int valueLines = 0;
            while (values + valueLines < lines.length && !lines[values + valueLines].isBlank()) {
                valueLines++;
            }
            // the table's heading printed straight above its first label ("School details" / "Unique reference
            // number" / …): the block holds one or two lines more than the value column, at its top
            int extra = end - start + 1 - valueLines;
            if (extra > 0 && extra <= MAX_HEADING_LINES && start + extra <= i) {
                start += extra;
            }
            int count = end - start + 1;
            if (count < 2 || values == end + 1 || values + count > lines.length || !labels(lines, start, end)
                    || values + count < lines.length && !lines[values + count].isBlank()
                    || !URN_VALUE.matcher(lines[values + i - start].strip()).matches()) {
                return text;
            }
            for (int k = 0; k < count; k++) {
                if (lines[values + k].isBlank()) {
                    return text;
                }
            }
            StringBuilder out = new StringBuilder();
            for (int k = 0; k < lines.length; k++) {
                if (k >= start && k <= end) {
                    out.append(lines[k].strip()).append("    ").append(lines[values + k - start].strip());
                } else if (k >= values && k < values + count) {
                    continue;
                } else {
                    out.append(lines[k]);
                }
                if (k < lines.length - 1) {
                    out.append('\n');
                }
            }
            return out.toString();
        }
        return text;
    }

    /** Lines start to end are all labels: short, opening with a capital, no digits, no sentence's full stop. */
    private static boolean labels(String[] lines, int start, int end) {
        for (int k = start; k <= end; k++) {
            String l = lines[k].strip();
            if (l.length() > MAX_LABEL || !Character.isUpperCase(l.charAt(0)) || l.endsWith(".")
                    || l.chars().anyMatch(Character::isDigit)) {
                return false;
            }
        }
        return true;
    }
}

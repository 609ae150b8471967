package uk.ofstedextract.metadata;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and date ranges as Ofsted reports write them: "28 July 2010", "29 and 30 June 2010",
 * "4 June to 15 June 2018", "9–24 November 2017", "19 November 2013 – 11 December 2013",
 * "30 September to 4 October 2019", "Monday 3 March 2025", "March 3, 2025".
 */
public final class Dates {
    private Dates() {
    }

    static final String MONTH = "(january|february|march|april|may|june|july|august|september|october|november|"
            + "december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String SEP = "\\s*(?:to|until|and|–|—|-|‒|−)\\s*";
    private static final Pattern RANGE = Pattern.compile(
            "\\b" + DAY + "(?:\\s+" + MONTH + "(?:,?\\s+(\\d{4}))?)?" + SEP + "(?:[a-z]+day\\s+)?" + DAY + "\\s+"
                    + MONTH + ",?\\s+(\\d{4})\\b");
    private static final Pattern SINGLE = Pattern.compile("\\b" + DAY + "\\s+" + MONTH + ",?\\s+(\\d{4})\\b");
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})\\b");
    /** "1/10/2024 – 12/10/2024": day first, as British reports write numeric dates. */
    private static final Pattern NUMERIC_RANGE = Pattern.compile("\\b(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})" + SEP
            + "(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})\\b");
    /** What joins the phases of an inspection held in parts: "… 2024 and 13 to 16 January 2025". */
    private static final Pattern PHASE_JOIN = Pattern.compile("^\\s*(?:,|;|and|&)\\s*(?:(?:then|again|from|between)\\s+)?");
    /** A date whose year has five digits ("12 February 20211"): a typo no rule can safely mend. */
    private static final Pattern FIVE_DIGIT_YEAR = Pattern.compile("\\b" + DAY + "\\s+" + MONTH + ",?\\s+\\d{5}\\b");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    /** A first and last day. */
    public record Range(LocalDate start, LocalDate end, int matchStart, int matchEnd) {
    }

    /** The first date range (or single date, as a one-day range) in the text. Text is matched lower-cased. */
    public static Optional<Range> firstRange(String text) {
        String s = text.toLowerCase(Locale.ROOT);
        Matcher r = RANGE.matcher(s);
        Matcher one = SINGLE.matcher(s);
        boolean hasRange = r.find();
        boolean hasOne = one.find();
        if (hasRange && (!hasOne || r.start() <= one.start())) {
            int y2 = Integer.parseInt(r.group(6));
            int m2 = month(r.group(5));
            LocalDate end = date(y2, m2, Integer.parseInt(r.group(4)));
            int m1 = r.group(2) == null ? m2 : month(r.group(2));
            int y1 = r.group(3) != null ? Integer.parseInt(r.group(3)) : (m1 > m2 ? y2 - 1 : y2);
            LocalDate start = date(y1, m1, Integer.parseInt(r.group(1)));
            if (start != null && end != null && !start.isAfter(end)) {
                return Optional.of(new Range(start, end, r.start(), r.end()));
            }
        }
        if (hasOne) {
            LocalDate d = date(Integer.parseInt(one.group(3)), month(one.group(2)), Integer.parseInt(one.group(1)));
            if (d != null) {
                return Optional.of(new Range(d, d, one.start(), one.end()));
            }
        }
        Matcher numRange = NUMERIC_RANGE.matcher(s);
        if (numRange.find()) {
            LocalDate start = date(Integer.parseInt(numRange.group(3)), Integer.parseInt(numRange.group(2)),
                    Integer.parseInt(numRange.group(1)));
            LocalDate end = date(Integer.parseInt(numRange.group(6)), Integer.parseInt(numRange.group(5)),
                    Integer.parseInt(numRange.group(4)));
            if (start != null && end != null && !start.isAfter(end)) {
                return Optional.of(new Range(start, end, numRange.start(), numRange.end()));
            }
        }
        Matcher num = NUMERIC.matcher(s);
        if (num.find()) {
            LocalDate d = date(Integer.parseInt(num.group(3)), Integer.parseInt(num.group(2)),
                    Integer.parseInt(num.group(1)));
            if (d != null) {
                return Optional.of(new Range(d, d, num.start(), num.end()));
            }
        }
        return Optional.empty();
    }

    /**
     * The phases of an inspection held in parts: the first range and each further range joined to it
     * by "and" or a comma ("2 to 13 October 2024 and 13 to 16 January 2025"), each in date order
     * after the one before. One element when the text gives a single range.
     */
    public static List<Range> phases(String text, Range first) {
        List<Range> out = new ArrayList<>();
        out.add(first);
        String s = text.toLowerCase(Locale.ROOT);
        int at = first.matchEnd();
        while (at < s.length()) {
            Matcher join = PHASE_JOIN.matcher(s).region(at, s.length());
            if (!join.lookingAt()) {
                break;
            }
            Optional<Range> next = firstRange(s.substring(join.end()));
            if (next.isEmpty() || next.get().matchStart() != 0
                    || !next.get().start().isAfter(out.get(out.size() - 1).end().minusDays(1))) {
                break;
            }
            Range n = next.get();
            out.add(new Range(n.start(), n.end(), join.end() + n.matchStart(), join.end() + n.matchEnd()));
            at = join.end() + n.matchEnd();
        }
        return out;
    }

    /** Whether the text holds a date whose year is mistyped with five digits. */
    public static boolean hasFiveDigitYear(String text) {
        return FIVE_DIGIT_YEAR.matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    private static final Pattern RANGE_NO_YEAR = Pattern.compile(
            "^" + DAY + "(?:\\s+" + MONTH + ")?" + SEP + DAY + "\\s+" + MONTH + "(?![\\s,]*\\d{4})");
    private static final Pattern SINGLE_NO_YEAR = Pattern.compile("^" + DAY + "\\s+" + MONTH + "(?![\\s,]*\\d{4})");

    /**
     * A date or range at the very start of the text written without a year ("13 and 14 July."), in the
     * given year: letters sometimes leave the year out and take it from the letter's date.
     */
    public static Optional<Range> leadingRangeInYear(String text, int year) {
        String s = text.toLowerCase(Locale.ROOT);
        Matcher r = RANGE_NO_YEAR.matcher(s);
        if (r.find()) {
            int m2 = month(r.group(4));
            int m1 = r.group(2) == null ? m2 : month(r.group(2));
            LocalDate start = date(m1 > m2 ? year - 1 : year, m1, Integer.parseInt(r.group(1)));
            LocalDate end = date(year, m2, Integer.parseInt(r.group(3)));
            if (start != null && end != null && !start.isAfter(end)) {
                return Optional.of(new Range(start, end, r.start(), r.end()));
            }
        }
        Matcher one = SINGLE_NO_YEAR.matcher(s);
        if (one.find()) {
            LocalDate d = date(year, month(one.group(2)), Integer.parseInt(one.group(1)));
            if (d != null) {
                return Optional.of(new Range(d, d, one.start(), one.end()));
            }
        }
        return Optional.empty();
    }

    /** The first single date in the text. */
    public static Optional<LocalDate> firstDate(String text) {
        Matcher one = SINGLE.matcher(text.toLowerCase(Locale.ROOT));
        while (one.find()) {
            LocalDate d = date(Integer.parseInt(one.group(3)), month(one.group(2)), Integer.parseInt(one.group(1)));
            if (d != null) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    private static int month(String name) {
        return MONTHS.get(name.substring(0, 3));
    }

    private static LocalDate date(int y, int m, int d) {
        if (y < 1990 || y > 2100) {
            return null;
        }
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }
}

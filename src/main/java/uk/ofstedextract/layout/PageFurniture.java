package uk.ofstedextract.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import uk.ofstedextract.text.Fold;
import uk.ofstedextract.text.Span;

/**
 * Finds what sits between pages and is not report text: page numbers, running headers and footers
 * (lines that recur next to page breaks), and footnotes at the foot of a page. Returns the content
 * lines without them; a line after removed furniture keeps the page break mark, so later stages
 * can join a paragraph split across pages.
 */
public final class PageFurniture {
    /** Lines either side of a page break that may be furniture. */
    static final int WINDOW_BEFORE = 5;
    static final int WINDOW_AFTER = 3;
    private static final Pattern PAGE_NUMBER =
            Pattern.compile("(?i)(?:page\\s+)?\\d{1,3}(?:\\s*(?:of|/)\\s*\\d{1,3})?|[ivxlc]{1,6}|-\\s*\\d{1,3}\\s*-");
    private static final Pattern FOOTNOTE_START = Pattern.compile("(\\d{1,2})(?:\\s+(\\S.*))?");

    /** The lines that remain, with page breaks carried over removed lines. */
    public List<Line> strip(List<Line> lines) {
        List<List<Line>> pages = pages(lines);
        if (pages.size() < 2) {
            return numberedFooters(lines);
        }
        // a running header or footer recurs on a good share of the pages, not just twice
        boolean few = pages.size() <= FEW_PAGES;
        int needed = few ? 2 : Math.max(3, (int) Math.ceil(pages.size() * 0.3));
        Map<String, Set<Integer>> seen = new HashMap<>();
        for (int p = 0; p < pages.size(); p++) {
            for (Line l : window(pages, p, few)) {
                seen.computeIfAbsent(few ? place(pages.get(p), l) : key(l.text()), k -> new HashSet<>()).add(p);
            }
        }
        Set<Integer> drop = new HashSet<>();
        Set<String> running = new HashSet<>(); // running header/footer texts, folded
        for (int p = 0; p < pages.size(); p++) {
            Set<Integer> numbers = pageNumbers(pages.get(p), p > 0, p < pages.size() - 1 || few);
            Set<Integer> edge = few ? edgeRuns(pages.get(p), window(pages, p, few), seen, needed, numbers) : null;
            for (Line l : window(pages, p, few)) {
                String k = key(l.text());
                boolean repeated = few ? edge.contains(l.index())
                        : k.length() >= 10 && seen.get(k).size() >= needed;
                if (repeated || numbers.contains(l.index())) {
                    drop.add(l.index());
                }
                if (repeated && l.length() >= MIN_GLUED) {
                    running.add(Fold.forMatching(l.text()));
                }
            }
            footnotes(pages.get(p), drop, p == pages.size() - 1);
        }
        if (!few) {
            lastFooter(pages.get(pages.size() - 1), seen, needed, drop, running);
        }
        for (List<Line> page : pages) {
            footerTails(page, drop);
        }
        headerBlocks(pages, drop, needed);
        Map<Integer, Line> cut = new HashMap<>();
        for (int p = 0; p < pages.size() && !running.isEmpty(); p++) {
            for (Line l : window(pages, p, few)) {
                if (!drop.contains(l.index())) {
                    Line c = withoutGluedFurniture(l, running);
                    if (c != l) {
                        cut.put(l.index(), c);
                    }
                }
            }
        }
        List<Line> out = new ArrayList<>(lines.size());
        boolean carryBreak = false;
        int carryBlanks = 0;
        for (Line l : lines) {
            l = cut.getOrDefault(l.index(), l);
            if (drop.contains(l.index())) {
                carryBreak |= l.pageBreakBefore();
                carryBlanks += l.blanksBefore();
                continue;
            }
            if (carryBreak && !l.pageBreakBefore() || carryBlanks > 0) {
                l = new Line(l.index(), l.span(), l.text(), l.indent(),
                        l.blanksBefore() + carryBlanks, l.pageBreakBefore() || carryBreak);
            }
            carryBreak = false;
            carryBlanks = 0;
            out.add(l);
        }
        return out;
    }

    /** A page footer that names the report and ends in the page's number: "Hollybank Junior School - 9". */
    private static final Pattern NUMBERED_FOOTER = Pattern.compile("(\\p{L}.{8,}?)\\s+(?:[-–]\\s*|(?i:page)\\s+)(\\d{1,3})");
    /** How often a numbered footer recurs before it is taken for one. */
    static final int FOOTER_REPEATS = 3;

    /**
     * Text that marks no pages (no form feeds, no runs of blank lines, as some converters leave it): a line
     * whose words recur, each time with a higher number at its end, at least {@value #FOOTER_REPEATS} times,
     * is the page footer ("Castlegate Primary School - 3" … "- 8" … "- 20"). It is removed and the line after
     * it starts a new page, so a paragraph split by it is joined as across any page break.
     */
    static List<Line> numberedFooters(List<Line> lines) {
        Map<String, List<Line>> byWords = new HashMap<>();
        for (Line l : lines) {
            var m = NUMBERED_FOOTER.matcher(l.text());
            if (m.matches()) {
                byWords.computeIfAbsent(Fold.spaces(Fold.forMatching(m.group(1))), k -> new ArrayList<>()).add(l);
            }
        }
        Set<Integer> footers = new HashSet<>();
        for (List<Line> same : byWords.values()) {
            if (same.size() >= FOOTER_REPEATS && rising(same)) {
                same.forEach(l -> footers.add(l.index()));
            }
        }
        if (footers.isEmpty()) {
            return lines;
        }
        List<Line> out = new ArrayList<>(lines.size());
        boolean carry = false;
        int carryBlanks = 0;
        for (Line l : lines) {
            if (footers.contains(l.index())) {
                carry = true;
                carryBlanks += l.blanksBefore();
                continue;
            }
            if (carry) {
                l = new Line(l.index(), l.span(), l.text(), l.indent(), l.blanksBefore() + carryBlanks, true);
            }
            carry = false;
            carryBlanks = 0;
            out.add(l);
        }
        return out;
    }

    /** Whether the footers' page numbers rise through the text. */
    private static boolean rising(List<Line> footers) {
        int last = -1;
        for (Line l : footers) {
            var m = NUMBERED_FOOTER.matcher(l.text());
            int page = m.matches() ? Integer.parseInt(m.group(2)) : -1;
            if (page <= last) {
                return false;
            }
            last = page;
        }
        return true;
    }

    /** A running header this long or longer is also looked for glued to the end of a text line. */
    static final int MIN_GLUED = 20;

    /** "…a restorative and traumaInspection of X children’s services": the converter glued the footer on. */
    private static Line withoutGluedFurniture(Line l, Set<String> running) {
        String folded = Fold.forMatching(l.text());
        for (String r : running) {
            if (folded.length() > r.length() && folded.endsWith(r)) {
                String kept = l.text().substring(0, l.text().length() - r.length()).stripTrailing();
                return new Line(l.index(), new Span(l.start(), l.start() + kept.length()), kept, l.indent(), l.blanksBefore(),
                        l.pageBreakBefore());
            }
        }
        return l;
    }

    /** A grade digit of a 2005-12 table, 1 to 4, on a line of its own. */
    private static final Pattern GRADE_DIGIT = Pattern.compile("\\s*[1-4]\\s*");

    /**
     * The lines at the page's edges that are page numbers: lone numbers in its first {@value #WINDOW_AFTER} lines
     * (after a break) and last {@value #WINDOW_BEFORE} (before one), except a column of grade digits. The lone
     * number nearest the break is the page's number; others are too, unless they are grade digits 1 to 4 set
     * one under another: a grade table's digit column that pdftotext wrote at the page's end, after the labels
     * and the running footer (a 2009-12 table: "… their progress", "Inspection report: …", "2", "4", "2", "3").
     */
    private static Set<Integer> pageNumbers(List<Line> page, boolean head, boolean foot) {
        Set<Integer> numbers = new HashSet<>();
        if (head) {
            numbers.addAll(edgeNumbers(page.subList(0, Math.min(WINDOW_AFTER, page.size())), 0));
        }
        if (foot) {
            List<Line> tail = page.subList(Math.max(0, page.size() - WINDOW_BEFORE), page.size());
            numbers.addAll(edgeNumbers(tail, tail.size() - 1));
        }
        return numbers;
    }

    /** The page numbers among one edge's lines; {@code nearest} is the line next to the break. */
    private static Set<Integer> edgeNumbers(List<Line> edge, int nearest) {
        Set<Integer> numbers = new HashSet<>();
        int step = nearest == 0 ? 1 : -1;
        boolean first = true;
        for (int k = nearest; k >= 0 && k < edge.size(); k += step) {
            Line l = edge.get(k);
            if (!PAGE_NUMBER.matcher(l.text()).matches()) {
                continue;
            }
            boolean column = !first && GRADE_DIGIT.matcher(l.text()).matches()
                    && (gradeDigit(edge, k - 1, numbers) || gradeDigit(edge, k + 1, numbers));
            if (!column) {
                numbers.add(l.index());
            }
            first = false;
        }
        return numbers;
    }

    private static boolean gradeDigit(List<Line> edge, int k, Set<Integer> numbers) {
        return k >= 0 && k < edge.size() && GRADE_DIGIT.matcher(edge.get(k).text()).matches()
                && !numbers.contains(edge.get(k).index());
    }

    private static List<List<Line>> pages(List<Line> lines) {
        List<List<Line>> pages = new ArrayList<>();
        List<Line> cur = new ArrayList<>();
        for (Line l : lines) {
            if (l.pageBreakBefore() && !cur.isEmpty()) {
                pages.add(cur);
                cur = new ArrayList<>();
            }
            cur.add(l);
        }
        if (!cur.isEmpty()) {
            pages.add(cur);
        }
        return pages;
    }

    /** How many lines a running header block may have, its first {@value #WINDOW_AFTER} included. */
    static final int MAX_HEADER_LINES = 8;

    /**
     * A running header of more lines than the window: where a page's first {@value #WINDOW_AFTER} lines are all
     * furniture, the next line is too if it recurs in that place on as many pages as a running header must
     * ("Inspection report: X, 9–10 March 2011" / "4 of 13" / "Inspection grades: 1 is outstanding, …" / "Please
     * turn to the glossary …"); and so on, line by line, to {@value #MAX_HEADER_LINES} lines.
     */
    private static void headerBlocks(List<List<Line>> pages, Set<Integer> drop, int needed) {
        for (int depth = WINDOW_AFTER; depth < MAX_HEADER_LINES; depth++) {
            Map<String, List<Line>> next = new HashMap<>();
            for (int p = 1; p < pages.size(); p++) {
                List<Line> page = pages.get(p);
                if (page.size() <= depth + 1) {
                    continue;
                }
                boolean furniture = true;
                for (int k = 0; k < depth && furniture; k++) {
                    furniture = drop.contains(page.get(k).index());
                }
                Line l = page.get(depth);
                String k = key(l.text());
                if (furniture && !drop.contains(l.index()) && k.length() >= 10) {
                    next.computeIfAbsent(k, x -> new ArrayList<>()).add(l);
                }
            }
            boolean more = false;
            for (List<Line> same : next.values()) {
                if (same.size() >= needed) {
                    same.forEach(l -> drop.add(l.index()));
                    more = true;
                }
            }
            if (!more) {
                return;
            }
        }
    }

    /**
     * The last page's running footer ("Hartside Community College -" / "8" after the report's last paragraph): the
     * counting above looks at a page's foot only before a page break, so the last page's footer stayed and was read
     * as the end of the last paragraph ("… computer-aided design or manufacture. Hartside Community College - 8").
     * A line among the last page's last lines whose text recurs at the page breaks of enough other pages to be a
     * running header or footer goes, and so does a page number alone beside it; with no such line, the last page's
     * lines all stay (a lone number there may be the report's own).
     */
    private static void lastFooter(List<Line> page, Map<String, Set<Integer>> seen, int needed, Set<Integer> drop,
            Set<String> running) {
        List<Line> tail = page.subList(Math.max(0, page.size() - WINDOW_BEFORE), page.size());
        boolean found = false;
        for (Line l : tail) {
            String k = key(l.text());
            Set<Integer> on = seen.get(k);
            if (k.length() >= 10 && on != null && on.size() >= needed) {
                drop.add(l.index());
                found = true;
                if (l.length() >= MIN_GLUED) {
                    running.add(Fold.forMatching(l.text()));
                }
            }
        }
        if (found) {
            drop.addAll(edgeNumbers(tail, tail.size() - 1));
        }
    }

    /**
     * A text of this many pages or fewer gives too few pages for a share: there a running header or footer is a
     * line that recurs on two pages in the same place (the same line from the page's top, or from its foot), and
     * the last page's foot is looked at too. A report card's grade line that ends one page and is the second line of
     * the next ("Early years" / "Expected standard" … "Leadership and governance" / "Expected standard") stays.
     */
    static final int FEW_PAGES = 3;

    /**
     * In a short text, the lines of a page's window that recur in their place ({@link #place}) and run unbroken from
     * the page's edge: a running header or footer is the first or last lines of its page, so a line that recurs in
     * its place with a line that does not between it and the edge is body text. A report card's legend ends its first
     * page two lines above the page's foot, as the grade group's line "Urgent improvement" and its area's line
     * ("Urgent improvement       Attendance and behaviour", whose cells the normaliser puts one after the other) may
     * end the last page: without this the group's and the area's grade were dropped as a footer.
     */
    private static Set<Integer> edgeRuns(List<Line> page, List<Line> window, Map<String, Set<Integer>> seen,
                                         int needed, Set<Integer> numbers) {
        Set<Integer> recurs = new HashSet<>();
        for (Line l : window) {
            if (key(l.text()).length() >= 10 && seen.get(place(page, l)).size() >= needed) {
                recurs.add(l.index());
            }
        }
        Set<Integer> runs = new HashSet<>();
        for (int at = 0; at < Math.min(WINDOW_AFTER, page.size()) && edge(page.get(at), recurs, numbers); at++) {
            if (recurs.contains(page.get(at).index())) {
                runs.add(page.get(at).index());
            }
        }
        List<Integer> tails = new ArrayList<>(); // a wrapped footer's date tail, below the footer's first line
        for (int at = page.size() - 1; at >= Math.max(0, page.size() - WINDOW_BEFORE); at--) {
            Line l = page.get(at);
            if (recurs.contains(l.index())) {
                runs.add(l.index());
                runs.addAll(tails);
                tails.clear();
            } else if (runs.isEmpty() && FOOTER_TAIL.matcher(Fold.forMatching(l.text()).strip()).matches()) {
                tails.add(l.index());
            } else if (!edge(l, recurs, numbers)) {
                break;
            }
        }
        return runs;
    }

    /**
     * The last line of a running footer wrapped over two ("Inspection report: St Bartholomew's CE VC Junior and Infant
     * School, 20 and 21 February" / "2024"), maybe with the page's number set beside it ("1     2024") or between the two
     * lines: the end of the footer's dates, a year with perhaps days and a month before it. It goes with the footer line
     * above it, and only then: alone at a page's foot it may be the report's own.
     */
    static final Pattern FOOTER_TAIL = Pattern.compile("(?i)(?:\\d{1,3}\\s+)?(?:(?:\\d{1,2}(?:st|nd|rd|th)?|and|to|[-\u2013])\\s*)*"
            + "(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\\s+)?"
            + "(?:19|20)\\d{2}(?:\\s+\\d{1,3})?");

    /**
     * Lines between a page's running footer (dropped) and the page's end that are the footer's wrapped date tail
     * ({@link #FOOTER_TAIL}): dropped with it. A report of more than {@value #FEW_PAGES} pages finds its footer by its
     * recurring text, which the short tail ("2024") is too short to be counted by.
     */
    private static void footerTails(List<Line> page, Set<Integer> drop) {
        int footer = -1;
        for (int at = page.size() - 1; at >= Math.max(0, page.size() - WINDOW_BEFORE); at--) {
            Line l = page.get(at);
            if (drop.contains(l.index()) && key(l.text()).length() >= 10) {
                footer = at;
                break;
            }
        }
        if (footer < 0) {
            return;
        }
        List<Integer> tail = new ArrayList<>();
        for (int at = footer + 1; at < page.size(); at++) {
            Line l = page.get(at);
            if (drop.contains(l.index())) {
                continue;
            }
            if (!FOOTER_TAIL.matcher(Fold.forMatching(l.text()).strip()).matches()) {
                return;
            }
            tail.add(l.index());
        }
        drop.addAll(tail);
    }

    private static boolean edge(Line l, Set<Integer> recurs, Set<Integer> numbers) {
        return recurs.contains(l.index()) || numbers.contains(l.index())
                || LONE_NUMBER.matcher(l.text().strip()).matches();
    }

    /** A page number alone on a line. */
    private static final Pattern LONE_NUMBER = Pattern.compile("\\d{1,3}");

    /**
     * A line's text with its place on the page: "t1" the second line from the top, "b0" the last line — or the
     * last but a page number alone below it, as {@code pdftotext -layout} text has the number split from a footer
     * set far from it, while on a page whose footer runs close to the number the two stay one line.
     */
    private static String place(List<Line> page, Line l) {
        int at = page.indexOf(l);
        int last = page.size() - 1;
        if (last > at && LONE_NUMBER.matcher(page.get(last).text().strip()).matches()) {
            last--; // the page's number on a line of its own below the footer: the footer is still the foot
        }
        int fromFoot = last - at;
        return (at < WINDOW_AFTER && at <= fromFoot ? "t" + at : "b" + fromFoot) + "|" + key(l.text());
    }

    /**
     * The first lines of a page (after a break) and its last lines (before a break; with {@code lastFoot}, the
     * last page's last lines too).
     */
    private static List<Line> window(List<List<Line>> pages, int p, boolean lastFoot) {
        List<Line> page = pages.get(p);
        List<Line> w = new ArrayList<>();
        if (p > 0) {
            w.addAll(page.subList(0, Math.min(WINDOW_AFTER, page.size())));
        }
        if (p < pages.size() - 1 || lastFoot) {
            for (Line l : page.subList(Math.max(0, page.size() - WINDOW_BEFORE), page.size())) {
                if (!w.contains(l)) {
                    w.add(l);
                }
            }
        }
        return w;
    }

    /**
     * Running text with digits folded, so "Page 3" and "Page 4" share a key. A page number laid out
     * on the footer's own line, far to its side ("10 to 14 November 2025        2", as
     * {@code pdftotext -layout} writes it), is left out, so the footer has one key on every page.
     */
    static String key(String text) {
        return Fold.spaces(Fold.forMatching(withoutNumberAside(text))).replaceAll("\\d+", "#");
    }

    /**
     * The least run of spaces before a page number at a line's end: {@code pdftotext -layout} sets the number at the
     * margin, so a footer long enough to reach near it keeps only 2 or 3 spaces ("… 8 and 9 February 2023   1").
     */
    static final int TRAILING_GAP = 2;

    /**
     * The text without a number of 1 to 3 digits set {@value #TRAILING_GAP} or more spaces off at its end, or 4 or
     * more at its start.
     */
    static String withoutNumberAside(String text) {
        int end = text.length();
        int digits = end;
        while (digits > 0 && Character.isDigit(text.charAt(digits - 1))) {
            digits--;
        }
        int gap = digits;
        while (gap > 0 && text.charAt(gap - 1) == ' ') {
            gap--;
        }
        if (end - digits >= 1 && end - digits <= 3 && digits - gap >= TRAILING_GAP && hasLetter(text, 0, gap)) {
            return text.substring(0, gap);
        }
        int lead = 0;
        while (lead < end && Character.isDigit(text.charAt(lead))) {
            lead++;
        }
        int after = lead;
        while (after < end && text.charAt(after) == ' ') {
            after++;
        }
        if (lead >= 1 && lead <= 3 && after - lead >= 4 && hasLetter(text, after, end)) {
            return text.substring(after);
        }
        return text;
    }

    private static boolean hasLetter(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Character.isLetter(s.charAt(k))) {
                return true;
            }
        }
        return false;
    }


    /**
     * A footnote: at the foot of a page, a line that is a small number (alone, or followed by text)
     * whose marker ("Board1", "improve?1") appears earlier on the page; it runs to the page end.
     */
    private static void footnotes(List<Line> page, Set<Integer> drop, boolean lastPage) {
        int end = page.size();
        while (end > 0 && drop.contains(page.get(end - 1).index())) {
            end--;
        }
        for (int i = Math.max(1, end - 8); i < end; i++) {
            Line l = page.get(i);
            var m = FOOTNOTE_START.matcher(l.text());
            if (!m.matches() || l.text().matches("\\d+\\.")) {
                continue;
            }
            if (m.group(2) != null && !Character.isUpperCase(m.group(2).charAt(0))) {
                continue;
            }
            String n = m.group(1);
            Pattern marker = Pattern.compile("[A-Za-z?)’'.,:;]" + n + "(?![0-9])");
            boolean marked = false;
            for (int k = 0; k < i && !marked; k++) {
                marked = marker.matcher(page.get(k).text()).find();
            }
            if (marked && (!lastPage || i > 0)) {
                for (int k = i; k < end; k++) {
                    drop.add(page.get(k).index());
                }
                return;
            }
        }
    }
}

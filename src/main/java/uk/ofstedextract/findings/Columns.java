package uk.ofstedextract.findings;

import java.util.ArrayList;
import java.util.List;
import uk.ofstedextract.layout.Line;

/**
 * Two columns of bullets that a converter read line by line across the page: one line holds the
 * start of a left item and of a right item ("• Teaching over time does not … • The school's work
 * with families has not been fully", split into two by {@link BlockReader#expand}), and the lines
 * after it alternate between the columns until one item ends (a sentence end that leaves room for
 * more words), after which the rest belong to the other. Each item's lines are put back together,
 * left item first, so each is one finding in its own word order. Other lines are left as they are.
 */
final class Columns {
    private Columns() {
    }

    static List<Line> deinterleave(List<Line> lines, int width) {
        for (int i = 0; i + 1 < lines.size(); i++) {
            Line left = lines.get(i);
            Line right = lines.get(i + 1);
            if (left.index() != right.index() || !startsItem(left) || !startsItem(right)) {
                continue;
            }
            // continuation lines: no glyph, no blank line or page break before them
            int end = i + 2;
            while (end < lines.size() && lines.get(end).index() != right.index() && !startsItem(lines.get(end))
                    && lines.get(end).blanksBefore() == 0 && !lines.get(end).pageBreakBefore()) {
                end++;
            }
            if (end - (i + 2) < 2) {
                continue; // one line or none after the pair: nothing interleaved
            }
            List<Line> l = new ArrayList<>(List.of(left));
            List<Line> r = new ArrayList<>(List.of(right));
            int columnWidth = Math.max(left.length(), right.length());
            boolean leftOpen = true;
            boolean rightOpen = true;
            boolean toLeft = true;
            int k = i + 2;
            for (; k < end && (leftOpen || rightOpen); k++) {
                Line c = lines.get(k);
                columnWidth = Math.max(columnWidth, c.length());
                if (!rightOpen || toLeft && leftOpen) {
                    l.add(c);
                    leftOpen = !ended(c, k + 1 < end ? lines.get(k + 1) : null, columnWidth);
                    toLeft = !rightOpen;
                } else {
                    r.add(c);
                    rightOpen = !ended(c, k + 1 < end ? lines.get(k + 1) : null, columnWidth);
                    toLeft = leftOpen;
                }
            }
            return rebuild(lines, i, k, l, r, width);
        }
        return lines;
    }

    /** {@code lines} with [from, to) replaced by the left item's lines then the right's; later pairs too. */
    private static List<Line> rebuild(List<Line> lines, int from, int to, List<Line> l, List<Line> r, int width) {
        List<Line> out = new ArrayList<>(lines.subList(0, from));
        out.addAll(l);
        out.addAll(r);
        out.addAll(deinterleave(lines.subList(to, lines.size()), width));
        return out;
    }

    private static boolean startsItem(Line l) {
        String t = l.text();
        return !t.isEmpty() && BlockReader.GLYPHS.indexOf(t.charAt(0)) >= 0;
    }

    /** A column's item ends at a line that ends a sentence and leaves room for the next line's first word. */
    private static boolean ended(Line c, Line next, int columnWidth) {
        if (!c.endsSentence()) {
            return false;
        }
        return next == null || BlockReader.fitsNextWord(c, next, columnWidth);
    }
}

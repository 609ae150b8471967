package uk.ofstedextract.findings;

import java.util.ArrayList;
import java.util.List;
import uk.ofstedextract.layout.Line;

/**
 * Two columns of bullets that a converter read line by line across the page: one line holds the
 * start of a left item and of a right item ("• Teaching over time does not … • The school's work
 * with families has not been fully", split into two by {@link BlockReader#expand}), and the lines
 * after it alternate between the columns, across item boundaries too (a column's next item starts
 * on its next line), until one column runs out, after which the rest belong to the other. A line
 * without a glyph continues the column whose turn it is unless that column's item has ended (a
 * sentence end that leaves room for the line's first word); then it continues the other column, and
 * the first column has run out. Each column's lines are put back together, left first, so each item
 * is one finding in its own word order. Other lines are left as they are.
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
            // the interleaved run: up to a blank line, a page break or the next pair on one line
            int end = i + 2;
            while (end < lines.size() && lines.get(end).blanksBefore() == 0 && !lines.get(end).pageBreakBefore()
                    && lines.get(end).index() != right.index()
                    && !(end + 1 < lines.size() && lines.get(end + 1).index() == lines.get(end).index())) {
                end++;
            }
            if (end == i + 2) {
                continue; // no line after the pair: nothing to put back
            }
            // (one line after the pair is the rest of the one item that did not end: "• Pupils who speak English as an
            // additional   • Pupils enjoy the school's music." / "language are supported well.", two one-item columns)
            List<Line> l = new ArrayList<>(List.of(left));
            List<Line> r = new ArrayList<>(List.of(right));
            int columnWidth = Math.max(left.length(), right.length());
            for (int k = i + 2; k < end; k++) {
                columnWidth = Math.max(columnWidth, lines.get(k).length());
            }
            boolean leftOpen = true;
            boolean rightOpen = true;
            boolean toLeft = true;
            int k = i + 2;
            for (; k < end; k++) {
                Line c = lines.get(k);
                boolean mine = toLeft ? leftOpen : rightOpen;
                List<Line> turn = toLeft ? l : r;
                List<Line> other = toLeft ? r : l;
                boolean otherOpen = toLeft ? rightOpen : leftOpen;
                boolean goLeft;
                if (startsItem(c)) {
                    // a new item: the column whose turn it is, unless its item runs on and the other's ended
                    boolean stay = mine && (!otherOpen || ended(last(turn), c, columnWidth)
                            || !ended(last(other), c, columnWidth));
                    goLeft = stay == toLeft;
                } else if (mine && continues(last(turn), c, columnWidth)) {
                    goLeft = toLeft;
                } else if (otherOpen && continues(last(other), c, columnWidth)) {
                    goLeft = !toLeft;
                    if (toLeft) {
                        leftOpen = false; // the column whose turn it was has run out
                    } else {
                        rightOpen = false;
                    }
                } else {
                    break; // continues neither column: the run is over
                }
                (goLeft ? l : r).add(c);
                toLeft = goLeft ? !rightOpen : leftOpen;
            }
            return rebuild(lines, i, k, l, r, width);
        }
        return lines;
    }

    private static Line last(List<Line> column) {
        return column.get(column.size() - 1);
    }

    /** Whether {@code c} can continue the item whose last line is {@code prev}. */
    private static boolean continues(Line prev, Line c, int columnWidth) {
        return !ended(prev, c, columnWidth);
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

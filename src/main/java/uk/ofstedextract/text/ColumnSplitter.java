package uk.ofstedextract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Undoes side-by-side table cells in text laid out by position ({@code pdftotext -layout}): in a
 * short block of lines (between blank lines) where a wide gap of spaces puts short text in a right
 * column ("The impact of leaders on social work        Outstanding" / "practice with children and
 * families"), the left column's lines come first, then a blank line, then the right column's, as
 * pdftotext's default mode reads a table cell by cell. Prose is never touched: only blocks of at
 * most {@value #MAX_BLOCK} lines whose every line sits wholly in one column or splits at the same
 * column. Characters keep their alignment to the original.
 */
final class ColumnSplitter {
    static final int MAX_BLOCK = 6;
    /** Longer blocks are read as tables whose right-hand cells may be prose, up to a page's lines. */
    static final int MAX_TABLE = 80;
    /** Spaces that make a column gap. */
    static final int GAP = 4;
    /** The longest text a right-hand cell may hold. */
    static final int MAX_RIGHT = 40;
    private static final int TOLERANCE = 2;

    private ColumnSplitter() {
    }

    /** A line's content range [start, end) and where a right-hand cell starts (-1 when none). */
    private record Row(int start, int end, int gapAt, int rightAt) {
    }

    static AlignedText split(AlignedText text) {
        String s = text.text();
        if (!s.contains(" ".repeat(GAP))) {
            return text;
        }
        AlignedText.Builder b = new AlignedText.Builder();
        int n = s.length();
        int full = fullWidth(s);
        int copied = 0;
        int pos = 0;
        List<Span> block = new ArrayList<>(); // the block's lines
        while (pos <= n) {
            int end = pos;
            while (end < n && s.charAt(end) != '\n' && s.charAt(end) != '\f') {
                end++;
            }
            boolean blank = s.substring(pos, end).isBlank();
            boolean pageBreak = end < n && s.charAt(end) == '\f';
            if (!blank) {
                block.add(new Span(pos, end));
            }
            if (blank || pageBreak || end >= n) {
                copied = flush(text, block, b, copied, full);
                block.clear();
            }
            pos = end + 1;
        }
        b.append(text, copied, n);
        return b.build();
    }

    /**
     * Writes the text up to the block's end, reordering the block if it is a two-column table; {@code full} is the
     * length of a full line of the text's prose ({@link #fullWidth}).
     */
    private static int flush(AlignedText text, List<Span> block, AlignedText.Builder b, int copied, int full) {
        return flush(text, block, b, copied, true, full);
    }

    private static int flush(AlignedText text, List<Span> block, AlignedText.Builder b, int copied,
                             boolean prefixes, int full) {
        if (block.isEmpty() || block.size() > MAX_TABLE) {
            return copied; // longer than a page: not a table (and the search below would grow as its cube)
        }
        boolean longBlock = block.size() > MAX_BLOCK;
        List<Row> rows = new ArrayList<>();
        List<Integer> candidates = new ArrayList<>();
        for (Span l : block) {
            Row r = row(text.text(), l.start(), l.end());
            rows.add(r);
            candidates.add(r.rightAt >= 0 ? r.rightAt : r.start - l.start());
        }
        int column = -1;
        candidates.sort(null);
        for (int c : candidates) {
            if (longBlock ? isTable(text.text(), rows, block, c, 3) || sideBySideLists(text.text(), rows, block, c)
                    : isColumn(text.text(), rows, block, c, full) || isTable(text.text(), rows, block, c, 2) && proseRight(text.text(), rows)) {
                column = c;
                break;
            }
        }
        if (column < 0) {
            // a table running into prose or a page's footer without a blank line between (a judgement
            // heading with its grade beside it, then the section's first paragraph): the longest
            // leading run of lines that is a table, followed by a line without a column gap, is read as
            // one, and a blank line ends it
            for (int size = block.size() - 1; size >= 2 && prefixes; size--) {
                if (rows.get(size).rightAt >= 0) {
                    continue; // the table goes on past here (a contents page): no table ends here
                }
                if (wrappedProse(text.text(), rows.get(size - 1), block.get(size - 1).start(), rows.get(size), full)) {
                    continue; // no table ends inside a sentence of the paragraph after it
                }
                int done = flush(text, block.subList(0, size), b, copied, false, full);
                if (done != copied) {
                    int at = text.origin(done - 1);
                    b.append('\n', at, at);
                    return done;
                }
            }
            return copied;
        }
        int blockStart = block.get(0).start();
        int blockEnd = block.get(block.size() - 1).end();
        b.append(text, copied, blockStart);
        List<Span> right = new ArrayList<>();
        boolean firstLeft = true;
        for (int k = 0; k < rows.size(); k++) {
            Row r = rows.get(k);
            int lineStart = block.get(k).start();
            if (r.rightAt >= 0) {
                appendLine(text, b, lineStart, r.gapAt, firstLeft);
                firstLeft = false;
                right.add(new Span(lineStart + r.rightAt, r.end));
            } else if (r.start - lineStart >= column - TOLERANCE) {
                right.add(new Span(r.start, r.end));
            } else {
                appendLine(text, b, lineStart, r.end, firstLeft);
                firstLeft = false;
            }
        }
        int at = text.origin(blockEnd - 1);
        b.append('\n', at, at);
        for (Span r : right) {
            b.append('\n', text.origin(r.start()), text.origin(r.start()));
            b.append(text, r.start(), r.end());
        }
        return blockEnd;
    }

    /**
     * Whether column {@code c} splits the block into a left and a right column: every line lies
     * wholly left of it, wholly right of it (short), or splits at it; some text lies on each side.
     */
    private static boolean isColumn(String s, List<Row> rows, List<Span> block, int c, int full) {
        boolean left = false;
        boolean right = false;
        boolean split = false; // the line above split at the column
        for (int k = 0; k < rows.size(); k++) {
            Row r = rows.get(k);
            int lineStart = block.get(k).start();
            if (r.rightAt >= 0 && (Math.abs(r.rightAt - c) <= TOLERANCE || hangingItem(s, lineStart, r, c))) {
                if (r.end - (lineStart + r.rightAt) > MAX_RIGHT) {
                    return false;
                }
                left = right = split = true;
            } else if (r.rightAt < 0 && r.start - lineStart >= c - TOLERANCE) {
                if (r.end - r.start > MAX_RIGHT) {
                    return false;
                }
                right = true;
                split = false;
            } else if (r.rightAt < 0 && r.end - lineStart <= c - GAP + TOLERANCE) {
                if (split && (sentence(s.substring(r.start, r.end)) || SENTENCES.matcher(s).region(r.start, r.end).find())) {
                    // a paragraph straight under a row ("Inclusion   Strong standard"; "Outcomes for individuals
                    // and groups of pupils   2" then "Pupils achieve well. Records show …"), not a cell: a
                    // one-line paragraph, or a line where one sentence ends and the next begins
                    return false;
                }
                if (k > 0 && wrappedProse(s, rows.get(k - 1), block.get(k - 1).start(), r, full)) {
                    // a sentence wrapped from the line above: the block's left lines are prose, and the "column" the
                    // right margin of a row above it ("Health and social care   Good" / provision types / the
                    // paragraph), whose grade would be read after the paragraph
                    return false;
                }
                left = true;
                split = false;
            } else {
                return false;
            }
        }
        return left && right;
    }

    /**
     * Whether column {@code c} splits a longer block into a table of two columns whose right-hand
     * cells may be prose ("Responsible body | Areas for priority action"): every line splits at the
     * column, lies wholly right of it or wholly left of it; at least {@code minSplit} lines split (three in a
     * long block, two in a short one), at least two
     * left-hand cells have words in them, at least half the right-hand cells have words (a contents
     * page's page numbers do not), and no left-hand cell is a paragraph number or bullet (a numbered
     * paragraph with a hanging indent is not a table).
     */
    private static boolean isTable(String s, List<Row> rows, List<Span> block, int c, int minSplit) {
        int split = 0;
        int wordy = 0;
        int wordyRight = 0;
        for (int k = 0; k < rows.size(); k++) {
            Row r = rows.get(k);
            int lineStart = block.get(k).start();
            if (r.rightAt >= 0 && (Math.abs(r.rightAt - c) <= TOLERANCE || hangingGlyph(s, lineStart, r, c)
                    || hangingItem(s, lineStart, r, c))) {
                String left = s.substring(r.start, r.gapAt);
                if (MARKER.matcher(left).matches()) {
                    return false;
                }
                split++;
                if (WORD.matcher(left).find()) {
                    wordy++;
                }
                if (WORD.matcher(s.substring(lineStart + r.rightAt, r.end)).find()) {
                    wordyRight++;
                }
            } else if (r.rightAt < 0 && r.start - lineStart >= c - TOLERANCE) {
                continue;
            } else if (r.rightAt < 0 && r.end - lineStart <= c - GAP + TOLERANCE) {
                if (MARKER.matcher(s.substring(r.start, r.end)).lookingAt()) {
                    return false;
                }
            } else {
                return false;
            }
        }
        return split >= minSplit && wordy >= 2 && wordyRight * 2 >= split; // not a contents page's numbers
    }

    /**
     * Whether column {@code c} parts a longer block into two bulleted lists set side by side (a school summary's
     * "This is a good school" in pdftotext -layout, whose two columns' lines fall on different baselines, so few lines
     * hold both): every line lies wholly left of the column, starts at it (its glyph up to {@value #TOLERANCE}
     * characters left) or splits at it, and each column opens two items at least with a bullet glyph. Prose is never
     * read so: no paragraph's lines start half-way across the page with a bullet.
     */
    private static boolean sideBySideLists(String s, List<Row> rows, List<Span> block, int c) {
        int leftItems = 0;
        int rightItems = 0;
        for (int k = 0; k < rows.size(); k++) {
            Row r = rows.get(k);
            int lineStart = block.get(k).start();
            if (r.rightAt >= 0 && Math.abs(r.rightAt - c) <= TOLERANCE) {
                leftItems += GLYPH.matcher(s).region(r.start, r.end).lookingAt() ? 1 : 0;
                rightItems += GLYPH.matcher(s).region(lineStart + r.rightAt, r.end).lookingAt() ? 1 : 0;
            } else if (r.rightAt < 0 && Math.abs(r.start - lineStart - c) <= TOLERANCE) {
                rightItems += GLYPH.matcher(s).region(r.start, r.end).lookingAt() ? 1 : 0;
            } else if (r.rightAt < 0 && r.end - lineStart <= c - GAP + TOLERANCE && r.start - lineStart <= GAP) {
                leftItems += GLYPH.matcher(s).region(r.start, r.end).lookingAt() ? 1 : 0;
            } else {
                return false;
            }
        }
        return leftItems >= 2 && rightItems >= 2;
    }

    /**
     * Whether every right-hand cell of a short block is words running on from the line above or starting an
     * item: two lists set side by side (a school summary's "The school has the following strengths" in
     * pdftotext -layout, each column an item of a line or two), whose right-hand cells are longer than a
     * table's grade column ({@value #MAX_RIGHT} characters) and so are not a column to {@link #isColumn}: every
     * right-hand cell has words and one at least is longer than that.
     */
    private static boolean proseRight(String s, List<Row> rows) {
        boolean longer = false;
        for (Row r : rows) {
            if (r.rightAt >= 0) {
                String right = s.substring(r.gapAt, r.end).strip();
                if (!WORD.matcher(right).find()) {
                    return false;
                }
                longer |= right.length() > MAX_RIGHT;
            }
        }
        return longer;
    }

    /**
     * Whether the row's right-hand cell is an item's first line set a few characters left of column {@code c}, its
     * glyph lost: a list in a table cell with a hanging indent, converted with its glyphs dropped, keeps the items'
     * first lines where the glyphs hung or between there and the text ("Pupils' attendance is well below …" three
     * characters left of "average and has not improved."). The cell opens a sentence: a capital and words.
     */
    private static boolean hangingItem(String s, int lineStart, Row r, int c) {
        return hangsLeftOf(r, c) && ITEM_START.matcher(s).region(lineStart + r.rightAt, r.end).lookingAt();
    }

    /** Whether the row's right-hand cell starts left of column {@code c}, by at most {@value #HANGING} characters. */
    private static boolean hangsLeftOf(Row r, int c) {
        return r.rightAt < c && c - r.rightAt <= HANGING;
    }

    private static final Pattern ITEM_START = Pattern.compile("\\p{Lu}\\p{L}*'?\\p{L}*(?:\\s\\p{L}+){2,}");

    /** How far left of its column a right-hand cell's bullet may hang (the item's text, and its next lines, at the column). */
    static final int HANGING = 4;
    private static final Pattern GLYPH = Pattern.compile("[\\u2022\\u25AA\\u25FC\\u25CF\\u25E6\\uF06E\\uF0A7\\uF0B7\\uF0D8]\\s");

    /**
     * Whether the row's right-hand cell opens with a bullet glyph hanging left of column {@code c}: a list set in
     * a table cell with a hanging indent puts its glyphs a few characters left of the items' text, and the items'
     * next lines (and a list's unbulleted lines) start at the text ("\uF06E  Pupils' attendance …" / "average and …").
     */
    private static boolean hangingGlyph(String s, int lineStart, Row r, int c) {
        return hangsLeftOf(r, c) && GLYPH.matcher(s).region(lineStart + r.rightAt, r.end).lookingAt();
    }

    /**
     * A paragraph number, item letter or bullet at a cell's start, followed by a space or ending the cell: a
     * left-hand line that starts "on making sure …" (a wrapped bullet item of a summary column) is a word.
     */
    private static final Pattern MARKER =
            Pattern.compile("(?:\\(?(\\d{1,3}|[a-z]|[ivx]{1,4})[.)]|[\\u2022\\u25AA\\u25FC\\u25CF\\u25E6\\u2013o*-])(?=\\s|$)");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    /** A sentence of prose: four words or more, ending with its full stop (a table's cells do not). */
    private static final Pattern SENTENCE = Pattern.compile("\\p{Lu}\\S*(?:\\s+\\S+){3,}[.!?][\"'’”)]?");

    /** One sentence's end and the next one's start within a line: prose, as a table's cells are not. */
    private static final Pattern SENTENCES = Pattern.compile("\\p{Ll}[.!?][\"'’”)]?\\s+\\p{Lu}");

    private static boolean sentence(String cell) {
        return SENTENCE.matcher(cell).matches();
    }

    /** Words of prose that a line must hold to be taken for a wrapped sentence's line (a cell's label holds fewer). */
    static final int PROSE_WORDS = 8;

    /** How near a full line of the text a wrapped line of prose runs. */
    static final double PROSE_REACH = 0.85;

    /**
     * Whether {@code line} goes on with a sentence of prose from {@code above} (which starts at {@code aboveStart}),
     * both without a right-hand cell: it starts in lower case after a line that ends no sentence, and the line above
     * holds {@value #PROSE_WORDS} words or more and runs to within 15% of a full line of the text ({@code full}),
     * as the body's lines do where the right-hand cell is a grade at the margin. A wrapped label cell is shorter ("…
     * who need help and" / "protection"), and so is a question set in a narrow column ("How much progress have
     * leaders made in ensuring" / "that the provider …"), which wraps well short of the page's width.
     */
    private static boolean wrappedProse(String s, Row above, int aboveStart, Row line, int full) {
        if (above.rightAt >= 0 || line.rightAt >= 0 || line.start >= line.end || above.start >= above.end) {
            return false;
        }
        String a = s.substring(above.start, above.end);
        char last = a.charAt(a.length() - 1);
        return Character.isLowerCase(s.charAt(line.start)) && last != '.' && last != '!' && last != '?' && last != ':'
                && a.split("\\s+").length >= PROSE_WORDS
                && (above.end - aboveStart >= PROSE_REACH * full || hangsUnder(s, above, aboveStart, line));
    }

    /**
     * Whether {@code line} starts right under the text of a bullet item that {@code above} opens ("•   The headteacher
     * … of the" / "    school's strengths …"): a list's hanging indent, so the item's sentence wraps there, however far
     * short of the width its first line stops (its next word did not fit).
     */
    private static boolean hangsUnder(String s, Row above, int aboveStart, Row line) {
        if (!GLYPH.matcher(s).region(above.start, above.end).lookingAt()) {
            return false;
        }
        int text = above.start + 1;
        while (text < above.end && s.charAt(text) == ' ') {
            text++;
        }
        int lineStart = Math.max(s.lastIndexOf('\n', line.start - 1), s.lastIndexOf('\f', line.start - 1)) + 1;
        return line.start - lineStart == text - aboveStart;
    }

    /**
     * The length of a full line of the text: the 90th percentile of its lines of 20 characters or more (leading spaces
     * counted, as a layout-preserving conversion sets them), or {@link Integer#MAX_VALUE} where there are none.
     */
    static int fullWidth(String s) {
        int[] lengths = s.lines().map(String::stripTrailing).mapToInt(String::length).filter(n -> n >= 20).sorted()
                .toArray();
        return lengths.length == 0 ? Integer.MAX_VALUE : Percentile.of(lengths, 0.9);
    }

    private static void appendLine(AlignedText text, AlignedText.Builder b, int from, int to, boolean first) {
        if (!first) {
            b.append('\n', text.origin(from), text.origin(from));
        }
        b.append(text, from, to);
    }

    /** The line's content, and a right-hand cell after a gap of GAP or more spaces, if any. */
    private static Row row(String s, int from, int to) {
        int a = from;
        while (a < to && s.charAt(a) == ' ') {
            a++;
        }
        int z = to;
        while (z > a && Character.isWhitespace(s.charAt(z - 1))) {
            z--;
        }
        int gapAt = -1;
        int rightAt = -1;
        int spaces = 0;
        for (int i = a; i < z; i++) {
            if (s.charAt(i) == ' ') {
                spaces++;
            } else {
                // a narrower gap before a bullet glyph too: two lists side by side whose left item runs almost to
                // the right one's column ("… start in the Reception   • Pupils behave well …")
                if (spaces >= GAP || spaces >= 2 && i > a && GLYPH.matcher(s).region(i, z).lookingAt()) {
                    if (rightAt >= 0) {
                        return new Row(a, z, -1, -1); // three or more cells: not a two-column row
                    }
                    gapAt = i - spaces;
                    rightAt = i - from;
                }
                spaces = 0;
            }
        }
        return new Row(a, z, gapAt, rightAt);
    }
}

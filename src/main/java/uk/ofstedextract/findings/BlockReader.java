package uk.ofstedextract.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.ofstedextract.layout.Document;
import uk.ofstedextract.layout.Line;
import uk.ofstedextract.layout.ReportProfile;
import uk.ofstedextract.text.Percentile;
import uk.ofstedextract.text.Span;

/**
 * Groups a section's lines into {@link Block}s. A bullet glyph (also one alone on its line, or
 * lost in conversion and left as a leading space) or a paragraph number starts a block; a
 * numbered paragraph runs until the next number, bullet or heading, across page breaks; plain
 * text breaks into paragraphs at blank lines or after a short line that ends a sentence, except
 * where a page break fell mid-sentence (the next line starts in lower case or the last ended
 * mid-phrase).
 */
public final class BlockReader {
    /** Bullet glyphs that converters leave ({@link Line#BULLET_GLYPHS}). */
    static final String GLYPHS = Line.BULLET_GLYPHS;
    /**
     * A glyph, a dash, an "o" or a "?" before an item's first word: a file saved in Windows-1252 turns
     * "▪" into "?", and no line of prose starts with a question mark.
     */
    private static final Pattern BULLET = Pattern.compile(
            "^([" + GLYPHS + "]|[-–*\u0336](?=\\s)|o(?=\\s+[A-Za-z])|\\?(?=\\s+[\\p{L}\\d(‘'\"“]|$))\\s*");
    /** Glyphs that mark a sub-item under a bullet set with another glyph: dashes and the long stroke overlay. */
    private static final String SUB_GLYPHS = "-–—\u0336";
    private static final Pattern NUMBER = Pattern.compile("^(\\d{1,3})\\.(?:\\s+|$)");
    private static final Pattern BARE_NUMBER = Pattern.compile("^(\\d{1,3})$");

    private final NumberSequence numbers;
    private final boolean lineFit;
    private final boolean measuredFit;
    private final boolean printedShort;

    public BlockReader(NumberSequence numbers) {
        this(numbers, false, false);
    }

    public BlockReader(NumberSequence numbers, boolean lineFit) {
        this(numbers, lineFit, false);
    }

    /**
     * @param lineFit the line-fit paragraph rule (finding rule {@value ReportProfile#LINE_FIT_PARAGRAPHS}): a line
     *                that ends a sentence and leaves room for the next line's first word ends its paragraph or
     *                list item, within a page and across a page break
     * @param measuredFit the measured line-fit rule (finding rule {@value ReportProfile#MEASURED_LINE_FIT}): in
     *                wrapped text without blank lines between paragraphs, a line that ends a sentence and leaves
     *                room, by its {@link PrintedWidth printed width}, for the next line's first word ends its paragraph;
     *                with {@code lineFit} too, the line-fit rule measures by printed width instead of characters
     */
    public BlockReader(NumberSequence numbers, boolean lineFit, boolean measuredFit) {
        this(numbers, lineFit, measuredFit, false);
    }

    /**
     * @param printedShort finding rule {@value ReportProfile#PRINTED_SHORT_LINES}: the short-line test (a line ending
     *                a sentence well short of the full width ends its paragraph) holds only where the line is short in
     *                print too, by its {@link PrintedWidth printed width}, not in characters alone
     */
    public BlockReader(NumberSequence numbers, boolean lineFit, boolean measuredFit, boolean printedShort) {
        this.numbers = numbers;
        this.lineFit = lineFit;
        this.measuredFit = measuredFit;
        this.printedShort = printedShort;
    }

    public List<Block> read(Document doc, List<Line> sectionLines, boolean listSection) {
        List<Line> lines = Columns.deinterleave(expand(sectionLines), fullWidth(doc));
        List<Block> blocks = new ArrayList<>();
        Block.Kind kind = null;
        char glyph = 0; // the glyph of the current bullet item
        Integer number = null;
        List<Line> cur = new ArrayList<>();
        int firstOffset = -1;
        boolean pendingGlyph = false; // a glyph alone on its line: the item starts on the next line
        int minIndent = lines.stream().mapToInt(Line::indent).min().orElse(0);
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            String t = l.text();
            Matcher b = BULLET.matcher(t);
            Matcher n = NUMBER.matcher(t);
            boolean startsBullet = b.find() && (b.group(1).length() == 1 || t.length() > 2);
            Integer num = n.find() ? Integer.valueOf(n.group(1)) : null;
            if (num != null && i > 0 && !cur.isEmpty() && cur.get(cur.size() - 1) == lines.get(i - 1)
                    && brokenWord(lines.get(i - 1).text()) && !l.pageBreakBefore()) {
                cur.add(l); // "… needed post-" / "18.": the end of a word broken at the line end, not a number
                continue;
            }
            if (num == null && BARE_NUMBER.matcher(t).matches() && Integer.parseInt(t) == numbers.last() + 1
                    && numbers.last() >= 5 && i + 1 < lines.size() && lines.get(i + 1).startsUpper()) {
                // a paragraph number whose dot the converter lost ("34" alone on its line), in sequence
                num = Integer.valueOf(t);
                n = BARE_NUMBER.matcher(t);
                n.find();
            }
            if (startsBullet && kind == Block.Kind.NUMBERED && !cur.isEmpty() && cur.get(cur.size() - 1) == lines.get(i - 1)
                    && dashInSentence(lines, i)) {
                cur.add(l); // "… including Multi-Systemic Therapy" / "– Child Abuse and Neglect, and …": prose
                continue;
            }
            if (startsBullet && kind == Block.Kind.BULLET && !cur.isEmpty() && b.end() < t.length()
                    && isSubItem(glyph, t.charAt(0)) && (l.blanksBefore() == 0 || l.pageBreakBefore())) {
                // "– ensuring …" straight under "• Improve … by:" (or after a page break): one finding; after a
                // blank line a list with another glyph is a list of its own
                cur.add(part(l, b.end(), t.length()));
                continue;
            }
            if (startsBullet) {
                glyph = t.charAt(0);
            }
            if (startsBullet && b.end() == t.length()) {
                flush(blocks, kind, number, cur, firstOffset);
                cur = new ArrayList<>();
                kind = Block.Kind.BULLET;
                number = null;
                pendingGlyph = true;
                continue;
            }
            if (pendingGlyph && kind == Block.Kind.NUMBERED && cur.isEmpty() && num != null && num == number + 1
                    && n.end() < t.length()) {
                // "89." alone, then "90. The majority…": the report printed a number without a paragraph
                pendingGlyph = false;
                kind = null;
            }
            if (pendingGlyph) {
                cur.add(l);
                firstOffset = l.start();
                pendingGlyph = false;
                continue;
            }
            if (startsBullet) {
                flush(blocks, kind, number, cur, firstOffset);
                cur = new ArrayList<>(List.of(l));
                kind = Block.Kind.BULLET;
                number = null;
                firstOffset = l.start() + b.end();
                continue;
            }
            boolean repeatOpensSection = num != null && i == 0 && num == numbers.last() && !listSection
                    && n.end() < t.length();
            if (num != null && (numbers.accept(num, listSection) || repeatOpensSection)) {
                // a number the report repeats at the start of a new judgement section ("57." ending one
                // section and "57." opening the next) is still that paragraph's number
                flush(blocks, kind, number, cur, firstOffset);
                kind = Block.Kind.NUMBERED;
                number = num;
                if (n.end() == t.length()) {
                    // the number alone on its line: the paragraph starts on the next line
                    cur = new ArrayList<>();
                    pendingGlyph = true;
                } else {
                    cur = new ArrayList<>(List.of(l));
                    firstOffset = l.start() + n.end();
                }
                continue;
            }
            if (kind != null && !cur.isEmpty() && continues(doc, kind, cur.get(cur.size() - 1), l, minIndent,
                    listSection, lineFit ? fullWidth(doc) : -1, lineFit && (listSection || !blankParagraphs(doc)),
                    measuredFit && (listSection || !blankParagraphs(doc)) ? printedFullWidth(doc) : -1,
                    lineFit && measuredFit ? wrappedWidth(doc) : -1, printedShort ? printedFullWidth(doc) : -1,
                    lineFit && !measuredFit && wrappedLineWidth(doc) > 0 ? wrappedWidth(doc) : -1)
                    && !(lineFit && kind == Block.Kind.PARAGRAPH && !blankParagraphs(doc)
                    && joinedAtBrokenWord(doc, cur.get(cur.size() - 1), l))) {
                cur.add(l);
                continue;
            }
            flush(blocks, kind, number, cur, firstOffset);
            cur = new ArrayList<>(List.of(l));
            kind = Block.Kind.PARAGRAPH;
            number = null;
            firstOffset = l.start();
        }
        flush(blocks, kind, number, cur, firstOffset);
        return listItemsAcrossPages(blocks);
    }

    /**
     * A plain paragraph between two bullet items that a page break alone separates from the item before it
     * is the rest of that item: the list goes on after it, and a list does not hold an unmarked paragraph
     * between its items ("◼ … is a mixed picture." / page break / "Although there are plans …" / "◼ …"). One
     * ending in ':' introduces the items after it and stays a block.
     */
    private static List<Block> listItemsAcrossPages(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (int k = 0; k < blocks.size(); k++) {
            Block b = blocks.get(k);
            Block prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && prev.kind() == Block.Kind.BULLET && b.kind() == Block.Kind.PARAGRAPH
                    && b.lines().get(0).pageBreakBefore() && !b.last().text().endsWith(":")
                    && k + 1 < blocks.size() && blocks.get(k + 1).kind() == Block.Kind.BULLET) {
                out.set(out.size() - 1, prev.followedBy(b));
                continue;
            }
            out.add(b);
        }
        return out;
    }

    /**
     * A line that opens a recommendation: a sentence whose subject, named within its first few words, is
     * who should act ("The LAP should …", "Health leaders need to …", "NHS North East London ICB should
     * …"), not a word pointing back ("This should include …", "It should …", "There should be …"), nor a
     * thing that "should be" done ("The monitoring of projects should be more inclusive").
     */
    static final Pattern OPENS_RECOMMENDATION = Pattern.compile(
            "^(?!(?:This|These|That|Those|They|It|There|Such|However|In)\\b)\\p{Lu}[\\p{L}’'-]*(?:\\s+[\\p{L}’'-]+){0,7}?"
                    + "\\s+(?:should|must|needs? to)\\s+(?!be\\b)");

    /**
     * Whether line {@code i}, opening with a dash, goes on with the sentence of the line before rather than
     * starting a list: the converter wrapped a dash of the prose ("… Multi-Systemic Therapy" / "– Child Abuse
     * and Neglect, and targeted family support, work …") to the line's start. So where the line before ends
     * mid-phrase (a word, a number, a comma or a bracket: no colon or sentence end introducing a list), runs
     * straight on (no blank line, no page break) and is not a dashed item itself, and the next line is not one.
     */
    static boolean dashInSentence(List<Line> lines, int i) {
        Line l = lines.get(i);
        Line prev = lines.get(i - 1);
        if (SUB_GLYPHS.indexOf(l.text().charAt(0)) < 0 || l.blanksBefore() > 0 || l.pageBreakBefore()
                || dashed(prev) || i + 1 < lines.size() && dashed(lines.get(i + 1))) {
            return false;
        }
        String p = prev.text();
        char last = p.isEmpty() ? ':' : p.charAt(p.length() - 1);
        return Character.isLetterOrDigit(last) || last == ',' || last == ')';
    }

    private static boolean dashed(Line l) {
        String t = l.text();
        return t.length() > 1 && SUB_GLYPHS.indexOf(t.charAt(0)) >= 0 && Character.isWhitespace(t.charAt(1));
    }

    /** A sub-item's glyph under an item whose glyph was another (not itself a sub-item glyph). */
    static boolean isSubItem(char top, char glyph) {
        return top != 0 && SUB_GLYPHS.indexOf(glyph) >= 0 && SUB_GLYPHS.indexOf(top) < 0;
    }

    private Document widthOf;
    private int fullWidth;

    /**
     * The width of a full line of the report's body: the longest ordinary line, read as the 97th
     * percentile of the lengths of lines of 25 characters or more that are not far wider than the
     * typical line (tables and unwrapped paragraphs are). A line that ends a sentence and leaves room
     * for the next line's first word within this width ended its paragraph: the converter did not wrap it.
     */
    int fullWidth(Document doc) {
        if (widthOf != doc) {
            int limit = (int) (doc.typicalWidth() * 1.15);
            int[] lengths = doc.lines().stream().mapToInt(Line::length).filter(n -> n >= 25 && n <= limit).sorted()
                    .toArray();
            fullWidth = lengths.length == 0 ? doc.typicalWidth() : Percentile.of(lengths, 0.97);
            widthOf = doc;
        }
        return fullWidth;
    }

    private Document printedOf;
    private int printedFullWidth;

    /**
     * The printed width of a full line of the report's body: the 95th percentile of the printed widths of the
     * lines {@link #fullWidth} reads (25 characters or more, not far wider than the typical line).
     */
    int printedFullWidth(Document doc) {
        if (printedOf != doc) {
            int limit = (int) (doc.typicalWidth() * 1.15);
            int[] widths = doc.lines().stream().filter(l -> l.length() >= 25 && l.length() <= limit)
                    .mapToInt(l -> PrintedWidth.of(l.text())).sorted().toArray();
            printedFullWidth = widths.length == 0 ? -1 : Percentile.of(widths, 0.95);
            printedOf = doc;
        }
        return printedFullWidth;
    }

    /**
     * Whether {@code next}'s first word would have fitted after {@code prev} on a line of printed width
     * {@code width}, with a margin of 3% for the estimate's error: where it would, the line was not wrapped
     * and its paragraph ended there. Checked against the line gaps of the corpus's focused-visit PDFs: of
     * 260 sentence ends inside a page followed by a capital, it finds 169 of the 202 paragraph ends (the
     * short-line test alone: 138) and calls no line inside a paragraph an end.
     */
    static boolean fitsNextWordPrinted(Line prev, Line next, int width) {
        String t = next.text();
        int word = t.indexOf(' ');
        return PrintedWidth.of(prev.text()) + PrintedWidth.of(' ')
                + PrintedWidth.of(word < 0 ? t : t.substring(0, word)) <= width * 0.97;
    }

    /**
     * The line-fit test by character count ({@code width}), or by printed width where a profile names both line-fit
     * rules ({@code printed} > 0, the {@link #wrappedWidth} of the text): line-fit-paragraphs' places (within a page,
     * in lists, across page breaks) measured as measured-line-fit measures. In real reports' proportional face a
     * character count calls many lines with room that have none (docs/schools-graded.md: 492 of 877 continuing
     * sentence-end lines over 75 PDFs, printed width 68).
     * <p>Counting characters ({@code countChecked} > 0, the {@link #wrappedWidth} of a text with at least five wrapped
     * lines; further education's rule), where the count and the printed width disagree the next sentence's opening
     * decides: one that points back ({@link #opensContinuation}) goes on, any other starts a paragraph. The count alone
     * over-split "… their apprenticeship programmes." / "They work …" (79 characters of about 86, full in print); printed
     * width alone joins Kirklees College's "… as much progress as they could." / "Most tutors …" (shared, real), which
     * is full in Tahoma too and, being a paragraph end, undecidable by width.
     */
    private static boolean fits(Line prev, Line next, int width, int printed, int countChecked) {
        if (printed <= 0) {
            boolean byCount = fitsNextWord(prev, next, width);
            if (countChecked > 0 && byCount != fitsPrinted(prev, next, countChecked)) {
                return !opensContinuation(next.text());
            }
            return byCount;
        }
        return fitsPrinted(prev, next, printed);
    }

    private static boolean fitsPrinted(Line prev, Line next, int printed) {
        String t = next.text();
        int word = t.indexOf(' ');
        return PrintedWidth.of(prev.text()) + PrintedWidth.of(' ')
                + PrintedWidth.of(word < 0 ? t : t.substring(0, word)) <= printed;
    }

    /**
     * A sentence that opens by pointing back (a pronoun: "They", "This", "It"; a connective: "However", "As a
     * result,", "For example") goes on from the one before: in the narrative findings of all our gold (2,828, children's
     * services and schools, real and constructed) 1,683 sentences inside a paragraph open so and 7 paragraphs do.
     */
    static boolean opensContinuation(String text) {
        return CONTINUATION.matcher(text).lookingAt();
    }

    private static final Pattern CONTINUATION = Pattern.compile("(?:They|This|These|Those|It|Its|Their|He|She"
            + "|However|Consequently|Therefore|Furthermore|Moreover|Additionally|Nevertheless|Nonetheless|Instead|Thus)\\b"
            + "|As a result,|For (?:example|instance)\\b|In (?:addition|particular)\\b");

    private Document wrappedOf;
    private int wrappedWidth;

    /**
     * The printed width of a full line, read from the lines the converter wrapped: a line whose sentence goes on, in
     * lower case, on the next line of its paragraph was as full as the column allowed, so the column is at least as
     * wide as the widest of them. (A percentile of all lines, as {@link #printedFullWidth}, with a margin, falls short
     * of the column in a short text: a two-page monitoring report's paragraph end lost its room for "The".) Where no
     * line wrapped so, 97% of that percentile.
     */
    int wrappedWidth(Document doc) {
        if (wrappedOf != doc) {
            int[] widths = wrappedPrintedWidths(doc.lines(), (int) (doc.typicalWidth() * 1.15));
            // a wrapped line printed well past nine in ten of the others is set in a smaller type (a licence
            // page's) or is two printed lines the converter joined: not the body's column
            int ceiling = widths.length < 5 ? Integer.MAX_VALUE : (int) (Percentile.of(widths, 0.9) * OTHER_TYPE);
            wrappedWidth = java.util.Arrays.stream(widths).filter(w -> w <= ceiling).max()
                    .orElse((int) (printedFullWidth(doc) * 0.97));
            wrappedOf = doc;
        }
        return wrappedWidth;
    }

    /** How far past nine in ten wrapped lines' printed width a wrapped line is not of the body's column. */
    static final double OTHER_TYPE = 1.05;

    /** How far past a full line's printed width a line must run to be two printed lines joined. */
    static final double JOINED = 1.08;

    /**
     * Whether {@code prev} is two printed lines the converter joined, the second short, and ends its paragraph before
     * {@code next}: pdftotext's default mode drops the hyphen of a compound broken at a line's end and the line break
     * with it ("… will receive their off-the-" / "job training." becomes "… their off-thejob training."), so the
     * line runs well past the column's printed width while the line printed last was short. A sentence ending there
     * before a capital ends the paragraph, as a short line's does. (A line left unwrapped, far longer still, is
     * {@code continues}' concern.)
     */
    private boolean joinedAtBrokenWord(Document doc, Line prev, Line next) {
        if (!prev.endsSentence() || !next.startsUpper() || next.pageBreakBefore() || prev.length() > doc.typicalWidth() * 1.4) {
            return false;
        }
        int full = wrappedLineWidth(doc);
        return full > 0 && PrintedWidth.of(prev.text()) > full * JOINED;
    }

    private Document wrappedLinesOf;
    private int wrappedLineWidth;

    /**
     * The printed width of a line the converter wrapped, the 90th percentile of those that are: a line whose sentence
     * goes on in lower case on the next line of its paragraph reached the column's edge (a joined line, rare, does not
     * move the percentile, as it moves a maximum); -1 where fewer than five lines wrapped so.
     */
    private int wrappedLineWidth(Document doc) {
        if (wrappedLinesOf != doc) {
            int[] widths = wrappedPrintedWidths(doc.lines(), Integer.MAX_VALUE);
            wrappedLineWidth = widths.length < 5 ? -1 : Percentile.of(widths, 0.9);
            wrappedLinesOf = doc;
        }
        return wrappedLineWidth;
    }

    /**
     * The printed widths, sorted, of the lines of 25 to {@code maxLength} characters that {@link #wraps wrap} onto the
     * next line.
     */
    private static int[] wrappedPrintedWidths(List<Line> lines, int maxLength) {
        return java.util.stream.IntStream.range(0, lines.size() - 1)
                .filter(i -> wraps(lines.get(i), lines.get(i + 1)) && lines.get(i).length() >= 25
                        && lines.get(i).length() <= maxLength)
                .map(i -> PrintedWidth.of(lines.get(i).text())).sorted().toArray();
    }

    /** A line whose sentence the converter wrapped onto the next line of the same paragraph. */
    private static boolean wraps(Line l, Line next) {
        return !l.endsSentence() && !l.text().endsWith(":") && next.startsLower() && next.blanksBefore() == 0
                && !next.pageBreakBefore();
    }

    private Document blanksOf;
    private boolean blankParagraphs;

    /**
     * Whether the report separates its paragraphs with blank lines: most sentence ends followed by a line
     * starting in upper case (page breaks aside) have a blank line between them. There a block between
     * blank lines is one paragraph, and the line-fit rule applies only inside lists (whose glyphs a
     * converter may have dropped) and across page breaks.
     */
    boolean blankParagraphs(Document doc) {
        if (blanksOf != doc) {
            int ends = 0;
            int blank = 0;
            int wrappedEnds = 0;
            int wrappedBlank = 0;
            List<Line> lines = doc.lines();
            for (int i = 1; i < lines.size(); i++) {
                Line l = lines.get(i);
                if (lines.get(i - 1).endsSentence() && l.startsUpper() && !l.pageBreakBefore() && !headingLike(doc, l)) {
                    ends++;
                    blank += l.blanksBefore() > 0 ? 1 : 0;
                    if (wrapped(doc, l)) {
                        wrappedEnds++;
                        wrappedBlank += l.blanksBefore() > 0 ? 1 : 0;
                    }
                }
            }
            if (wrappedEnds >= MIN_WRAPPED_ENDS) {
                // the paragraphs whose first line wrapped decide; with too few of them (a short text, or lines that
                // each end a sentence), every sentence end does
                ends = wrappedEnds;
                blank = wrappedBlank;
            }
            blankParagraphs = ends > 0 && blank * 2 >= ends;
            blanksOf = doc;
        }
        return blankParagraphs;
    }

    /**
     * A line the converter wrapped: long, its sentence going on (a paragraph's first line). A heading that asks a
     * question ("What does the school do well and what does it need to do better?") ends a sentence and is followed
     * by its paragraph with no blank line; "Part 3. Welfare, health and safety of pupils" ends none but is short. After
     * a paragraph end and a blank line, such lines tell nothing about how paragraphs are separated (a report whose
     * paragraphs run on, with a heading every few of them, looked blank-separated).
     */
    private static boolean wrapped(Document doc, Line l) {
        return !l.endsSentence() && l.length() >= doc.typicalWidth() * WRAPPED_LINE;
    }

    /** How many sentence ends before a wrapped line {@link #blankParagraphs} needs to go by those alone. */
    static final int MIN_WRAPPED_ENDS = 3;

    /** The least length, of the typical line's, of a line that wrapped: Ofsted's headings are shorter. */
    static final double WRAPPED_LINE = 0.7;

    /**
     * A short line that ends no sentence ("Main findings", "Context", "Yours sincerely"): what follows a sentence end
     * and a blank line there is a heading, not a paragraph, and tells nothing about how paragraphs are separated.
     */
    private static boolean headingLike(Document doc, Line l) {
        return !l.endsSentence() && l.length() * 2 < doc.typicalWidth();
    }

    /** Whether {@code next}'s first word would have fitted after {@code prev} on a line of {@code width}. */
    static boolean fitsNextWord(Line prev, Line next, int width) {
        String t = next.text();
        int word = t.indexOf(' ');
        return prev.length() + 1 + (word < 0 ? t.length() : word) <= width;
    }

    private static final Pattern HTML_PREFIX = Pattern.compile("^(?:<[^<>]{1,200}>\\s*)+");
    private static final Pattern INLINE_GLYPH = Pattern.compile("\\s([" + GLYPHS + "])\\s");

    /**
     * Splits lines that hold several bullet items ("▪ A. ▪ B.", as converters write HTML lists on one
     * line) into one line per item, and drops markup left at a line's start ("<ul ...>").
     */
    /** A line ending in a hyphen straight after a letter: its last word goes on at the next line. */
    private static boolean brokenWord(String line) {
        int n = line.length();
        return n >= 2 && line.charAt(n - 1) == '-' && Character.isLetter(line.charAt(n - 2));
    }

    static List<Line> expand(List<Line> lines) {
        List<Line> out = new ArrayList<>(lines.size());
        for (Line l : lines) {
            String t = l.text();
            int from = 0;
            Matcher h = HTML_PREFIX.matcher(t);
            if (h.find()) {
                from = h.end();
            }
            if (from >= t.length()) {
                continue; // markup only
            }
            Matcher g = INLINE_GLYPH.matcher(t);
            int start = from;
            int searchFrom = from;
            while (searchFrom < t.length() && g.find(searchFrom)) {
                int cut = g.start(1);
                if (cut > start && !t.substring(start, cut).isBlank()) {
                    out.add(part(l, start, cut));
                    start = cut;
                }
                searchFrom = cut + 1;
            }
            out.add(part(l, start, t.length()));
        }
        return out;
    }

    private static Line part(Line l, int from, int to) {
        String t = l.text().substring(from, to);
        int lead = t.length() - t.stripLeading().length();
        String s = t.strip();
        return new Line(l.index(), new Span(l.start() + from + lead, l.start() + from + lead + s.length()), s, l.indent(),
                from == 0 ? l.blanksBefore() : 0, from == 0 && l.pageBreakBefore());
    }

    private static void flush(List<Block> blocks, Block.Kind kind, Integer number, List<Line> cur, int firstOffset) {
        if (kind != null && !cur.isEmpty()) {
            blocks.add(new Block(kind, number, cur, firstOffset));
        }
    }

    /**
     * Whether line {@code l} continues the block whose last line is {@code prev}; {@code width} is the full
     * line width for the line-fit rule across page breaks, or -1 where the family does not use it;
     * {@code fitWithinPage}: the rule applies inside a page too (texts without blank lines, and lists).
     */
    private static boolean continues(Document doc, Block.Kind kind, Line prev, Line l, int minIndent,
                                     boolean listSection, int width, boolean fitWithinPage, int printedWidth,
                                     int lineFitPrinted, int shortPrinted, int countChecked) {
        boolean midSentence = !prev.endsSentence() && !prev.text().endsWith(":")
                && (l.startsLower() || uk.ofstedextract.layout.SectionSplitter.endsMidSentence(prev.text())
                || !Character.isLetter(l.text().charAt(0)) && !Character.isDigit(l.text().charAt(0)));
        if (midSentence) {
            return true;
        }
        if (kind == Block.Kind.BULLET && listSection && prev.endsSentence() && l.indent() > prev.indent()
                && l.indent() > minIndent && l.startsUpper() && !BULLET.matcher(prev.text()).find()) {
            // after the last line of a sub-item that ran over its glyph line, a line set in further: the next
            // item, its glyph lost and its indent left ("– … teaching" / "when pupils are confused." /
            // " Improve the …"); after a glyph line no such test (layout mode indents its continuation)
            return false;
        }
        if (kind == Block.Kind.BULLET && l.blanksBefore() == 0 && !l.pageBreakBefore() && prev.endsSentence()
                && l.startsUpper() && l.indent() < prev.indent() && !BULLET.matcher(prev.text()).find()) {
            // layout-preserving text sets an item's wrapped lines under its first word; a line that starts
            // left of them after a sentence's end is the paragraph after the list ("• Governors … leaders." /
            // "Having considered the evidence, …"); default text, without indents, never shows this
            return false;
        }
        if (kind == Block.Kind.BULLET && l.blanksBefore() == 0 && !l.pageBreakBefore()) {
            // a bullet item runs on until the next bullet, a blank line or a page break; in a list of
            // wrapped text also until a sentence ends well short of the width and the next line opens a
            // recommendation (the paragraph after the list: area SEND "Areas for improvement")
            return !(listSection && !doc.unwrapped() && prev.endsSentence() && l.startsUpper()
                    && prev.length() < doc.typicalWidth() * 0.8 && OPENS_RECOMMENDATION.matcher(l.text()).find());
        }
        if (kind == Block.Kind.NUMBERED && !doc.unwrapped()) {
            // in wrapped text every body paragraph is numbered: a numbered paragraph runs on until
            // the next number, bullet or heading, across page breaks and the blank lines they leave
            return true;
        }
        if (width > 0 && l.pageBreakBefore() && !doc.unwrapped()) {
            // across a page break (its furniture removed) the same test as inside a page decides: a line
            // that ends a sentence and leaves room for the next line's first word ended its paragraph
            return !(prev.endsSentence() && fits(prev, l, width, lineFitPrinted, countChecked));
        }
        if (l.blanksBefore() > 0 || l.pageBreakBefore()) {
            return false;
        }
        if (l.indent() > minIndent && prev.endsSentence() && (listSection || l.indent() > prev.indent())) {
            return false; // a bullet whose glyph was lost, leaving only its indent (set in beyond the line before)
        }
        if (doc.unwrapped()) {
            return !prev.endsSentence();
        }
        // wrapped text: a paragraph ends at a line that ends a sentence well short of the full width, or
        // at a line far longer than the width (a paragraph the converter left unwrapped)
        boolean unwrappedLine = prev.length() > doc.typicalWidth() * 1.4 || l.length() > doc.typicalWidth() * 1.4;
        // in lists without bullets (area SEND "Areas for improvement") items are short paragraphs: a
        // sentence that ends before the last few characters of a line ends the item
        double shortLine = listSection ? 0.95 : 0.8;
        // and wherever the next line's first word would have fitted on it: the converter did not wrap it
        // (and, under finding rule printed-short-lines, short in print too: a line of wide letters may be short in characters
        // but have left no room, "Teachers do not check carefully enough what pupils have remembered." before
        // "Misconceptions")
        boolean shortOne = lineFitPrinted > 0 ? PrintedWidth.of(prev.text()) < lineFitPrinted * shortLine
                : prev.length() < doc.typicalWidth() * shortLine
                && (shortPrinted <= 0 || PrintedWidth.of(prev.text()) < shortPrinted * shortLine);
        return !(prev.endsSentence() && (shortOne || unwrappedLine
                || fitWithinPage && fits(prev, l, width, lineFitPrinted, countChecked)
                || printedWidth > 0 && fitsNextWordPrinted(prev, l, printedWidth)));
    }
}

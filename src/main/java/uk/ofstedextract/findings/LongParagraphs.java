package uk.ofstedextract.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import uk.ofstedextract.layout.Line;

/**
 * Finding rule {@value uk.ofstedextract.layout.ReportProfile#LONG_PARAGRAPHS}: in wrapped text without blank
 * lines between paragraphs, an unnumbered paragraph that runs to {@value #MIN_LINES} lines or more holds a
 * paragraph end that no line shows (its last line ran to the full width), and is split where a sentence ends
 * at a line end and the next line opens a new sentence with a capital, at the place of that kind nearest its
 * middle that leaves {@value #MIN_PART} lines or more on each side; each part is split again while it is as
 * long. A sentence that points back ("This …", "However, …", "Despite …") continues its paragraph and is no
 * place to split.
 * <p>Focused-visit paragraphs are short: in the 19 development focused-visit PDFs (the held-out sets' left out),
 * 619 of the 673 runs of lines between paragraph gaps have fewer than 10 lines. Checked against those gaps, the
 * rule's splits in the corpus texts with a PDF are 13 right and 2 wrong in the development reports (a real
 * paragraph of 13 lines; a second split of a 22-line run), 9 right and 1 wrong in the held-out ones; the printed-width rule
 * ({@link BlockReader}) had found 254 of the 279 paragraph ends inside a page there, none wrong. The ten
 * lines, four-line parts and the words that point back were chosen on the development PDFs only.
 */
final class LongParagraphs {
    /** A paragraph of this many lines or more is taken to hold an end no line shows. */
    static final int MIN_LINES = 10;
    /** Each part of a split keeps this many lines or more. */
    static final int MIN_PART = 4;
    /** A sentence opening that refers back to the one before: it continues a paragraph. */
    private static final Pattern POINTS_BACK = Pattern.compile("^(?:Despite|However|This|These|They|It|Its|Their|"
            + "Such|Those|That|Here|Furthermore|Moreover|Also|Additionally|Consequently|Therefore|Thus|Similarly|"
            + "Equally|Nevertheless|Nonetheless|As a result|In addition|For example|For instance|In particular)\\b");

    private LongParagraphs() {
    }

    /** The blocks, each unnumbered paragraph of {@value #MIN_LINES} lines or more split as above. */
    static List<Block> split(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b.kind() == Block.Kind.PARAGRAPH && b.number() == null) {
                splitInto(b.lines(), b.firstOffset(), out);
            } else {
                out.add(b);
            }
        }
        return out;
    }

    private static void splitInto(List<Line> lines, int firstOffset, List<Block> out) {
        int at = lines.size() >= MIN_LINES ? place(lines) : -1;
        if (at < 0) {
            out.add(new Block(Block.Kind.PARAGRAPH, null, lines, firstOffset));
            return;
        }
        splitInto(lines.subList(0, at), firstOffset, out);
        splitInto(lines.subList(at, lines.size()), lines.get(at).start(), out);
    }

    /** The index of the line nearest the middle that may open a paragraph, or -1. */
    static int place(List<Line> lines) {
        int best = -1;
        for (int i = MIN_PART; i <= lines.size() - MIN_PART; i++) {
            Line prev = lines.get(i - 1);
            Line l = lines.get(i);
            if (prev.endsSentence() && l.startsUpper() && !l.pageBreakBefore() && !POINTS_BACK.matcher(l.text()).find()
                    && (best < 0 || Math.abs(2 * i - lines.size()) < Math.abs(2 * best - lines.size()))) {
                best = i;
            }
        }
        return best;
    }
}

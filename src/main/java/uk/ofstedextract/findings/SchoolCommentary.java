package uk.ofstedextract.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.ofstedextract.layout.Line;
import uk.ofstedextract.layout.ReportProfile;
import uk.ofstedextract.text.Fold;

/**
 * The lists of a section 10 school report (finding rule {@value ReportProfile#RESTATED_ITEMS}). Part B
 * ("What the school does well", "What could be improved") repeats each item of Part A's lists as a
 * sub-heading over the numbered paragraphs about it: those repeats are headings, not findings, even
 * where a converter ran one on at the end of the paragraph before. "What should the school do to improve
 * further?" numbers its items "(1)", "(2)" inside a numbered paragraph: each is an item of its own, also
 * where the converter set the number alone on its line and the item after it.
 */
final class SchoolCommentary {
    private static final Pattern BRACKETED = Pattern.compile("^\\((\\d{1,2})\\)\\s+");
    private static final Pattern BRACKETED_ALONE = Pattern.compile("^\\((\\d{1,2})\\)$");

    private SchoolCommentary() {
    }

    /**
     * A list section's blocks with bracketed items split out and repeated items removed; the bullets
     * of {@code blocks} are added to {@code listed} (by their letters) for the sections after.
     */
    static List<Block> arrange(List<Block> blocks, Set<String> listed) {
        List<Block> out = new ArrayList<>();
        for (Block b : split(blocks)) {
            Block kept = withoutRepeat(b, listed);
            if (kept != null) {
                out.add(kept);
            }
        }
        for (Block b : out) {
            if (b.kind() == Block.Kind.BULLET) {
                listed.add(letters(firstSentence(b.lines())));
            }
        }
        return out;
    }

    private static List<Block> split(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        Integer alone = null; // "(1)" alone on its line (pdftotext's default text): its item follows
        for (Block b : blocks) {
            List<Line> cur = new ArrayList<>();
            Block.Kind kind = b.kind();
            Integer number = b.number();
            int first = b.firstOffset();
            for (Line l : b.lines()) {
                Matcher a = BRACKETED_ALONE.matcher(l.text().strip());
                if (a.matches()) {
                    if (!cur.isEmpty()) {
                        out.add(new Block(kind, number, cur, first));
                    }
                    cur = new ArrayList<>();
                    alone = Integer.valueOf(a.group(1));
                    continue;
                }
                if (alone != null && cur.isEmpty()) {
                    kind = Block.Kind.NUMBERED;
                    number = alone;
                    first = l.start();
                    alone = null;
                }
                Matcher m = BRACKETED.matcher(l.text());
                if (m.find()) {
                    if (!cur.isEmpty()) {
                        out.add(new Block(kind, number, cur, first));
                    }
                    cur = new ArrayList<>();
                    kind = Block.Kind.NUMBERED;
                    number = Integer.valueOf(m.group(1));
                    first = l.start() + m.end();
                }
                cur.add(l);
            }
            if (!cur.isEmpty()) {
                out.add(new Block(kind, number, cur, first));
            }
        }
        return out;
    }

    /**
     * The numbered paragraphs that follow a list's bullets (by identity): a section 10 subject's commentary
     * under Part D's "Strengths" / "Areas for improvement" bullets ("• Boys' extended writing …" / "10.
     * Standards in English are average …"), the report's running paragraph numbers going on: narrative, not
     * items of the list. Part B's items are restated as plain lines, not bullets, so its commentary stays.
     */
    static Set<Block> afterBullets(List<Block> blocks) {
        Set<Block> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        boolean bullets = false;
        for (Block b : blocks) {
            if (b.kind() == Block.Kind.BULLET) {
                bullets = true;
            } else if (bullets && b.kind() == Block.Kind.NUMBERED && !BRACKETED.matcher(b.lines().get(0).text()).find()) {
                out.add(b);
            }
        }
        return out;
    }

    /** The block without trailing lines that repeat an earlier list item; null if it is only such a repeat. */
    private static Block withoutRepeat(Block b, Set<String> listed) {
        if (listed.isEmpty() || b.kind() == Block.Kind.BULLET) {
            return b;
        }
        List<Line> lines = b.lines();
        for (int j = 0; j < lines.size(); j++) {
            if (j > 0 && !lines.get(j - 1).endsSentence()) {
                continue; // a repeat starts a line after a sentence's end
            }
            if (listed.contains(letters(lines.subList(j, lines.size())))) {
                return j == 0 ? null : new Block(b.kind(), b.number(), lines.subList(0, j), b.firstOffset());
            }
        }
        return b;
    }

    private static List<Line> firstSentence(List<Line> lines) {
        for (int k = 0; k < lines.size(); k++) {
            if (lines.get(k).endsSentence()) {
                return lines.subList(0, k + 1);
            }
        }
        return lines;
    }

    /** The lines' letters only, folded: "Ensures, through careful planning, that" = "Ensures through careful planning that". */
    static String letters(List<Line> lines) {
        StringBuilder sb = new StringBuilder();
        for (Line l : lines) {
            String t = l.text().replaceFirst("^[" + BlockReader.GLYPHS + "]\\s*", "");
            sb.append(Fold.forMatching(t).replaceAll("[^a-z]", ""));
        }
        return sb.toString();
    }
}

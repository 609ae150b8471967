package uk.ofstedextract.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import uk.ofstedextract.layout.Line;
import uk.ofstedextract.layout.ReportProfile;

/**
 * Finding rule {@value ReportProfile#STATUTORY_PARAGRAPHS} (graded school reports, 2012–19): under "What does
 * the school need to do to improve further?" the template prints, after the bullets, unbulleted statutory
 * sentences — "An external review of governance should be undertaken in order to assess how this aspect of
 * leadership and management may be improved.", "An external review of the school's use of the pupil premium
 * should be undertaken …". Each is an item of its own, though a converter that leaves bullet continuation
 * lines unindented (pdftotext's default mode) runs it on after the last bullet.
 */
final class StatutoryParagraphs {
    /** The opening of a statutory sentence at a line's start. */
    private static final Pattern OPENS = Pattern.compile("^An external review of\\b");

    private StatutoryParagraphs() {
    }

    /** The blocks with each statutory sentence that starts a line after a finished sentence split off. */
    static List<Block> split(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            List<Line> lines = b.lines();
            int from = 0;
            for (int k = 1; k < lines.size(); k++) {
                if (lines.get(k - 1).endsSentence() && OPENS.matcher(lines.get(k).text()).find()) {
                    out.add(part(b, from, k));
                    from = k;
                }
            }
            out.add(from == 0 ? b : part(b, from, lines.size()));
        }
        return out;
    }

    private static Block part(Block b, int from, int to) {
        List<Line> lines = b.lines().subList(from, to);
        return from == 0 ? new Block(b.kind(), b.number(), lines, b.firstOffset())
                : new Block(Block.Kind.PARAGRAPH, null, lines, lines.get(0).start());
    }
}

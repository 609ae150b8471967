package uk.ofstedextract.findings;

import java.util.ArrayList;
import java.util.List;
import uk.ofstedextract.layout.Line;

/**
 * A unit of text inside a section: a bullet item, a numbered paragraph or item, or a plain
 * paragraph. {@code firstOffset} is where the content starts in the normalised text (after the
 * bullet glyph or number); the block runs over {@code lines}.
 */
public record Block(Kind kind, Integer number, List<Line> lines, int firstOffset) {
    public enum Kind { BULLET, NUMBERED, PARAGRAPH }

    public Block {
        lines = List.copyOf(lines);
    }

    public Line last() {
        return lines.get(lines.size() - 1);
    }

    /** This block with {@code next}'s lines run on after its own (its kind, number and start kept). */
    Block followedBy(Block next) {
        List<Line> all = new ArrayList<>(lines);
        all.addAll(next.lines());
        return new Block(kind, number, all, firstOffset);
    }
}

package uk.ofstedextract.layout;

import java.util.List;
import uk.ofstedextract.text.AlignedText;

/**
 * A report ready for the layout stages: the decoded original, its normalised form with the
 * alignment back, its content lines (page furniture already taken out, see {@link PageFurniture})
 * and the typical width of a wrapped line.
 */
public record Document(String original, AlignedText normalised, List<Line> lines, int typicalWidth) {
    public Document {
        lines = List.copyOf(lines);
    }

    /** True where paragraphs are one long line each (text copied from a viewer, or hand-made text). */
    public boolean unwrapped() {
        return typicalWidth > 160;
    }
}

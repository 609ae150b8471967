package uk.ofstedextract.layout;

import java.util.List;
import uk.ofstedextract.text.AlignedText;
import uk.ofstedextract.text.Normaliser;

/** A document made from constructed text by the same stages, in the same order, as the extractor. */
public final class Docs {
    private Docs() {
    }

    public static Document of(String... lines) {
        String original = String.join("\n", lines) + "\n";
        AlignedText normalised = new Normaliser().normalise(original);
        List<Line> read = new PageFurniture().strip(new LineReader().read(normalised));
        return new Document(original, normalised, read, LineReader.typicalWidth(read));
    }
}

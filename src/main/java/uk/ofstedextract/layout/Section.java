package uk.ofstedextract.layout;

import java.util.List;

/** A heading (null for the front matter) and the content lines under it, up to the next heading. */
public record Section(Heading heading, SectionRole role, String category, String judgement, List<Line> lines) {
    public Section {
        lines = List.copyOf(lines);
    }

    public String headingText() {
        return heading == null ? null : heading.text();
    }
}

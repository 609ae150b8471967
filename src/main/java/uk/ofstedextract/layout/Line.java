package uk.ofstedextract.layout;

import uk.ofstedextract.text.Span;

/**
 * One non-blank line of the normalised text: its trimmed content, its span in the normalised text,
 * its indent, how many blank lines precede it, and whether a page break (a form feed, or three or
 * more blank lines in text without form feeds) precedes it.
 */
public record Line(int index, Span span, String text, int indent, int blanksBefore, boolean pageBreakBefore) {
    /** Bullet glyphs that converters leave, including Wingdings code points in the private use area. */
    public static final String BULLET_GLYPHS = "•▪◼●◦■□➢►▶✓➤❖◆◇○‣⁃∙·\uF06E\uF0B7\uF0A7\uF0D8\uF0FC\uF076\uF0A8\uF09F";

    /** Whether the line opens with a bullet glyph (a list item). */
    public boolean startsWithBullet() {
        return !text.isEmpty() && BULLET_GLYPHS.indexOf(text.charAt(0)) >= 0;
    }

    /** Where the line starts in the normalised text: {@code span().start()}. */
    public int start() {
        return span.start();
    }

    /** Where the line ends (exclusive) in the normalised text: {@code span().end()}. */
    public int end() {
        return span.end();
    }

    public boolean endsSentence() {
        String t = text;
        int i = t.length() - 1;
        while (i >= 0 && "\"'’”)]".indexOf(t.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".?!".indexOf(t.charAt(i)) >= 0;
    }

    public boolean startsLower() {
        return !text.isEmpty() && Character.isLowerCase(text.charAt(0));
    }

    public boolean startsUpper() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    public int length() {
        return text.length();
    }

    /**
     * The record's own equality (every component equal), written out: the generated {@code equals} of a record is
     * linked through {@code invokedynamic} on its first call, and this is the one record a report's run compares
     * (page furniture looks lines up in a page's list), so the link cost every cold run about 12 ms of CPU
     * (docs/startup.md). {@code hashCode} stays the record's, which agrees with this.
     */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Line l && index == l.index && indent == l.indent && blanksBefore == l.blanksBefore
                && pageBreakBefore == l.pageBreakBefore && java.util.Objects.equals(span, l.span)
                && java.util.Objects.equals(text, l.text);
    }
}

package uk.ofstedextract.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ofstedextract.text.Span;

/** {@link Line#equals}, written out for start-up, is the record's: equal exactly when every component is. */
class LineTest {
    private static final Line LINE = new Line(3, new Span(10, 20), "Key findings", 2, 1, true);

    @Test
    void equalWhenEveryComponentIs() {
        Line same = new Line(3, new Span(10, 20), new String("Key findings"), 2, 1, true);
        assertEquals(LINE, same);
        assertEquals(same, LINE);
        assertEquals(LINE.hashCode(), same.hashCode());
        assertEquals(LINE, LINE);
    }

    @Test
    void differentWhenAnyComponentDiffers() {
        for (Line other : List.of(
                new Line(4, new Span(10, 20), "Key findings", 2, 1, true),
                new Line(3, new Span(10, 21), "Key findings", 2, 1, true),
                new Line(3, new Span(10, 20), "Key finding", 2, 1, true),
                new Line(3, new Span(10, 20), "Key findings", 0, 1, true),
                new Line(3, new Span(10, 20), "Key findings", 2, 0, true),
                new Line(3, new Span(10, 20), "Key findings", 2, 1, false),
                new Line(3, null, "Key findings", 2, 1, true))) {
            assertNotEquals(LINE, other, other.toString());
            assertNotEquals(other, LINE, other.toString());
        }
        assertEquals(new Line(3, null, null, 2, 1, true), new Line(3, null, null, 2, 1, true));
        assertNotEquals(LINE, null);
        assertNotEquals(LINE, "Key findings");
    }
}

package uk.ofstedextract.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PrintedWidthTest {
    @Test
    void narrowAndWideLettersOfTheSameCountTakeDifferentRoom() {
        assertEquals(5 * 222, PrintedWidth.of("illil"));
        assertEquals(5 * 833, PrintedWidth.of("mmmMM"));
        assertTrue(PrintedWidth.of("illicit") < PrintedWidth.of("MWM") * 1.1);
    }

    @Test
    void typographicQuotesAndDashesHaveTheirOwnWidths() {
        assertEquals(222 + 556 + 333 + 1000, PrintedWidth.of("’–“—"));
        assertEquals(278, PrintedWidth.of(' '));
        assertEquals(556, PrintedWidth.of('◼'), "a glyph outside the table takes a digit's width");
    }
}

package uk.ofstedextract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The normaliser cleans text for the layout stages and every character keeps its place in the original. */
class NormaliserTest {
    private final Normaliser n = new Normaliser();

    @Test
    void lineEndsBecomeLineFeedsAndOffsetsStayInTheOriginal() {
        String original = "One\r\nTwo\rThree";
        AlignedText t = n.normalise(original);
        assertEquals("One\nTwo\nThree", t.text());
        assertEquals(original.indexOf("Two"), t.origin(t.text().indexOf("Two")));
        assertEquals(original.indexOf("Three"), t.origin(t.text().indexOf("Three")));
    }

    @Test
    void ligaturesExpandAndMapBackToTheirOneCharacter() {
        String original = "e\uFB03cient of\uFB01ce";
        AlignedText t = n.normalise(original);
        assertEquals("efficient office", t.text());
        Span span = t.originSpan(0, "efficient".length());
        assertEquals(new Span(0, "e\uFB03cient".length()), span, "the span covers the ligature in the original");
    }

    @Test
    void invisibleCharactersGoAndOddSpacesBecomeSpaces() {
        AlignedText t = n.normalise("co\u00ADordinate\u200B plans\u00A0now\u2009here");
        assertEquals("coordinate plans now here", t.text());
        assertEquals("co\u00ADordinate\u200B plans\u00A0now\u2009".length(), t.origin(t.text().indexOf("here")));
    }

    @Test
    void formFeedsStayAsPageBreaks() {
        assertEquals("end of page\fnext page", n.normalise("end of page\fnext page").text());
    }
}

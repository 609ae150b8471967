package uk.ofstedextract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ofstedextract.Extractor;
import uk.ofstedextract.report.Finding;
import uk.ofstedextract.report.Report;

/** A word broken at a line end with a hyphen is joined when the halves make a word; compounds keep the hyphen. */
class HyphenationTest {
    private static final Extractor EXTRACTOR = Extractor.standard();

    @Test
    void wordListKnowsWordsAndCompounds() {
        assertTrue(Hyphenation.joinsToWord("assess", "ment"));
        assertTrue(Hyphenation.joinsToWord("Assess", "ments"));
        assertFalse(Hyphenation.joinsToWord("multi", "agency"));
        assertFalse(Hyphenation.joinsToWord("pre", "proceedings"), "pdftotext's join of a compound is no word");
        assertFalse(Hyphenation.joinsToWord("decision", "making"));
        assertFalse(Hyphenation.joinsToWord("", "ment"));
    }

    @Test
    void findingTextJoinsBrokenWordsAndKeepsCompounds() {
        String text = String.join("\n",
                "Inspection of Barsetshire local authority children’s services",
                "Inspection dates: 3 to 7 March 2025",
                "Lead inspector: Jane Q Example, His Majesty’s Inspector",
                "",
                "What needs to improve?",
                "◼ The timeliness of assess-",
                "  ments for disabled children and the quality of multi-",
                "  agency plans for young people leaving care at post-",
                "  18, including the out-of-",
                "  hours service.",
                "◼ Management oversight of plans.",
                "");
        Report r = EXTRACTOR.extract("hyphens.txt", text);
        List<String> got = r.findings().stream().map(Finding::text).toList();
        assertEquals("The timeliness of assessments for disabled children and the quality of multi-agency plans "
                + "for young people leaving care at post-18, including the out-of-hours service.", got.get(0));
        Finding f = r.findings().get(0);
        assertTrue(text.substring(f.span().start(), f.span().end()).startsWith("The timeliness"));
        assertTrue(text.substring(f.span().start(), f.span().end()).endsWith("service."));
        int s = f.text().indexOf("assessments");
        assertEquals("assess", f.text().substring(s, s + 6));
    }
}

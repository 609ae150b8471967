package uk.ofstedextract.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ofstedextract.report.ThemeEvidence;
import uk.ofstedextract.text.AlignedText;

/**
 * The theme tagger reads a long finding a window of words at a time: what it finds must not depend on where the
 * windows fall. Every rule is local to a clause, so a finding made of one paragraph repeated N times (each copy
 * ending a sentence) carries, for each copy, exactly the evidence the paragraph carries alone, shifted.
 */
class ThemeWindowTest {
    /** Terms, notWithin phrases, the manner rule (subject and purpose vetoes) and overlapping terms of two themes. */
    private static final String PARAGRAPH = "Senior leaders have not been swift enough to improve the service. "
            + "Leaders acted swiftly to protect children, and child protection plans are reviewed in supervision by "
            + "team managers; the number of permanent team managers is low. Early help services to support "
            + "families help to prevent escalation, and specialist mental health assessments are timely. ";

    private static void assertRepeatsEvidence(ThemeTagger tagger, String paragraph, int copies) {
        List<ThemeEvidence> one = tagger.tag(AlignedText.identity(paragraph)).evidence();
        assertTrue(one.size() >= 3, "the paragraph carries evidence: " + one);
        List<ThemeEvidence> all = tagger.tag(AlignedText.identity(paragraph.repeat(copies))).evidence();
        List<String> want = new ArrayList<>();
        for (String theme : tagger.tag(AlignedText.identity(paragraph)).themes()) {
            for (int c = 0; c < copies; c++) {
                int shift = c * paragraph.length();
                for (ThemeEvidence e : one) {
                    if (e.theme().equals(theme)) {
                        want.add(e.theme() + " " + e.term() + " " + (e.span().start() + shift) + "-"
                                + (e.span().end() + shift));
                    }
                }
            }
        }
        List<String> got = all.stream().map(e -> e.theme() + " " + e.term() + " " + e.span().start() + "-"
                + e.span().end()).toList();
        int first = 0;
        while (first < Math.min(want.size(), got.size()) && want.get(first).equals(got.get(first))) {
            first++;
        }
        assertEquals(want.size(), got.size(), "evidence count; first difference at " + first);
        int at = first;
        assertEquals(want.size(), at, () -> "first difference: want " + want.get(at) + ", got " + got.get(at));
    }

    @Test
    void aLongFindingCarriesTheEvidenceOfEachOfItsParagraphsWhereverTheWindowsFall() {
        int words = PARAGRAPH.split(" ").length;
        int copies = 3 * ThemeTagger.WINDOW / words + 7; // several windows, the last one partly filled
        assertRepeatsEvidence(new ThemeTagger(Codebook.standard()), PARAGRAPH, copies);
    }

    @Test
    void theSchoolCodebookToo() {
        String p = "Leaders have introduced a new phonics programme. Pupils feel that they are safe, and staff "
                + "absence is covered. Governors hold leaders to account. ";
        assertRepeatsEvidence(new ThemeTagger(Codebook.shipped("schools")), p, 3 * ThemeTagger.WINDOW / 20 + 3);
    }
}

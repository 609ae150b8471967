package uk.ofstedextract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ofstedextract.report.Finding;
import uk.ofstedextract.report.Report;

/** Children's services layouts written for the test (issue 14), one per class of layout. */
class ChildrensServicesLayoutTest {
    private static final Extractor EXTRACTOR = Extractor.builder().keywords(false).build();

    private static List<String> findings(Report r) {
        return r.findings().stream().map(f -> f.category() + "|" + f.judgement() + "|" + f.text()).toList();
    }

    /** A focused visit's letter, opening and closing around the given body lines. */
    static String letter(String... body) {
        return String.join("\n", "Ofsted", "Piccadilly Gate", "", "12 March 2024", "", "Jo Bloggs",
                "Director of Children’s Services", "", "Dear Ms Bloggs", "",
                "Focused visit to Barsetshire children’s services",
                "This letter summarises the findings of a focused visit to Barsetshire children’s services on",
                "6 and 7 February 2024. The inspectors were His Majesty’s Inspectors Ann Roe and Ben Poe.", "",
                String.join("\n", body), "", "Yours sincerely", "", "Ann Roe", "His Majesty’s Inspector", "");
    }

    @Test
    void bulletsTurnedIntoQuestionMarksByWindows1252AreStillBullets() {
        Report r = EXTRACTOR.extract("letter.txt", letter(
                "Areas for priority action",
                "? The timeliness of assessments for children who need help.",
                "? The quality of plans for children in care, so that they are",
                "specific and reviewed.",
                "? Management oversight of casework."));
        List<String> got = r.findings().stream().filter(f -> !f.category().equals("narrative"))
                .map(Finding::text).toList();
        assertEquals(List.of("The timeliness of assessments for children who need help.",
                "The quality of plans for children in care, so that they are specific and reviewed.",
                "Management oversight of casework."), got);
    }
}

package uk.ofstedextract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ofstedextract.report.Report;

/**
 * A full further education inspection in the 2012–15 layout: the front table prints each grade with its digit
 * after a hyphen ("Good-2"), overall effectiveness in two cells ("This inspection: Good-2" / "Previous
 * inspection: Satisfactory-3", the second no grade), the summary lists "This provider is good because:" and
 * "This is not yet an outstanding provider because:", and the record of main findings restates the grades as
 * digits. Before (test7 Tamsbridge College), the front table gave no grade in {@code -layout} text and lost
 * overall effectiveness in default text, both summary lists were {@code strength} findings keyed to leadership and
 * management, and the record of main findings was a finding. The contract names no framework for it (null).
 */
class FurtherEducation2012Test {
    private static final Extractor EXTRACTOR = Extractor.builder().keywords(false).build();

    private static final List<String> SUMMARY = List.of("Summary of key findings for learners",
            "This provider is good because:", "\u2022", "", "Most learners achieve their qualifications.", "",
            "This is not yet an outstanding provider because:", "\u2022", "",
            "Too few learners achieve high grades in GCSE mathematics.", "", "Full report", "",
            "What does the provider need to do to improve further?", "\u2022", "",
            "Improve the teaching of mathematics so that more learners achieve high grades.", "",
            "Record of Main Findings (RMF)", "Lindley College", "Inspection grades are based on a provider\u2019s performance:",
            "1: Outstanding", "2: Good", "3: Requires improvement", "4: Inadequate", "",
            "Overall effectiveness        2", "");

    private static Report extract(List<String> head) {
        return EXTRACTOR.extract("fe2014.txt", String.join("\n", head) + "\n" + String.join("\n", SUMMARY) + "\n");
    }

    private static List<String> grades(Report r) {
        return r.grades().stream().map(g -> g.judgement() + "=" + g.grade()).toList();
    }

    @Test
    void theFrontTableInBothConversions() {
        // pdftotext -layout: each row on one line, overall effectiveness's two cells beside and under its label
        Report layout = extract(List.of("Further education and skills inspection report", "", "Lindley College",
                "General further education college", "", "Inspection dates      3\u20137 February 2014", "", "",
                "Overall effectiveness               This inspection:          Good-2",
                "                                    Previous inspection:      Satisfactory-3", "", "",
                "Outcomes for learners                                          Requires improvement-3", "", "",
                "Effectiveness of leadership and management                     Good-2", "", ""));
        // pdftotext default: the cells after their labels, one per line
        Report plain = extract(List.of("Further education and skills inspection report", "Lindley College",
                "General further education college", "Inspection dates", "", "3\u20137 February 2014", "",
                "Overall effectiveness", "", "This inspection:", "Previous inspection:", "", "Good-2", "Satisfactory-3",
                "", "Outcomes for learners", "", "Requires improvement-3", "",
                "Effectiveness of leadership and management", "", "Good-2", ""));
        for (Report r : List.of(layout, plain)) {
            assertEquals("further-education", r.type());
            assertNull(r.framework(), "the contract's FE frameworks start in September 2015");
            assertEquals(List.of("overall-effectiveness=good", "outcomes-for-learners=requires-improvement",
                    "leadership-and-management=good"), grades(r));
        }
    }

    @Test
    void theSummaryListsAndNotTheRecordOfMainFindings() {
        Report r = extract(List.of("Further education and skills inspection report", "Lindley College",
                "General further education college", "Inspection dates", "", "3\u20137 February 2014", "",
                "Overall effectiveness", "", "This inspection:", "Previous inspection:", "", "Good-2", "Satisfactory-3",
                "", "Effectiveness of leadership and management", "", "Good-2", ""));
        assertEquals(List.of("strength: Most learners achieve their qualifications.",
                        "development: Too few learners achieve high grades in GCSE mathematics.",
                        "development: Improve the teaching of mathematics so that more learners achieve high grades."),
                r.findings().stream().map(f -> f.category() + ": " + f.text()).toList());
        assertEquals(java.util.Arrays.asList(null, null, null),
                r.findings().stream().map(f -> f.judgement()).toList(), "summary and improvement lists have no key");
    }
}

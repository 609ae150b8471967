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

    /**
     * A provider that requires improvement: "This provider requires improvement because:" lists the weaknesses
     * ({@code development}) and "This provider has the following strengths:" the strengths ({@code strength}), the
     * era's wording for the CIF's "The provider has the following strengths" (test13 Westmere: the strengths were read
     * as more of the weaknesses). A body sentence that only starts so is no heading.
     */
    @Test
    void aProviderThatRequiresImprovementListsItsStrengthsApart() {
        Report r = EXTRACTOR.extract("fe2015.txt", String.join("\n", List.of("Further education and skills inspection report",
                "Lindley College", "General further education college", "Inspection dates", "", "9\u201312 March 2015", "",
                "Overall effectiveness", "", "This inspection:", "Previous inspection:", "", "Requires improvement-3",
                "Good-2", "", "Summary of key findings for learners", "This provider requires improvement because:",
                "\u2022", "", "Too few learners achieve their English qualifications.", "",
                "This provider has the following strengths:", "\u2022", "",
                "Courses reach many adults who have not learned since they left school.", "", "Full report", "",
                "Inspection judgements", "", "Effectiveness of leadership and management", "", "Requires improvement", "",
                "Managers know what to improve. This provider has the following strengths in its partnerships with",
                "employers, which governors value.", "")) + "\n");
        assertEquals(List.of("development: Too few learners achieve their English qualifications.",
                        "strength: Courses reach many adults who have not learned since they left school.",
                        "narrative: Managers know what to improve. This provider has the following strengths in its "
                                + "partnerships with employers, which governors value."),
                r.findings().stream().map(f -> f.category() + ": " + f.text()).toList());
    }

    /**
     * A subject area graded for teaching, learning and assessment: its name with the grade at the right margin
     * (beside it in {@code -layout} text, on the next line in default text), then the provision types it covers,
     * then its paragraphs and "Areas for improvement". The subject's grade and key come from its name; the provision
     * types are part of its heading (no section, no grade of their own). Before: no subject grade, its paragraphs
     * keyed {@code apprenticeships}, and in {@code -layout} text the subject's grade went to "Apprenticeships" (read
     * after the first paragraph, the column splitter having taken the margin's grade for a table's column).
     */
    @Test
    void subjectAreasWithTheirProvisionTypes() {
        List<String> head = List.of("Further education and skills inspection report", "Lindley College",
                "General further education college", "Inspection dates", "", "3\u20137 February 2014", "",
                "Overall effectiveness", "", "This inspection:", "Previous inspection:", "", "Good-2", "Satisfactory-3",
                "", "Effectiveness of leadership and management", "", "Good-2", "");
        List<String> layout = List.of("Inspection judgements", "",
                "Health and social care                                                               Good",
                "16\u201319 study programmes", "19+ Learning programmes", "Apprenticeships",
                "Teaching, learning and assessment in health and social care are good, which is",
                "reflected in the high proportion of learners who succeed.", "",
                "Teachers use their experience of working in care settings to bring theory to life.", "",
                "Areas for improvement", "",
                "\u2022   Ensure that teachers check learners\u2019 written work for errors in spelling.", "", "",
                "Construction crafts                                                  Requires improvement",
                "16\u201319 study programmes", "Apprenticeships",
                "Teaching, learning and assessment in construction require improvement, because too",
                "few apprentices in plumbing complete their qualifications within the planned time.", "");
        List<String> plain = List.of("Inspection judgements", "Health and social care", "", "Good", "",
                "16\u201319 study programmes", "19+ Learning programmes", "Apprenticeships",
                "Teaching, learning and assessment in health and social care are good, which is",
                "reflected in the high proportion of learners who succeed.",
                "Teachers use their experience of working in care settings to bring theory to life.",
                "Areas for improvement", "\u2022", "",
                "Ensure that teachers check learners\u2019 written work for errors in spelling.", "",
                "Construction crafts", "", "Requires improvement", "", "16\u201319 study programmes", "Apprenticeships",
                "Teaching, learning and assessment in construction require improvement, because too",
                "few apprentices in plumbing complete their qualifications within the planned time.", "");
        for (List<String> body : List.of(layout, plain)) {
            List<String> all = new java.util.ArrayList<>(head);
            all.addAll(body);
            Report r = EXTRACTOR.extract("fe2014-subjects.txt", String.join("\n", all) + "\n");
            assertEquals(List.of("overall-effectiveness=good", "leadership-and-management=good",
                    "health-and-social-care=good", "construction-crafts=requires-improvement"), grades(r));
            assertEquals(List.of("health-and-social-care narrative: Teaching, learning and assessment in health and"
                            + " social care are good, which is reflected in the high proportion of learners who succeed.",
                    "health-and-social-care narrative: Teachers use their experience of working in care settings to"
                            + " bring theory to life.",
                    "null development: Ensure that teachers check learners\u2019 written work for errors in spelling.",
                    "construction-crafts narrative: Teaching, learning and assessment in construction require"
                            + " improvement, because too few apprentices in plumbing complete their qualifications within"
                            + " the planned time."),
                    r.findings().stream().map(f -> f.judgement() + " " + f.category() + ": " + f.text()).toList());
        }
    }

    /**
     * The front table read from a PDF whose overall effectiveness label is drawn after the cells beside it (test13
     * Westmere's PDF: groff's tbl draws a text-block cell when its row is finished), so a reader in drawing order gives
     * "This inspection: Requires improvement-3 Overall effectiveness". Before, overall effectiveness was lost. A line
     * that opens with a grade word but goes on as a sentence, or whose rest is no judgement label, is no row.
     */
    @Test
    void aRowWithItsGradeCellsBeforeItsLabel() {
        Report pdf = extract(List.of("Further education and skills inspection report", "", "Lindley College",
                "General further education college", "", "Inspection dates 3\u20137 February 2014", "",
                "This inspection:          Requires improvement-3 Overall effectiveness",
                "Previous inspection:    Good-2", "",
                "Outcomes for learners                        Requires improvement-3", "",
                "Effectiveness of leadership and management   Good-2", ""));
        assertEquals(List.of("overall-effectiveness=requires-improvement", "outcomes-for-learners=requires-improvement",
                "leadership-and-management=good"), grades(pdf));
        Report prose = extract(List.of("Further education and skills inspection report", "", "Lindley College",
                "General further education college", "", "Inspection dates 3\u20137 February 2014", "",
                "Good teaching helps learners to succeed", "Good-2 Learners make good progress", "",
                "Outcomes for learners                        Requires improvement-3", ""));
        assertEquals(List.of("outcomes-for-learners=requires-improvement"), grades(prose));
    }
}

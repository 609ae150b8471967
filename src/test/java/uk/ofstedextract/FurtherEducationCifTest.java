package uk.ofstedextract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ofstedextract.report.Report;

/**
 * A full further education inspection under the common inspection framework (2015–19) whose first page opens
 * with the provider's name and type, not the "Further education and skills inspection report" banner: the
 * judgement table names "Outcomes for learners" (schools': pupils; early years': children), and the summary
 * "This is a good provider" (schools': school). Either, on the first page, types it {@code further-education};
 * before, such a report was {@code unknown} (test6 Wyvern Vale College: no findings, no grades). A school's CIF
 * first page stays {@code school}.
 */
class FurtherEducationCifTest {
    private static final Extractor EXTRACTOR = Extractor.builder().keywords(false).build();

    private static final List<String> TABLE = List.of("Harrowfield College", "General further education college", "",
            "Inspection dates", "", "7–10 March 2017", "", "Overall effectiveness", "", "Good", "",
            "Effectiveness of leadership and management", "", "Good", "",
            "Quality of teaching, learning and assessment", "", "Good", "",
            "Personal development, behaviour and welfare", "", "Good", "", "Outcomes for learners", "",
            "Requires improvement", "", "16 to 19 study programmes", "", "Good", "", "Apprenticeships", "",
            "Requires improvement", "", "Overall effectiveness at previous inspection", "", "Good", "");

    private static final List<String> SUMMARY = List.of("Summary of key findings", "", "This is a good provider",
            "\u2022 Learners develop good practical skills in well-equipped workshops.", "",
            "It is not yet an outstanding provider because",
            "\u2022 Too few apprentices complete their apprenticeship in the planned time.", "", "Full report", "",
            "Information about the provider",
            "Harrowfield College is a general further education college in Harrowfield.", "",
            "Unique reference number        130911", "");

    private static Report extract(List<String> table) {
        return EXTRACTOR.extract("cif.txt", String.join("\n", table) + "\n" + String.join("\n", SUMMARY));
    }

    @Test
    void theJudgementTableOrTheSummaryTypesIt() {
        Report r = extract(TABLE);
        assertEquals("further-education", r.type());
        assertEquals("cif-2015", r.framework(), "from the inspection's date");
        assertEquals(List.of("overall-effectiveness=good", "leadership-and-management=good",
                        "quality-of-teaching-learning-and-assessment=good", "personal-development-behaviour-and-welfare=good",
                        "outcomes-for-learners=requires-improvement", "16-to-19-study-programmes=good",
                        "apprenticeships=requires-improvement"),
                r.grades().stream().map(g -> g.judgement() + "=" + g.grade()).toList());
        assertEquals(List.of("narrative", "development"), r.findings().stream().map(f -> f.category()).toList());
        // without the table (a converter that set it apart, after the summary), the summary's words alone
        Report summaryOnly = extract(List.of("Harrowfield College", "General further education college", "",
                "Inspection dates", "", "7–10 March 2017", ""));
        assertEquals("further-education", summaryOnly.type());
    }

    @Test
    void aSchoolsCifFirstPageStaysASchool() {
        Report r = EXTRACTOR.extract("school.txt", String.join("\n", "School report", "", "Harrowfield Primary School",
                "Mill Lane, Harrowfield HF1 2AB", "", "Inspection dates        7–8 March 2017", "",
                "Overall effectiveness        Good", "Effectiveness of leadership and management        Good",
                "Outcomes for pupils        Good", "", "Summary of key findings for parents and pupils", "",
                "This is a good school", "\u2022 Pupils make good progress in reading.", ""));
        assertEquals("school", r.type());
    }
}

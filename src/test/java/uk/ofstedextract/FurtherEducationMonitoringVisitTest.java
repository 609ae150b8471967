package uk.ofstedextract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ofstedextract.report.Report;

/**
 * A new provider monitoring visit in pdftotext's default text, as test8's Fallowfield Skills Academy (2023) showed
 * it: the adult education theme's fixed question runs past 200 characters; a compound broken at a line's end is
 * joined by the converter onto the line above, which is then longer than the column; and the closing page's "If you
 * are not happy with the inspection or the report, you can complain to Ofsted." follows the last theme's paragraph
 * straight after a page break. Before: the question was a finding, the paragraph ending on the joined line ran into
 * the next one, and the closing sentence was read into the last finding.
 */
class FurtherEducationMonitoringVisitTest {
    private static final Extractor EXTRACTOR = Extractor.builder().keywords(false).build();

    private static final String ADULT_QUESTION = "How much progress have leaders and managers made to ensure that learners"
            + " benefit from high-quality adult education that prepares them well for their intended job role, career"
            + " aims and/or personal goals?";

    private static Report extract(List<String> themes) {
        List<String> lines = new ArrayList<>(List.of("Kingsmoor Training Limited", "Monitoring visit report", "",
                "Unique reference number:", "Name of lead inspector:", "Inspection dates:", "", "2599014",
                "Anna Fell, His Majesty\u2019s Inspector", "14 and 15 March 2023", "",
                "Monitoring visit: main findings", "", "Context and focus of visit",
                "Kingsmoor Training Limited began to teach apprentices in August 2021 and adult",
                "learners, funded by the combined authority, in September 2022. At the time of the",
                "visit, there were 60 apprentices, most of them on the level 2 commis chef and level",
                "3 lead adult care worker standards, and 30 adult learners on short courses in",
                "customer service and food hygiene.",
                "Monitoring visits are undertaken to newly directly funded providers of",
                "apprenticeship training provision. This monitoring visit was undertaken as part of",
                "those arrangements and as outlined in the further education and skills inspection",
                "handbook, especially the sections referring to new provider monitoring visits. The",
                "focus of these visits is on the themes set out below.", "",
                "Themes", ""));
        lines.addAll(themes);
        lines.addAll(List.of("", "\fIf you are not happy with the inspection or the report, you can complain to Ofsted.", "", "Learner View",
                "Learner View is a website where learners can tell Ofsted what they like about their",
                "college or provider.", "",
                "The Office for Standards in Education, Children\u2019s Services and Skills (Ofsted)",
                "regulates and inspects to achieve excellence in the care of children and young people."));
        return EXTRACTOR.extract("npmv.txt", String.join("\n", lines) + "\n");
    }

    private static List<String> findings(Report r) {
        return r.findings().stream().map(f -> f.category() + ": " + f.text()).toList();
    }

    @Test
    void theLongAdultEducationQuestionIsATheme() {
        Report r = extract(List.of("How much progress have leaders and managers made in ensuring that effective",
                "safeguarding arrangements are in place?", "Significant progress",
                "Leaders have put in place thorough arrangements to keep apprentices and learners safe.",
                "", "How much progress have leaders and managers made to ensure that learners",
                "benefit from high-quality adult education that prepares them well for their",
                "intended job role, career aims and/or personal goals?", "Reasonable progress",
                "Adult learners study short courses in customer service that prepare them for work in",
                "hospitality. Tutors are experienced and explain topics clearly."));
        assertEquals(List.of("progress-safeguarding=significant-progress", "progress-adult-education=reasonable-progress"),
                r.grades().stream().map(g -> g.judgement() + "=" + g.grade()).toList());
        assertEquals(ADULT_QUESTION, r.grades().get(1).label());
        assertEquals(List.of("narrative: Leaders have put in place thorough arrangements to keep apprentices and learners"
                + " safe.", "narrative: Adult learners study short courses in customer service that prepare them for"
                + " work in hospitality. Tutors are experienced and explain topics clearly."), findings(r));
    }

    @Test
    void aLineTheConverterJoinedAtABrokenCompoundEndsItsParagraph() {
        // printed: "… receive their off-the-" / "job training." (short); pdftotext joins the two lines
        Report r = extract(List.of("How much progress have leaders and managers made in ensuring that effective",
                "safeguarding arrangements are in place?", "Significant progress",
                "Leaders recruit apprentices with care. They check that each apprentice\u2019s job role will",
                "allow them to develop the knowledge, skills and behaviours of the apprenticeship",
                "standard, and they agree with employers how apprentices will receive their off-thejob training.",
                "Leaders have recently appointed a board of advisers. It is too early to see the impact",
                "of the board\u2019s work on the quality of the apprenticeship programmes."));
        assertEquals(List.of("narrative: Leaders recruit apprentices with care. They check that each apprentice\u2019s"
                        + " job role will allow them to develop the knowledge, skills and behaviours of the apprenticeship"
                        + " standard, and they agree with employers how apprentices will receive their off-thejob training.",
                "narrative: Leaders have recently appointed a board of advisers. It is too early to see the impact of the"
                        + " board\u2019s work on the quality of the apprenticeship programmes."), findings(r));
    }

    @Test
    void theClosingSentenceAfterAPageBreakIsNoPartOfTheLastFinding() {
        Report r = extract(List.of("How much progress have leaders and managers made in ensuring that effective",
                "safeguarding arrangements are in place?", "Significant progress",
                "Apprentices and learners feel safe. They know how to keep themselves safe online,",
                "and they understand the risks of radicalisation in the areas where they live and work."));
        assertEquals(List.of("narrative: Apprentices and learners feel safe. They know how to keep themselves safe online,"
                + " and they understand the risks of radicalisation in the areas where they live and work."), findings(r));
    }
}

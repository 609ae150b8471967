package uk.ofstedextract.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ofstedextract.report.ReportType;

/** Sections of a further education report under the EIF, read with its profile's headings (constructed text). */
class SchoolSectorSectionsTest {
    private final SectionSplitter splitter = new SectionSplitter(Headings.standard());

    @Test
    void reportLevelHeadingsEndTheJudgementBeforeThem() {
        Document doc = Docs.of(
                "Further education and skills inspection report", "",
                "What is it like to be a learner with this provider?",
                "Learners enjoy their courses and gain confidence.", "",
                "Contribution to meeting skills needs",
                "The college makes a strong contribution to meeting skills needs.",
                "Leaders work closely with employers across the county.", "",
                "What does the provider do well and what does it need to do",
                "better?",
                "Leaders have set a clear strategy for the curriculum.", "",
                "Safeguarding",
                "The arrangements for safeguarding are effective.",
                "Staff report concerns promptly.", "",
                "What does the provider need to do to improve?",
                "\uF06E Improve learners' attendance.", "",
                "Provider details",
                "Unique reference number", "", "130999");
        List<Section> s = splitter.split(doc, -1, -1, -1, Profiles.standard().of(ReportType.FURTHER_EDUCATION));
        assertEquals(List.of(SectionRole.FRONT_MATTER, SectionRole.SUMMARY, SectionRole.JUDGEMENT,
                SectionRole.SUMMARY, SectionRole.JUDGEMENT, SectionRole.LIST, SectionRole.EXCLUDED),
                s.stream().map(Section::role).toList());
        assertEquals("contribution-to-meeting-skills-needs", s.get(2).judgement());
        assertNull(s.get(3).judgement(), "what the provider does well belongs to no judgement");
        assertEquals("What does the provider do well and what does it need to do better?", s.get(3).headingText());
        assertEquals("safeguarding", s.get(4).judgement());
        assertNull(s.get(5).judgement(), "the improvement list after Safeguarding belongs to no judgement");
        assertEquals("development", s.get(5).category());
    }
}

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

    @Test
    void cifSummaryListsTakeTheirCategoryFromTheirIntroduction() {
        // "requires improvement" at the end of the heading is read as a stated grade and taken off before matching
        Document doc = Docs.of(
                "Further education and skills inspection report", "",
                "Summary of key findings", "",
                "This is a provider that requires improvement",
                "\uF0B7 Too few apprentices complete their programmes on time.", "",
                "The provider has the following strengths",
                "\uF0B7 Adult learners gain the skills they need for work.", "",
                "It is not yet a good provider because",
                "\uF0B7 Targets set for apprentices are not precise.");
        List<Section> s = splitter.split(doc, -1, -1, -1, Profiles.standard().of(ReportType.FURTHER_EDUCATION));
        assertEquals(List.of("development", "strength", "development"), s.stream()
                .filter(x -> x.role() == SectionRole.LIST).map(Section::category).toList());
    }

    @Test
    void eifSchoolSectionsAndTheirJudgements() {
        Document doc = Docs.of(
                "School report", "", "Inspection of Fenwick Primary School", "",
                "What is it like to attend this school?", "",
                "Pupils are happy and safe at this school.", "",
                "What does the school do well and what does it need to do better?", "",
                "Leaders have planned an ambitious curriculum.", "",
                "Safeguarding", "",
                "The arrangements for safeguarding are effective.", "",
                "Staff know how to report concerns.", "",
                "What does the school need to do to improve?", "",
                "(Information for the school and appropriate authority)", "",
                "\uF06E Some pupils do not read often enough.", "",
                "How can I feed back my views?", "",
                "You can use Ofsted Parent View to give Ofsted your opinion on your child's school.");
        List<Section> s = splitter.split(doc, -1, -1, -1, Profiles.standard().of(ReportType.SCHOOL));
        assertEquals(List.of(SectionRole.FRONT_MATTER, SectionRole.SUMMARY, SectionRole.SUMMARY,
                SectionRole.JUDGEMENT, SectionRole.LIST, SectionRole.EXCLUDED), s.stream().map(Section::role).toList());
        assertEquals("safeguarding", s.get(3).judgement());
        assertNull(s.get(4).judgement(), "the improvement list after Safeguarding belongs to no judgement");
        assertEquals("development", s.get(4).category());
    }

    @Test
    void shortInspectionLetterOfAProviderIsFurtherEducationAndItsStatementHeadsSafeguarding() {
        TypeDetector detector = new TypeDetector();
        String fe = "Dear Mrs Marwood\n\nShort inspection of Thornbury Vale College\n\nFollowing the short inspection on "
                + "5 and 6 December 2017, I write on behalf of Her Majesty's Chief Inspector. The inspection was the first "
                + "short inspection carried out since the college was judged to be good in March 2015.\n\n"
                + "This provider continues to be good.\n";
        String school = "Dear Mrs Greaves\n\nShort inspection of Marlpit Lane Junior School\n\nFollowing my visit to the "
                + "school on 10 May 2017, I write on behalf of Her Majesty's Chief Inspector. The visit was the first short "
                + "inspection carried out since the school was judged to be good in January 2013.\n\n"
                + "This school continues to be good.\n";
        assertEquals(ReportType.FURTHER_EDUCATION, detector.detect(fe).type());
        assertEquals(ReportType.SCHOOL_UNGRADED, detector.detect(school).type());
        Document doc = Docs.of(
                "Short inspection of Thornbury Vale College", "",
                "This provider continues to be good.", "",
                "Leaders have maintained the good quality of education.", "",
                "Safeguarding is effective.", "",
                "Staff know how to report concerns.", "",
                "Next steps for the provider", "",
                "Leaders and those responsible for governance should ensure that:",
                "\uF0A7 achievement rates improve.");
        List<Section> s = splitter.split(doc, -1, -1, -1, Profiles.standard().of(ReportType.FURTHER_EDUCATION));
        assertEquals(List.of(SectionRole.FRONT_MATTER, SectionRole.SUMMARY, SectionRole.JUDGEMENT, SectionRole.LIST),
                s.stream().map(Section::role).toList());
        assertEquals("safeguarding", s.get(2).judgement());
        assertNull(s.get(3).judgement());
    }

    @Test
    void monitoringVisitThemesAreQuestionHeadingsOverSeveralLines() {
        Document doc = Docs.of(
                "Monitoring visit report", "",
                "Themes", "",
                "What progress have leaders and managers made in",
                "ensuring that apprentices benefit from high-",
                "quality training that leads to positive outcomes",
                "for apprentices?", "",
                "Reasonable progress", "",
                "Trainers assess apprentices' starting points thoroughly.", "",
                "How much progress have leaders and managers made in",
                "ensuring that effective safeguarding arrangements",
                "are in place?", "",
                "Significant progress", "",
                "Apprentices feel safe and know how to report concerns.");
        List<Section> s = splitter.split(doc, -1, -1, -1, Profiles.standard().of(ReportType.FURTHER_EDUCATION));
        List<Section> themes = s.stream().filter(x -> x.role() == SectionRole.SUMMARY).toList();
        assertEquals(4, themes.size(), "two questions and two progress lines are headings");
        assertEquals("What progress have leaders and managers made in ensuring that apprentices benefit from high- "
                + "quality training that leads to positive outcomes for apprentices?", themes.get(0).headingText());
        assertEquals(List.of("Trainers assess apprentices' starting points thoroughly."),
                themes.get(1).lines().stream().map(Line::text).toList());
        themes.forEach(t -> assertNull(t.judgement()));
    }
}

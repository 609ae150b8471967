package uk.ofstedextract.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sections start at headings; text before the first heading is front matter. */
class SectionSplitterTest {
    private final SectionSplitter splitter = new SectionSplitter(Headings.standard());

    @Test
    void headingsStartSectionsWithTheirRoles() {
        Document doc = Docs.of(
                "Inspection of Barsetshire local authority children's services",
                "",
                "What needs to improve?",
                "",
                "The timeliness of assessments for disabled children.",
                "",
                "The experiences and progress of children in care: good",
                "",
                "1. Children in care live in stable homes and see their social workers often.",
                "",
                "2. Plans are reviewed on time and children take part in them.",
                "");
        List<Section> s = splitter.split(doc, -1, -1);
        assertEquals(List.of(SectionRole.FRONT_MATTER, SectionRole.LIST, SectionRole.JUDGEMENT),
                s.stream().map(Section::role).toList());
        assertEquals("development", s.get(1).category());
        assertEquals("children-in-care", s.get(2).judgement());
        assertEquals("good", s.get(2).heading().statedGrade());
        assertEquals(2, s.get(2).lines().size(), "the two numbered paragraphs (blank lines are not lines)");
    }

    @Test
    void aHeadingWordingInsideASentenceDoesNotSplit() {
        Document doc = Docs.of(
                "What needs to improve?",
                "",
                "Leaders know what needs to improve and",
                "areas for improvement are shared with staff.",
                "");
        List<Section> s = splitter.split(doc, -1, -1);
        assertEquals(1, s.size(), s.toString());
        assertEquals(2, s.get(0).lines().size());
    }

    @Test
    void textAfterTheJudgementTableIsASummary() {
        Document doc = Docs.of(
                "Title of the report",
                "Judgement table line",
                "Leaders know their services well and act on what they find.",
                "");
        List<Section> s = splitter.split(doc, 1, 2);
        assertEquals(List.of(SectionRole.FRONT_MATTER, SectionRole.SUMMARY), s.stream().map(Section::role).toList());
    }
}

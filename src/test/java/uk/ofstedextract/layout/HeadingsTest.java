package uk.ofstedextract.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The heading lexicon: role, category, judgement key and a stated grade, from a heading's words. */
class HeadingsTest {
    private final Headings h = Headings.standard();

    @Test
    void improvementListsAreDevelopment() {
        Headings.Match m = h.match("What needs to improve?").orElseThrow();
        assertEquals(SectionRole.LIST, m.role());
        assertEquals("development", m.category());
        assertEquals("development", h.match("3. Areas for improvement").orElseThrow().category(),
                "a leading section number is not part of the wording");
        assertEquals("priority-action", h.match("Areas for priority action").orElseThrow().category());
    }

    @Test
    void aJudgementHeadingKeepsItsStatedGradeApart() {
        Headings.Match m = h.match("The experiences and progress of children in care: inadequate").orElseThrow();
        assertEquals(SectionRole.JUDGEMENT, m.role());
        assertEquals("children-in-care", m.judgement());
        assertEquals("inadequate", m.statedGrade());
        Headings.Match plain = h.match("The experiences and progress of children in care").orElseThrow();
        assertNull(plain.statedGrade());
        assertEquals("children-in-care", plain.judgement());
    }

    @Test
    void aVerbBeforeTheColonIsNotPartOfTheWording() {
        Headings.Match m = h.match("The experiences and progress of children in care and care leavers are: good")
                .orElseThrow();
        assertEquals(SectionRole.JUDGEMENT, m.role());
        assertEquals("children-in-care", m.judgement());
        assertEquals("good", m.statedGrade());
        Headings.Match is = h.match("The impact of leaders on social work practice with children and families is: "
                + "requires improvement to be good").orElseThrow();
        assertEquals("leadership", is.judgement());
        assertEquals("requires improvement to be good", is.statedGrade());
        assertEquals("The experiences and progress of children in care and care leavers",
                uk.ofstedextract.report.GradeScale.withoutTrailingGrade(
                        "The experiences and progress of children in care and care leavers are: good"));
        assertEquals("Analysis", uk.ofstedextract.report.GradeScale.withoutTrailingGrade("Analysis: good"),
                "'is' inside a word is not the verb");
    }

    @Test
    void sentencesAndLongTextAreNotHeadings() {
        assertTrue(h.match("Social workers visit children regularly and know them well.").isEmpty());
        assertTrue(h.match("What needs to improve ".repeat(20)).isEmpty(), "longer than any heading");
    }

    @Test
    void aFamilysOwnWordingsComeFirst() throws Exception {
        Headings own = Headings.of(new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                "[{\"pattern\": \"next steps\", \"role\": \"list\", \"category\": \"development\"}]"));
        assertEquals("development", own.then(h).match("Next steps").orElseThrow().category());
        assertEquals("development", own.then(h).match("What needs to improve?").orElseThrow().category(),
                "the shared lexicon still answers after the family's");
    }

    @Test
    void noJudgementIsSaidOneWay() throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        Headings h = Headings.of(json.readTree(
                "[{\"pattern\": \"next steps\", \"role\": \"list\", \"category\": \"development\", \"standalone\": true}]"));
        assertTrue(h.match("Next steps").orElseThrow().standalone());
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Headings.of(json.readTree("[{\"pattern\": \"next steps\", \"role\": \"list\", \"judgement\": \"none\"}]")));
        assertTrue(e.getMessage().contains("standalone"), e.getMessage());
    }
}

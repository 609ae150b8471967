package uk.ofstedextract.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AnnouncingSentenceTest {

    @Test
    void theLastSentenceOfATextEndingInAColonAnnouncesTheItems() {
        String text = "Leaders should review plans on time. Leaders should address the following weaknesses:";
        assertEquals(text.indexOf("Leaders should address"), AnnouncingSentence.start(text));
    }

    @Test
    void aTextThatIsOnlyTheAnnouncementOrDoesNotEndInAColonHasNone() {
        assertEquals(0, AnnouncingSentence.start("Leaders should address the following weaknesses:"));
        assertEquals(0, AnnouncingSentence.start("Leaders should review plans. They should act on them."));
        assertEquals(0, AnnouncingSentence.start(""));
    }

    @Test
    void aStopAfterAShortAbbreviationDoesNotEndASentence() {
        assertEquals(0, AnnouncingSentence.start("Leaders in St. Helens and Dr. Ann Roe should address the following:"));
        assertEquals(0, AnnouncingSentence.start("Partners, e.g. Health visitors, should address the following:"));
    }

    @Test
    void aStopAfterANumberOrAClosingBracketOrQuoteEndsASentence() {
        String text = "Plans are reviewed within 28 days (as agreed). Leaders should address:";
        assertEquals(text.indexOf("Leaders"), AnnouncingSentence.start(text));
        String year = "Plans were reviewed in 2024. ‘Leaders’ should address:";
        assertEquals(year.indexOf("‘Leaders"), AnnouncingSentence.start(year));
    }
}

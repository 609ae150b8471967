package uk.ofstedextract.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.ofstedextract.nlp.ThemeTexts.cs;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 18, children's services (children-services-2026.17): the codebook decisions the second labeller left open, where
 * the tagger acts on them, each with both sides. The sentences are written for the test.
 */
class ThemeRound18CsTest {
    private static void has(List<String> themes, String theme) {
        assertTrue(themes.contains(theme), () -> theme + " missing from " + themes);
    }

    private static void hasNot(List<String> themes, String theme) {
        assertFalse(themes.contains(theme), () -> theme + " wrongly in " + themes);
    }

    @Test
    void theVersionIsRound18s() {
        assertEquals("children-services-2026.17", Codebook.standard().reference());
    }

    @Test
    void aTeamOrServiceNamedForChildrenInNeedIsTheServiceAreasNameNotChildProtection() {
        hasNot(cs("Workload pressures on the children in need teams remain high."), "child-protection");
        hasNot(cs("There is a high reliance on agency staff in the child in need service."), "child-protection");
        hasNot(cs("Children in Need services were restructured last year."), "child-protection");
        // child in need work, plans or meetings named still count, also beside the team's name
        has(cs("Child in need plans are clear and reviewed."), "child-protection");
        has(cs("The children in need team holds regular child in need meetings."), "child-protection");
        has(cs("Children in need receive a timely service."), "child-protection");
        // 'in need of' in general English was already left out
        hasNot(cs("The service is in need of investment."), "child-protection");
    }
}

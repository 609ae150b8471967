package uk.ofstedextract.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.ofstedextract.nlp.ThemeTexts.cs;
import static uk.ofstedextract.nlp.ThemeTexts.school;

import org.junit.jupiter.api.Test;

/**
 * A term's last word with a possessive ending ("the agency's", "children's") counts as the term, unless the
 * possessive only says whose staff or thing the noun after it is: both codebooks, one behaviour per test.
 */
class PossessiveThemesTest {
    @Test
    void aPossessiveBeforeTheStaffItEmploysIsNotTheTerm() {
        assertFalse(cs("Consultation with children’s social workers ensures that plans are up to date.")
                .contains("voice-of-child"), "a consultation with social workers, not with children");
        assertFalse(cs("This support is enhanced by the agency’s placement officer, who knows the carers well.")
                .contains("multi-agency"));
        assertFalse(school("Leaders take thoughtful steps to support staff’s workload and well-being.")
                .contains("teaching"), "the workload is the staff's own");
    }

    @Test
    void aPossessiveBeforeAThingItOwnsIsNotTheTerm() {
        assertFalse(cs("The agency’s latest figures show that adopters are approved quickly.").contains("multi-agency"),
                "one word may come between");
    }

    @Test
    void aPossessiveBeforeWhatItDoesOrWhatConcernsItStillCounts() {
        assertTrue(cs("Consultation with children’s representatives shapes the service.").contains("voice-of-child"));
        assertTrue(cs("The police’s contribution to section 47 enquiries is strong.").contains("multi-agency"));
        assertTrue(cs("The local area partnership’s strategy for alternative provision is weak.")
                .contains("multi-agency"));
        assertTrue(school("Pupils benefit from a teaching assistant’s skilful help in lessons.").contains("teaching"));
    }

    @Test
    void theStaffNounMustFollowInTheSamePhrase() {
        assertTrue(cs("They value each agency’s contribution, and social workers attend the meetings.")
                .contains("multi-agency"), "a comma ends the phrase the possessive modifies");
        assertTrue(cs("They value each agency’s contribution to the work of social workers.").contains("multi-agency"),
                "the noun naming staff comes too late to be the one the possessive modifies");
    }
}

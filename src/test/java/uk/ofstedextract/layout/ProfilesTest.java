package uk.ofstedextract.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.ofstedextract.Extractor;
import uk.ofstedextract.report.Finding;
import uk.ofstedextract.report.Report;
import uk.ofstedextract.report.ReportType;

class ProfilesTest {
    private static final Profiles PROFILES = Profiles.standard();

    @Test
    void everyChildrensServicesTypeHasItsOwnProfile() {
        for (ReportType t : ReportType.values()) {
            assertEquals(t, PROFILES.of(t).type(), t.key());
        }
        assertEquals(ReportType.UNKNOWN, PROFILES.all().get(PROFILES.all().size() - 1).type(),
                "unknown has no titles and is listed last");
    }

    @Test
    void titlesDecideTheTypeEarliestFirst() {
        TypeDetector d = new TypeDetector(PROFILES);
        assertEquals(ReportType.ILACS, d.detect("Inspection of Barsetshire local authority children's services\n"
                + "Inspection dates: 1 to 5 May 2023").type());
        assertEquals(ReportType.ILACS_FOCUSED_VISIT, d.detect("Focused visit to Barsetshire children's services").type());
        assertEquals(ReportType.CHILD_PROTECTION, d.detect("Inspection of local authority arrangements for the "
                + "protection of children\nBarsetshire").type(), "a tie at 'inspection of' goes to the profile listed first");
        assertEquals(ReportType.SIF, d.detect("Review of the effectiveness of the Local Safeguarding Children Board\n"
                + "Inspection of services for children in need of help and protection").type(),
                "an LSCB review printed with a SIF title is a SIF report");
        assertEquals(ReportType.SCHOOL_UNGRADED, d.detect("Dear Mrs Harding\n\nShort inspection of Barset Primary School")
                .type(), "a short inspection letter is a school's ungraded inspection (issue 15)");
        assertEquals(ReportType.UNKNOWN, d.detect("The Annual Report of His Majesty's Chief Inspector").type());
    }

    @Test
    void theIlacsReformIsOneDatedRule() {
        ReportProfile ilacs = PROFILES.of(ReportType.ILACS);
        assertEquals(Set.of("overall-effectiveness"), ilacs.notGraded(LocalDate.of(2026, 4, 1)));
        assertEquals(Set.of(), ilacs.notGraded(LocalDate.of(2026, 3, 31)));
        assertEquals(Set.of("care-leavers"), ilacs.notGraded(LocalDate.of(2022, 12, 31)));
        assertEquals(Set.of(), ilacs.notGraded(null), "an unknown date drops nothing");
        assertEquals(List.of("help-and-protection", "children-in-care", "leadership", "care-leavers"),
                ilacs.requiredGrades(LocalDate.of(2026, 5, 1), "standard"));
        assertEquals(List.of("help-and-protection", "children-in-care", "leadership"),
                ilacs.requiredGrades(null, null), "dated judgements are required only when the date is known");
    }

    @Test
    void areaSendGradesOnlyUnderThe2023Framework() {
        ReportProfile send = PROFILES.of(ReportType.AREA_SEND);
        assertEquals(List.of("send-outcome"), send.requiredGrades(null, "2023"));
        assertEquals(List.of(), send.requiredGrades(null, "2016"));
        assertTrue(send.onScale("systemic-failings"));
        assertFalse(send.onScale("good"));
        assertTrue(PROFILES.of(ReportType.SLAC).onScale("adequate"));
        assertFalse(PROFILES.of(ReportType.ILACS).onScale("adequate"));
    }

    @Test
    void familyRulesAreNamedByProfilesNotAppliedToAll() {
        for (ReportProfile p : PROFILES.all()) {
            assertEquals(p.type() == ReportType.AREA_SEND, p.hasFindingRule(ReportProfile.RESPONSIBLE_BODY_COLUMN),
                    p.type().key());
        }
    }

    @Test
    void aProfileNamingAnUnknownScaleFailsLoudly() throws Exception {
        var bad = new ObjectMapper().readTree("{\"type\": \"ilacs\", \"scales\": [\"five-star\"]}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Profiles.parse(bad));
        assertTrue(e.getMessage().contains("five-star"), e.getMessage());
        var typo = new ObjectMapper().readTree("{\"type\": \"ilacs\", \"framework\": {\"rule\": \"by-moon\"}}");
        assertThrows(IllegalArgumentException.class, () -> Profiles.parse(typo));
    }

    @Test
    void aDatedFrameworkRuleNeedsOnlyAProfile() throws Exception {
        var p = Profiles.parse(new ObjectMapper().readTree("{\"type\": \"unknown\", \"framework\": {\"rule\": \"by-date\"},"
                + " \"periods\": [{\"from\": \"2019-09-01\", \"until\": \"2024-09-01\", \"framework\": \"eif-2019\"},"
                + " {\"from\": \"2024-09-01\", \"framework\": \"eif-2024\", \"without\": [\"overall-effectiveness\"]}]}"));
        assertEquals("eif-2019", p.period(LocalDate.of(2023, 5, 1)).orElseThrow().framework());
        assertEquals(Set.of("overall-effectiveness"), p.notGraded(LocalDate.of(2025, 1, 1)));
        assertTrue(p.period(LocalDate.of(2015, 1, 1)).isEmpty());
    }

    /** A short line naming councils and the NHS, wrapped inside a priority action. */
    private static String withPriorityAction(String title) {
        return String.join("\n", title, "Inspection dates: 3 to 14 March 2025", "",
                "Areas for priority action", "",
                "1. Leaders across the NHS trust and the county council should make sure that plans for children",
                "are reviewed on time, and that the work is shared by the",
                "NHS trust and the county council",
                "so that no child waits.", "",
                "Areas for improvement", "",
                "Leaders should make sure that every child has a current plan that is reviewed on time.", "");
    }

    @Test
    void theResponsibleBodyColumnRuleBelongsToAreaSend() {
        Extractor x = Extractor.builder().keywords(false).build();
        Report ilacs = x.extract("ilacs.txt", withPriorityAction("Inspection of Barsetshire local authority children's services"));
        assertEquals("ilacs", ilacs.type());
        Finding action = ilacs.findings().stream().filter(f -> f.category().equals("priority-action")).findFirst()
                .orElseThrow();
        assertTrue(action.text().contains("shared by the NHS trust and the county council so that"), action.text());

        Report send = x.extract("send.txt", withPriorityAction("Area SEND inspection of Barsetshire Local Area Partnership"));
        assertEquals("area-send", send.type());
        Finding sendAction = send.findings().stream().filter(f -> f.category().equals("priority-action")).findFirst()
                .orElseThrow();
        assertNotNull(sendAction);
        assertFalse(sendAction.text().contains("shared by the NHS trust"), "the Responsible body cell is dropped: "
                + sendAction.text());
    }
}

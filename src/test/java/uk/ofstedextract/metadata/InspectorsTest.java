package uk.ofstedextract.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ofstedextract.text.Fold;

/** An area SEND inspection team gives the same inspectors, Ofsted lead first, however the converter laid it out. */
class InspectorsTest {
    private static final List<String> TEAM = List.of("Jane Example", "Sam Other", "Ann Third", "Kim Carer", "Lee Nurse");

    private static List<String> read(String text) {
        return Inspectors.read(Fold.forMatching(text), text);
    }

    @Test
    void oneCellPerLine() {
        assertEquals(TEAM, read(String.join("\n", "Inspection team", "Ofsted", "", "Care Quality Commission", "",
                "Jane Example HMI, Ofsted Lead inspector", "", "Kim Carer, CQC lead inspector", "",
                "Sam Other HMI, Ofsted", "", "Lee Nurse, CQC Inspector", "", "Ann Third HMI, Ofsted", "")));
    }

    @Test
    void columnsSideBySideWithAWideGap() {
        assertEquals(TEAM, read(String.join("\n", "Inspection team", "",
                "Ofsted                                       Care Quality Commission", "",
                "Jane Example HMI, Ofsted Lead inspector      Kim Carer, CQC lead inspector", "",
                "Sam Other HMI, Ofsted                        Lee Nurse, CQC Inspector", "",
                "Ann Third HMI, Ofsted", "")));
    }

    @Test
    void cellsRunTogetherWithOneSpace() {
        // pdftotext's default mode sometimes merges the two columns' first row into one line
        assertEquals(TEAM, read(String.join("\n", "Inspection team", "Ofsted", "", "Care Quality Commission", "",
                "Jane Example HMI, Ofsted Lead inspector Kim Carer, CQC lead inspector",
                "Sam Other HMI, Ofsted", "Lee Nurse, CQC Inspector", "Ann Third HMI, Ofsted", "")));
    }

    @Test
    void aLeadInspectorLabelStillNamesTheLead() {
        assertEquals(List.of("Jane Example"), read("Lead inspector: Jane Example, His Majesty's Inspector\n"));
        assertEquals(List.of("Jane Example"), read("Lead inspector Jane Example HMI\n"));
    }

    @Test
    void aLetterNamingTheInspectorsAcrossALineEndWithTrailingSpaces() {
        // PDF text keeps a space at the end of a line
        assertEquals(List.of("Jan Example", "Brenda Other", "Matt Third"), read(String.join("\n",
                "children's services on 15 December 2020. The inspectors were Her Majesty's ",
                "Inspectors (HMIs) Jan Example, Brenda Other and Matt Third. ", "")));
    }

    @Test
    void aTeamCellWithCommasAroundHmiIsNotTheNextLead() {
        assertEquals(List.of("Jane Doe", "Ann Roe", "Kim Carer"), read(String.join("\n", "Inspection team", "",
                "Jane Doe, HMI, Ofsted Lead inspector", "Ann Roe, HMI, Ofsted inspector",
                "Kim Carer, CQC inspector", "")));
    }

    @Test
    void everyTeamMemberOfASemicolonListWithTitlesOff() {
        assertEquals(List.of("Lee Lead", "Ann Roe", "Ben Poe", "Cat Soe", "Dan Toe", "Eve Woe"), read(String.join("\n",
                "Lead inspector: Lee Lead HMI",
                "Team inspectors: Ann Roe HMI; Ben Poe SHMI; Cat Soe SCRI; Dan Toe OI; Eve Woe, CQC inspector",
                "")));
    }

    /** Issue 14 point 6 (audit caveat): a labelled lead line that also prints the team cell's role. */
    @Test
    void aLabelledLeadFollowedByItsTeamCellRoleIsStillTheLead() {
        assertEquals(List.of("Jane Doe", "Ann Roe", "Ben Poe"), read(String.join("\n",
                "Lead inspector: Jane Doe, HMI, Ofsted Lead inspector",
                "Team inspectors: Ann Roe HMI; Ben Poe SHMI", "")));
    }

    @Test
    void aLeadNameWrappedOverTwoLines() {
        assertEquals(List.of("Jane Doe"), read(String.join("\n", "Lead inspector: Jane", "Doe SHMI", "")));
    }

    @Test
    void honorificsAreNotPartOfTheName() {
        assertEquals(List.of("Jane Doe", "Ben Poe"), read(String.join("\n",
                "Lead inspector: Ms Jane Doe HMI", "Team inspectors: Mr Ben Poe HMI", "")));
    }

    @Test
    void aLetterNamesTheLeadFirstWithACurlyApostropheInHerMajestys() {
        // the lead signs the letter and is named first; the converter keeps the typographic apostrophe
        assertEquals(List.of("Jan Example", "Lee Other"), read(String.join("\n",
                "children’s services on 10 January 2019. The visit was carried out by Her Majesty’s",
                "Inspectors Jan Example and Lee Other.", "")));
    }

    @Test
    void rolesBeforeTheNamesInALetterAreNotNames() {
        assertEquals(List.of("Jan Example", "Lee Other", "Kim Third"), read(String.join("\n",
                "His Majesty’s Inspectors for this visit were lead inspector Jan Example and team inspectors",
                "Lee Other and Kim Third.", "")));
        assertEquals(List.of("Jan Example", "Lee Other"), read(String.join("\n",
                "The inspectors for this visit were lead inspector Jan Example and team inspector Lee Other.", "")));
    }

    @Test
    void theInspectoratesBranchIsNotAName() {
        assertEquals(List.of("Jan Example", "Lee Other", "Kim Third"), read(String.join("\n",
                "The inspectors were Her Majesty’s Inspectors (HMI) Social Care, Jan Example, Lee Other and",
                "Kim Third, Senior HMI.", "")));
    }
}

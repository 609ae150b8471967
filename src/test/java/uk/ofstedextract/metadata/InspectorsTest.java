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
}

package uk.ofstedextract.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ofstedextract.Extractor;

/**
 * Validate checks the judgement table as extraction read it: a 2014 single-inspection front table printed
 * as a column of labels and then a column of grades (Cambridgeshire 2014's layout) pairs each label with
 * its own grade, as the report does, and the key judgement stated later in the body agrees with it.
 */
class JudgementTableTest {
    private static final Extractor EXTRACTOR = Extractor.builder().keywords(false).build();

    private static final String SIF = String.join("\n",
            "Barsetshire County Council",
            "Inspection of services for children in need of help and",
            "protection, children looked after and care leavers",
            "Inspection date: 3 June 2014 - 25 June 2014",
            "Report published: 8 August 2014",
            "The overall judgement is that children’s services are good",
            "The judgements on areas of the service that contribute to overall effectiveness are:",
            "1. Children who need help and protection",
            "2. Children looked after and achieving permanence",
            "",
            "Requires",
            "improvement",
            "Good",
            "",
            "2.1 Adoption performance",
            "",
            "Good",
            "",
            "2.2 Experiences and progress of care leavers",
            "",
            "Good",
            "",
            "3. Leadership, management and governance",
            "",
            "Good",
            "",
            "The experiences and progress of children who need help and",
            "protection",
            "Key Judgement",
            "",
            "Judgement Grade",
            "",
            "The experiences and progress of children who",
            "need help and protection",
            "",
            "Requires improvement",
            "",
            "1. Referrals are screened promptly by qualified social workers, and decisions about the help",
            "children need are made quickly.",
            "The experiences and progress of children looked after and",
            "achieving permanence",
            "Key Judgement",
            "",
            "Judgement Grade",
            "",
            "The experiences and progress of children",
            "looked after and achieving permanence",
            "",
            "Good",
            "",
            "2. Decisions to look after children and young people are supported by robust threshold",
            "assessments.",
            "The inspection team",
            "Lead inspector: Ann Roe",
            "");

    @Test
    void aColumnOfLabelsThenAColumnOfGradesIsReadAsExtractionReadsIt() throws Exception {
        Extractor.Extraction x = EXTRACTOR.extraction("sif-2014.txt", SIF.getBytes(StandardCharsets.UTF_8));
        Subject s = Subject.of("sif-2014.txt", x);
        List<String> rows = JudgementTable.rows(s).stream().map(r -> r.judgement() + "=" + r.grade()).toList();
        assertEquals(List.of("help-and-protection=requires-improvement", "children-looked-after=good", "adoption=good",
                "care-leavers=good", "leadership=good"), rows);
        List<String> report = x.report().grades().stream()
                .filter(g -> !g.judgement().equals("overall-effectiveness")).map(g -> g.judgement() + "=" + g.grade())
                .toList();
        assertEquals(rows, report, "validate's table is the report's");
        FileResult r = new Validator(EXTRACTOR, RuleConfig.defaults()).check("sif-2014.txt", x);
        assertFalse(r.issues().stream().anyMatch(i -> i.rule() == Rule.GRADE_CONTRADICTS_TEXT
                || i.rule() == Rule.GRADE_DUPLICATE), r.issues().toString());
    }
}

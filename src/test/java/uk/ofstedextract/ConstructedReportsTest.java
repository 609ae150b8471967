package uk.ofstedextract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ofstedextract.metadata.LocalAuthorities;
import uk.ofstedextract.report.Finding;
import uk.ofstedextract.report.Report;
import uk.ofstedextract.report.Sentence;
import uk.ofstedextract.text.Fold;

/** Reports written for the tests, in layouts the samples do not show. */
class ConstructedReportsTest {
    private static final Extractor EXTRACTOR = Extractor.standard();

    /** An ILACS report in pdftotext's layout: table one cell per line, running footers, page breaks mid-sentence. */
    static final String ILACS = String.join("\n",
            "Inspection of Barsetshire local",
            "authority children’s services",
            "Inspection dates: 3 to 7 March 2025",
            "Lead inspector: Jane Q Example, His Majesty’s Inspector",
            "Judgement", "", "Grade", "",
            "The impact of leaders on social work", "practice with children and families", "",
            "Requires improvement", "to be good", "",
            "The experiences and progress of", "children who need help and protection", "", "Good", "",
            "The experiences and progress of", "children in care", "", "Inadequate", "",
            "The experiences and progress of care", "leavers", "", "Good", "",
            "Overall effectiveness", "", "Requires improvement to be good", "",
            "Leaders know their services well. This opening summary is not numbered.",
            "What needs to improve?",
            "◼",
            "",
            "The timeliness of assessments for disabled children.",
            "◼ Management oversight of plans, so that drift is",
            "Inspection of Barsetshire local authority children’s services",
            "3 to 7 March 2025",
            "",
            "2",
            "\fprevented for children in care.",
            "The experiences and progress of children who need help and",
            "protection: good",
            "1.",
            "",
            "Children receive a prompt response when concerns are first raised. Managers",
            "review decisions quickly.",
            "2. Strategy meetings are timely and well attended. Risk is",
            "Inspection of Barsetshire local authority children’s services",
            "3 to 7 March 2025",
            "",
            "3",
            "\fassessed carefully and plans are clear.",
            "The experiences and progress of children in care: inadequate",
            "3. Too many children wait too long for permanence.",
            "Inspection of Barsetshire local authority children’s services",
            "3 to 7 March 2025",
            "",
            "4",
            "\fThe Office for Standards in Education, Children’s Services and Skills (Ofsted) regulates and inspects",
            "to achieve excellence.",
            "© Crown copyright 2025", "");

    @Test
    void ilacsInPdftotextLayout() {
        Report r = EXTRACTOR.extract("barsetshire.txt", ILACS);
        assertEquals("ilacs", r.type());
        assertEquals("short", r.framework(), "3 to 7 March is a one-week inspection");
        assertEquals(LocalDate.of(2025, 3, 3), r.inspection().start());
        assertEquals(List.of("Jane Q Example"), r.inspectors());
        assertEquals("Barsetshire", r.provider().name());
        assertNull(r.provider().laCode(), "no such authority: never a guessed code");
        assertEquals(List.of("leadership=requires-improvement", "help-and-protection=good",
                "children-in-care=inadequate", "care-leavers=good", "overall-effectiveness=requires-improvement"),
                r.grades().stream().map(g -> g.judgement() + "=" + g.grade()).toList());
        List<String> got = r.findings().stream()
                .map(f -> f.category() + "|" + f.number() + "|" + f.judgement() + "|" + f.text()).toList();
        assertEquals(List.of(
                "narrative|null|null|Leaders know their services well. This opening summary is not numbered.",
                "development|null|null|The timeliness of assessments for disabled children.",
                "development|null|null|Management oversight of plans, so that drift is prevented for children in care.",
                "narrative|1|help-and-protection|Children receive a prompt response when concerns are first raised. "
                        + "Managers review decisions quickly.",
                "narrative|2|help-and-protection|Strategy meetings are timely and well attended. Risk is assessed "
                        + "carefully and plans are clear.",
                "narrative|3|children-in-care|Too many children wait too long for permanence."), got);
        Finding two = r.findings().get(4);
        assertTrue(ILACS.substring(two.span().start(), two.span().end()).contains("Inspection of Barsetshire"),
                "the span covers the page break it joins");
        assertEquals(2, two.sentences().size());
    }

    @Test
    void converterDamageIsRepaired() {
        // a footer glued to the end of a text line, a paragraph number that lost its dot, "Not Judged" rows
        StringBuilder t = new StringBuilder(String.join("\n",
                "Barset",
                "Inspection of services for children in need of help and",
                "protection, children looked after and care leavers",
                "Inspection date: 3 March 2015 – 26 March 2015",
                "1. Children who need help and protection", "", "Good", "",
                "2. Children looked after and achieving", "permanence", "", "Not Judged", "",
                "2.1 Adoption performance", "", "Not Judged", "",
                "3. Leadership, management and governance", "", "Good", "",
                "Recommendations"));
        for (int n = 1; n <= 8; n++) {
            t.append("\n").append(n).append(". Recommendation number ").append(n).append(" is about the service.");
        }
        t.append("\n9. Children are kept safe and the work is thorough and purposeful, with a restorative and traumaBarset "
                + "children’s services inspection report\n\n2\n\finformed approach.");
        String[] topics = {"Visits to children are regular.", "Plans are clear and reviewed often.",
            "Leaders know their services well."};
        for (int p = 3; p <= 5; p++) {
            t.append("\n").append(7 + p).append(". ").append(topics[p - 3]).append("\nBarset children’s services "
                    + "inspection report\n\n").append(p).append("\n\f");
        }
        // mid-page (a bare number in the first lines of a page is taken for a page number)
        t.append("They act on what they learn,\nand managers check that they\ndo so every month.\n13\n\n"
                + "Carers are well supported by their social workers.\n");
        Report r = EXTRACTOR.extract("barset.txt", t.toString());
        assertTrue(r.grades().stream().anyMatch(g -> g.judgement().equals("leadership") && g.grade().equals("good")),
                "the table goes on past 'Not Judged' rows: " + r.grades());
        Finding nine = r.findings().stream().filter(f -> Integer.valueOf(9).equals(f.number())).findFirst().orElseThrow();
        assertTrue(nine.text().endsWith("restorative and trauma informed approach."), nine.text());
        assertTrue(r.findings().stream().anyMatch(f -> Integer.valueOf(13).equals(f.number())
                && f.text().startsWith("Carers are well supported")), "a paragraph number without its dot");
    }

    @Test
    void aNumberAfterAWordBrokenAtTheLineEndIsNotAParagraphNumber() {
        // "2." is next in sequence, so only the hyphen before it tells that it ends paragraph 1
        String text = ILACS.replace("review decisions quickly.", "review decisions quickly for children aged under-\n    2.");
        assertTrue(text.contains("under-\n    2."), "the constructed text has the broken word");
        Report r = EXTRACTOR.extract("barsetshire.txt", text);
        List<Integer> numbers = r.findings().stream().map(Finding::number).filter(n -> n != null).toList();
        assertEquals(List.of(1, 2, 3), numbers);
        assertTrue(r.findings().stream().anyMatch(f -> f.text().endsWith("for children aged under-2.")),
                r.findings().stream().map(Finding::text).toList().toString());
    }

    @Test
    void postReformIlacsHasNoOverallGrade() {
        String text = ILACS.replace("3 to 7 March 2025", "11 to 22 May 2026")
                .replace("Overall effectiveness\n\nRequires improvement to be good\n\n", "");
        Report r = EXTRACTOR.extract("barsetshire-2026.txt", text);
        assertEquals("standard", r.framework());
        assertFalse(r.grades().stream().anyMatch(g -> g.judgement().equals("overall-effectiveness")));
        assertEquals(4, r.grades().size());
    }

    @Test
    void unknownTypeIsSaidAndNotGuessed() {
        Report r = EXTRACTOR.extract("minutes.txt", "Minutes of the parish council\n\nThe meeting opened at 7pm. "
                + "Councillors discussed the village hall roof.\n\nStrengths\n\n- The roof is sound.\n");
        assertEquals("unknown", r.type());
        assertTrue(r.warnings().stream().anyMatch(w -> w.code().equals("unknown-type")));
        assertTrue(r.grades().isEmpty());
    }

    @Test
    void letterWithNoFindingsSaysSo() {
        Report r = EXTRACTOR.extract("letter.txt", "12 March 2019\n\nDear Ms Smith\n\nFocused visit to Barset "
                + "children’s services\n\nThis letter summarises the findings of a focused visit to Barset children’s "
                + "services on 4 and 5 February 2019.\n\nYours sincerely\n\nJohn Smith\nHer Majesty’s Inspector\n");
        assertEquals("ilacs-focused-visit", r.type());
        assertTrue(r.findings().isEmpty());
        assertTrue(r.warnings().stream().anyMatch(w -> w.code().equals("no-findings")));
        assertEquals(LocalDate.of(2019, 2, 4), r.inspection().start());
        assertEquals(LocalDate.of(2019, 3, 12), r.published());
        assertEquals(List.of("John Smith"), r.inspectors());
    }

    @Test
    void sifStyleListsAndRecommendationsShareOneNumberSequence() {
        String text = String.join("\n",
                "London Borough of Barset",
                "Inspection of services for children in need of help and",
                "protection, children looked after and care leavers",
                "Inspection date: 19 November 2013 – 11 December 2013",
                "Report published: 4 February 2014",
                "The overall judgement is requires improvement.",
                "1. Children who need help and protection", "", "Requires", "improvement", "",
                "Recommendations",
                "1.", "", "Improve the quality of plans.",
                "2. Ensure that children are seen alone.",
                "The experiences and progress of children who need help and protection",
                "3. Children are safe. Most assessments are good.",
                "The inspection team",
                "Lead inspector: Ann Other",
                "Team inspectors: Bob Smith, Carol Jones and Dee", "Brown", "");
        Report r = EXTRACTOR.extract("sif.txt", text);
        assertEquals("sif", r.type());
        assertEquals(LocalDate.of(2014, 2, 4), r.published());
        assertEquals(List.of("overall-effectiveness=requires-improvement", "help-and-protection=requires-improvement"),
                r.grades().stream().map(g -> g.judgement() + "=" + g.grade()).toList());
        assertEquals(List.of("development|1", "development|2", "narrative|3"),
                r.findings().stream().map(f -> f.category() + "|" + f.number()).toList());
        assertEquals(List.of("Ann Other", "Bob Smith", "Carol Jones", "Dee Brown"), r.inspectors());
    }

    @Test
    void otherEncodingsAndLineEndsGiveTheSameFindings() throws Exception {
        String text = Files.readString(Path.of("samples/cra-2010-york.txt"));
        List<String> want = texts(EXTRACTOR.extract("a", text.getBytes(StandardCharsets.UTF_8)));
        byte[] le = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] leBom = new byte[le.length + 2];
        leBom[0] = (byte) 0xFF;
        leBom[1] = (byte) 0xFE;
        System.arraycopy(le, 0, leBom, 2, le.length);
        assertEquals(want, texts(EXTRACTOR.extract("b", leBom)));
        assertEquals(want, texts(EXTRACTOR.extract("c", text.getBytes(StandardCharsets.UTF_16BE))));
        assertEquals(want, texts(EXTRACTOR.extract("d", text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8))));
        Report cp = EXTRACTOR.extract("e", (text + "\u00e9").getBytes(Charset.forName("windows-1252")));
        assertEquals(want, texts(cp));
        assertTrue(cp.warnings().stream().anyMatch(w -> w.code().equals("decoding")));
    }

    @Test
    void everySentenceSpanPointsAtItsTextInTheInput() throws Exception {
        try (var files = Files.list(Path.of("samples"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                String text = Files.readString(p);
                Report r = EXTRACTOR.extract(p.toString(), text);
                for (Finding f : r.findings()) {
                    assertTrue(f.span().start() < f.span().end() && f.span().end() <= text.length());
                    for (Sentence s : f.sentences()) {
                        String span = Fold.spaces(text.substring(s.span().start(), s.span().end()));
                        String first = s.text().split(" ")[0];
                        assertTrue(span.startsWith(first) && span.endsWith(s.text().substring(s.text().length() - 1)),
                                p + ": span '" + span + "' for '" + s.text() + "'");
                    }
                }
            }
        }
    }

    @Test
    void authoritiesFollowReorganisationsByDate() {
        LocalAuthorities t = LocalAuthorities.load();
        assertEquals("837", t.find("Bournemouth Borough Council", LocalDate.of(2018, 5, 1)).get().laCode());
        assertEquals("839", t.find("Bournemouth, Christchurch and Poole", LocalDate.of(2022, 5, 1)).get().laCode());
        assertEquals("928", t.find("Northamptonshire County Council", LocalDate.of(2019, 1, 1)).get().laCode());
        assertEquals("940", t.find("North Northamptonshire", LocalDate.of(2024, 1, 1)).get().laCode());
        assertEquals("909", t.find("Cumbria County Council", LocalDate.of(2020, 1, 1)).get().laCode());
        assertEquals("838", t.find("Dorset Council", LocalDate.of(2021, 1, 1)).get().laCode());
        assertEquals("835", t.find("Dorset County Council", LocalDate.of(2016, 1, 1)).get().laCode());
        assertEquals("380", t.find("City of Bradford Metropolitan District Council", null).get().laCode());
        assertTrue(t.find("Barsetshire", null).isEmpty());
    }

    private static List<String> texts(Report r) {
        return r.findings().stream().map(f -> f.category() + " " + f.text()).toList();
    }
}

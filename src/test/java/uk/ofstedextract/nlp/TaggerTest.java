package uk.ofstedextract.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ofstedextract.Extractor;
import uk.ofstedextract.report.Finding;
import uk.ofstedextract.report.Report;
import uk.ofstedextract.report.ThemeEvidence;
import uk.ofstedextract.text.AlignedText;
import uk.ofstedextract.text.Span;

/** Keywords, themes and codebooks on text written for the tests. */
class TaggerTest {
    private static final String FINDING = "Management oversight of child protection plans is not consistently "
            + "effective. The timeliness of assessments is poor, and assessments for disabled children are delayed. "
            + "The local authority knows this.";

    @Test
    void keywordsAreFoldedNounPhrasesWithSpans() {
        List<KeywordTagger.Keyword> k = KeywordTagger.standard().keywords(FINDING);
        List<String> words = k.stream().map(KeywordTagger.Keyword::keyword).toList();
        assertTrue(words.contains("child protection plan"), words.toString());
        assertTrue(words.stream().anyMatch(w -> w.startsWith("assessment")), words.toString());
        assertFalse(words.contains("local authority"), "boilerplate is never a keyword: " + words);
        assertFalse(words.contains("effective"), words.toString());
        assertTrue(k.size() <= KeywordTagger.MAX_KEYWORDS);
        assertEquals(1.0, k.get(0).score(), 1e-9, "the best keyword scores 1");
        for (KeywordTagger.Keyword kw : k) {
            for (Span sp : kw.spans()) {
                String found = FINDING.substring(sp.start(), sp.end()).toLowerCase();
                assertTrue(found.startsWith(kw.keyword().split(" ")[0]), kw.keyword() + " at '" + found + "'");
            }
        }
    }

    @Test
    void pluralsFoldTogether() {
        assertEquals("assessment", KeywordTagger.singular("assessments"));
        assertEquals("agency", KeywordTagger.singular("agencies"));
        assertEquals("process", KeywordTagger.singular("process"));
        assertEquals("process", KeywordTagger.singular("processes"));
        // school subjects ending in s have no singular; other -ics nouns do
        assertEquals("mathematics", KeywordTagger.singular("mathematics"));
        assertEquals("phonics", KeywordTagger.singular("phonics"));
        assertEquals("clinic", KeywordTagger.singular("clinics"));
        assertEquals("characteristic", KeywordTagger.singular("characteristics"));
        List<KeywordTagger.Keyword> k = KeywordTagger.standard().keywords(
                "Inspectors saw pathway plans for care leavers. Most pathway plans are detailed, and each pathway "
                        + "plan is reviewed.");
        assertEquals("pathway plan", k.get(0).keyword());
        assertEquals(3, k.get(0).spans().size(), "'pathway plans' and 'pathway plan' count together");
    }

    @Test
    void themesCarryTheirEvidence() {
        String text = "The director of children’s services has improved supervision. Children who go missing "
                + "receive return home interviews, and child protection plans are reviewed.";
        ThemeTagger.Result r = new ThemeTagger(Codebook.standard()).tag(AlignedText.identity(text));
        assertTrue(r.themes().containsAll(List.of("leadership", "management-oversight", "exploitation-missing",
                "child-protection")), r.themes().toString());
        for (ThemeEvidence e : r.evidence()) {
            assertEquals(e.term(), text.substring(e.span().start(), e.span().end()),
                    "evidence points at the matched text");
        }
        assertTrue(r.evidence().stream().anyMatch(e -> e.term().equals("director of children’s services")),
                "a term with a straight apostrophe matches the typographic one");
        assertTrue(r.evidence().stream().anyMatch(e -> e.term().equals("child protection plans")), "plural folded");
    }

    @Test
    void caseSensitivePatternsRespectCase() {
        ThemeTagger t = new ThemeTagger(Codebook.standard());
        assertTrue(t.tag(AlignedText.identity("Children with SEND wait too long.")).themes().contains("send-disability"));
        assertFalse(t.tag(AlignedText.identity("Leaders send letters to parents.")).themes().contains("send-disability"));
    }

    /** A one-theme codebook ("a") with these extra fields (JSON members after "terms"). */
    private static ThemeTagger tiny(String terms, String extra) throws Exception {
        return new ThemeTagger(Codebook.parse(("{\"id\":\"x\",\"version\":\"1\",\"themes\":[{\"key\":\"a\",\"label\":\"A\","
                + "\"description\":\"d\",\"terms\":" + terms + extra + "}]}").getBytes(StandardCharsets.UTF_8), "t.json"));
    }

    @Test
    void aNoPluralTermMatchesOnlyAsWrittenSoItsVerbFormDoesNot() throws Exception {
        ThemeTagger folded = tiny("[\"conduct\",\"plan\"]", "");
        assertTrue(folded.tag(AlignedText.identity("The proprietor conducts checks.")).themes().contains("a"),
                "without the flag the -s form folds to the term");
        ThemeTagger flagged = tiny("[\"conduct\",\"plan\"]", ",\"noPlural\":[\"conduct\"]");
        assertFalse(flagged.tag(AlignedText.identity("The proprietor conducts checks.")).themes().contains("a"));
        assertTrue(flagged.tag(AlignedText.identity("Pupils' conduct is good.")).themes().contains("a"));
        assertTrue(flagged.tag(AlignedText.identity("Their plans are clear.")).themes().contains("a"),
                "other terms of the theme still fold");
    }

    @Test
    void aStarInANotWithinPhraseStandsForAnyOneWord() throws Exception {
        ThemeTagger t = tiny("[\"classrooms\"]", ",\"notWithin\":[\"in * classroom\"]");
        assertFalse(t.tag(AlignedText.identity("In their classrooms, pupils listen.")).themes().contains("a"));
        assertFalse(t.tag(AlignedText.identity("Help is on hand in the classroom.")).themes().contains("a"));
        assertTrue(t.tag(AlignedText.identity("In classrooms pupils listen.")).themes().contains("a"),
                "the slot is one word, not none");
        assertTrue(t.tag(AlignedText.identity("Classrooms are bright and airy.")).themes().contains("a"));
        assertTrue(t.tag(AlignedText.identity("The fire risk assessment covers the new classrooms.")).themes()
                .contains("a"));
    }

    @Test
    void noPluralAndSlotsAreChecked() {
        var notATerm = assertThrows(Codebook.InvalidCodebookException.class, () -> tiny("[\"conduct\"]",
                ",\"noPlural\":[\"behaviour\"]"));
        assertTrue(notATerm.getMessage().contains("field 'noPlural': 'behaviour' is not one of the theme's terms"),
                notATerm.getMessage());
        var leadingSlot = assertThrows(Codebook.InvalidCodebookException.class, () -> tiny("[\"plan\"]",
                ",\"notWithin\":[\"* plan\"]"));
        assertTrue(leadingSlot.getMessage().contains("field 'notWithin'"), leadingSlot.getMessage());
    }

    @Test
    void malformedCodebooksNameTheLineAndField() {
        var e = assertThrows(Codebook.InvalidCodebookException.class, () -> Codebook.parse(
                "{\"id\":\"x\",\"version\":\"1\",\n\"themes\":[{\"key\":\"a\",\"label\":\"A\"}]}".getBytes(
                        StandardCharsets.UTF_8), "my.json"));
        assertTrue(e.getMessage().contains("my.json: line 2") && e.getMessage().contains("themes[0].description"),
                e.getMessage());
        var dup = assertThrows(Codebook.InvalidCodebookException.class, () -> Codebook.parse(
                ("{\"id\":\"x\",\"version\":\"1\",\"themes\":[{\"key\":\"a\",\"label\":\"A\",\"description\":\"d\","
                        + "\"terms\":[\"t\"]},{\"key\":\"a\",\"label\":\"B\",\"description\":\"d\",\"terms\":[\"u\"]}]}")
                        .getBytes(StandardCharsets.UTF_8), "dup.json"));
        assertTrue(dup.getMessage().contains("themes[1] (a) field 'key'"), dup.getMessage());
        var regex = assertThrows(Codebook.InvalidCodebookException.class, () -> Codebook.parse(
                ("{\"id\":\"x\",\"version\":\"1\",\"themes\":[{\"key\":\"a\",\"label\":\"A\",\"description\":\"d\","
                        + "\"patterns\":[\"(unclosed\"]}]}").getBytes(StandardCharsets.UTF_8), "re.json"));
        assertTrue(regex.getMessage().contains("field 'patterns'"), regex.getMessage());
        assertThrows(Codebook.InvalidCodebookException.class, () -> Codebook.parse("{oops".getBytes(
                StandardCharsets.UTF_8), "broken.json"));
    }

    @Test
    void reportsRecordTheCodebookAndNoKeywordsSkipsOnlyKeywords() throws Exception {
        byte[] text = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("samples/cra-2010-wakefield.txt"));
        Report full = Extractor.standard().extract("w", text);
        assertEquals("children-services-2026.17", full.codebook());
        assertFalse(full.keywords().isEmpty());
        Report lean = Extractor.builder().keywords(false).build().extract("w", text);
        assertTrue(lean.findings().stream().allMatch(f -> f.keywords().isEmpty() && f.keywordSpans().isEmpty()));
        assertEquals(full.findings().stream().map(Finding::themes).toList(),
                lean.findings().stream().map(Finding::themes).toList(), "themes stay without keywords");
    }

    @Test
    void aSchoolReportIsTaggedWithTheSchoolCodebookUnlessOneIsGiven() throws Exception {
        byte[] text = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(
                "src/test/resources/schools/constructed/report-card-2026-harbourside-default-test.txt"));
        Report school = Extractor.builder().keywords(false).build().extract("h", text);
        assertEquals("school-report-card", school.type());
        assertEquals("schools-2026.16", school.codebook());
        java.util.Set<String> keys = new java.util.HashSet<>(Codebook.shipped("schools").themes().stream()
                .map(Codebook.Theme::key).toList());
        assertTrue(school.findings().stream().flatMap(f -> f.themes().stream()).allMatch(keys::contains));
        assertTrue(school.findings().stream().anyMatch(f -> !f.themes().isEmpty()));
        Report given = Extractor.builder().keywords(false).codebook(Codebook.standard()).build().extract("h", text);
        assertEquals("children-services-2026.17", given.codebook(), "a codebook given overrides the family's");
    }

    @Test
    void everyProfileNamesAShippedCodebookAndSchoolFamiliesTheSchoolOne() {
        for (uk.ofstedextract.layout.ReportProfile p : uk.ofstedextract.layout.Profiles.standard().all()) {
            String id = Extractor.codebookId(p);
            assertTrue(Codebook.shippedIds().contains(id), p.type().key() + ": " + id);
            boolean school = java.util.Set.of("school", "school-ungraded", "school-report-card", "independent-school",
                    "further-education").contains(p.type().key());
            assertEquals(school ? "schools" : Codebook.DEFAULT_ID, id, p.type().key());
        }
    }
}

package uk.ofstedextract.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ofstedextract.output.JsonLines;

/** Keyword precision@5, recall and theme micro/per-theme figures worked out by hand on a constructed gold. */
class TaggingScorerTest {
    private static final Path GOLD = Path.of("src/test/resources/evaluate/tagging/gold.jsonl");

    @Test
    void matchKeyFoldsCasePluralsPossessivesAndHyphens() {
        assertEquals("child protection plan", TaggingGold.matchKey("Child-protection plans"));
        assertEquals(TaggingGold.matchKey("parents' views"), TaggingGold.matchKey("parent's view"));
        assertEquals("mash", TaggingGold.matchKey("MASH"));
        assertEquals("education health and care plan", TaggingGold.matchKey("education, health & care plans"));
    }

    @Test
    void keywordsCountTheFirstFiveAndAlternativesOnce() throws Exception {
        List<TaggingGold.Finding> gold = TaggingGold.read(GOLD);
        Map<String, List<String>> pred = Map.of("a", List.of("strategy meetings", "MASH", "meeting", "held", "x",
                "beyond five"), "b", List.of("care leaver", "pathway plans"));
        TaggingScorer.KeywordScore all = TaggingScorer.keywords(gold, "all", f -> pred.get(f.id()));
        // a: 5 counted (the sixth is past @5), right: strategy meeting, MASH (alternative), meeting (acceptable)
        // b: 2 emitted, right: pathway plan. Gold keywords: 3, all found.
        assertEquals(2, all.findings());
        assertEquals(7, all.emitted());
        assertEquals(4, all.correct());
        assertEquals(3, all.found());
        assertEquals(3, all.gold());
        assertEquals(4.0 / 7, all.precision(), 1e-12);
        assertEquals(1.0, all.recall(), 1e-12);
        TaggingScorer.KeywordScore test = TaggingScorer.keywords(gold, "test", f -> pred.get(f.id()));
        assertEquals(1, test.findings());
        assertEquals(0.5, test.precision(), 1e-12);
        assertEquals(List.of("care leaver"), test.misses().get(0).wrong());
    }

    @Test
    void themesPerThemeAndMicro() throws Exception {
        List<TaggingGold.Finding> gold = TaggingGold.read(GOLD);
        Map<String, List<String>> pred = Map.of("a", List.of("child-protection", "front-door"),
                "b", List.of("care-leavers"), "c", List.of("recording"));
        TaggingScorer.ThemeScore s = TaggingScorer.themes(gold, "all",
                List.of("timeliness", "front-door", "child-protection", "care-leavers", "recording"),
                f -> pred.get(f.id()));
        assertEquals(3, s.findings());
        assertEquals(new TaggingScorer.Tally(2, 4, 3), s.micro());
        assertEquals(new TaggingScorer.Tally(0, 0, 1), s.perTheme().get("timeliness"));
        assertEquals(new TaggingScorer.Tally(0, 1, 0), s.perTheme().get("recording"));
        assertEquals(0.5, s.micro().precision(), 1e-12);
        assertEquals(2.0 / 3, s.micro().recall(), 1e-12);
        assertTrue(s.misses().stream().anyMatch(m -> m.id().equals("a") && m.missedThemes().equals(List.of("timeliness"))
                && m.falseThemes().equals(List.of("front-door"))));
    }

    @Test
    void badGoldNamesTheLine(@TempDir Path tmp) throws Exception {
        Path bad = tmp.resolve("bad.jsonl");
        Files.writeString(bad, "{\"id\": \"a\", \"text\": \"x\"}\n{\"id\": \"b\", \"text\": \"y\", \"split\": \"dev\"}\n");
        JsonLines.BadLine e = assertThrows(JsonLines.BadLine.class,
                () -> TaggingGold.read(bad));
        assertTrue(e.getMessage().contains("line 2: 'split' must be 'tune' or 'test'"), e.getMessage());
    }
}

package uk.ofstedextract.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The rule catalogue, configuration, policy and the smaller checks, without extraction. */
class RulesTest {
    @Test
    void idsAreUniqueAndTheReadmeDocumentsEveryRule() throws Exception {
        Set<String> ids = new HashSet<>();
        for (Rule r : Rule.values()) {
            assertTrue(ids.add(r.id()), r.id());
            assertTrue(r.id().matches("[a-z]+(-[a-z]+)*"), r.id());
            assertEquals(r, Rule.byId(r.id()));
        }
        String readme = Files.readString(Path.of("docs/validate.md"));
        List<String> missing = new ArrayList<>();
        for (Rule r : Rule.values()) {
            Matcher m = Pattern.compile("\\| `" + Pattern.quote(r.id()) + "` \\| (error|warning|info) \\|")
                    .matcher(readme);
            if (!m.find() || !m.group(1).equals(r.defaultSeverity().key())) {
                missing.add(r.id() + " (" + r.defaultSeverity().key() + ")");
            }
        }
        assertEquals(List.of(), missing, "docs/validate.md rule table rows: | `id` | severity | description |");
    }

    @Test
    void configTurnsRulesOffAndChangesSeverities() throws Exception {
        RuleConfig c = RuleConfig.read(new StringReader(
                "{\"rules\": {\"text-too-short\": \"off\", \"numbering-gap\": \"error\", "
                        + "\"text-mojibake\": \"info\"}}"));
        assertFalse(c.enabled(Rule.TEXT_TOO_SHORT));
        assertEquals(Optional.of(Severity.ERROR), c.severity(Rule.NUMBERING_GAP));
        assertEquals(Optional.of(Severity.INFO), c.severity(Rule.TEXT_MOJIBAKE));
        assertEquals(Optional.of(Severity.ERROR), c.severity(Rule.UNREADABLE));
        assertEquals(Optional.of(Severity.WARNING), RuleConfig.defaults().severity(Rule.NUMBERING_GAP));
    }

    @Test
    void badConfigurationsAreNamed() {
        assertEquals("unknown rule 'no-such-rule'", configError("{\"rules\": {\"no-such-rule\": \"off\"}}"));
        assertEquals("rule 'numbering-gap': 'fatal' is not off, error, warning or info",
                configError("{\"rules\": {\"numbering-gap\": \"fatal\"}}"));
        assertEquals("unknown key 'rule' (the only key is \"rules\")", configError("{\"rule\": {}}"));
        assertTrue(configError("{\"rules\": ").startsWith("not valid JSON"));
        assertTrue(configError("[]").startsWith("expected a JSON object"));
    }

    private static String configError(String json) {
        return assertThrows(RuleConfig.ConfigException.class, () -> RuleConfig.read(new StringReader(json)))
                .getMessage();
    }

    private static FileResult file(String name, Severity... severities) {
        List<Issue> issues = new ArrayList<>();
        for (Severity s : severities) {
            issues.add(new Issue(Rule.NUMBERING_GAP, s, "x", 1, 1, null));
        }
        return new FileResult(name, "ilacs", null, null, null, null, issues);
    }

    @Test
    void policyDecidesFromTheShareOfFailingFiles() {
        List<FileResult> files = List.of(file("a", Severity.ERROR), file("b", Severity.WARNING), file("c"),
                file("d", Severity.INFO));
        Validator v = new Validator(null, RuleConfig.defaults());
        Validation byDefault = v.finish(files, Policy.DEFAULT);
        assertFalse(byDefault.passed());
        assertEquals(0.25, byDefault.failureRate());
        assertTrue(v.finish(files, new Policy(Severity.ERROR, null, 0.25)).passed()); // 0.25 is not above 0.25
        assertFalse(v.finish(files, new Policy(Severity.WARNING, null, 0.25)).passed()); // 2 of 4 fail
        assertTrue(v.finish(files, new Policy(Severity.WARNING, null, 0.5)).passed());
        Validation tooFew = v.finish(files, new Policy(Severity.ERROR, 5, 1.0));
        assertFalse(tooFew.passed());
        assertEquals(Rule.CORPUS_MIN_FILES, tooFew.corpusIssues().get(0).rule());
        assertTrue(v.finish(List.of(file("a")), Policy.DEFAULT).passed());
        assertThrows(IllegalArgumentException.class, () -> new Policy(Severity.INFO, null, null));
        assertThrows(IllegalArgumentException.class, () -> new Policy(Severity.ERROR, null, 1.5));
        assertThrows(IllegalArgumentException.class, () -> new Policy(Severity.ERROR, -1, null));
    }

    @Test
    void duplicatesAreFoundByBytesAndByInspection() {
        java.time.LocalDate d = java.time.LocalDate.of(2019, 1, 7);
        List<FileResult> files = List.of(
                new FileResult("a.txt", "ilacs", "aa", "la:384", d, d.plusDays(11), List.of()),
                new FileResult("b.txt", "ilacs", "aa", "la:384", d, d.plusDays(11), List.of()),
                new FileResult("c.txt", "ilacs", "cc", "la:384", d, d.plusDays(11), List.of()),
                new FileResult("d.txt", "ilacs-focused-visit", "dd", "la:384", d, d.plusDays(11), List.of()));
        Validation v = new Validator(null, RuleConfig.defaults()).finish(files, Policy.DEFAULT);
        assertEquals(List.of(), v.files().get(0).issues());
        assertEquals(Rule.DUPLICATE_FILE, v.files().get(1).issues().get(0).rule());
        assertTrue(v.files().get(1).issues().get(0).message().contains("a.txt"));
        assertEquals(Rule.DUPLICATE_INSPECTION, v.files().get(2).issues().get(0).rule());
        assertEquals(List.of(), v.files().get(3).issues()); // another type of visit
    }

    @Test
    void mojibakeIsUtf8ReadAsWindows1252() {
        assertEquals("’", TextCheck.repair("â€™"));
        assertEquals("é", TextCheck.repair("Ã©"));
        assertEquals("£", TextCheck.repair("Â£"));
        assertEquals("–", TextCheck.repair("â€“"));
        assertNull(TextCheck.repair("Âb"));
        assertNull(TextCheck.repair("â€"));
    }

    @Test
    void linesAndColumnsCountAsEditorsDo() {
        LineIndex l = new LineIndex("ab\ncd\r\nef\rg\fh");
        assertEquals(1, l.line(0));
        assertEquals(2, l.column(1));
        assertEquals(2, l.line(3));
        assertEquals(3, l.line(7));
        assertEquals(4, l.line(10));
        assertEquals(3, l.column(12)); // a form feed does not end a line
        assertEquals(4, l.lineCount());
    }

    @Test
    void hitsAreCappedPerRuleAndFile() {
        Hits h = new Hits(RuleConfig.defaults(), new LineIndex("x\n".repeat(30)));
        for (int i = 0; i < 25; i++) {
            h.at(Rule.TEXT_MOJIBAKE, i * 2, "bad");
        }
        List<Issue> issues = h.issues();
        assertEquals(Hits.MAX_PER_RULE, issues.size());
        assertEquals("bad (and 15 more like this in the file)", issues.get(issues.size() - 1).message());
    }

    @Test
    void githubCommandsAreEscaped() {
        Issue i = new Issue(Rule.TEXT_MOJIBAKE, Severity.WARNING, "50% of it\nbroken", 3, 4, 10);
        assertEquals("::warning file=a%2Cb%3A.txt,line=3,col=4,title=text-mojibake::50%25 of it%0Abroken",
                GithubFormat.command("a,b:.txt", i));
    }
}

package uk.ofstedextract.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The constructed corpus in {@code src/test/resources/validate/corpus/} (two good samples, a
 * truncated letter, a mojibake letter with a lost and a control character, a letter without areas
 * for development, an ILACS report whose table contradicts its text, one with a numbering gap and a
 * repeat, one inspected in 2026 whose table still grades overall effectiveness and repeats a
 * judgement, an exact duplicate and an empty file) gives the hits in {@code expected.txt} — rule,
 * severity, line and column — in every output format, each parsed back from what it writes.
 */
class ValidateCorpusTest {
    static final Path CORPUS = Path.of("src/test/resources/validate/corpus");
    private static final Pattern TEXT_LINE =
            Pattern.compile("^(?:(.+):(\\d+):(\\d+)|corpus): (error|warning|info) \\[([a-z-]+)\\] .+$");
    private static final Pattern GITHUB_LINE = Pattern.compile(
            "^::(error|warning|notice) (?:file=([^,]+),line=(\\d+),col=(\\d+),)?title=([a-z-]+)::.+$");
    private static Validation validation;
    private static List<String> expected;

    @BeforeAll
    static void validate() throws Exception {
        Validator v = Validator.standard(RuleConfig.defaults());
        List<FileResult> results = new ArrayList<>();
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path p : files.sorted().toList()) {
                results.add(v.check(p.toString(), Files.readAllBytes(p)));
            }
        }
        validation = v.finish(results, new Policy(Severity.ERROR, 20, null));
        expected = Files.readAllLines(CORPUS.resolveSibling("expected.txt")).stream().filter(l -> !l.isBlank())
                .sorted().toList();
    }

    private static String write(ValidationWriter.Format f) throws Exception {
        StringWriter w = new StringWriter();
        f.writer().write(validation, w);
        return w.toString();
    }

    /** "file:line:column: severity [rule]" with the file's base name, or "corpus: severity [rule]". */
    private static String hit(String file, int line, int column, String severity, String rule) {
        return (file == null ? "corpus" : Path.of(file).getFileName() + ":" + line + ":" + column) + ": " + severity
                + " [" + rule + "]";
    }

    @Test
    void goodFilesHaveNoIssues() {
        for (FileResult f : validation.files()) {
            if (f.file().endsWith("cra-2010-wakefield.txt") || f.file().endsWith("ilacs-2018-wakefield.txt")) {
                assertEquals(List.of(), f.issues(), f.file());
            }
        }
        assertFalse(validation.passed());
        assertEquals(10, validation.files().size());
    }

    @Test
    void text() throws Exception {
        String out = write(ValidationWriter.Format.TEXT);
        List<String> hits = new ArrayList<>();
        for (String line : out.lines().toList()) {
            Matcher m = TEXT_LINE.matcher(line);
            if (m.matches()) {
                hits.add(m.group(1) == null ? hit(null, 0, 0, m.group(4), m.group(5))
                        : hit(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m.group(4),
                        m.group(5)));
            }
        }
        assertEquals(expected, hits.stream().sorted().toList());
        assertTrue(out.contains("10 files checked: 7 failing (error or worse), 7 with errors, 3 with warnings"), out);
        assertTrue(out.contains("mojibake 'â€™': UTF-8 read as Windows-1252 (for '’')"), out);
        assertTrue(out.strip().endsWith("FAILED: 7 of 10 files fail; corpus rules fail"), out);
    }

    @Test
    void json() throws Exception {
        JsonNode root = new ObjectMapper().readTree(write(ValidationWriter.Format.JSON));
        List<String> hits = new ArrayList<>();
        for (JsonNode f : root.get("files")) {
            for (JsonNode i : f.get("issues")) {
                hits.add(hit(f.get("file").asText(), i.get("line").asInt(), i.get("column").asInt(),
                        i.get("severity").asText(), i.get("rule").asText()));
            }
        }
        for (JsonNode i : root.get("corpus")) {
            hits.add(hit(null, 0, 0, i.get("severity").asText(), i.get("rule").asText()));
        }
        assertEquals(expected, hits.stream().sorted().toList());
        assertFalse(root.get("passed").asBoolean());
        assertEquals(7, root.get("summary").get("failingFiles").asInt());
        assertEquals(Rule.values().length, root.get("rules").size());
    }

    @Test
    void junitXmlParsesAndCarriesTheRuleIds() throws Exception {
        String xml = write(ValidationWriter.Format.JUNIT);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element root = doc.getDocumentElement();
        assertEquals("testsuites", root.getTagName());
        NodeList suites = root.getElementsByTagName("testsuite");
        assertEquals(11, suites.getLength()); // ten files and the corpus
        List<String> hits = new ArrayList<>();
        int failures = 0;
        for (int s = 0; s < suites.getLength(); s++) {
            Element suite = (Element) suites.item(s);
            NodeList cases = suite.getElementsByTagName("testcase");
            Set<String> names = new HashSet<>();
            for (int c = 0; c < cases.getLength(); c++) {
                Element tc = (Element) cases.item(c);
                names.add(tc.getAttribute("name"));
                for (String tag : List.of("failure", "system-out")) {
                    NodeList n = tc.getElementsByTagName(tag);
                    if (n.getLength() == 0) {
                        continue;
                    }
                    failures += tag.equals("failure") ? 1 : 0;
                    for (String line : n.item(0).getTextContent().lines().toList()) {
                        Matcher m = TEXT_LINE.matcher(line);
                        assertTrue(m.matches(), line);
                        assertEquals(tc.getAttribute("name"), m.group(5));
                        hits.add(m.group(1) == null ? hit(null, 0, 0, m.group(4), m.group(5))
                                : hit(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                                m.group(4), m.group(5)));
                    }
                }
            }
            Set<String> want = new HashSet<>();
            for (Rule r : Rule.values()) {
                boolean corpusRule = r == Rule.CORPUS_MIN_FILES;
                if (corpusRule == suite.getAttribute("name").equals("corpus")) {
                    want.add(r.id());
                }
            }
            assertEquals(want, names, suite.getAttribute("name"));
            assertEquals(Integer.toString(want.size()), suite.getAttribute("tests"));
        }
        assertEquals(expected, hits.stream().sorted().toList());
        assertEquals(Integer.toString(failures), root.getAttribute("failures"));
        assertEquals(11, failures); // (file, rule) pairs with errors, and the corpus rule
    }

    @Test
    void sarifParsesAndCarriesRuleMetadataAndLocations() throws Exception {
        JsonNode root = new ObjectMapper().readTree(write(ValidationWriter.Format.SARIF));
        assertEquals("2.1.0", root.get("version").asText());
        assertTrue(root.get("$schema").asText().contains("sarif-2.1.0"));
        JsonNode run = root.get("runs").get(0);
        JsonNode rules = run.get("tool").get("driver").get("rules");
        List<String> ids = new ArrayList<>();
        rules.forEach(r -> ids.add(r.get("id").asText()));
        assertEquals(Stream.of(Rule.values()).map(Rule::id).toList(), ids);
        for (JsonNode r : rules) {
            assertFalse(r.get("shortDescription").get("text").asText().isBlank());
            String level = r.get("defaultConfiguration").get("level").asText();
            assertTrue(Set.of("error", "warning", "note").contains(level), level);
        }
        List<String> hits = new ArrayList<>();
        for (JsonNode res : run.get("results")) {
            String rule = res.get("ruleId").asText();
            assertEquals(rule, ids.get(res.get("ruleIndex").asInt()));
            String level = res.get("level").asText().replace("note", "info");
            JsonNode locations = res.get("locations");
            if (locations == null) {
                hits.add(hit(null, 0, 0, level, rule));
                continue;
            }
            JsonNode loc = locations.get(0).get("physicalLocation");
            String uri = loc.get("artifactLocation").get("uri").asText();
            assertTrue(uri.startsWith("src/test/resources/validate/corpus/"), uri);
            assertEquals(uri, run.get("artifacts").get(loc.get("artifactLocation").get("index").asInt())
                    .get("location").get("uri").asText());
            JsonNode region = loc.get("region");
            hits.add(hit(uri, region.get("startLine").asInt(), region.get("startColumn").asInt(), level, rule));
        }
        assertEquals(expected, hits.stream().sorted().toList());
        assertNotNull(run.get("artifacts").get(0).get("hashes"));
    }

    @Test
    void githubWorkflowCommands() throws Exception {
        List<String> hits = new ArrayList<>();
        for (String line : write(ValidationWriter.Format.GITHUB).lines().toList()) {
            Matcher m = GITHUB_LINE.matcher(line);
            if (m.matches()) {
                String sev = m.group(1).replace("notice", "info");
                hits.add(m.group(2) == null ? hit(null, 0, 0, sev, m.group(5))
                        : hit(m.group(2), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), sev, m.group(5)));
            } else {
                assertFalse(line.startsWith("::"), line);
            }
        }
        assertEquals(expected, hits.stream().sorted().toList());
    }
}

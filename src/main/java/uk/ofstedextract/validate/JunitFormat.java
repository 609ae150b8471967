package uk.ofstedextract.validate;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML, as CI dashboards read it: one {@code <testsuite>} per file and one {@code <testcase>}
 * per rule (named by its id). A test case fails when the rule has issues at or above
 * {@code --fail-on} in that file ({@code <failure type="error|warning">}, the issues in compiler
 * style as its text); issues below that level go to {@code <system-out>}; a rule turned off is
 * {@code <skipped/>}. A last suite, {@code corpus}, holds the corpus rules. Written with the JDK's
 * {@code XMLStreamWriter}.
 */
public final class JunitFormat implements ValidationWriter {
    @Override
    public void write(Validation v, Writer out) throws IOException {
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            List<Rule> fileRules = new ArrayList<>(List.of(Rule.values()));
            fileRules.remove(Rule.CORPUS_MIN_FILES);
            int tests = v.files().size() * fileRules.size() + 1;
            int failures = 0;
            int skipped = 0;
            for (FileResult f : v.files()) {
                failures += failures(v, f.issues(), fileRules);
                skipped += skipped(v, fileRules);
            }
            failures += failures(v, v.corpusIssues(), List.of(Rule.CORPUS_MIN_FILES));
            skipped += skipped(v, List.of(Rule.CORPUS_MIN_FILES));
            x.writeStartElement("testsuites");
            x.writeAttribute("name", "ofsted-extract validate");
            x.writeAttribute("tests", Integer.toString(tests));
            x.writeAttribute("failures", Integer.toString(failures));
            x.writeAttribute("errors", "0");
            x.writeAttribute("skipped", Integer.toString(skipped));
            for (FileResult f : v.files()) {
                suite(x, v, f.file(), f.file(), f.issues(), fileRules);
            }
            suite(x, v, "corpus", null, v.corpusIssues(), List.of(Rule.CORPUS_MIN_FILES));
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
        }
    }

    private static void suite(XMLStreamWriter x, Validation v, String name, String file, List<Issue> issues,
                              List<Rule> rules) throws XMLStreamException {
        x.writeCharacters("\n  ");
        x.writeStartElement("testsuite");
        x.writeAttribute("name", clean(name));
        x.writeAttribute("tests", Integer.toString(rules.size()));
        x.writeAttribute("failures", Integer.toString(failures(v, issues, rules)));
        x.writeAttribute("errors", "0");
        x.writeAttribute("skipped", Integer.toString(skipped(v, rules)));
        for (Rule r : rules) {
            List<Issue> hits = issues.stream().filter(i -> i.rule() == r).toList();
            x.writeCharacters("\n    ");
            x.writeStartElement("testcase");
            x.writeAttribute("classname", clean(name));
            x.writeAttribute("name", r.id());
            if (!v.config().enabled(r)) {
                x.writeEmptyElement("skipped");
                x.writeAttribute("message", "turned off by the configuration");
            } else if (hits.stream().anyMatch(i -> i.severity().atLeast(v.policy().failOn()))) {
                Issue worst = hits.stream().min((a, b) -> a.severity().compareTo(b.severity())).get();
                x.writeStartElement("failure");
                x.writeAttribute("type", worst.severity().key());
                x.writeAttribute("message", clean(hits.get(0).message()));
                x.writeCharacters(clean(lines(file, hits)));
                x.writeEndElement();
            } else if (!hits.isEmpty()) {
                x.writeStartElement("system-out");
                x.writeCharacters(clean(lines(file, hits)));
                x.writeEndElement();
            }
            x.writeEndElement();
        }
        x.writeCharacters("\n  ");
        x.writeEndElement();
    }

    private static int failures(Validation v, List<Issue> issues, List<Rule> rules) {
        return (int) rules.stream().filter(r -> v.config().enabled(r) && issues.stream()
                .anyMatch(i -> i.rule() == r && i.severity().atLeast(v.policy().failOn()))).count();
    }

    private static int skipped(Validation v, List<Rule> rules) {
        return (int) rules.stream().filter(r -> !v.config().enabled(r)).count();
    }

    private static String lines(String file, List<Issue> hits) {
        StringBuilder sb = new StringBuilder();
        for (Issue i : hits) {
            sb.append(TextFormat.line(file, i)).append('\n');
        }
        return sb.toString();
    }

    /** Characters XML 1.0 cannot carry (control characters) become U+FFFD. */
    static String clean(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                    || Character.isSurrogate(c);
            sb.append(ok ? c : '\uFFFD');
        }
        return sb.toString();
    }
}

package uk.ofstedextract.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.ofstedextract.Extractor;

import uk.ofstedextract.layout.Section;
import uk.ofstedextract.report.Report;
import uk.ofstedextract.text.Decoder;

/**
 * The layout the rules read ({@link Subject}) is the one the extractor read: same type, judgement
 * table and sections as {@link Extractor#explain} reports, on every sample and on the constructed
 * corpus. Fails if the extractor's layout pass changes and Subject does not follow.
 */
class SubjectTest {
    @Test
    void layoutIsTheExtractors() throws Exception {
        Extractor extractor = Extractor.standard();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Stream.concat(Files.list(Path.of("samples")), Files.list(ValidateCorpusTest.CORPUS))) {
            s.filter(p -> Files.isRegularFile(p) && p.toFile().length() > 0).sorted().forEach(files::add);
        }
        for (Path p : files) {
            byte[] bytes = Files.readAllBytes(p);
            Report r = extractor.extract(p.toString(), bytes);
            Subject s = Subject.of(p.toString(), new Decoder().decode(bytes).text(), r, Extractor.standard());
            List<String> mine = new ArrayList<>();
            mine.add("type " + s.type.key() + "; typical line width " + s.doc.typicalWidth()
                    + "; judgement table lines " + s.grades.tableStart() + ".." + s.grades.tableEnd());
            for (Section sec : s.sections) {
                String first = sec.lines().isEmpty() ? "" : sec.lines().get(0).text();
                mine.add(String.format(Locale.ROOT, "%-12s %-22s %-24s %4d lines | %s | %s", sec.role(),
                        sec.category() == null ? "" : sec.category(), sec.judgement() == null ? "" : sec.judgement(),
                        sec.lines().size(), sec.headingText(), first.length() > 50 ? first.substring(0, 50) : first));
            }
            assertEquals(extractor.explain(bytes), mine, p.toString());
        }
    }
}

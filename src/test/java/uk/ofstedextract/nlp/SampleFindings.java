package uk.ofstedextract.nlp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import uk.ofstedextract.Extractor;
import uk.ofstedextract.report.Finding;

/** The text of every finding of the five samples, for tests that compare our tagging with OpenNLP's own. */
final class SampleFindings {
    private SampleFindings() {
    }

    static List<String> texts() throws Exception {
        Extractor extractor = Extractor.builder().keywords(false).build();
        List<String> out = new ArrayList<>();
        try (var files = Files.list(Path.of("samples"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                for (Finding f : extractor.extract(p.toString(), Files.readAllBytes(p)).findings()) {
                    out.add(f.text());
                }
            }
        }
        return out;
    }
}

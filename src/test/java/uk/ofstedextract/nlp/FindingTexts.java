package uk.ofstedextract.nlp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import uk.ofstedextract.Extractor;
import uk.ofstedextract.report.Finding;

/**
 * The texts the tests that compare our tokenizing and tagging with OpenNLP's run on: every finding of the samples, of
 * every corpus report and school report (when ../shared is beside the clone, as in CI) and of the constructed school
 * texts, then the sentence suite's general English. Extracted once per test JVM (about a minute), whichever test asks
 * first.
 */
final class FindingTexts {
    private static List<String> texts;

    private FindingTexts() {
    }

    static synchronized List<String> all() throws Exception {
        if (texts == null) {
            List<String> out = new ArrayList<>(SampleFindings.texts());
            Extractor lean = Extractor.builder().keywords(false).build();
            for (Path dir : List.of(Path.of("../shared/corpus/txt"), Path.of("../shared/schools/txt"),
                    Path.of("src/test/resources/schools/constructed"))) {
                if (!Files.isDirectory(dir)) {
                    continue;
                }
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                        for (Finding f : lean.extract(p.toString(), Files.readAllBytes(p)).findings()) {
                            out.add(f.text());
                        }
                    }
                }
            }
            for (SentenceCases.Case c : SentenceCases.load().all()) {
                out.add(c.text());
            }
            texts = List.copyOf(out);
        }
        return texts;
    }

    /** Whether the corpus is beside the clone (../shared), so that {@link #all} holds its findings. */
    static boolean withCorpus() {
        return Files.isDirectory(Path.of("../shared/corpus/txt"));
    }
}

package uk.ofstedextract.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import uk.ofstedextract.Extractor;
import uk.ofstedextract.evaluate.KeywordPredictions;
import uk.ofstedextract.evaluate.TaggingGold;
import uk.ofstedextract.evaluate.TaggingReport;
import uk.ofstedextract.evaluate.TaggingScorer;
import uk.ofstedextract.layout.Profiles;
import uk.ofstedextract.nlp.Codebook;
import uk.ofstedextract.metadata.LocalAuthorities;
import uk.ofstedextract.nlp.KeywordTagger;
import uk.ofstedextract.nlp.ThemeTagger;
import uk.ofstedextract.output.Json;
import uk.ofstedextract.output.JsonLines;
import uk.ofstedextract.text.AlignedText;

/** The keyword and theme half of {@code evaluate}: tags each gold finding's text and scores it. */
final class TaggingEvaluation {
    private static final List<String> PARTS = List.of("tune", "test", "all");
    private final PrintWriter out;
    private final PrintWriter err;

    TaggingEvaluation(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    int run(Path keywordGold, Path themeGold, Path keywordPred, String part, boolean json, boolean verbose,
            OutputOption output) {
        if (!PARTS.contains(part)) {
            return usage("--part must be tune, test or all, not '" + part + "'");
        }
        List<TaggingGold.Finding> kw = null;
        List<TaggingGold.Finding> th = null;
        Map<String, List<String>> predicted = null;
        try {
            kw = keywordGold == null ? null : TaggingGold.read(keywordGold);
            th = themeGold == null ? null : TaggingGold.read(themeGold);
            predicted = keywordPred == null ? null : KeywordPredictions.read(keywordPred);
        } catch (JsonLines.BadLine e) {
            err.println("ofsted-extract evaluate: " + e.getMessage());
            return ExitCode.INPUT_FAILED;
        } catch (IOException e) {
            err.println("ofsted-extract evaluate: cannot read: " + e.getMessage());
            return ExitCode.INPUT_FAILED;
        }
        Function<TaggingGold.Finding, List<String>> keywords;
        if (predicted != null) {
            Map<String, List<String>> p = predicted;
            keywords = f -> p.getOrDefault(f.id(), List.of());
        } else {
            KeywordTagger tagger = Extractor.keywordTagger(LocalAuthorities.load());
            keywords = f -> tagger.keywords(f.text()).stream().map(KeywordTagger.Keyword::keyword).toList();
        }
        // each finding is tagged with the codebook its report type's profile names, as extraction does; the
        // per-theme table lists the themes of the codebooks the gold's findings use
        Profiles profiles = Profiles.standard();
        Map<String, ThemeTagger> taggers = new LinkedHashMap<>();
        List<String> order = new ArrayList<>();
        for (TaggingGold.Finding f : th == null ? List.<TaggingGold.Finding>of() : th) {
            taggers.computeIfAbsent(Extractor.codebookId(profiles, f.kind()), id -> new ThemeTagger(Codebook.shipped(id)));
        }
        for (ThemeTagger t : taggers.values()) {
            t.codebook().themes().stream().map(Codebook.Theme::key).filter(k -> !order.contains(k)).forEach(order::add);
        }
        Function<TaggingGold.Finding, List<String>> themeTagger = f -> taggers.get(Extractor.codebookId(profiles, f.kind()))
                .tag(AlignedText.identity(f.text())).themes();
        List<TaggingReport.Part> parts = new ArrayList<>();
        for (String p : PARTS) {
            parts.add(new TaggingReport.Part(p, kw == null ? null : TaggingScorer.keywords(kw, p, keywords),
                    th == null ? null : TaggingScorer.themes(th, p, order, themeTagger)));
        }
        return output.write(out, err, w -> {
            if (json) {
                Json.mapper().writerWithDefaultPrettyPrinter().writeValue(w, TaggingReport.json(parts));
                w.write(System.lineSeparator());
                w.flush();
            } else {
                TaggingReport.text(parts, part, w, verbose);
            }
        });
    }

    private int usage(String message) {
        err.println("ofsted-extract evaluate: " + message);
        err.println("Try 'ofsted-extract evaluate --help'.");
        return ExitCode.USAGE;
    }
}

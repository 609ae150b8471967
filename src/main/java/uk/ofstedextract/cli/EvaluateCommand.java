package uk.ofstedextract.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import uk.ofstedextract.batch.BatchRun;
import uk.ofstedextract.batch.Names;
import uk.ofstedextract.evaluate.Evaluation;
import uk.ofstedextract.evaluate.EvaluationJson;
import uk.ofstedextract.evaluate.EvaluationText;
import uk.ofstedextract.evaluate.GoldFolder;
import uk.ofstedextract.evaluate.Scorer;
import uk.ofstedextract.output.Json;
import uk.ofstedextract.output.JsonLines;
import uk.ofstedextract.report.Report;

/** {@code ofsted-extract evaluate --gold DIR PATH...}: extracts reports and scores them as score.py does. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        usageHelpAutoWidth = true,
        description = {"Score the extraction against hand-made gold files.",
            "Extracts PATH... (files, or folders of *.txt and *.pdf) and scores the result against the gold files in DIR, with "
                    + "the figures of ../shared/tools/score.py: findings precision, recall and F1 per category and "
                    + "overall, exact boundaries, grades, metadata per field, type."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:scored (and findings F1 at least --min-f1)",
            "1:findings F1 below --min-f1, or some inputs or gold files could not be read (each named on stderr)",
            "2:usage error", "3:the output could not be written"})
public final class EvaluateCommand implements Callable<Integer> {
    enum Format { text, json }

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Report text files or folders to extract and score.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--gold", paramLabel = "DIR",
            description = "Folder of gold JSON files (the format of ../shared/gold).")
    Path gold;

    @Option(names = "--keyword-gold", paramLabel = "FILE",
            description = "Score keywords against hand-labelled findings (JSON Lines; docs/keywords.md): "
                    + "precision@5, recall, F1 per part (tune, test, all).")
    Path keywordGold;

    @Option(names = "--theme-gold", paramLabel = "FILE",
            description = "Score themes against hand-labelled findings (JSON Lines; may be the keyword gold file): "
                    + "precision, recall, F1 per theme and micro-averaged.")
    Path themeGold;

    @Option(names = "--keyword-pred", paramLabel = "FILE",
            description = "Score these keywords instead of the tagger's: JSON Lines of {\"id\", \"keywords\": [...]} "
                    + "(how bench/keyphrase_baselines.py scores YAKE and TextRank).")
    Path keywordPred;

    @Option(names = "--part", paramLabel = "PART", defaultValue = "test",
            description = "Part of the keyword/theme gold whose per-theme table and misses are shown: tune, test "
                    + "(default) or all.")
    String part;

    @Option(names = "--pred", paramLabel = "FILE",
            description = "Also score reports already extracted: a JSON Lines file of the tool's output.")
    Path pred;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default: score.py's table and lines) or json (score.py --json's keys, and more).")
    Format format;

    @Option(names = "--verbose", description = "List each report's misses and false alarms with their text.")
    boolean verbose;

    @Option(names = "--min-f1", paramLabel = "X", description = "Exit 1 when the findings F1 is below X (0 to 1).")
    Double minF1;

    @Option(names = "--sim", paramLabel = "S", defaultValue = "0.85",
            description = "Similarity at which findings match (default 0.85, as score.py).")
    double sim;

    @Mixin
    InputOptions options = new InputOptions();

    @Mixin
    FilesFromOption filesFrom = new FilesFromOption();

    private final PrintWriter out;
    private final PrintWriter err;
    private final InputStream stdin;

    public EvaluateCommand(PrintWriter out, PrintWriter err) {
        this(out, err, System.in);
    }

    public EvaluateCommand(PrintWriter out, PrintWriter err, InputStream stdin) {
        this.out = out;
        this.err = err;
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (keywordGold != null || themeGold != null) {
            return new TaggingEvaluation(out, err).run(keywordGold, themeGold, keywordPred, part,
                    format == Format.json, verbose, options.output);
        }
        if (gold == null) {
            return usage("give --gold DIR, --keyword-gold FILE or --theme-gold FILE");
        }
        if (paths.isEmpty() && filesFrom.file == null && pred == null) {
            return usage("nothing to score (name report files or folders, or --pred FILE.jsonl)");
        }
        String inputsProblem = filesFrom.usageError(paths);
        if (inputsProblem != null) {
            return usage(inputsProblem);
        }
        if (minF1 != null && !(minF1 >= 0 && minF1 <= 1)) {
            return usage("--min-f1 must be between 0 and 1, not " + minF1);
        }
        if (!(sim >= 0 && sim <= 1)) {
            return usage("--sim must be between 0 and 1, not " + sim);
        }
        if (!Files.isDirectory(gold)) {
            return usage("--gold " + gold + ": not a folder");
        }
        List<Scorer.Gold> golds;
        try {
            golds = GoldFolder.read(gold);
        } catch (IOException e) {
            err.println("ofsted-extract evaluate: gold: " + e.getMessage());
            return ExitCode.INPUT_FAILED;
        }
        int failed = 0;
        List<JsonNode> predictions = new ArrayList<>();
        if (pred != null) {
            int[] bad = {0};
            try {
                JsonLines.read(pred, JsonLines.objects(), predictions::add, line -> {
                    err.println("ofsted-extract evaluate: " + Names.forTerminal(line.getMessage()));
                    bad[0]++;
                });
            } catch (IOException | JsonLines.BadLine e) {
                err.println("ofsted-extract evaluate: --pred " + pred + ": cannot read: " + e.getMessage());
                return ExitCode.INPUT_FAILED;
            }
            failed += bad[0];
        }
        if (!paths.isEmpty() || filesFrom.file != null) {
            // extracted as `extract` does (worker threads, per-file budget, a failing input named and skipped)
            BatchRun<Report> run = options.run(options.extractor().build(), stdin, false, false, err);
            try (InputStream list = filesFrom.open(stdin)) {
                BatchRun.Result result = run.run(new OutputFiles().add(options.output.path())
                        .guard(options.inputs(paths, filesFrom.names(list))), options.jobs.get(), false,
                        r -> predictions.add(Json.mapper().valueToTree(r)), null, null);
                failed += result.failures().size();
            } catch (OutputFiles.InputIsOutput e) {
                err.println("ofsted-extract evaluate: " + e.getMessage());
                return ExitCode.USAGE;
            } catch (IOException e) {
                err.println("ofsted-extract evaluate: " + filesFrom.cannotOpen(e));
                return ExitCode.USAGE;
            }
        }
        Evaluation ev = new Scorer(sim).score(golds, predictions);
        int written = options.output.write(out, err, w -> {
            if (format == Format.json) {
                EvaluationJson.write(ev, w, verbose);
            } else {
                EvaluationText.write(ev, w, verbose);
            }
        });
        if (written != ExitCode.OK) {
            return written;
        }
        if (failed > 0) {
            err.println("ofsted-extract evaluate: " + failed + " inputs failed");
            return ExitCode.INPUT_FAILED;
        }
        if (minF1 != null && ev.findings().f1() < minF1) {
            err.println(String.format(Locale.ROOT, "ofsted-extract evaluate: findings F1 %.4f is below --min-f1 %s",
                    ev.findings().f1(), minF1));
            return ExitCode.INPUT_FAILED;
        }
        return ExitCode.OK;
    }

    private int usage(String message) {
        err.println("ofsted-extract evaluate: " + message);
        err.println("Try 'ofsted-extract evaluate --help'.");
        return ExitCode.USAGE;
    }
}

package uk.ofstedextract.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.ofstedextract.Extractor;
import uk.ofstedextract.batch.BatchRun;
import uk.ofstedextract.batch.Inputs;
import uk.ofstedextract.nlp.Codebook;
import uk.ofstedextract.text.InputException;
import uk.ofstedextract.pdf.InputReader;
import uk.ofstedextract.pdf.PdfLimits;
import uk.ofstedextract.batch.Input;
import uk.ofstedextract.batch.InputWalker;
import uk.ofstedextract.batch.Manifest;
import uk.ofstedextract.batch.Names;
import uk.ofstedextract.console.ProgressBar;
import uk.ofstedextract.console.Terminal;
import uk.ofstedextract.output.CsvTable;
import uk.ofstedextract.report.Report;

/** {@code ofsted-extract FILE...}: extracts each report and writes JSON, JSON Lines, a CSV table or a dataset folder. */
@Command(name = "ofsted-extract", mixinStandardHelpOptions = true, versionProvider = Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = "Extracts the structure of Ofsted inspection reports (type, provider, dates, inspectors, "
                + "grades, findings with sentences) as JSON or CSV.",
        subcommands = {SchemaCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input processed and written", "1:some inputs failed (each named on stderr)",
            "2:usage error", "3:the output could not be written"})
public final class ExtractCommand implements Callable<Integer> {
    enum Format { json, jsonl, csv }

    enum CsvFormulas {
        quote(CsvTable.Formulas.QUOTE), raw(CsvTable.Formulas.RAW);

        final CsvTable.Formulas value;

        CsvFormulas(CsvTable.Formulas value) {
            this.value = value;
        }
    }

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Report files (text or PDF), or directories "
            + "to walk recursively (see --glob); '-' reads standard input, as does no FILE when standard input is "
            + "not a terminal. @FILE reads arguments from FILE.")
    List<String> files = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "json",
            description = "json (default: one object when exactly one file is named, an array otherwise), jsonl, "
                    + "csv.")
    Format format = Format.json; // the default values are also set here for a run that picocli does not parse

    @Option(names = {"-t", "--table"}, paramLabel = "TABLE", defaultValue = "findings",
            description = "The CSV table: findings (default), grades, grades-wide (one row per report, one column per "
                    + "judgement), sentences or reports. Implies --format csv.")
    String table = "findings";

    @Mixin
    InputOptions options = new InputOptions();

    @Option(names = "--csv-formulas", paramLabel = "HOW", defaultValue = "quote",
            description = "CSV cells starting with = + - @ (or a tab or CR), which a spreadsheet would run as a "
                    + "formula: quote (default: written with a ' before them) or raw.")
    CsvFormulas csvFormulas = CsvFormulas.quote;

    @Option(names = "--out-dir", paramLabel = "DIR", description = "Write a dataset to DIR in one pass: "
            + "reports.jsonl, reports.csv, findings.csv, grades.csv, grades-wide.csv, sentences.csv, the JSON "
            + "Schema and data-dictionary.csv, each atomically.")
    Path outDir;

    @Mixin
    FilesFromOption filesFrom = new FilesFromOption();

    @Option(names = "--manifest", paramLabel = "FILE", description = "Write a JSON run manifest to FILE: "
            + "versions, models, options, times, counts, every input's SHA-256, errors.")
    Path manifestFile;

    @Option(names = "--fail-fast", description = "Stop at the first input that fails (output files are then "
            + "not written).")
    boolean failFast;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no closing statistics; errors are "
            + "still reported.")
    boolean quiet;

    @Option(names = "--dump-text", description = "Write the text each named input is read as (for a PDF, the "
            + "extracted text that output offsets index) instead of its report.")
    boolean dumpText;

    @Option(names = "--no-keywords", description = "Skip POS tagging and keywords (themes stay: they are cheap).")
    boolean noKeywords;

    @Option(names = "--codebook", paramLabel = "FILE", description = "Tag themes with this codebook instead of the "
            + "default (see 'ofsted-extract codebook').")
    Path codebookFile;

    @Option(names = "--debug", description = "Print stack traces for errors.")
    boolean debug;

    @Option(names = "--explain", description = "Print to stderr how each input's sections were read (role, "
            + "category, judgement, heading).")
    boolean explain;

    @Spec
    CommandSpec spec;
    /** The options given, by their longest names, when {@link PlainArguments} read the command line instead of picocli. */
    Set<String> matchedWithoutPicocli = Set.of();

    private final PrintWriter out;
    private final PrintWriter err;
    private final InputStream stdin;
    /** Whether stderr is an interactive terminal; replaceable for tests. */
    BooleanSupplier stderrIsTerminal = Terminal::stderrIsTerminal;
    /** Whether stdin is an interactive terminal (nothing piped in); replaceable for tests. */
    BooleanSupplier stdinIsTerminal = Terminal::stdinIsTerminal;

    public ExtractCommand(PrintWriter out, PrintWriter err) {
        this(out, err, System.in);
    }

    public ExtractCommand(PrintWriter out, PrintWriter err, InputStream stdin) {
        this.out = out;
        this.err = err;
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (files.isEmpty() && filesFrom.file == null) {
            if (stdinIsTerminal.getAsBoolean()) {
                spec.commandLine().usage(err);
                return ExitCode.USAGE;
            }
            files.add(Input.STDIN); // something is piped in: read it, as jq does
        }
        if (matched("--table") && !matched("--format")) {
            format = Format.csv; // --table names a CSV table, so it implies --format csv
        }
        String usage = usageError();
        if (usage != null) {
            err.println("ofsted-extract: " + usage);
            err.println("Try 'ofsted-extract --help'.");
            return ExitCode.USAGE;
        }
        OutputFiles outputs = outputFiles();
        try {
            for (String f : files) {
                if (!f.equals(Input.STDIN) && !InputWalker.isDirectory(f)) {
                    outputs.check(f, InputWalker.pathOrNull(f));
                }
            }
        } catch (OutputFiles.InputIsOutput e) {
            err.println("ofsted-extract: " + e.getMessage());
            return ExitCode.USAGE;
        }
        if (dumpText) {
            return dumpTexts();
        }
        List<String> patterns = options.globs.patterns();
        InputStream listReader;
        try {
            listReader = filesFrom.open(stdin);
        } catch (IOException e) {
            err.println("ofsted-extract: " + filesFrom.cannotOpen(e));
            return ExitCode.USAGE;
        }
        Extractor extractor;
        try {
            Extractor.Builder b = options.extractor().keywords(!noKeywords);
            if (codebookFile != null) {
                b.codebook(Codebook.read(codebookFile));
            }
            extractor = b.build();
        } catch (Codebook.InvalidCodebookException e) {
            err.println("ofsted-extract: --codebook " + e.getMessage());
            return ExitCode.USAGE;
        } catch (IOException e) {
            err.println("ofsted-extract: --codebook " + codebookFile + ": cannot read: " + reason(e));
            return ExitCode.USAGE;
        }
        Instant started = Instant.now();
        ProgressBar progress = !quiet && stderrIsTerminal.getAsBoolean() ? new ProgressBar(err) : null;
        if (progress != null && !filesFrom.readsStdin()) {
            countInBackground(progress);
        }
        OutputTarget manifestTarget = null;
        ReportSink sink = null;
        Manifest manifest = null;
        BatchRun.Result result;
        try {
            try {
                sink = openSink();
            } catch (IOException e) {
                return outputFailed(dataName(), e);
            }
            try {
                manifestTarget = manifestFile == null ? null : OutputTarget.file(manifestFile);
                manifest = manifestTarget == null ? null
                        : new Manifest(manifestTarget.writer(), manifestOptions(patterns), started);
            } catch (IOException e) {
                return outputFailed(manifestFile.toString(), e);
            }
            BatchRun<Report> run = options.run(extractor, stdin, explain, debug, err);
            try {
                result = run.run(outputs.guard(options.inputs(files, filesFrom.names(listReader))), options.jobs.get(), failFast, sink,
                        manifest, progress);
            } catch (OutputFiles.InputIsOutput e) {
                if (progress != null) {
                    progress.clear();
                }
                err.println("ofsted-extract: " + e.getMessage());
                return ExitCode.USAGE;
            }
            if (progress != null) {
                progress.finish();
            }
            Integer failed = finish(result, sink, manifest, manifestTarget);
            if (failed != null) {
                return failed;
            }
        } finally {
            closeQuietly(manifest, manifestTarget, sink, listReader);
        }
        if (!result.failures().isEmpty()) {
            err.println("ofsted-extract: " + result.failures().size() + " of " + result.inputs() + " inputs failed"
                    + (result.complete() ? "" : "; --fail-fast stopped the run"
                    + (options.output.path() != null || outDir != null ? " and no output file was written" : ""))
                    + ":");
            result.failures().forEach(f -> err.println("  " + f));
            return ExitCode.INPUT_FAILED;
        }
        return ExitCode.OK;
    }

    /** The files this run replaces, so that none is read as an input. */
    private OutputFiles outputFiles() {
        OutputFiles o = new OutputFiles().add(options.output.path()).add(manifestFile);
        if (outDir != null) {
            for (String name : ReportSink.OUT_DIR_FILES) {
                o.add(outDir.resolve(name));
            }
        }
        return o;
    }

    /** The data output; its files are created now, so an unwritable output fails before any work. */
    private ReportSink openSink() throws IOException {
        if (outDir != null) {
            return ReportSink.outDir(outDir, csvFormulas.value);
        }
        boolean single = format == Format.json && filesFrom.file == null && files.size() == 1
                && !InputWalker.isDirectory(files.get(0));
        return ReportSink.stream(options.output.open(out), format,
                CsvTable.fromKey(table), single, csvFormulas.value);
    }

    /**
     * Completes the outputs of a run: the data (only when every input was handed over) and the
     * manifest (also after --fail-fast). Returns the exit code when an output could not be written.
     */
    private Integer finish(BatchRun.Result result, ReportSink sink, Manifest manifest, OutputTarget manifestTarget) {
        if (result.dataError() != null) {
            return outputFailed(dataName(), result.dataError());
        }
        if (result.manifestError() != null) {
            return outputFailed(manifestFile.toString(), result.manifestError());
        }
        if (result.complete()) {
            try {
                sink.finish();
            } catch (IOException e) {
                return outputFailed(dataName(), e);
            }
        }
        if (manifest != null) {
            try {
                manifest.finish(Instant.now(), result.counts(), result.complete(), result.failures());
                manifestTarget.commit();
            } catch (IOException e) {
                return outputFailed(manifestFile.toString(), e);
            }
        }
        return null;
    }

    private String dataName() {
        return outDir != null ? outDir.toString() : options.output.describe();
    }

    /** Closes what a run opened; an unfinished output's temporary files are deleted. */
    private void closeQuietly(AutoCloseable... resources) {
        for (AutoCloseable c : resources) {
            if (c != null) {
                try {
                    c.close();
                } catch (Exception e) {
                    err.println("ofsted-extract: warning: " + e.getMessage());
                }
            }
        }
    }

    /** What is wrong with the command line, or null. */
    private String usageError() {
        if (matched("--table") && format != Format.csv && outDir == null) {
            return "--table names a CSV table; it does not go with --format " + format;
        }
        try {
            CsvTable.fromKey(table);
        } catch (IllegalArgumentException e) {
            return "unknown --table '" + table + "' (" + CsvTable.keys() + ")";
        }
        String inputs = filesFrom.usageError(files);
        if (inputs != null) {
            return inputs;
        }
        if (outDir != null && (options.output.path() != null || matched("--format") || matched("--table"))) {
            return "--out-dir writes every table; it does not go with --output, --format or --table";
        }
        return null;
    }

    private boolean matched(String option) {
        if (spec == null) {
            return matchedWithoutPicocli.contains(option);
        }
        return spec.commandLine().getParseResult() != null
                && spec.commandLine().getParseResult().hasMatchedOption(option);
    }

    /** Counts the inputs on a daemon thread, so the first report is not held up by a second walk. */
    private void countInBackground(ProgressBar progress) {
        Thread t = new Thread(() -> {
            try (InputStream r = filesFrom.open(stdin)) {
                progress.total(options.count(files, filesFrom.names(r)));
            } catch (IOException | RuntimeException e) {
                // no total: the bar shows the count and rate only
            }
        }, "ofsted-extract-count");
        t.setDaemon(true);
        t.start();
    }

    /** --dump-text: each named input's text, as the extractor reads it, to the output. */
    private int dumpTexts() {
        int failed = 0;
        InputReader reader = new InputReader(PdfLimits.DEFAULT.withMaxText(options.maxBytes.get()));
        try (OutputTarget target = options.output.open(out)) {
            for (String name : files) {
                try {
                    reader.dumpText(name, Inputs.read(name, stdin, options.maxBytes.get()), target.writer());
                } catch (Inputs.InputError | InputException e) {
                    err.println("ofsted-extract: " + Names.forTerminal(name + ": " + e.getMessage()));
                    failed++;
                }
            }
            target.commit();
        } catch (IOException e) {
            return outputFailed(options.output.describe(), e);
        }
        return failed > 0 ? ExitCode.INPUT_FAILED : ExitCode.OK;
    }

    /** The options as the manifest records them. */
    private Map<String, Object> manifestOptions(List<String> patterns) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("arguments", files);
        m.put("filesFrom", filesFrom.file);
        m.put("nul", filesFrom.nul);
        m.put("glob", patterns);
        m.put("keywords", !noKeywords);
        // without --codebook each report family's profile chooses a shipped codebook: all of them are named
        m.put("codebook", codebookFile == null ? String.join("; ", Codebook.shippedIds().stream()
                .map(id -> Codebook.shipped(id).reference()).toList()) : codebookFile.toString());
        m.put("format", outDir == null ? format.name() : null);
        m.put("table", outDir == null && format == Format.csv ? table : null);
        m.put("csvFormulas", csvFormulas.name());
        m.put("output", options.output.path() == null ? null : options.output.path().toString());
        m.put("outDir", outDir == null ? null : outDir.toString());
        m.put("jobs", options.jobs.get());
        m.put("maxBytes", options.maxBytes.get());
        m.put("timeoutPerFile", options.timeout.seconds());
        m.put("failFast", failFast);
        return m;
    }

    private int outputFailed(String where, IOException e) {
        return outputFailed(where, reason(e));
    }

    private int outputFailed(String where, String reason) {
        err.println("ofsted-extract: " + where + ": cannot write: " + reason);
        return ExitCode.OUTPUT_FAILED;
    }

    static String reason(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException || e instanceof java.nio.file.FileSystemException
                && e.getMessage() != null && e.getMessage().contains("Not a directory")) {
            return "not a directory: " + ((java.nio.file.FileSystemException) e).getFile();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}

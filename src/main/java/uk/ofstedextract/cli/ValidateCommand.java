package uk.ofstedextract.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import uk.ofstedextract.Extractor;
import uk.ofstedextract.batch.BatchRun;
import uk.ofstedextract.batch.Failure;
import uk.ofstedextract.batch.Input;
import uk.ofstedextract.console.Terminal;
import uk.ofstedextract.validate.FileResult;
import uk.ofstedextract.validate.Policy;
import uk.ofstedextract.validate.Rule;
import uk.ofstedextract.validate.RuleConfig;
import uk.ofstedextract.validate.Severity;
import uk.ofstedextract.validate.Validation;
import uk.ofstedextract.validate.ValidationWriter;
import uk.ofstedextract.validate.Validator;

/** {@code ofsted-extract validate PATH...}: checks report files against the rules, as a CI gate. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        usageHelpAutoWidth = true,
        description = {"Check report files against rules, as a CI gate.",
            "Extracts each report and checks it against rules (type, metadata, required sections, grades, "
                    + "numbering, text quality, duplicates). Folders are searched for *.txt and *.pdf files (see --glob)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:passed: no file has an issue at --fail-on or worse (or no more than --max-failure-rate "
                + "of them), and the corpus rules pass",
            "1:failed: files with issues at --fail-on or worse (more than --max-failure-rate of them), or fewer "
                    + "files than --min-files (default 1: a run that checks no file fails)",
            "2:usage error (including a bad --config file)", "3:the output could not be written"})
public final class ValidateCommand implements Callable<Integer> {
    enum Format { text, json, junit, sarif, github }

    enum FailOn { error, warning }

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Report files (text or PDF), or folders "
            + "holding them (searched recursively, see --glob); '-' reads standard input.")
    List<String> paths = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default: path:line:column: severity [rule] message, then a summary), json, junit "
                    + "(JUnit XML), sarif (SARIF 2.1.0), github (workflow commands).")
    Format format;

    @Option(names = "--config", paramLabel = "FILE",
            description = "JSON file that turns rules off or changes their severity: "
                    + "{\"rules\": {\"text-too-short\": \"off\", \"numbering-gap\": \"error\"}}.")
    Path config;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "error (default) or warning: the severity at which a file fails.")
    FailOn failOn;

    @Option(names = "--min-files", paramLabel = "N", defaultValue = "1",
            description = "Fail (rule corpus-min-files) when fewer than N report files are found (default 1, so a "
                    + "run that checks no file fails; 0 lets it pass).")
    Integer minFiles;

    @Option(names = "--max-failure-rate", paramLabel = "R",
            description = "Fail only when more than this share (0 to 1) of the files fail.")
    Double maxFailureRate;

    @Mixin
    InputOptions options = new InputOptions();

    @Mixin
    FilesFromOption filesFrom = new FilesFromOption();

    @Option(names = "--list-rules", description = "List the rules (id, default severity, description) and exit.")
    boolean listRules;

    private final PrintWriter out;
    private final PrintWriter err;
    private final InputStream stdin;
    /** Whether stdout is an interactive terminal, where the text summary is already seen; replaceable for tests. */
    BooleanSupplier stdoutIsTerminal = Terminal::stdoutIsTerminal;

    public ValidateCommand(PrintWriter out, PrintWriter err) {
        this(out, err, System.in);
    }

    public ValidateCommand(PrintWriter out, PrintWriter err, InputStream stdin) {
        this.out = out;
        this.err = err;
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (listRules) {
            for (Rule r : Rule.values()) {
                out.printf(Locale.ROOT, "%-28s %-8s %s%n", r.id(), r.defaultSeverity().key(), r.description());
            }
            out.flush();
            return ExitCode.OK;
        }
        if (paths.isEmpty() && filesFrom.file == null) {
            return usage("no paths (name report files or folders, or give --files-from)");
        }
        String inputsProblem = filesFrom.usageError(paths);
        if (inputsProblem != null) {
            return usage(inputsProblem);
        }
        Policy policy;
        try {
            policy = new Policy(failOn == FailOn.warning ? Severity.WARNING : Severity.ERROR, minFiles, maxFailureRate);
        } catch (IllegalArgumentException e) {
            return usage("--" + e.getMessage());
        }
        RuleConfig rules = RuleConfig.defaults();
        if (config != null) {
            try (Reader r = Files.newBufferedReader(config, StandardCharsets.UTF_8)) {
                rules = RuleConfig.read(r);
            } catch (RuleConfig.ConfigException e) {
                return usage("--config " + config + ": " + e.getMessage());
            } catch (IOException e) {
                return usage("--config " + config + ": cannot read: " + e.getMessage());
            }
        }
        Extractor extractor = options.extractor().build();
        Validator validator = new Validator(extractor, rules);
        List<FileResult> results = new ArrayList<>();
        // one extraction pass per file, on the worker threads, as `extract` runs it: each file is read,
        // extracted and checked under --max-bytes and --timeout-per-file, and one that fails is an issue
        // of its own (unreadable, extraction-failed) in its place, named on stderr, and the run goes on
        BatchRun<FileResult> run = options.run(extractor, (name, x) -> validator.check(name, x), stdin, false, false,
                err);
        BatchRun.Sink<FileResult> sink = new BatchRun.Sink<>() {
            @Override
            public void accept(FileResult r) {
                results.add(r);
            }

            @Override
            public void failed(Failure f) {
                results.add(f.kind() == Failure.Kind.INPUT ? validator.unreadable(f.file(), f.reason())
                        : validator.extractionFailed(f.file(), f.reason()));
            }
        };
        try (InputStream list = filesFrom.open(stdin)) {
            Iterator<Input> inputs = new OutputFiles().add(options.output.path())
                    .guard(options.inputs(paths, filesFrom.names(list)).emptyDirectoryFails(false));
            run.run(inputs, options.jobs.get(), false, sink, null, null);
        } catch (OutputFiles.InputIsOutput e) {
            err.println("ofsted-extract validate: " + e.getMessage());
            return ExitCode.USAGE;
        } catch (IOException e) {
            err.println("ofsted-extract validate: " + filesFrom.cannotOpen(e));
            return ExitCode.USAGE;
        }
        Validation v = validator.finish(results, policy);
        ValidationWriter.Format f = ValidationWriter.Format.valueOf(format.name().toUpperCase(Locale.ROOT));
        int written = options.output.write(out, err, w -> f.writer().write(v, w));
        if (written != ExitCode.OK) {
            return written;
        }
        boolean summaryOnScreen = (format == Format.text || format == Format.github) && options.output.path() == null
                && stdoutIsTerminal.getAsBoolean();
        if (!summaryOnScreen) { // a CI log (or a file) still says how the run ended, in one line
            err.println("ofsted-extract validate: " + v.files().size() + (v.files().size() == 1 ? " file, " : " files, ")
                    + v.failingFiles() + " failing: "
                    + (v.passed() ? "passed" : "FAILED"));
        }
        return v.passed() ? ExitCode.OK : ExitCode.INPUT_FAILED;
    }

    private int usage(String message) {
        err.println("ofsted-extract validate: " + message);
        err.println("Try 'ofsted-extract validate --help'.");
        return ExitCode.USAGE;
    }
}

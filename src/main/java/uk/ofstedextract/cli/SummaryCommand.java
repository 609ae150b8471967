package uk.ofstedextract.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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
import uk.ofstedextract.Extractor;
import uk.ofstedextract.batch.InputWalker;
import uk.ofstedextract.output.Json;
import uk.ofstedextract.report.Report;
import uk.ofstedextract.summary.Summary;
import uk.ofstedextract.summary.SummaryBuilder;
import uk.ofstedextract.summary.SummaryCsv;
import uk.ofstedextract.summary.SummaryHtml;
import uk.ofstedextract.summary.SummaryText;

/**
 * {@code ofsted-extract summary}: counts a set of reports (report files and folders, which are extracted,
 * or JSON Lines files this tool wrote, which are read) and prints the counts as text, CSV or an HTML page.
 */
@Command(name = "summary", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = {"Count reports by type and year, grades per judgement and the most frequent themes.",
            "A FILE ending in .jsonl is read as this tool's JSON Lines output; other files and directories "
                    + "are extracted first."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input counted", "1:some inputs failed (each named on stderr; the rest are counted)",
            "2:usage error", "3:the output could not be written"})
public final class SummaryCommand implements Callable<Integer> {
    enum Format { text, csv, html }

    /** The time one report may take to extract, as extraction's default --timeout-per-file. */
    private static final java.time.Duration PER_FILE = java.time.Duration.ofSeconds(300);

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Reports, directories of reports, or .jsonl "
            + "files of extracted reports.")
    List<String> files = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), csv (measure,group,key,count) or html (one page with charts).")
    Format format;

    @Option(names = "--top", paramLabel = "N", defaultValue = "15", description = "Show the N most frequent "
            + "themes (default ${DEFAULT-VALUE}).")
    int top;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (atomically) instead "
            + "of standard output.")
    Path output;

    @Option(names = "--glob", paramLabel = "GLOB", description = "In directories, take files whose name matches "
            + "GLOB (default '" + InputWalker.DEFAULT_GLOB + "'); repeat for several.")
    List<String> globs = new ArrayList<>();

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Worker threads for extraction (default: "
            + "the number of processors).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Mixin
    MaxBytesOption maxBytes = new MaxBytesOption();

    private final PrintWriter out;
    private final PrintWriter err;
    private final InputStream stdin;

    public SummaryCommand(PrintWriter out, PrintWriter err, InputStream stdin) {
        this.out = out;
        this.err = err;
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (top < 0 || jobs < 1) {
            err.println("ofsted-extract summary: " + (top < 0 ? "--top must be 0 or more" : "--jobs must be at least 1"));
            return ExitCode.USAGE;
        }
        SummaryBuilder counts = new SummaryBuilder();
        List<String> extract = new ArrayList<>();
        int failed = 0;
        for (String f : files) {
            if (f.toLowerCase(Locale.ROOT).endsWith(".jsonl") && Files.isRegularFile(Path.of(f))) {
                failed += readJsonl(Path.of(f), counts);
            } else {
                extract.add(f);
            }
        }
        if (!extract.isEmpty()) {
            BatchRun run = new BatchRun(Extractor.builder().build(), stdin, maxBytes.get(), PER_FILE, false, false,
                    err);
            BatchRun.Result result = run.run(new InputWalker(extract.iterator(),
                    java.util.Collections.emptyIterator(), globs.isEmpty() ? List.of(InputWalker.DEFAULT_GLOB) : globs),
                    jobs, false, sink(counts), null, null);
            failed += result.failures().size();
        }
        Summary summary = counts.build(top);
        try (OutputTarget target = output == null ? OutputTarget.stdout(out) : OutputTarget.file(output)) {
            switch (format) {
                case text -> SummaryText.write(summary, target.writer());
                case csv -> SummaryCsv.write(summary, target.writer());
                case html -> SummaryHtml.write(summary, Extractor.toolName(), target.writer());
                default -> throw new IllegalStateException(format.name());
            }
            target.commit();
        } catch (IOException e) {
            err.println("ofsted-extract summary: " + (output == null ? "standard output" : output) + ": cannot write: "
                    + e.getMessage());
            return ExitCode.OUTPUT_FAILED;
        }
        if (failed > 0) {
            err.println("ofsted-extract summary: " + failed + " input" + (failed == 1 ? "" : "s")
                    + " failed and " + (failed == 1 ? "is" : "are") + " not counted");
            return ExitCode.INPUT_FAILED;
        }
        return ExitCode.OK;
    }

    /** Counts each line of a JSON Lines file; a line that is not a report is named and skipped. */
    private int readJsonl(Path file, SummaryBuilder counts) {
        int failed = 0;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    counts.add(Json.readReport(line));
                } catch (IOException | RuntimeException e) {
                    err.println("ofsted-extract summary: " + file + ":" + n + ": not a report: "
                            + e.getMessage().lines().findFirst().orElse(""));
                    failed++;
                }
            }
        } catch (IOException e) {
            err.println("ofsted-extract summary: " + file + ": cannot read: " + e.getMessage());
            failed++;
        }
        return failed;
    }

    /** A sink that counts each extracted report and keeps nothing else. */
    private static ReportSink sink(SummaryBuilder counts) {
        return new ReportSink() {
            @Override
            void accept(Report r) {
                counts.add(r);
            }

            @Override
            void finish() {
            }

            @Override
            boolean broken() {
                return false;
            }

            @Override
            public void close() {
            }
        };
    }
}

package uk.ofstedextract.cli;

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
import uk.ofstedextract.Extractor;
import uk.ofstedextract.batch.BatchRun;
import uk.ofstedextract.batch.Names;
import uk.ofstedextract.output.JsonLines;
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

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Reports, directories of reports, or .jsonl "
            + "files of extracted reports.")
    List<String> files = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), csv (measure,group,key,count) or html (one page with charts).")
    Format format;

    @Option(names = "--top", paramLabel = "N", defaultValue = "15", description = "Show the N most frequent "
            + "themes (default ${DEFAULT-VALUE}).")
    int top;

    @Mixin
    InputOptions options = new InputOptions();

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
        if (top < 0) {
            err.println("ofsted-extract summary: --top must be 0 or more");
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
            BatchRun<Report> run = options.run(options.extractor().build(), stdin, false, false, err);
            BatchRun.Result result = run.run(options.inputs(extract), options.jobs.get(), false, counts::add, null,
                    null);
            failed += result.failures().size();
        }
        Summary summary = counts.build(top);
        int written = options.output.write(out, err, w -> {
            switch (format) {
                case text -> SummaryText.write(summary, w);
                case csv -> SummaryCsv.write(summary, w);
                case html -> SummaryHtml.write(summary, Extractor.toolName(), w);
                default -> throw new IllegalStateException(format.name());
            }
        });
        if (written != ExitCode.OK) {
            return written;
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
        int[] failed = {0};
        try {
            JsonLines.read(file, JsonLines.reports(), counts::add, bad -> {
                err.println("ofsted-extract summary: " + Names.forTerminal(bad.getMessage()));
                failed[0]++;
            });
        } catch (IOException | JsonLines.BadLine e) {
            err.println("ofsted-extract summary: " + Names.forTerminal(file.toString()) + ": cannot read: "
                    + e.getMessage());
            failed[0]++;
        }
        return failed[0];
    }
}

package uk.ofstedextract.cli;

import com.fasterxml.jackson.databind.SequenceWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import uk.ofstedextract.Extractor;
import uk.ofstedextract.output.CsvTable;
import uk.ofstedextract.output.Json;
import uk.ofstedextract.report.Report;
import uk.ofstedextract.text.InputException;

/** {@code ofsted-extract FILE...}: extracts each report and writes JSON, JSON Lines or a CSV table. */
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

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Report text files; '-' reads standard input.")
    List<String> files = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "json",
            description = "json (default: one object for one file, an array otherwise), jsonl, csv.")
    Format format;

    @Option(names = {"-t", "--table"}, paramLabel = "TABLE", defaultValue = "findings",
            description = "With --format csv: findings (default), grades, sentences or reports.")
    String table;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (atomically: temporary file, then rename) instead of standard output.")
    Path output;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "33554432",
            description = "Refuse inputs larger than N bytes (default 32 MiB).")
    long maxBytes;

    @Option(names = "--debug", description = "Print stack traces for errors.")
    boolean debug;

    @Option(names = "--explain", description = "Print to stderr how each input's sections were read (role, "
            + "category, judgement, heading).")
    boolean explain;

    private final PrintWriter out;
    private final PrintWriter err;
    private final InputStream stdin;

    public ExtractCommand(PrintWriter out, PrintWriter err) {
        this(out, err, System.in);
    }

    public ExtractCommand(PrintWriter out, PrintWriter err, InputStream stdin) {
        this.out = out;
        this.err = err;
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        if (files.isEmpty()) {
            err.println("ofsted-extract: no input files (name one or more, or '-' for standard input)");
            err.println("Try 'ofsted-extract --help'.");
            return ExitCode.USAGE;
        }
        CsvTable csvTable;
        try {
            csvTable = CsvTable.fromKey(table);
        } catch (IllegalArgumentException e) {
            err.println("ofsted-extract: unknown --table '" + table + "' (findings, grades, sentences, reports)");
            return ExitCode.USAGE;
        }
        Extractor extractor = Extractor.standard();
        int failed = 0;
        try (OutputTarget target = output == null ? OutputTarget.stdout(out) : OutputTarget.file(output)) {
            Sink sink = sink(target, csvTable);
            for (String name : files) {
                Report report = extractOne(extractor, name);
                if (report == null) {
                    failed++;
                } else {
                    sink.accept(report);
                }
            }
            sink.finish();
            target.commit();
        } catch (IOException e) {
            err.println("ofsted-extract: " + (output == null ? "standard output" : output) + ": cannot write: "
                    + e.getMessage());
            return ExitCode.OUTPUT_FAILED;
        }
        if (failed > 0) {
            err.println("ofsted-extract: " + failed + " of " + files.size() + " inputs failed");
            return ExitCode.INPUT_FAILED;
        }
        return ExitCode.OK;
    }

    private Report extractOne(Extractor extractor, String name) {
        try {
            byte[] bytes = Inputs.read(name, stdin, maxBytes);
            Report report = extractor.extract(name, bytes);
            if (explain) {
                err.println("== " + name);
                extractor.explain(bytes).forEach(err::println);
            }
            return report;
        } catch (Inputs.InputError | InputException e) {
            err.println("ofsted-extract: " + name + ": " + e.getMessage());
        } catch (RuntimeException e) {
            err.println("ofsted-extract: " + name + ": cannot process: " + e);
            if (debug) {
                e.printStackTrace(err);
            }
        }
        return null;
    }

    private interface Sink {
        void accept(Report r) throws IOException;

        void finish() throws IOException;
    }

    private Sink sink(OutputTarget target, CsvTable csvTable) throws IOException {
        var w = target.writer();
        switch (format) {
            case jsonl:
                return new Sink() {
                    public void accept(Report r) throws IOException {
                        Json.writeLine(r, w);
                    }

                    public void finish() {
                    }
                };
            case csv:
                CSVPrinter printer = new CSVPrinter(w, CsvTable.FORMAT);
                csvTable.printHeader(printer);
                return new Sink() {
                    public void accept(Report r) throws IOException {
                        csvTable.printRows(r, printer);
                    }

                    public void finish() throws IOException {
                        printer.flush();
                    }
                };
            default:
                if (files.size() == 1) {
                    return new Sink() {
                        public void accept(Report r) throws IOException {
                            Json.writePretty(r, w);
                        }

                        public void finish() {
                        }
                    };
                }
                SequenceWriter seq = Json.mapper().writerWithDefaultPrettyPrinter().writeValues(w).init(true);
                return new Sink() {
                    public void accept(Report r) throws IOException {
                        seq.write(r);
                    }

                    public void finish() throws IOException {
                        seq.close();
                        w.write('\n');
                    }
                };
        }
    }
}

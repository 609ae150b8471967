package uk.ofstedextract.cli;

import com.fasterxml.jackson.databind.SequenceWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import uk.ofstedextract.output.CsvTable;
import uk.ofstedextract.output.DataDictionary;
import uk.ofstedextract.output.GradesWide;
import uk.ofstedextract.output.Json;
import uk.ofstedextract.output.Schema;
import uk.ofstedextract.report.Report;

/**
 * Where the reports of a run are written, one at a time in input order: one stream (JSON, JSON
 * Lines or a CSV table, on stdout or to a file), or a dataset folder ({@code --out-dir}). Nothing is
 * kept once written. {@link #finish()} completes the output and renames files into place; closing an
 * unfinished sink deletes its temporary files.
 */
abstract class ReportSink implements AutoCloseable {
    abstract void accept(Report r) throws IOException;

    /** Writes what closes the output and commits its files. */
    abstract void finish() throws IOException;

    /** True when the output can no longer be written (standard output closed). */
    abstract boolean broken();

    @Override
    public abstract void close() throws IOException;

    /** One stream: a JSON object ({@code single}) or array, JSON Lines, or one CSV table. */
    static ReportSink stream(OutputTarget target, ExtractCommand.Format format, CsvTable table, boolean single)
            throws IOException {
        Writer w = target.writer();
        return switch (format) {
            case jsonl -> new Stream(target, r -> Json.writeLine(r, w), () -> { });
            case csv -> {
                CSVPrinter printer = new CSVPrinter(w, CsvTable.FORMAT);
                if (!table.streams()) {
                    GradesWide wide = new GradesWide();
                    yield new Stream(target, wide::add, () -> {
                        wide.write(printer);
                        printer.flush();
                    });
                }
                table.printHeader(printer);
                yield new Stream(target, r -> table.printRows(r, printer), printer::flush);
            }
            case json -> {
                if (single) {
                    yield new Stream(target, r -> Json.writePretty(r, w), () -> { });
                }
                SequenceWriter seq = Json.mapper().writerWithDefaultPrettyPrinter().writeValues(w).init(true);
                yield new Stream(target, seq::write, () -> {
                    seq.close();
                    w.write('\n');
                });
            }
        };
    }

    /** The files {@code --out-dir} writes, in the order the README lists them. */
    static final String JSONL = "reports.jsonl";
    static final String SCHEMA = "ofsted-extract-1.schema.json";
    static final String DICTIONARY = "data-dictionary.csv";

    /** A dataset folder: reports.jsonl, the five CSV tables, the JSON Schema and the data dictionary. */
    static ReportSink outDir(Path dir) throws IOException {
        return new OutDir(dir);
    }

    private interface IoConsumer {
        void accept(Report r) throws IOException;
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static final class Stream extends ReportSink {
        private final OutputTarget target;
        private final IoConsumer write;
        private final IoAction end;

        Stream(OutputTarget target, IoConsumer write, IoAction end) {
            this.target = target;
            this.write = write;
            this.end = end;
        }

        @Override
        void accept(Report r) throws IOException {
            write.accept(r);
        }

        @Override
        void finish() throws IOException {
            end.run();
            target.commit();
        }

        @Override
        boolean broken() {
            return target.broken();
        }

        @Override
        public void close() throws IOException {
            target.close();
        }
    }

    private static final class OutDir extends ReportSink {
        private final List<OutputTarget> targets = new ArrayList<>();
        private final OutputTarget jsonl;
        private final List<CsvTable> tables = List.of(CsvTable.REPORTS, CsvTable.FINDINGS, CsvTable.GRADES,
                CsvTable.SENTENCES);
        private final List<CSVPrinter> printers = new ArrayList<>();
        private final GradesWide gradesWide = new GradesWide();
        private final CSVPrinter gradesWidePrinter;

        OutDir(Path dir) throws IOException {
            try {
                Files.createDirectories(dir);
                jsonl = open(dir.resolve(JSONL));
                for (CsvTable t : tables) {
                    CSVPrinter p = new CSVPrinter(open(dir.resolve(t.key() + ".csv")).writer(), CsvTable.FORMAT);
                    t.printHeader(p);
                    printers.add(p);
                }
                gradesWidePrinter = new CSVPrinter(open(dir.resolve(CsvTable.GRADES_WIDE.key() + ".csv")).writer(),
                        CsvTable.FORMAT);
                open(dir.resolve(SCHEMA)).writer().write(Schema.text());
                DataDictionary.write(open(dir.resolve(DICTIONARY)).writer());
            } catch (IOException | RuntimeException e) {
                close();
                throw e;
            }
        }

        private OutputTarget open(Path p) throws IOException {
            OutputTarget t = OutputTarget.file(p);
            targets.add(t);
            return t;
        }

        @Override
        void accept(Report r) throws IOException {
            Json.writeLine(r, jsonl.writer());
            for (int i = 0; i < tables.size(); i++) {
                tables.get(i).printRows(r, printers.get(i));
            }
            gradesWide.add(r);
        }

        /** Every file is written out before the first is renamed, so a write error leaves none in place. */
        @Override
        void finish() throws IOException {
            for (CSVPrinter p : printers) {
                p.flush();
            }
            gradesWide.write(gradesWidePrinter);
            gradesWidePrinter.flush();
            for (OutputTarget t : targets) {
                t.prepare();
            }
            for (OutputTarget t : targets) {
                t.commit();
            }
        }

        @Override
        boolean broken() {
            return false;
        }

        @Override
        public void close() throws IOException {
            IOException first = null;
            for (OutputTarget t : targets) {
                try {
                    t.close();
                } catch (IOException e) {
                    first = first == null ? e : first;
                }
            }
            if (first != null) {
                throw first;
            }
        }
    }
}

package uk.ofstedextract.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;
import uk.ofstedextract.batch.BatchRun;
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
abstract class ReportSink implements AutoCloseable, BatchRun.Sink<Report> {
    @Override
    public abstract void accept(Report r) throws IOException;

    /** Writes what closes the output and commits its files. */
    abstract void finish() throws IOException;

    @Override
    public abstract boolean broken();

    @Override
    public abstract void close() throws IOException;

    /** One stream: a JSON object ({@code single}) or array, JSON Lines, or one CSV table. */
    static ReportSink stream(OutputTarget target, ExtractCommand.Format format, CsvTable table, boolean single,
                             CsvTable.Formulas formulas) throws IOException {
        Writer w = target.writer();
        return switch (format) {
            case jsonl -> new Stream(target, r -> Json.writeLine(r, w), () -> { });
            case csv -> {
                CSVPrinter printer = new CSVPrinter(w, CsvTable.FORMAT);
                if (!table.streams()) {
                    GradesWide wide = new GradesWide();
                    yield new Stream(target, wide::add, () -> {
                        wide.write(printer, formulas);
                        printer.flush();
                    });
                }
                table.printHeader(printer);
                yield new Stream(target, r -> table.printRows(r, printer, formulas), printer::flush);
            }
            case json -> {
                if (single) {
                    yield new Stream(target, r -> Json.writePretty(r, w), () -> { });
                }
                Json.ReportArray array = new Json.ReportArray(w);
                yield new Stream(target, array::write, () -> {
                    array.close();
                    w.write('\n');
                });
            }
        };
    }

    /** The files {@code --out-dir} writes, in the order docs/batch.md lists them. */
    static final String JSONL = "reports.jsonl";
    static final String SCHEMA = "ofsted-extract-1.schema.json";
    static final String DICTIONARY = "data-dictionary.csv";
    /** Every file {@code --out-dir} writes. */
    static final List<String> OUT_DIR_FILES = List.of(JSONL, "reports.csv", "findings.csv", "grades.csv",
            "sentences.csv", "grades-wide.csv", SCHEMA, DICTIONARY);
    /** Written last, when every file of the dataset is in place: its files with their SHA-256. */
    static final String COMPLETE = "_SUCCESS";
    /** There only while the files are being replaced (or after a run was killed then). */
    static final String INCOMPLETE = "_INCOMPLETE";

    /** A dataset folder: reports.jsonl, the five CSV tables, the JSON Schema and the data dictionary. */
    static ReportSink outDir(Path dir, CsvTable.Formulas formulas) throws IOException {
        return new OutDir(dir, formulas);
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
        public void accept(Report r) throws IOException {
            write.accept(r);
        }

        @Override
        void finish() throws IOException {
            end.run();
            target.commit();
        }

        @Override
        public boolean broken() {
            return target.broken();
        }

        @Override
        public void close() throws IOException {
            target.close();
        }
    }

    private static final class OutDir extends ReportSink {
        private final Path dir;
        private final CsvTable.Formulas formulas;
        private final List<OutputTarget> targets = new ArrayList<>();
        private final OutputTarget jsonl;
        private final List<CsvTable> tables = List.of(CsvTable.REPORTS, CsvTable.FINDINGS, CsvTable.GRADES,
                CsvTable.SENTENCES);
        private final List<CSVPrinter> printers = new ArrayList<>();
        private final GradesWide gradesWide = new GradesWide();
        private final CSVPrinter gradesWidePrinter;

        OutDir(Path dir, CsvTable.Formulas formulas) throws IOException {
            this.dir = dir;
            this.formulas = formulas;
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
        public void accept(Report r) throws IOException {
            Json.writeLine(r, jsonl.writer());
            for (int i = 0; i < tables.size(); i++) {
                tables.get(i).printRows(r, printers.get(i), formulas);
            }
            gradesWide.add(r);
        }

        /**
         * Every file is written out before the first is renamed, so a write error leaves none in place.
         * Then the dataset is marked incomplete, the files are renamed into place, the completion
         * marker is written, and the incomplete mark removed: a reader finds the old dataset, the new
         * one, or one marked incomplete, whenever the run is stopped.
         */
        @Override
        void finish() throws IOException {
            for (CSVPrinter p : printers) {
                p.flush();
            }
            gradesWide.write(gradesWidePrinter, formulas);
            gradesWidePrinter.flush();
            for (OutputTarget t : targets) {
                t.prepare();
            }
            Map<String, Object> files = new LinkedHashMap<>();
            for (OutputTarget t : targets) {
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("sha256", sha256(t.written()));
                f.put("bytes", Files.size(t.written()));
                files.put(t.path().getFileName().toString(), f);
            }
            Path incomplete = dir.resolve(INCOMPLETE);
            try (OutputTarget mark = OutputTarget.file(incomplete)) {
                mark.writer().write("An ofsted-extract run was stopped while it replaced the files of this dataset: "
                        + "they may come from two runs. Run it again.\n");
                mark.commit();
            }
            Files.deleteIfExists(dir.resolve(COMPLETE));
            for (OutputTarget t : targets) {
                t.commit();
            }
            try (OutputTarget done = OutputTarget.file(dir.resolve(COMPLETE))) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("dataset", "ofsted-extract");
                m.put("schema", Report.SCHEMA);
                m.put("files", files);
                Json.mapper().writerWithDefaultPrettyPrinter().writeValue(done.writer(), m);
                done.writer().write('\n');
                done.commit();
            }
            Files.deleteIfExists(incomplete);
        }

        private static String sha256(Path p) throws IOException {
            try (InputStream in = Files.newInputStream(p)) {
                MessageDigest md = MessageDigest.getInstance("SHA-256");
                byte[] buf = new byte[1 << 16];
                int n;
                while ((n = in.read(buf)) > 0) {
                    md.update(buf, 0, n);
                }
                return HexFormat.of().formatHex(md.digest());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public boolean broken() {
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

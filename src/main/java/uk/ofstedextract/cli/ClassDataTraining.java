package uk.ofstedextract.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The training run of the class-data-sharing archive (issue 17, docs/startup.md): {@code mvn package}
 * and the launcher run it once under {@code -XX:ArchiveClassesAtExit}, so that the classes a run
 * meets (picocli, Jackson, OpenNLP, PDFBox's text path, the pipeline, every subcommand) are archived
 * parsed and verified, and later runs map them instead of loading them from the jar. It runs the
 * commands users run, on the shipped training report, writing nothing anywhere. Always exits 0: a
 * command that fails here only leaves its classes out of the archive.
 */
public final class ClassDataTraining {
    /** A real ILACS report (the sample {@code samples/ilacs-2018-wakefield.txt}), put in the jar by the build. */
    static final String REPORT = "/training/ilacs-2018-wakefield.txt";

    private ClassDataTraining() {
    }

    /**
     * Trains for the archive of every command, or with the argument {@code report} for the archive of a report's run
     * ({@code ofsted-extract-report.jsa}, docs/startup.md item 20): the runs that name no subcommand (extractions and
     * {@code --version}, {@code schema}), so that archive holds only what they load.
     */
    public static void main(String[] args) throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        if (args.length == 1 && args[0].equals("report")) {
            train(tmp, true);
        } else {
            train(tmp);
        }
    }

    /** Runs every command once on the training report, in a folder made under {@code tmpRoot} and removed after. */
    static void train(Path tmpRoot) throws IOException {
        train(tmpRoot, false);
    }

    /** {@link #train(Path)}, or with {@code reportOnly} only the runs that name no subcommand. */
    static void train(Path tmpRoot, boolean reportOnly) throws IOException {
        Path dir = Files.createTempDirectory(tmpRoot, "ofsted-extract-training");
        try {
            Path report = dir.resolve("report.txt");
            try (InputStream in = ClassDataTraining.class.getResourceAsStream(REPORT)) {
                if (in == null) {
                    return; // a build without the training report: nothing to train on
                }
                Files.copy(in, report);
            }
            String r = report.toString();
            List<String[]> runs = new ArrayList<>(reportOnly ? List.of(
                    new String[] {"--version"},
                    new String[] {"schema"},
                    new String[] {r},
                    new String[] {"--no-keywords", r},
                    new String[] {"--no-keywords", "--format", "jsonl", r},
                    new String[] {"--format", "csv", "--table", "grades", r}) : List.of(
                    new String[] {"--version"},
                    new String[] {"--help"},
                    new String[] {"schema"},
                    new String[] {"codebook"},
                    // computed, not printed from the jar (cli/Prerendered): what a terminal's help and other
                    // codebook formats need
                    new String[] {"help"},
                    new String[] {"codebook", "--format", "json"},
                    new String[] {r},
                    new String[] {"--no-keywords", "--format", "jsonl", r},
                    new String[] {"--format", "csv", "--table", "grades", r},
                    new String[] {"sentences", r},
                    new String[] {"validate", r}));
            List<Thread> warmUps = new ArrayList<>();
            for (String[] run : runs) {
                // as Main.main runs a command (its warm-up thread, its arguments, its standard input), so that the
                // lambdas and classes a real run meets before the command are archived too
                Thread warmUp = Main.warmUpInBackground(run);
                if (warmUp != null) {
                    warmUps.add(warmUp);
                }
                try (PrintWriter nowhere = new PrintWriter(Writer.nullWriter())) {
                    Main.runArguments(InputStream.nullInputStream(), nowhere, nowhere, run);
                } catch (RuntimeException e) {
                    // leaves this command's classes out of the archive, nothing more
                }
            }
            for (Thread t : warmUps) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}

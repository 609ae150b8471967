package uk.ofstedextract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The start-up shortcuts of issue 17 change nothing a user sees: {@code --version} answered
 * without the command line prints what picocli prints; a command line built without the lazy
 * subcommands gives the same output and exit code as the whole one for every run that names none.
 */
class StartupTest {
    private record Run(int code, String out, String err) {
    }

    private static Run viaMain(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    private static Run viaWholeCommandLine(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine(new PrintWriter(out), new PrintWriter(err));
        int code = cl.execute(args);
        cl.getOut().flush();
        cl.getErr().flush();
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void versionShortcutPrintsWhatPicocliPrints() {
        Run quick = viaMain("--version");
        assertEquals(viaWholeCommandLine("--version"), quick);
        assertEquals(viaWholeCommandLine("-V"), viaMain("-V"));
        assertTrue(quick.out().startsWith("ofsted-extract "), quick.out());
        assertEquals(2, quick.out().lines().count());
    }

    @Test
    void schemaShortcutPrintsWhatTheSubcommandPrints() {
        Run quick = viaMain("schema");
        assertEquals(viaWholeCommandLine("schema"), quick);
        assertTrue(quick.out().contains("\"ofsted-extract/1\""), quick.out());
    }

    @Test
    void everySubcommandNameBringsTheSubcommandsIn() {
        PrintWriter nowhere = new PrintWriter(new StringWriter());
        CommandLine whole = Main.commandLine(nowhere, nowhere);
        CommandLine lean = Main.commandLine(nowhere, nowhere, false);
        for (String name : whole.getSubcommands().keySet()) {
            if (!lean.getSubcommands().containsKey(name)) {
                assertTrue(Main.needsSubcommands(name), name);
                assertTrue(Main.needsSubcommands("--format", "json", name), name);
            }
        }
        assertTrue(whole.getSubcommands().size() > lean.getSubcommands().size());
        assertTrue(Main.needsSubcommands("--help"));
        assertTrue(Main.needsSubcommands("@args.txt"), "an argument file may name a subcommand");
        assertFalse(Main.needsSubcommands("--no-keywords", "report.txt"));
    }

    @Test
    void runsThatNameNoSubcommandGiveTheSameOutputWithoutThem(@TempDir Path tmp) throws Exception {
        Path report = Path.of("samples/cra-2010-york.txt");
        Path notThere = tmp.resolve("missing.txt");
        Files.writeString(tmp.resolve("empty.txt"), "");
        for (List<String> args : List.of(
                List.of(report.toString()),
                List.of("--no-keywords", "--format", "jsonl", report.toString(), notThere.toString()),
                List.of("--format", "csv", "--table", "grades", report.toString()),
                List.of("--format", "csv", "--table", "sentences", report.toString()),
                List.of("--format", "nonsense", report.toString()),
                List.of("--jobs"),
                List.of(tmp.resolve("empty.txt").toString()))) {
            String[] a = args.toArray(String[]::new);
            Run lazy = viaMain(a);
            Run whole = viaWholeCommandLine(a);
            assertEquals(whole.code(), lazy.code(), args.toString());
            assertEquals(whole.out().replaceAll("\"elapsed\\w*\" ?: ?[\\d.]+", ""),
                    lazy.out().replaceAll("\"elapsed\\w*\" ?: ?[\\d.]+", ""), args.toString());
            assertEquals(whole.err(), lazy.err(), args.toString());
        }
    }

    @Test
    void warmUpThreadOnlyForRunsThatExtract() throws Exception {
        // the class-data training joins the thread it gets back, so what the warm-up loads is archived too
        for (String[] args : List.of(new String[] {"--version"}, new String[] {"schema"}, new String[] {"--help"},
                new String[] {"codebook"}, new String[] {"validate", "r.txt"}, new String[] {"--dump-text", "r.txt"})) {
            assertEquals(null, Main.warmUpInBackground(args), String.join(" ", args));
        }
        Thread t = Main.warmUpInBackground("--no-keywords", "r.txt");
        assertTrue(t != null && t.isDaemon() && t.getName().equals("warm-up"));
        t.join();
    }

    @Test
    void runArgumentsRunsWhatRunRuns(@TempDir Path tmp) throws Exception {
        // what main runs (the arguments restored, standard input's terminal test) gives what the tests' entry gives
        Path report = tmp.resolve("report.txt");
        Files.copy(Path.of("samples/ilacs-2018-wakefield.txt"), report);
        for (String[] args : List.of(new String[] {"--no-keywords", report.toString()}, new String[] {"schema"},
                new String[] {"--nonsense"})) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Main.runArguments(java.io.InputStream.nullInputStream(), new PrintWriter(out), new PrintWriter(err),
                    args);
            Run viaRun = viaMain(args);
            assertEquals(viaRun.code(), code, String.join(" ", args));
            assertEquals(viaRun.out().replaceAll("\"elapsed\\w*\" ?: ?[\\d.]+", ""),
                    out.toString().replaceAll("\"elapsed\\w*\" ?: ?[\\d.]+", ""), String.join(" ", args));
            assertEquals(viaRun.err(), err.toString(), String.join(" ", args));
        }
    }

    @Test
    void trainingRunLeavesNothingBehind(@TempDir Path tmpRoot) throws Exception {
        // a folder of its own: other builds on the machine train in the shared temporary folder at the same time
        ClassDataTraining.train(tmpRoot);
        ClassDataTraining.train(tmpRoot, true); // the report's archive (docs/startup.md item 20)
        try (var s = Files.list(tmpRoot)) {
            assertEquals(List.of(), s.toList());
        }
    }
}

package uk.ofstedextract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@link PlainArguments} reads a command line only where it reads it as picocli does: every field of the
 * extraction command and its mixins is set the same both ways, the options picocli counts as given are the ones it
 * counts, runs print the same bytes and exit with the same code, and everything else is left to picocli.
 */
class PlainArgumentsTest {
    private static final PrintWriter NOWHERE = new PrintWriter(Writer.nullWriter());
    private static final String SAMPLE = "samples/cra-2010-york.txt";

    /** Command lines read without picocli. */
    private static final List<List<String>> PLAIN = List.of(
            List.of(SAMPLE),
            List.of("--no-keywords", SAMPLE),
            List.of(SAMPLE, "--no-keywords"),
            List.of("-q", "--debug", "--explain", "--fail-fast", "--no-keywords", SAMPLE, "samples/cra-2010-wakefield.txt"),
            List.of("--quiet", SAMPLE),
            List.of("--format", "jsonl", SAMPLE),
            List.of("-f", "csv", SAMPLE),
            List.of("--format=json", SAMPLE),
            List.of(SAMPLE, "--format", "jsonl", "missing.txt"),
            List.of("json"), // a file named like a format value
            List.of("a=b.txt"),
            List.of("samples"), // a folder: walked, as picocli's run walks it
            List.of("report with spaces.txt", "r\u00e9sum\u00e9.txt"));

    /** Command lines left to picocli (each would change what is parsed, or picocli would refuse it). */
    private static final List<List<String>> PICOCLI = List.of(
            List.of(),
            List.of("--no-keywords"),
            List.of("-"),
            List.of("--", SAMPLE),
            List.of(""),
            List.of("@args.txt"),
            List.of("schema"),
            List.of("sentences", SAMPLE),
            List.of("help"),
            List.of("--help", SAMPLE),
            List.of("-h"),
            List.of("--version", SAMPLE),
            List.of("--no-keywords", "--no-keywords", SAMPLE),
            List.of("-q", "--quiet", SAMPLE),
            List.of("--format", "json", "-f", "jsonl", SAMPLE),
            List.of("--format", "xml", SAMPLE),
            List.of("--format", "JSON", SAMPLE),
            List.of("--format=", SAMPLE),
            List.of(SAMPLE, "--format"),
            List.of("-f=json", SAMPLE),
            List.of("-fjson", SAMPLE),
            List.of("-qf", "json", SAMPLE),
            List.of("--no-keywords=true", SAMPLE),
            List.of("--table", "grades", SAMPLE),
            List.of("-o", "out.json", SAMPLE),
            List.of("--jobs", "2", SAMPLE),
            List.of("--codebook", "c.json", SAMPLE),
            List.of("--dump-text", SAMPLE),
            List.of("--unknown", SAMPLE),
            List.of("-x", SAMPLE));

    private static ExtractCommand plain(List<String> args, Properties properties) {
        return PlainArguments.command(args.toArray(String[]::new), NOWHERE, NOWHERE, InputStream.nullInputStream(),
                properties);
    }

    private static ExtractCommand plain(List<String> args) {
        return plain(args, new Properties());
    }

    @Test
    void setsEveryFieldAsPicocliSetsIt() throws Exception {
        for (List<String> args : PLAIN) {
            ExtractCommand quick = plain(args);
            assertNotNull(quick, args.toString());
            CommandLine cl = Main.commandLine(NOWHERE, NOWHERE, false);
            CommandLine.ParseResult parsed = cl.parseArgs(args.toArray(String[]::new));
            ExtractCommand picocli = cl.getCommand();
            assertEquals(fields(picocli), fields(quick), args.toString());
            for (OptionSpec o : cl.getCommandSpec().options()) {
                assertEquals(parsed.hasMatchedOption(o), quick.matchedWithoutPicocli.contains(o.longestName()),
                        args + " " + o.longestName());
            }
        }
    }

    @Test
    void leavesEverythingElseToPicocli() {
        for (List<String> args : PICOCLI) {
            assertNull(plain(args), args.toString());
        }
        Properties trace = new Properties();
        trace.setProperty("picocli.trace", "DEBUG");
        assertNull(plain(List.of(SAMPLE), trace), "picocli's properties change what it prints");
        Properties off = new Properties();
        off.setProperty(PlainArguments.SWITCH, "false");
        assertNull(plain(List.of(SAMPLE), off));
        assertNotNull(plain(List.of(SAMPLE)));
    }

    @Test
    void runsPrintWhatPicocliPrints(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("empty.txt"), "");
        String missing = tmp.resolve("missing.txt").toString();
        String empty = tmp.resolve("empty.txt").toString();
        for (List<String> args : List.of(
                List.of(SAMPLE),
                List.of("--no-keywords", "--format", "jsonl", SAMPLE, missing),
                List.of("-f", "csv", "--no-keywords", SAMPLE),
                List.of("--fail-fast", "-q", missing, SAMPLE),
                List.of(empty),
                List.of(missing),
                List.of("--debug", "--explain", "--no-keywords", "samples/ilacs-2018-wakefield.txt"))) {
            String[] a = args.toArray(String[]::new);
            assertNotNull(plain(args), args.toString());
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Main.run(new PrintWriter(out), new PrintWriter(err), a);
            StringWriter pOut = new StringWriter();
            StringWriter pErr = new StringWriter();
            int pCode = Main.commandLine(new PrintWriter(pOut), new PrintWriter(pErr), false).execute(a);
            assertEquals(pCode, code, args.toString());
            assertEquals(pOut.toString(), out.toString(), args.toString());
            assertEquals(pErr.toString(), err.toString(), args.toString());
        }
    }

    @Test
    void anInternalErrorIsReportedAsPicocliReportsIt() {
        StringWriter err = new StringWriter();
        assertEquals(ExitCode.INPUT_FAILED, Main.execute(() -> {
            throw new IllegalStateException("boom");
        }, false, new PrintWriter(err, true)));
        assertEquals("ofsted-extract: internal error: java.lang.IllegalStateException: boom" + System.lineSeparator(),
                err.toString());
        StringWriter trace = new StringWriter();
        Main.execute(() -> {
            throw new IllegalStateException("boom");
        }, true, new PrintWriter(trace, true));
        assertTrue(trace.toString().contains("\tat "), "--debug prints the stack trace: " + trace);
    }

    /** Every field of {@code o}, and of the option holders it contains, by name (not the writers, streams or spec). */
    private static Map<String, Object> fields(Object o) throws IllegalAccessException {
        Map<String, Object> m = new LinkedHashMap<>();
        fields("", o, m);
        return m;
    }

    private static void fields(String prefix, Object o, Map<String, Object> into) throws IllegalAccessException {
        for (Field f : o.getClass().getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) || f.isSynthetic()) {
                continue;
            }
            f.setAccessible(true);
            Object v = f.get(o);
            String name = prefix + f.getName();
            Class<?> t = f.getType();
            if (t == PrintWriter.class || t == InputStream.class || t.getName().startsWith("picocli.")
                    || t.getName().startsWith("java.util.function.") || f.getName().equals("matchedWithoutPicocli")) {
                continue;
            }
            if (v != null && t.getPackage() == ExtractCommand.class.getPackage() && !t.isEnum()) {
                fields(name + ".", v, into);
            } else {
                into.put(name, v instanceof List<?> l ? new ArrayList<>(l) : v);
            }
        }
    }
}

package uk.ofstedextract.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;
import uk.ofstedextract.Extractor;
import uk.ofstedextract.output.Json;

/** Entry point: builds the command line and exits with its code. The only place that calls System.exit. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        warmUpInBackground(args);
        // not System.out: a PrintStream hides write errors, so a closed pipe (| head) would go unnoticed
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = run(out, err, RawArguments.restore(args));
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * For an extraction run, reads the models and resources it will need on a second thread while this
     * one builds the command line and reads the input: on two cores a cold run then waits for the
     * slower of the two instead of their sum. Not for runs that extract nothing (--version, --help,
     * subcommands), and never holding the process open (a daemon thread whose errors are reported
     * by the extraction that meets them).
     */
    static void warmUpInBackground(String... args) {
        for (String a : args) {
            if (needsSubcommands(a) || a.equals("--version") || a.equals("-V") || a.equals("schema")
                    || a.equals("--dump-text")) {
                return;
            }
        }
        boolean keywords = !List.of(args).contains("--no-keywords");
        Thread t = new Thread(() -> {
            try {
                Extractor.warmUp(keywords);
                Json.mapper();
            } catch (Throwable e) {
                // the extraction that needs what failed to load reports it
            }
        }, "warm-up");
        t.setDaemon(true);
        t.start();
    }

    /** Runs the tool with the given writers; what tests call. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            // the commonest check of an install, answered without building the command line
            for (String line : new Version().getVersion()) {
                out.println(line);
            }
            out.flush();
            return ExitCode.OK;
        }
        if (args.length == 1 && args[0].equals("schema")) {
            return SchemaCommand.print(out, err); // a resource printed as it is: no command line needed
        }
        return commandLine(out, err, needsSubcommands(args)).execute(args);
    }

    /** The whole command line, every subcommand included (what help, completion and tests see). */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, true);
    }

    /**
     * Subcommands whose model picocli builds by reflection, which costs a cold start about as much as
     * reading a report's text: they are only added when an argument could name one, or asks for help.
     * Without them, arguments parse exactly as with them (a word that is no subcommand's name is a
     * file either way).
     */
    private static final List<String> LAZY_SUBCOMMANDS = List.of("sentences", "codebook", "validate", "evaluate",
            "summary");

    static boolean needsSubcommands(String... args) {
        for (String a : args) {
            if (LAZY_SUBCOMMANDS.contains(a) || a.startsWith("@") || a.equals("-h") || a.equals("--help")
                    || a.equals("help")) {
                return true;
            }
        }
        return false;
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err, boolean subcommands) {
        CommandLine cl = new CommandLine(new ExtractCommand(out, err));
        // added before the settings below, which apply to the subcommands present when they are set
        if (subcommands) {
            cl.addSubcommand(new CommandLine(new SentencesCommand()));
            cl.addSubcommand(new CommandLine(new CodebookCommand()));
            cl.addSubcommand(new ValidateCommand(out, err));
            cl.addSubcommand(new EvaluateCommand(out, err));
            cl.addSubcommand(new SummaryCommand(out, err, System.in));
        }
        cl.setAllowSubcommandsAsOptionParameters(true); // "--table sentences" is a value, not the subcommand
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> ExitCode.USAGE);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("ofsted-extract: " + ex.getMessage());
            err.println("Try 'ofsted-extract --help'.");
            return ExitCode.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            err.println("ofsted-extract: internal error: " + ex);
            if (parseResult.hasMatchedOption("--debug")) {
                ex.printStackTrace(err);
            }
            return ExitCode.INPUT_FAILED;
        });
        return cl;
    }
}

package uk.ofstedextract.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import picocli.AutoComplete;
import picocli.CommandLine;
import uk.ofstedextract.Extractor;
import uk.ofstedextract.batch.BatchRun;
import uk.ofstedextract.console.Terminal;
import uk.ofstedextract.output.ReportJson;

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
        int code = runArguments(System.in, out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * What {@link #main} runs after starting the warm-up: the arguments as the command line gave them (see
     * {@link RawArguments}), standard input read when it is not a terminal. Its own method so that the class-data
     * training ({@link ClassDataTraining}) runs the code a real run meets first, and the archive keeps its classes.
     */
    static int runArguments(InputStream stdin, PrintWriter out, PrintWriter err, String... args) {
        return run(stdin, Terminal::stdinIsTerminal, out, err, RawArguments.restore(args));
    }

    /**
     * For an extraction run, reads the models and resources it will need on a second thread while this
     * one builds the command line and reads the input: on two cores a cold run then waits for the
     * slower of the two instead of their sum. Not for runs that extract nothing (--version, --help,
     * subcommands), and never holding the process open (a daemon thread whose errors are reported
     * by the extraction that meets them). Returns the thread, or null where none was started.
     */
    static Thread warmUpInBackground(String... args) {
        for (String a : args) {
            if (needsSubcommands(a) || a.equals("--version") || a.equals("-V") || a.equals("schema")
                    || a.equals("--dump-text")) {
                return null;
            }
        }
        boolean keywords = !List.of(args).contains("--no-keywords");
        Thread t = new Thread(() -> {
            try {
                Extractor.warmUp(keywords);
                ReportJson.generator(Writer.nullWriter(), true).close();
                BatchRun.warmUp(); // what the worker would make first, before its report
            } catch (Throwable e) {
                // the extraction that needs what failed to load reports it
            }
        }, "warm-up");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /**
     * Runs the tool with the given writers and standard input as an interactive terminal where
     * nothing is typed (so a command without files prints its usage); what tests call.
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(InputStream.nullInputStream(), () -> true, out, err, args);
    }

    /**
     * Runs the tool reading {@code stdin} for '-', and also when no file is named and
     * {@code stdinIsTerminal} says it is not a terminal (something is piped in), as jq does.
     */
    static int run(InputStream stdin, BooleanSupplier stdinIsTerminal, PrintWriter out, PrintWriter err,
            String... args) {
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
        if (Prerendered.print(out, args)) {
            return ExitCode.OK; // the help or the default codebook, as the build stored them in the jar
        }
        ExtractCommand plain = PlainArguments.command(args, out, err, stdin, System.getProperties());
        if (plain != null) {
            plain.stdinIsTerminal = stdinIsTerminal;
            return execute(plain, plain.debug, err); // "[FLAG...] FILE...": as picocli would run it, without its model
        }
        return commandLine(stdin, stdinIsTerminal, out, err, needsSubcommands(args)).execute(args);
    }

    /**
     * The whole command line, every subcommand included (what help, completion and tests see), with
     * standard input as an interactive terminal where nothing is typed.
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(InputStream.nullInputStream(), () -> true, out, err, true);
    }

    /** The whole command line, reading {@code stdin} as {@code run} with the same arguments does. */
    public static CommandLine commandLine(InputStream stdin, BooleanSupplier stdinIsTerminal, PrintWriter out,
            PrintWriter err) {
        return commandLine(stdin, stdinIsTerminal, out, err, true);
    }

    /**
     * Subcommands whose model picocli builds by reflection, which costs a cold start about as much as
     * reading a report's text: they are only added when an argument could name one, or asks for help.
     * Without them, arguments parse exactly as with them (a word that is no subcommand's name is a
     * file either way).
     */
    private static final List<String> LAZY_SUBCOMMANDS = List.of("sentences", "codebook", "validate", "evaluate",
            "generate-completion", "summary");

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
        return commandLine(InputStream.nullInputStream(), () -> true, out, err, subcommands);
    }

    static CommandLine commandLine(InputStream stdin, BooleanSupplier stdinIsTerminal, PrintWriter out,
            PrintWriter err, boolean subcommands) {
        ExtractCommand extract = new ExtractCommand(out, err, stdin);
        extract.stdinIsTerminal = stdinIsTerminal;
        CommandLine cl = new CommandLine(extract);
        // added before the settings below, which apply to the subcommands present when they are set
        if (subcommands) {
            cl.addSubcommand(new CommandLine(new SentencesCommand(stdin)));
            cl.addSubcommand(new CommandLine(new CodebookCommand()));
            cl.addSubcommand(new ValidateCommand(out, err, stdin));
            cl.addSubcommand(new EvaluateCommand(out, err, stdin));
            cl.addSubcommand(new CommandLine.HelpCommand());
            cl.addSubcommand(new AutoComplete.GenerateCompletion());
            cl.addSubcommand(new SummaryCommand(out, err, stdin));
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
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) ->
                internalError(ex, parseResult.hasMatchedOption("--debug"), err));
        return cl;
    }

    /** Runs a command that {@link PlainArguments} configured, as picocli's {@code execute} runs one. */
    static int execute(Callable<Integer> command, boolean debug, PrintWriter err) {
        try {
            return command.call();
        } catch (Exception ex) {
            return internalError(ex, debug, err);
        }
    }

    /** What a run prints and returns when its command throws (a bug): the exception, with --debug its trace. */
    private static int internalError(Exception ex, boolean debug, PrintWriter err) {
        err.println("ofsted-extract: internal error: " + ex);
        if (debug) {
            ex.printStackTrace(err);
        }
        return ExitCode.INPUT_FAILED;
    }
}

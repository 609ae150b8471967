package uk.ofstedextract.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point: builds the command line and exits with its code. The only place that calls System.exit. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // not System.out: a PrintStream hides write errors, so a closed pipe (| head) would go unnoticed
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = run(out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs the tool with the given writers; what tests call. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return commandLine(out, err).execute(args);
    }

    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new ExtractCommand(out, err));
        // added before the settings below, which apply to the subcommands present when they are set
        cl.addSubcommand(new CommandLine(new SentencesCommand()));
        cl.addSubcommand(new CommandLine(new CodebookCommand()));
        cl.addSubcommand(new ValidateCommand(out, err));
        cl.addSubcommand(new EvaluateCommand(out, err));
        cl.addSubcommand(new SummaryCommand(out, err, System.in));
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

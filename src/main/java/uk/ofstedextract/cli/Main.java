package uk.ofstedextract.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;
import picocli.AutoComplete;
import picocli.CommandLine;
import uk.ofstedextract.batch.Terminal;

/** Entry point: builds the command line and exits with its code. The only place that calls System.exit. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // not System.out: a PrintStream hides write errors, so a closed pipe (| head) would go unnoticed
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = commandLine(System.in, Terminal::stdinIsTerminal, out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs the tool with the given writers and standard input as an interactive terminal where
     * nothing is typed (so a command without files prints its usage); what tests call.
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return commandLine(out, err).execute(args);
    }

    /** The command line with standard input as an interactive terminal where nothing is typed. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(InputStream.nullInputStream(), () -> true, out, err);
    }

    /**
     * The command line reading {@code stdin} for '-', and also when no file is named and
     * {@code stdinIsTerminal} says it is not a terminal (something is piped in), as jq does.
     */
    public static CommandLine commandLine(InputStream stdin, BooleanSupplier stdinIsTerminal, PrintWriter out,
            PrintWriter err) {
        ExtractCommand extract = new ExtractCommand(out, err, stdin);
        extract.stdinIsTerminal = stdinIsTerminal;
        CommandLine cl = new CommandLine(extract);
        // added before the settings below, which apply to the subcommands present when they are set
        cl.addSubcommand(new CommandLine(new SentencesCommand()));
        cl.addSubcommand(new CommandLine(new CodebookCommand()));
        cl.addSubcommand(new ValidateCommand(out, err));
        cl.addSubcommand(new EvaluateCommand(out, err));
        cl.addSubcommand(new CommandLine.HelpCommand());
        cl.addSubcommand(new AutoComplete.GenerateCompletion());
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

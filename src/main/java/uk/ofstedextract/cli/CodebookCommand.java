package uk.ofstedextract.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.ofstedextract.nlp.Codebook;
import uk.ofstedextract.output.Json;

/** {@code ofsted-extract codebook}: prints the theme codebook in use (the default, or --codebook FILE checked). */
@Command(name = "codebook", mixinStandardHelpOptions = true,
        description = "Print the theme codebook (default, or the one given with --codebook, after checking it).")
public final class CodebookCommand implements Callable<Integer> {
    @Option(names = "--codebook", paramLabel = "FILE", description = "A codebook file to check and print.")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try {
            if (file == null && spec.parent() != null && spec.parent().findOption("--codebook") != null) {
                file = spec.parent().findOption("--codebook").getValue(); // 'ofsted-extract --codebook FILE codebook'
            }
            Codebook c = file == null ? Codebook.standard() : Codebook.read(file);
            Json.mapper().writerWithDefaultPrettyPrinter().writeValue(spec.commandLine().getOut(), c);
            spec.commandLine().getOut().println();
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        } catch (Codebook.InvalidCodebookException e) {
            spec.commandLine().getErr().println("ofsted-extract: " + e.getMessage());
            return ExitCode.USAGE;
        } catch (IOException e) {
            spec.commandLine().getErr().println("ofsted-extract: " + file + ": cannot read: " + e.getMessage());
            return ExitCode.USAGE;
        }
    }
}

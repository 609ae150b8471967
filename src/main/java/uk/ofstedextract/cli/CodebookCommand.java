package uk.ofstedextract.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.ofstedextract.nlp.Codebook;
import uk.ofstedextract.output.CodebookTable;
import uk.ofstedextract.output.Json;

/**
 * {@code ofsted-extract codebook}: prints the theme codebook in use (the default, or --codebook FILE checked),
 * as JSON or as a table (Markdown or CSV) for a methods section.
 */
@Command(name = "codebook", mixinStandardHelpOptions = true,
        description = "Print the theme codebook (default, or the one given with --codebook, after checking it).")
public final class CodebookCommand implements Callable<Integer> {
    enum Format { json, markdown, csv }

    @Option(names = "--codebook", paramLabel = "FILE", description = "A codebook file to check and print.")
    Path file;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "json",
            description = "json (default: the codebook file itself), markdown or csv (a table with one row per "
                    + "theme: key, label, definition, include, exclude, examples, terms, patterns).")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try {
            if (file == null && spec.parent() != null && spec.parent().findOption("--codebook") != null) {
                file = spec.parent().findOption("--codebook").getValue(); // 'ofsted-extract --codebook FILE codebook'
            }
            Codebook c = file == null ? Codebook.standard() : Codebook.read(file);
            PrintWriter out = spec.commandLine().getOut();
            switch (format) {
                case markdown -> CodebookTable.markdown(c, out);
                case csv -> CodebookTable.csv(c, out);
                default -> {
                    Json.mapper().writerWithDefaultPrettyPrinter().writeValue(out, c);
                    out.println();
                }
            }
            out.flush();
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

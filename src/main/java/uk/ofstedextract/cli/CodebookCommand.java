package uk.ofstedextract.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.ofstedextract.Extractor;
import uk.ofstedextract.layout.Profiles;
import uk.ofstedextract.layout.ReportProfile;
import uk.ofstedextract.nlp.Codebook;
import uk.ofstedextract.output.CodebookTable;
import uk.ofstedextract.output.Json;

/**
 * {@code ofsted-extract codebook}: prints a theme codebook (the default; the one a report type's profile names,
 * {@code --type}; a shipped one by id, {@code --id}; or --codebook FILE checked), as JSON or as a table (Markdown or
 * CSV) for a methods section; {@code --list} names the shipped codebooks and the report types that use each.
 */
@Command(name = "codebook", mixinStandardHelpOptions = true,
        description = "Print the theme codebook (default, the one a report type is tagged with, or the one given with "
                + "--codebook, after checking it).")
public final class CodebookCommand implements Callable<Integer> {
    enum Format { json, markdown, csv }

    @Option(names = "--codebook", paramLabel = "FILE", description = "A codebook file to check and print.")
    Path file;

    @Option(names = "--type", paramLabel = "TYPE", description = "The codebook reports of this type are tagged with "
            + "(a 'type' key of the output: school, ilacs, ...).")
    String type;

    @Option(names = "--id", paramLabel = "ID", description = "A codebook that ships with the tool, by id "
            + "(children-services, schools).")
    String id;

    @Option(names = "--list", description = "List the shipped codebooks (id-version) and the report types tagged with "
            + "each.")
    boolean list;

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
            PrintWriter out = spec.commandLine().getOut();
            if ((file != null ? 1 : 0) + (type != null ? 1 : 0) + (id != null ? 1 : 0) + (list ? 1 : 0) > 1) {
                return usage("give at most one of --codebook, --type, --id and --list");
            }
            if (list) {
                list(out);
                return ExitCode.OK;
            }
            Codebook c;
            if (file != null) {
                c = Codebook.read(file);
            } else if (type != null) {
                ReportProfile p = profile(type);
                if (p == null) {
                    return usage("no report type '" + type + "' (types: " + String.join(", ", typeKeys()) + ")");
                }
                c = Codebook.shipped(Extractor.codebookId(p));
            } else if (id != null) {
                if (!Codebook.shippedIds().contains(id)) {
                    return usage("no codebook ships with the id '" + id + "' (shipped: "
                            + String.join(", ", Codebook.shippedIds()) + ")");
                }
                c = Codebook.shipped(id);
            } else {
                c = Codebook.standard();
            }
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

    /** One line per shipped codebook: its reference, then the report types whose profiles choose it. */
    private static void list(PrintWriter out) {
        for (String shipped : Codebook.shippedIds()) {
            List<String> types = new ArrayList<>();
            for (ReportProfile p : Profiles.standard().all()) {
                if (Extractor.codebookId(p).equals(shipped)) {
                    types.add(p.type().key());
                }
            }
            out.println(Codebook.shipped(shipped).reference() + "\t" + String.join(", ", types));
        }
    }

    private static ReportProfile profile(String key) {
        return Profiles.standard().all().stream().filter(p -> p.type().key().equals(key)).findFirst().orElse(null);
    }

    private static List<String> typeKeys() {
        return Profiles.standard().all().stream().map(p -> p.type().key()).toList();
    }

    private int usage(String message) {
        spec.commandLine().getErr().println("ofsted-extract codebook: " + message);
        return ExitCode.USAGE;
    }
}

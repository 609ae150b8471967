package uk.ofstedextract.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Build step (run by {@code mvn package} through exec-maven-plugin, see pom.xml): writes the
 * bash/zsh completion script and the AsciiDoc man pages of the command line as picocli generates
 * them. asciidoctor then turns the AsciiDoc into troff for {@code man}. Lives with the tests so
 * that picocli-codegen stays out of the release jar.
 */
public final class GenerateDocs {
    private GenerateDocs() {
    }

    /** {@code GenerateDocs COMPLETION_FILE MAN_DIR}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: GenerateDocs COMPLETION_FILE MAN_ADOC_DIR");
        }
        CommandLine cl = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        Path completion = Path.of(args[0]);
        Files.createDirectories(completion.toAbsolutePath().getParent());
        Files.writeString(completion, AutoComplete.bash("ofsted-extract", cl), StandardCharsets.UTF_8);
        File manDir = new File(args[1]);
        Files.createDirectories(manDir.toPath());
        int rc = ManPageGenerator.generateManPage(manDir, null, new boolean[0], false, cl.getCommandSpec());
        if (rc != 0) {
            throw new IOException("ManPageGenerator failed with " + rc);
        }
    }
}

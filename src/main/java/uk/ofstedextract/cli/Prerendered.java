package uk.ofstedextract.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Outputs that are the same on every run of a given jar, printed from the jar instead of being computed: the
 * top-level help ({@code --help}, {@code -h}) and the default codebook ({@code codebook}). Computing them costs a
 * cold start far more than printing them: the help needs picocli's model of every subcommand, the codebook the
 * codebook's patterns and Jackson (docs/startup.md). {@code mvn package} runs each argument list through the jar's
 * own {@code Main} in a child process whose standard output is a pipe, and stores what it printed in the jar
 * ({@code build/Prerender}); so the stored text is what this jar prints, byte for byte, whenever the run it answers
 * would print the same. Where it might not, the command runs as before:
 * <ul>
 * <li>the help is picocli's plain 80-column text only when standard input and output are not both a terminal (a
 *     terminal gets colours and its own width), {@code CLICOLOR_FORCE} is unset (it forces colours), no
 *     {@code picocli.*} system property is set (they change colours, width and tracing) and the system is not
 *     Windows (picocli treats its consoles apart);</li>
 * <li>both end lines as the build did ({@code \n});</li>
 * <li>{@code -Dofsted-extract.prerendered=false} turns it off (the build's own rendering runs that way).</li>
 * </ul>
 * A jar built without the step (tests run on the classes, {@code -Dmaven.test.skip}) has no stored text, and every
 * command runs as before.
 */
final class Prerendered {
    /** The folder in the jar that holds the stored outputs. */
    static final String FOLDER = "prerendered/";
    /** The system property that turns stored outputs off when "false". */
    static final String SWITCH = "ofsted-extract.prerendered";

    /** The argument lists answered from the jar, each with the resource holding its output. */
    static final Map<List<String>, String> RESOURCES = Map.of(
            List.of("--help"), "help.txt",
            List.of("-h"), "help.txt",
            List.of("codebook"), "codebook.json");

    private Prerendered() {
    }

    /**
     * Prints the stored output that answers {@code args} in this process, and says whether it did; false (nothing
     * printed) when no stored output answers them, or may differ from what the command would print here.
     */
    static boolean print(PrintWriter out, String... args) {
        String resource = resource(List.of(args), System.getenv(), System.getProperties(), System.console() != null);
        if (resource == null) {
            return false;
        }
        String text = read(Prerendered.class.getClassLoader(), resource);
        if (text == null) {
            return false;
        }
        out.print(text);
        out.flush();
        return true;
    }

    /**
     * The resource (under {@link #FOLDER}) whose text this process would print for {@code args}, or null; {@code
     * console} says whether standard input and output are both a terminal ({@code System.console() != null}, which
     * is picocli's test on Java 17).
     */
    static String resource(List<String> args, Map<String, String> env, Properties properties, boolean console) {
        String name = RESOURCES.get(args);
        if (name == null || "false".equals(properties.getProperty(SWITCH))
                || !"\n".equals(properties.getProperty("line.separator"))) {
            return null;
        }
        if (name.equals("help.txt")) {
            boolean picocliProperty = properties.stringPropertyNames().stream().anyMatch(k -> k.startsWith("picocli."));
            boolean windows = properties.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("win");
            if (console || env.containsKey("CLICOLOR_FORCE") || picocliProperty || windows) {
                return null;
            }
        }
        return FOLDER + name;
    }

    /** The UTF-8 text of {@code resource}, or null when {@code loader} has none (or it cannot be read). */
    static String read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }
}

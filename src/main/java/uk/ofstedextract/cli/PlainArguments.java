package uk.ofstedextract.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The commonest command line, {@code [FLAG...] FILE...} (say {@code ofsted-extract --no-keywords report.txt}), read
 * without picocli. Building picocli's model of the extraction command by reflection over its annotations costs a cold
 * run about 40 ms of CPU on its main thread, plus the compiler's work on that code, before anything is extracted
 * (docs/startup.md). This class sets the same fields of {@link ExtractCommand} as picocli would, for the arguments it
 * is sure of, and declines everything else, which picocli then reads as before:
 * <ul>
 * <li>the flags {@code --no-keywords}, {@code -q}/{@code --quiet}, {@code --debug}, {@code --explain} and
 *     {@code --fail-fast}, and {@code -f}/{@code --format} with {@code json}, {@code jsonl} or {@code csv} (as the
 *     next argument or after {@code =}), each at most once (picocli refuses a repeated option);</li>
 * <li>file names: at least one, none empty, none starting with {@code -} or {@code @}, none naming a subcommand.</li>
 * </ul>
 * Anything else (another option, an option's value picocli would refuse, a bare {@code -}, {@code --}, no file at
 * all, a {@code picocli.*} system property, {@code -Dofsted-extract.plain-arguments=false}) goes to picocli, so every
 * usage error, help and message is picocli's. {@code PlainArgumentsTest} compares the fields set both ways.
 */
final class PlainArguments {
    /** The system property that turns this off when "false" (for tests and paired benchmarks). */
    static final String SWITCH = "ofsted-extract.plain-arguments";

    /** Each flag read here, by every name it has, under its longest name. */
    private static final Map<String, String> FLAGS = Map.of(
            "--no-keywords", "--no-keywords",
            "-q", "--quiet", "--quiet", "--quiet",
            "--debug", "--debug",
            "--explain", "--explain",
            "--fail-fast", "--fail-fast",
            "-f", "--format", "--format", "--format");

    private PlainArguments() {
    }

    /**
     * The extraction command configured by {@code args} as picocli would configure it, or null when picocli must
     * read them (see the class comment).
     */
    static ExtractCommand command(String[] args, PrintWriter out, PrintWriter err, InputStream stdin,
            Properties properties) {
        if ("false".equals(properties.getProperty(SWITCH))
                || properties.stringPropertyNames().stream().anyMatch(k -> k.startsWith("picocli."))) {
            return null;
        }
        ExtractCommand c = new ExtractCommand(out, err, stdin);
        Set<String> given = new HashSet<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("-")) {
                if (a.isEmpty() || a.startsWith("@") || a.equals("schema") || Main.needsSubcommands(a)) {
                    return null;
                }
                c.files.add(a);
                continue;
            }
            int eq = a.indexOf('=');
            String name = FLAGS.get(eq < 0 ? a : a.substring(0, eq));
            if (name == null || !given.add(name) || eq >= 0 && !a.startsWith("--format=")) {
                return null;
            }
            switch (name) {
                case "--no-keywords" -> c.noKeywords = true;
                case "--quiet" -> c.quiet = true;
                case "--debug" -> c.debug = true;
                case "--explain" -> c.explain = true;
                case "--fail-fast" -> c.failFast = true;
                default -> { // --format
                    String value = eq >= 0 ? a.substring(eq + 1) : ++i < args.length ? args[i] : null;
                    ExtractCommand.Format format = format(value);
                    if (format == null) {
                        return null;
                    }
                    c.format = format;
                }
            }
        }
        if (c.files.isEmpty()) {
            return null;
        }
        c.matchedWithoutPicocli = given;
        return c;
    }

    private static ExtractCommand.Format format(String value) {
        for (ExtractCommand.Format f : ExtractCommand.Format.values()) {
            if (f.name().equals(value)) {
                return f;
            }
        }
        return null;
    }
}

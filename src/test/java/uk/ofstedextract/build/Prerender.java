package uk.ofstedextract.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Build step (run by {@code mvn package} after the shaded jar is made and its class files upgraded, before the
 * class-data archive, see pom.xml and docs/startup.md): runs the jar's {@code Main} with each argument list that
 * {@code cli/Prerendered} answers from the jar, in a child process whose standard input and output are pipes (so
 * picocli prints plain text at its default width, as for any run that is not on a terminal), and stores what it
 * printed in the jar under {@code prerendered/}. The child runs with the stored outputs turned off, without the
 * environment that would change what it prints ({@code CLICOLOR_FORCE}, {@code JAVA_TOOL_OPTIONS},
 * {@code JDK_JAVA_OPTIONS}); a child that fails, prints nothing, or prints colours or carriage returns fails the
 * build. Lives with the tests, like {@code UpgradeClassFiles}.
 */
public final class Prerender {
    /** The main class whose output is stored, and the switch that makes it compute instead of printing. */
    static final String MAIN = "uk.ofstedextract.cli.Main";
    static final String OFF = "-Dofsted-extract.prerendered=false";

    /** What each stored resource answers: the argument list the build runs to make it. */
    public static final Map<String, List<String>> OUTPUTS = Map.of(
            "prerendered/help.txt", List.of("--help"),
            "prerendered/codebook.json", List.of("codebook"));

    private Prerender() {
    }

    /** {@code Prerender JAR}: adds the stored outputs to JAR in place (a temporary file, then a rename). */
    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: Prerender JAR");
        }
        Path jar = Path.of(args[0]);
        Map<String, byte[]> outputs = render(jar.toString());
        store(jar, outputs);
        System.out.println("Prerender: " + outputs.keySet() + " stored in " + jar);
    }

    /** Each resource's bytes: what {@code Main} on {@code classpath} prints for its argument list. */
    public static Map<String, byte[]> render(String classpath) throws IOException, InterruptedException {
        Map<String, byte[]> outputs = new LinkedHashMap<>();
        for (var e : new java.util.TreeMap<>(OUTPUTS).entrySet()) {
            outputs.put(e.getKey(), run(classpath, e.getValue()));
        }
        return outputs;
    }

    /** Standard output of {@code Main args} in a child JVM on {@code classpath}, checked. */
    static byte[] run(String classpath, List<String> args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:disable", "-Xlog:all=warning:stderr", OFF, "-cp", classpath, MAIN));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("CLICOLOR_FORCE");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("JDK_JAVA_OPTIONS");
        Process p = pb.start();
        p.getOutputStream().close(); // standard input: an empty pipe, not a terminal
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> {
            try {
                return p.getErrorStream().readAllBytes();
            } catch (IOException e) {
                return new byte[0];
            }
        });
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException(args + ": no answer after 5 minutes");
        }
        String text = new String(out, StandardCharsets.UTF_8);
        if (p.exitValue() != 0 || out.length == 0 || text.indexOf('\u001b') >= 0 || text.indexOf('\r') >= 0) {
            throw new IOException(args + " cannot be stored: exit " + p.exitValue() + ", " + out.length
                    + " bytes (colours or carriage returns are refused); stderr: "
                    + new String(err.join(), StandardCharsets.UTF_8));
        }
        return out;
    }

    /** Rewrites {@code jar} with {@code outputs} added (replacing any entries of the same names). */
    static void store(Path jar, Map<String, byte[]> outputs) throws IOException {
        Path tmp = jar.resolveSibling(jar.getFileName() + ".prerender.tmp");
        try (ZipFile zip = new ZipFile(jar.toFile());
             OutputStream file = Files.newOutputStream(tmp);
             ZipOutputStream out = new ZipOutputStream(file)) {
            long time = -1;
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (time < 0) {
                    time = entry.getTime(); // the build's reproducible timestamp, for the new entries too
                }
                if (outputs.containsKey(entry.getName())) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    JarEntries.put(out, entry.getName(), entry.getTime(), in.readAllBytes());
                }
            }
            for (var e : outputs.entrySet()) {
                JarEntries.put(out, e.getKey(), time < 0 ? 0 : time, e.getValue());
            }
        } catch (IOException | RuntimeException ex) {
            Files.deleteIfExists(tmp);
            throw ex;
        }
        Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}

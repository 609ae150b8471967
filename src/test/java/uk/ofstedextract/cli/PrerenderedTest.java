package uk.ofstedextract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ofstedextract.build.Prerender;

/**
 * The outputs the build stores in the jar are what the commands print: the build's rendering (a child JVM on
 * these classes, standard output a pipe) equals {@code Main.run} in this process (no terminal, no stored outputs on
 * the test class path), and they are printed from the jar only where nothing could make the command print otherwise.
 */
class PrerenderedTest {
    private static String viaMain(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        assertEquals(ExitCode.OK, code, err.toString());
        assertEquals("", err.toString());
        return out.toString();
    }

    @Test
    void theBuildStoresWhatTheCommandsPrint() throws Exception {
        assertNull(Prerendered.read(Main.class.getClassLoader(), Prerendered.FOLDER + "help.txt"),
                "the test class path holds no stored outputs, so Main.run computes them here");
        Map<String, byte[]> stored = Prerender.render(System.getProperty("java.class.path"));
        assertEquals(Prerender.OUTPUTS.keySet(), stored.keySet());
        for (var e : Prerender.OUTPUTS.entrySet()) {
            String text = new String(stored.get(e.getKey()), StandardCharsets.UTF_8);
            assertEquals(viaMain(e.getValue().toArray(String[]::new)), text, e.getKey());
            assertEquals(e.getKey(), Prerendered.FOLDER
                    + Prerendered.RESOURCES.get(e.getValue()), "the resource Main reads for " + e.getValue());
        }
        String help = new String(stored.get("prerendered/help.txt"), StandardCharsets.UTF_8);
        assertTrue(help.startsWith("Usage: ofsted-extract ") && help.contains("\nCommands:\n  schema "), help);
        int widest = help.lines().mapToInt(String::length).max().orElse(0);
        assertTrue(widest > 70 && widest <= 80, "picocli's default width, 80: " + widest);
        assertEquals(viaMain("-h"), help);
        assertTrue(new String(stored.get("prerendered/codebook.json"), StandardCharsets.UTF_8).contains("\"themes\""));
    }

    private static Properties unix(String... keyValues) {
        Properties p = new Properties();
        p.setProperty("line.separator", "\n");
        p.setProperty("os.name", "Linux");
        for (int i = 0; i < keyValues.length; i += 2) {
            p.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return p;
    }

    @Test
    void storedOutputsAnswerOnlyWhereTheCommandWouldPrintTheSame() {
        Map<String, String> env = Map.of("TERM", "xterm", "NO_COLOR", "1");
        assertEquals("prerendered/help.txt", Prerendered.resource(List.of("--help"), env, unix(), false));
        assertEquals("prerendered/help.txt", Prerendered.resource(List.of("-h"), env, unix(), false));
        assertEquals("prerendered/codebook.json", Prerendered.resource(List.of("codebook"), env, unix(), false));
        // other arguments: subcommand help, usage errors, options
        for (List<String> args : List.<List<String>>of(List.of("codebook", "--help"), List.of("--help", "--bogus"), List.of("help"),
                List.of("codebook", "--list"), List.of("--codebook", "x.json", "codebook"), List.of())) {
            assertNull(Prerendered.resource(args, env, unix(), false), args.toString());
        }
        // a terminal (colours, its width), forced colours, picocli's settings, Windows: the help is computed
        assertNull(Prerendered.resource(List.of("--help"), env, unix(), true));
        assertNull(Prerendered.resource(List.of("--help"), Map.of("CLICOLOR_FORCE", "1"), unix(), false));
        assertNull(Prerendered.resource(List.of("--help"), env, unix("picocli.usage.width", "120"), false));
        assertNull(Prerendered.resource(List.of("--help"), env, unix("picocli.ansi", "true"), false));
        assertNull(Prerendered.resource(List.of("-h"), env, unix("os.name", "Windows 11"), false));
        // the codebook does not depend on the terminal
        assertEquals("prerendered/codebook.json", Prerendered.resource(List.of("codebook"), env, unix(), true));
        // other line ends, or turned off: computed
        assertNull(Prerendered.resource(List.of("codebook"), env, unix("line.separator", "\r\n"), false));
        assertNull(Prerendered.resource(List.of("--help"), env, unix("ofsted-extract.prerendered", "false"), false));
        assertNull(Prerendered.resource(List.of("codebook"), env, unix("ofsted-extract.prerendered", "false"), false));
    }

    @Test
    void readsTheStoredTextAsUtf8(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("prerendered");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("help.txt"), "Usage: ofsted-extract — ‘x’\n", StandardCharsets.UTF_8);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {tmp.toUri().toURL()}, null)) {
            assertEquals("Usage: ofsted-extract — ‘x’\n", Prerendered.read(loader, "prerendered/help.txt"));
            assertNull(Prerendered.read(loader, "prerendered/codebook.json"));
        }
    }
}

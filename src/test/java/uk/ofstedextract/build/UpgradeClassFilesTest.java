package uk.ofstedextract.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class UpgradeClassFilesTest {

    /** The picocli jar the build uses: its classes are Java 5 class files. */
    private static Path picocliJar() throws Exception {
        return Path.of(CommandLine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Test
    void rewritesEveryJava5ClassAndKeepsEveryEntry(@TempDir Path dir) throws Exception {
        Path jar = Files.copy(picocliJar(), dir.resolve("picocli.jar"));
        List<String> old = UpgradeClassFiles.preJava6(jar);
        assertTrue(old.size() > 100, "picocli's jar should hold Java 5 classes, found " + old.size());
        List<String> before;
        try (ZipFile z = new ZipFile(jar.toFile())) {
            before = z.stream().map(e -> e.getName()).toList();
        }

        int n = UpgradeClassFiles.upgrade(jar);

        assertEquals(old.size(), n);
        assertEquals(List.of(), UpgradeClassFiles.preJava6(jar));
        try (ZipFile z = new ZipFile(jar.toFile())) {
            assertEquals(before, z.stream().map(e -> e.getName()).toList(), "same entries in the same order");
        }
        assertFalse(Files.exists(dir.resolve("picocli.jar.upgrade.tmp")));
    }

    @Test
    void rewrittenClassesPassTheVerifierAndStillParse(@TempDir Path dir) throws Exception {
        Path jar = Files.copy(picocliJar(), dir.resolve("picocli.jar"));
        UpgradeClassFiles.upgrade(jar);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                ClassLoader.getPlatformClassLoader());
             ZipFile z = new ZipFile(jar.toFile())) {
            // initialising a class links it, and linking a Java 8 class verifies its stack map frames
            for (String name : z.stream().map(e -> e.getName())
                    .filter(s -> s.startsWith("picocli/") && s.endsWith(".class")).toList()) {
                Class<?> c = Class.forName(name.replace('/', '.').replaceAll("\\.class$", ""), true, loader);
                assertEquals(loader, c.getClassLoader());
            }
            // and the rewritten picocli parses a command line: an option spec built through its API
            Class<?> spec = loader.loadClass("picocli.CommandLine$Model$CommandSpec");
            Class<?> optionSpec = loader.loadClass("picocli.CommandLine$Model$OptionSpec");
            Class<?> cl = loader.loadClass("picocli.CommandLine");
            Object command = spec.getMethod("create").invoke(null);
            Object builder = optionSpec.getMethod("builder", String[].class).invoke(null, (Object) new String[] {"-n"});
            Method type = builder.getClass().getMethod("type", Class.class);
            type.setAccessible(true); // declared by a package-private super class
            type.invoke(builder, int.class);
            Object option = builder.getClass().getMethod("build").invoke(builder);
            spec.getMethod("addOption", optionSpec).invoke(command, option);
            Object commandLine = cl.getConstructor(Object.class).newInstance(command);
            Object result = cl.getMethod("parseArgs", String[].class)
                    .invoke(commandLine, (Object) new String[] {"-n", "42"});
            Method matched = result.getClass().getMethod("matchedOptionValue", String.class, Object.class);
            assertEquals(42, matched.invoke(result, "-n", 0));
        }
    }
}

package uk.ofstedextract.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Build step (run by {@code mvn package} after the shaded jar is made, see pom.xml and
 * docs/startup.md): rewrites the class files of the jar that are older than Java 6 (picocli's are
 * compiled for Java 5) as Java 8 class files, with the stack map frames that format requires
 * computed by ASM. Nothing else in a class changes; other entries are copied as they are (compressed, or not for
 * those {@code JarEntries} keeps uncompressed). Java 17's class-data sharing refuses to archive
 * pre-Java-6 classes ("Pre JDK 6 class not supported by CDS"), so without this every run loads and
 * verifies picocli's classes from scratch; with it they come from the archive like the rest.
 * Lives with the tests so that ASM stays out of the release jar.
 */
public final class UpgradeClassFiles {
    /** Java 6's class-file major version: the first the JVM verifies by stack map frames. */
    static final int JAVA_6 = 50;

    private UpgradeClassFiles() {
    }

    /** {@code UpgradeClassFiles JAR}: rewrites JAR in place (a temporary file, then a rename). */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: UpgradeClassFiles JAR");
        }
        int n = upgrade(Path.of(args[0]));
        System.out.println("UpgradeClassFiles: " + n + " class files of " + args[0] + " rewritten as Java 8");
    }

    /** Rewrites the pre-Java-6 class files of {@code jar}; returns how many. Other entries are copied as they are. */
    public static int upgrade(Path jar) throws IOException {
        Path tmp = jar.resolveSibling(jar.getFileName() + ".upgrade.tmp");
        int rewritten = 0;
        try (ZipFile zip = new ZipFile(jar.toFile());
             URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                     ClassLoader.getPlatformClassLoader());
             OutputStream file = Files.newOutputStream(tmp);
             ZipOutputStream out = new ZipOutputStream(file)) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                byte[] bytes;
                try (InputStream in = zip.getInputStream(entry)) {
                    bytes = in.readAllBytes();
                }
                if (entry.getName().endsWith(".class") && majorVersion(bytes) < JAVA_6) {
                    bytes = asJava8(bytes, loader);
                    rewritten++;
                }
                JarEntries.put(out, entry.getName(), entry.getTime(), bytes);
            }
        } catch (IOException | RuntimeException ex) {
            Files.deleteIfExists(tmp);
            throw ex;
        }
        Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return rewritten;
    }

    /** The class file's major version (bytes 6 and 7, after the magic number and minor version). */
    static int majorVersion(byte[] classFile) {
        if (classFile.length < 8) {
            return Integer.MAX_VALUE;
        }
        return ((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff);
    }

    /** The same class as a Java 8 class file with computed frames; {@code loader} resolves common super classes. */
    static byte[] asJava8(byte[] classFile, ClassLoader loader) {
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected ClassLoader getClassLoader() {
                return loader;
            }
        };
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                              String[] interfaces) {
                super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
            }
        }, 0);
        return writer.toByteArray();
    }

    /** For tests: the entries of {@code jar} whose class files are still older than Java 6. */
    static List<String> preJava6(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().filter(e -> e.getName().endsWith(".class")).filter(e -> {
                try (InputStream in = zip.getInputStream(e)) {
                    return majorVersion(in.readNBytes(8)) < JAVA_6;
                } catch (IOException ex) {
                    throw new java.io.UncheckedIOException(ex);
                }
            }).map(ZipEntry::getName).toList();
        }
    }
}

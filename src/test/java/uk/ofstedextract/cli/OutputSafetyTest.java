package uk.ofstedextract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What writing an output does to what is already there: a regular file is replaced atomically with
 * its mode (and owner) kept, a symbolic link is written through, a device or FIFO is written in
 * place, and an output that is one of the inputs is refused before anything is written.
 */
class OutputSafetyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SAMPLE = "samples/cra-2010-wakefield.txt";
    static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void replacingAFileKeepsItsMode(@TempDir Path dir) throws Exception {
        Path out = Files.writeString(dir.resolve("out.json"), "old");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-------"));
        assertEquals(ExitCode.OK, CliTest.run("-o", out.toString(), SAMPLE).code());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
        assertEquals("cra-letter", JSON.readTree(out.toFile()).get("type").asText());
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-rw-r--"));
        assertEquals(ExitCode.OK, CliTest.run("--format", "csv", "-o", out.toString(), SAMPLE).code());
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
        assertEquals(List.of("out.json"), names(dir), "no temporary file left");
    }

    @Test
    void replacingAFileKeepsItsOwnerWhenRunAsRoot(@TempDir Path dir) throws Exception {
        assumeTrue(ROOT, "only root may give a file to another user");
        Path out = Files.writeString(dir.resolve("out.json"), "old");
        Files.setAttribute(out, "unix:uid", 4321);
        Files.setAttribute(out, "unix:gid", 4322);
        assertEquals(ExitCode.OK, CliTest.run("-o", out.toString(), SAMPLE).code());
        assertEquals(4321, Files.getAttribute(out, "unix:uid"));
        assertEquals(4322, Files.getAttribute(out, "unix:gid"));
        assertTrue(Files.size(out) > 100);
    }

    @Test
    void aSymbolicLinkIsWrittenThroughAndStays(@TempDir Path dir) throws Exception {
        Path real = Files.createDirectories(dir.resolve("real"));
        Path target = Files.writeString(real.resolve("data.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("real/data.json"));
        Path chain = Files.createSymbolicLink(dir.resolve("chain.json"), link);
        assertEquals(ExitCode.OK, CliTest.run("-o", chain.toString(), SAMPLE).code());
        assertTrue(Files.isSymbolicLink(link) && Files.isSymbolicLink(chain), "the links stay links");
        assertEquals("cra-letter", JSON.readTree(target.toFile()).get("type").asText());
        assertEquals(List.of("data.json"), names(real), "the temporary file was beside the target");
        // a dangling link: its target is created
        Path dangling = Files.createSymbolicLink(dir.resolve("new.json"), Path.of("real/new.json"));
        assertEquals(ExitCode.OK, CliTest.run("-o", dangling.toString(), SAMPLE).code());
        assertTrue(Files.isSymbolicLink(dangling));
        assertTrue(Files.isRegularFile(real.resolve("new.json")));
    }

    @Test
    void devicesAreWrittenInPlaceAndNeverReplaced() throws Exception {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull), "no /dev/null here");
        for (String[] args : List.of(new String[] {"-o", "/dev/null", SAMPLE},
                new String[] {"--manifest", "/dev/null", "-o", "/dev/null", SAMPLE},
                new String[] {"validate", "-o", "/dev/null", SAMPLE})) {
            CliTest.Run r = CliTest.run(args);
            assertTrue(r.code() == ExitCode.OK || args[0].equals("validate") && r.code() == ExitCode.INPUT_FAILED,
                    String.join(" ", args) + ": " + r.err());
            assertFalse(Files.isRegularFile(devNull, LinkOption.NOFOLLOW_LINKS), "/dev/null is still a device");
            assertEquals(0, Files.size(devNull));
        }
        assertEquals(null, OutputTarget.writeThrough(Path.of("/dev/stdout")), "written in place");
        assertEquals(null, OutputTarget.writeThrough(Path.of("/dev/stderr")), "written in place");
    }

    @Test
    void aFifoIsWrittenInPlaceForItsReader(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "no mkfifo here");
        CompletableFuture<byte[]> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readAllBytes(fifo);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        CliTest.Run r = CliTest.run("-o", fifo.toString(), SAMPLE);
        assertEquals(ExitCode.OK, r.code(), r.err());
        String read = new String(reader.get(30, TimeUnit.SECONDS), StandardCharsets.UTF_8);
        assertEquals("cra-letter", JSON.readTree(read).get("type").asText(), "the reader got the report");
        assertTrue(Files.isSameFile(fifo, fifo) && !Files.isRegularFile(fifo), "still a FIFO");
        assertEquals(List.of("pipe"), names(dir));
    }

    @Test
    void anOutputThatIsAnInputIsRefusedBeforeAnythingIsWritten(@TempDir Path dir) throws Exception {
        byte[] york = Files.readAllBytes(Path.of("samples/cra-2010-york.txt"));
        Path in = Files.write(dir.resolve("york.txt"), york);
        Path hard = Files.createLink(dir.resolve("hard.json"), in);
        Path manifest = dir.resolve("run.json");
        for (String[] args : List.of(new String[] {"-o", in.toString(), in.toString()},
                new String[] {"-o", hard.toString(), SAMPLE, in.toString()},
                new String[] {"--manifest", in.toString(), "-o", dir.resolve("x.json").toString(), in.toString()},
                new String[] {"-o", in.toString(), dir.toString()},
                new String[] {"--manifest", manifest.toString(), "-o", in.toString(), SAMPLE, dir.toString()},
                new String[] {"--dump-text", "-o", hard.toString(), in.toString()},
                new String[] {"validate", "-o", in.toString(), dir.toString()},
                new String[] {"evaluate", "--gold", "samples/gold", "-o", in.toString(), in.toString()})) {
            CliTest.Run r = CliTest.run(args);
            assertEquals(ExitCode.USAGE, r.code(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.err().contains("the input " + in) && r.err().contains(" is the output "), r.err());
            assertEquals(List.of("hard.json", "york.txt"), names(dir), String.join(" ", args));
            assertTrue(java.util.Arrays.equals(york, Files.readAllBytes(in)), "the input is untouched");
        }
    }

    @Test
    void temporaryFilesOfKilledRunsAreCleanedUpByTheNextRun(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out.json");
        // a run that is gone (pid 2^22 + 1 is above Linux's default pid_max) and one still running (ours)
        Path stale = Files.writeString(dir.resolve(".out.json.4194305-abc.tmp"), "half");
        Path live = Files.writeString(dir.resolve(".out.json." + ProcessHandle.current().pid() + "-def.tmp"), "busy");
        Path other = Files.writeString(dir.resolve(".other.json.4194305-abc.tmp"), "not this output's");
        assertEquals(ExitCode.OK, CliTest.run("-o", out.toString(), SAMPLE).code());
        assertFalse(Files.exists(stale), "a dead run's temporary file is removed");
        assertTrue(Files.exists(live) && Files.exists(other), "only dead runs' files of the same output go");
    }

    @Test
    void outDirMarksTheDatasetCompleteLastWithItsFilesHashes(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("dataset");
        Files.createDirectories(out);
        Files.writeString(out.resolve("README.txt"), "the user's own file");
        assertEquals(ExitCode.OK, CliTest.run("--out-dir", out.toString(), SAMPLE).code());
        List<String> expected = new java.util.ArrayList<>(ReportSink.OUT_DIR_FILES);
        expected.addAll(List.of("README.txt", ReportSink.COMPLETE));
        assertEquals(expected.stream().sorted().toList(), names(out), "no _INCOMPLETE, no temporary file");
        JsonNode done = JSON.readTree(out.resolve(ReportSink.COMPLETE).toFile());
        assertEquals(ReportSink.OUT_DIR_FILES.size(), done.get("files").size());
        for (String f : ReportSink.OUT_DIR_FILES) {
            assertEquals(uk.ofstedextract.Extractor.sha256(Files.readAllBytes(out.resolve(f))),
                    done.get("files").get(f).get("sha256").asText(), f);
        }
        assertEquals("the user's own file", Files.readString(out.resolve("README.txt")));
    }
}

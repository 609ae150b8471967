package uk.ofstedextract.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs the project's reference scorer, {@code ../shared/tools/score.py}, when python3 and the
 * shared folder beside the clone are there (as in CI); otherwise tests fall back to the output
 * recorded from it in {@code src/test/resources/evaluate/}.
 */
final class ScorePy {
    static final Path SCRIPT = Path.of("../shared/tools/score.py");

    /** What {@code score.py --json} prints: the summary on stdout, the readable lines on stderr. */
    record Output(JsonNode summary, List<String> lines) {
    }

    private ScorePy() {
    }

    /** score.py's output for a gold folder and a JSON Lines file, or empty without python3 or score.py. */
    static Optional<Output> run(Path gold, Path pred, boolean verbose) throws IOException, InterruptedException {
        if (!Files.isRegularFile(SCRIPT)) {
            return Optional.empty();
        }
        List<String> cmd = verbose
                ? List.of("python3", SCRIPT.toString(), "--gold", gold.toString(), "--pred", pred.toString(), "--json",
                "--verbose")
                : List.of("python3", SCRIPT.toString(), "--gold", gold.toString(), "--pred", pred.toString(), "--json");
        File err = File.createTempFile("score-py", ".txt");
        try {
            Process p;
            try {
                p = new ProcessBuilder(cmd).redirectError(err).start();
            } catch (IOException e) {
                return Optional.empty(); // no python3
            }
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException("score.py failed: " + String.join(" ", cmd) + "\n"
                        + Files.readString(err.toPath()));
            }
            List<String> lines = new String(out, StandardCharsets.UTF_8).lines().toList();
            return Optional.of(new Output(new ObjectMapper().readTree(lines.get(lines.size() - 1)),
                    Files.readAllLines(err.toPath(), StandardCharsets.UTF_8)));
        } finally {
            Files.deleteIfExists(err.toPath());
        }
    }
}

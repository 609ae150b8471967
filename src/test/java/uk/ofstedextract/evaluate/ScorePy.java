package uk.ofstedextract.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs the project's reference scorer, {@code ../shared/tools/score.py}, when python3 and the
 * shared folder beside the clone are there (as in CI); otherwise tests fall back to the figures
 * recorded from it in {@code src/test/resources/evaluate/}.
 */
final class ScorePy {
    static final Path SCRIPT = Path.of("../shared/tools/score.py");

    private ScorePy() {
    }

    /** The lines score.py prints with {@code args}, or empty when python3 or score.py is not there. */
    static Optional<List<String>> run(String... args) throws IOException, InterruptedException {
        if (!Files.isRegularFile(SCRIPT)) {
            return Optional.empty();
        }
        List<String> cmd = new ArrayList<>(List.of("python3", SCRIPT.toString()));
        cmd.addAll(List.of(args));
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            return Optional.empty(); // no python3
        }
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("score.py failed: " + String.join(" ", cmd));
        }
        return Optional.of(new String(out, StandardCharsets.UTF_8).lines().toList());
    }

    /** score.py --json's summary object, or empty. */
    static Optional<JsonNode> json(Path gold, Path pred) throws IOException, InterruptedException {
        Optional<List<String>> lines = run("--gold", gold.toString(), "--pred", pred.toString(), "--json");
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        List<String> l = lines.get();
        return Optional.of(new ObjectMapper().readTree(l.get(l.size() - 1)));
    }
}

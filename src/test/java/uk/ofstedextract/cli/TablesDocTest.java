package uk.ofstedextract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loading code docs/tables.md shows runs as shown on an {@code --out-dir} dataset of the samples,
 * and gives the documented types: pandas when python3 has it, R when Rscript has readr and dplyr.
 * Skipped, with the reason, where the interpreter or library is missing.
 */
class TablesDocTest {
    private static final Path DOC = Path.of("docs/tables.md");

    @TempDir
    static Path work;

    @BeforeAll
    static void dataset() {
        CliTest.Run r = CliTest.run("--out-dir", work.resolve("dataset").toString(), "samples");
        assertEquals(ExitCode.OK, r.code(), r.err());
    }

    /** The first fenced block of this language in the page. */
    private static String block(String language) throws IOException {
        Matcher m = Pattern.compile("```" + language + "\n(.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(DOC, StandardCharsets.UTF_8));
        assertEquals(true, m.find(), "docs/tables.md shows " + language);
        return m.group(1);
    }

    private static boolean runs(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static void run(String script, String suffix, String... command) throws Exception {
        Path file = work.resolve("doc" + suffix);
        Files.writeString(file, script, StandardCharsets.UTF_8);
        String[] cmd = java.util.stream.Stream.concat(java.util.Arrays.stream(command), java.util.stream.Stream.of(
                file.toString())).toArray(String[]::new);
        Process p = new ProcessBuilder(cmd).directory(work.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(120, TimeUnit.SECONDS);
        assertEquals(0, p.exitValue(), "the documented code fails:\n" + output);
    }

    @Test
    void pandasCodeRunsAndGivesTheDocumentedTypes() throws Exception {
        // the first python3 on PATH may be a private one (pyenv) without the system's pandas
        String python = java.util.stream.Stream.of("python3", "/usr/bin/python3")
                .filter(py -> runs(py, "-c", "import pandas")).findFirst().orElse(null);
        assumeTrue(python != null, "pandas is not installed for python3: the shown pandas code is not run "
                + "(apt-get install python3-pandas to run it)");
        String checks = String.join("\n", List.of(
                "",
                "for t in (reports, grades, findings):",
                "    assert str(t['la_code'].dtype) == 'string', t['la_code'].dtype",
                "    assert str(t['report_id'].dtype) == 'string', t['report_id'].dtype",
                "    assert t['report_id'].str.match(r'^r-[0-9a-f]{16}$').all()",
                "assert str(reports['ons_code'].dtype) == 'string' and str(grades['ons_code'].dtype) == 'string'",
                "assert str(reports['inspection_start'].dtype).startswith('datetime64')",
                "assert str(grades['inspection_end'].dtype).startswith('datetime64')",
                "assert str(reports['findings'].dtype) == 'Int64'",
                "assert len(reports) == 5 and reports['report_id'].is_unique",
                "assert len(per_finding) == len(findings) and per_finding['region'].notna().all()",
                "assert len(per_grade) == len(grades) and per_grade['region'].notna().all()",
                "assert len(wide) == len(reports) and 'overall-effectiveness' in wide.columns",
                "assert (reports['la_code'] == '384').sum() == 2, reports['la_code'].tolist()",
                ""));
        run(block("python") + checks, ".py", python);
    }

    @Test
    void rCodeRunsAndGivesTheDocumentedTypes() throws Exception {
        assumeTrue(runs("Rscript", "-e", "library(readr); library(dplyr)"), "Rscript with readr and dplyr is not "
                + "installed: the shown R code is not run (apt-get install r-cran-readr r-cran-dplyr to run it)");
        String checks = String.join("\n", List.of(
                "",
                "stopifnot(is.character(reports$la_code), is.character(grades$ons_code), is.character(reports$report_id))",
                "stopifnot(inherits(reports$inspection_start, 'Date'), inherits(grades$inspection_end, 'Date'))",
                "stopifnot(nrow(reports) == 5, nrow(per_grade) == nrow(grades), !anyNA(per_grade$region))",
                "stopifnot(sum(reports$la_code == '384') == 2)",
                ""));
        run(block("r") + checks, ".R", "Rscript");
    }
}

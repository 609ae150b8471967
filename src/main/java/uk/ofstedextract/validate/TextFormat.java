package uk.ofstedextract.validate;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compiler-style lines, {@code path:line:column: severity [rule-id] message}, in file order and
 * position order within a file (issues about a whole file at 1:1; issues about the corpus as
 * {@code corpus: severity [rule-id] message}), then a summary.
 */
public final class TextFormat implements ValidationWriter {
    @Override
    public void write(Validation v, Writer out) throws IOException {
        for (FileResult f : v.files()) {
            for (Issue i : f.issues()) {
                out.write(line(f.file(), i));
                out.write('\n');
            }
        }
        for (Issue i : v.corpusIssues()) {
            out.write(line(null, i));
            out.write('\n');
        }
        for (String s : summary(v)) {
            out.write(s);
            out.write('\n');
        }
    }

    /** One issue as a compiler would print it. */
    public static String line(String file, Issue i) {
        String where = file == null ? "corpus" : file + ":" + i.line() + ":" + i.column();
        return where + ": " + i.severity().key() + " [" + i.rule().id() + "] " + i.message();
    }

    /** The summary lines that end the text and GitHub formats. */
    public static List<String> summary(Validation v) {
        List<String> out = new ArrayList<>();
        out.add("");
        out.add(v.files().size() + " file" + (v.files().size() == 1 ? "" : "s") + " checked: " + v.failingFiles()
                + " failing (" + v.policy().failOn().key() + " or worse), " + v.filesWith(Severity.ERROR)
                + " with errors, " + v.filesWith(Severity.WARNING) + " with warnings; " + v.count(Severity.ERROR)
                + " errors, " + v.count(Severity.WARNING) + " warnings, " + v.count(Severity.INFO) + " info");
        Map<Rule, Long> byRule = v.countsByRule();
        if (!byRule.isEmpty()) {
            List<String> parts = new ArrayList<>();
            byRule.forEach((r, n) -> parts.add(r.id() + " " + n));
            out.add("by rule: " + String.join(", ", parts));
        }
        String rate = String.format(Locale.ROOT, "%.3f", v.failureRate());
        if (v.passed()) {
            out.add("PASSED" + (v.failingFiles() > 0 ? " (failure rate " + rate + " is within --max-failure-rate "
                    + v.policy().maxFailureRate() + ")" : ""));
        } else {
            List<String> why = new ArrayList<>();
            if (v.filesFail()) {
                why.add(v.failingFiles() + " of " + v.files().size() + " files fail"
                        + (v.policy().maxFailureRate() != null ? " (failure rate " + rate + " > --max-failure-rate "
                        + v.policy().maxFailureRate() + ")" : ""));
            }
            if (v.corpusFails()) {
                why.add("corpus rules fail");
            }
            out.add("FAILED: " + String.join("; ", why));
        }
        return out;
    }
}

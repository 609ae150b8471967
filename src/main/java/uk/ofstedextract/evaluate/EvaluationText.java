package uk.ofstedextract.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes an {@link Evaluation} as {@code ../shared/tools/score.py} prints it: with --verbose the
 * differences of each report first, then the per-report table, the per-category lines, and the
 * summary line, each formatted as score.py formats it (numbers rounded half-even from their exact
 * binary value, as Python's {@code format} does). Lines score.py does not print (metadata per field,
 * type accuracy, grades precision and recall) come before the summary line.
 */
public final class EvaluationText {
    private EvaluationText() {
    }

    public static void write(Evaluation e, Writer w, boolean verbose) throws IOException {
        if (verbose) {
            for (Evaluation.ReportScore r : e.perReport()) {
                line(w, "== " + r.file());
                for (Evaluation.MetaMismatch m : r.metaMismatches()) {
                    line(w, "  meta  " + m.field() + ": gold=" + repr(m.gold()) + " pred=" + repr(m.pred()));
                }
                for (Evaluation.GradeDiff g : r.gradeDiffs()) {
                    line(w, "  grade " + (g.missed() ? "missed" : "extra ") + " " + g.judgement() + ": " + g.grade());
                }
                for (Evaluation.FindingText f : r.missed()) {
                    line(w, "  missed [" + f.category() + "] " + head(f.text(), 150));
                }
                for (Evaluation.FindingText f : r.extra()) {
                    line(w, "  extra  [" + f.category() + "] " + head(f.text(), 150));
                }
            }
        }
        line(w, left("report", 48) + " " + right("gold", 5) + " " + right("pred", 5) + " " + right("tp", 4) + " "
                + right("F1", 6) + " " + right("meta", 6) + " " + right("grades", 7));
        for (Evaluation.ReportScore r : e.perReport()) {
            Evaluation.Tally t = r.findings();
            line(w, left(head(r.file(), 48), 48) + " " + right(Integer.toString(t.gold()), 5) + " "
                    + right(Integer.toString(t.pred()), 5) + " " + right(Integer.toString(t.tp()), 4) + " "
                    + right(fixed(t.f1(), 3), 6) + " " + right(r.metaOk() + "/" + r.metaN(), 6) + " "
                    + right(r.gradesTp() + "/" + r.gradesGold(), 7));
        }
        line(w, "");
        for (Map.Entry<String, Evaluation.Tally> c : e.categories().entrySet()) {
            Evaluation.Tally t = c.getValue();
            line(w, "category " + left(c.getKey(), 16) + " P=" + fixed(t.precision(), 3) + " R=" + fixed(t.recall(), 3)
                    + " F1=" + fixed(t.f1(), 3) + " (gold " + t.gold() + ", pred " + t.pred() + ")");
        }
        for (Map.Entry<String, Evaluation.Field> f : e.metadata().entrySet()) {
            line(w, "metadata " + left(f.getKey(), 16) + " acc=" + fixed(f.getValue().accuracy(), 3) + " ("
                    + f.getValue().ok() + "/" + f.getValue().n() + ")");
        }
        Evaluation.Tally g = e.grades();
        line(w, "grades P=" + fixed(g.precision(), 3) + " R=" + fixed(g.recall(), 3) + " F1=" + fixed(g.f1(), 3)
                + " (gold " + g.gold() + ", pred " + g.pred() + ")");
        line(w, "type acc=" + fixed(e.type().accuracy(), 3) + " (" + e.type().ok() + "/" + e.type().n() + ")");
        Evaluation.Tally f = e.findings();
        line(w, "findings P=" + fixed(f.precision(), 3) + " R=" + fixed(f.recall(), 3) + " F1=" + fixed(f.f1(), 3)
                + " exact-boundary=" + fixed(e.exactRate(), 3) + " | grades F1=" + fixed(g.f1(), 3)
                + " | metadata acc=" + fixed(e.metadataAccuracy(), 3) + " | reports " + e.reports() + ", missing "
                + e.missing() + (e.judgements().n() > 0
                        ? " | judgement keys " + e.judgements().ok() + "/" + e.judgements().n() : ""));
    }

    /** Python's {@code format(x, '.Nf')}: the exact binary value rounded half-even. */
    static String fixed(double x, int decimals) {
        return new BigDecimal(x).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static void line(Writer w, String s) throws IOException {
        w.write(s);
        w.write('\n');
    }

    /** The first n code points (Python's {@code s[:n]}). */
    private static String head(String s, int n) {
        return s.codePointCount(0, s.length()) <= n ? s : s.substring(0, s.offsetByCodePoints(0, n));
    }

    private static String left(String s, int width) {
        int n = s.codePointCount(0, s.length());
        return n >= width ? s : s + " ".repeat(width - n);
    }

    private static String right(String s, int width) {
        int n = s.codePointCount(0, s.length());
        return n >= width ? s : " ".repeat(width - n) + s;
    }

    /** Python's {@code repr} of a JSON value, as score.py's --verbose prints metadata. */
    static String repr(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return "None";
        }
        if (v.isTextual()) {
            return reprString(v.asText());
        }
        if (v.isBoolean()) {
            return v.asBoolean() ? "True" : "False";
        }
        if (v.isArray()) {
            StringBuilder sb = new StringBuilder("[");
            for (Iterator<JsonNode> it = v.elements(); it.hasNext(); ) {
                sb.append(repr(it.next())).append(it.hasNext() ? ", " : "");
            }
            return sb.append(']').toString();
        }
        if (v.isObject()) {
            StringBuilder sb = new StringBuilder("{");
            for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> en = it.next();
                sb.append(reprString(en.getKey())).append(": ").append(repr(en.getValue()))
                        .append(it.hasNext() ? ", " : "");
            }
            return sb.append('}').toString();
        }
        return v.asText();
    }

    private static String reprString(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder().append(quote);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == quote) {
                sb.append('\\').append(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c < 0x20 || c == 0x7f) {
                sb.append(String.format("\\x%02x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append(quote).toString();
    }
}

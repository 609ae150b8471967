package uk.ofstedextract.evaluate;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * Writes an {@link Evaluation} as one JSON object. Its first keys are those of
 * {@code score.py --json}, with the same values (rounded to 4 decimals as Python's {@code round}
 * does); further keys carry what score.py does not print: the threshold, grades precision and
 * recall, metadata per field, type accuracy and the per-report table (with each report's misses and
 * false alarms when verbose).
 */
public final class EvaluationJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EvaluationJson() {
    }

    public static ObjectNode tree(Evaluation e, boolean verbose) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("reports", e.reports());
        o.put("missing", e.missing());
        o.put("findings_precision", round(e.findings().precision()));
        o.put("findings_recall", round(e.findings().recall()));
        o.put("findings_f1", round(e.findings().f1()));
        o.put("findings_exact_rate", round(e.exactRate()));
        o.put("grades_precision", round(e.grades().precision()));
        o.put("grades_recall", round(e.grades().recall()));
        o.put("grades_f1", round(e.grades().f1()));
        o.put("metadata_accuracy", round(e.metadataAccuracy()));
        if (e.judgementAccuracy() == null) {
            o.putNull("judgement_accuracy");
        } else {
            o.put("judgement_accuracy", round(e.judgementAccuracy()));
        }
        ObjectNode cats = o.putObject("categories");
        for (Map.Entry<String, Evaluation.Tally> c : e.categories().entrySet()) {
            Evaluation.Tally t = c.getValue();
            cats.putObject(c.getKey()).put("gold", t.gold()).put("pred", t.pred()).put("tp", t.tp())
                    .put("f1", round(t.f1()));
        }
        // beyond score.py
        o.put("threshold", e.threshold());
        o.put("findings_tp", e.findings().tp());
        o.put("findings_pred", e.findings().pred());
        o.put("findings_gold", e.findings().gold());
        o.put("findings_exact", e.exact());
        ObjectNode detail = o.putObject("categories_precision_recall");
        for (Map.Entry<String, Evaluation.Tally> c : e.categories().entrySet()) {
            detail.putObject(c.getKey()).put("precision", round(c.getValue().precision()))
                    .put("recall", round(c.getValue().recall()));
        }
        o.put("type_accuracy", round(e.type().accuracy()));
        ObjectNode fields = o.putObject("metadata_fields");
        for (Map.Entry<String, Evaluation.Field> f : e.metadata().entrySet()) {
            fields.putObject(f.getKey()).put("ok", f.getValue().ok()).put("n", f.getValue().n())
                    .put("accuracy", round(f.getValue().accuracy()));
        }
        ArrayNode rows = o.putArray("per_report");
        for (Evaluation.ReportScore r : e.perReport()) {
            ObjectNode row = rows.addObject().put("file", r.file()).put("missing", r.missing())
                    .put("gold", r.findings().gold()).put("pred", r.findings().pred()).put("tp", r.findings().tp())
                    .put("f1", round(r.findings().f1())).put("meta_ok", r.metaOk()).put("meta_n", r.metaN())
                    .put("grades_tp", r.gradesTp()).put("grades_gold", r.gradesGold());
            if (verbose) {
                ArrayNode meta = row.putArray("metadata_mismatches");
                for (Evaluation.MetaMismatch m : r.metaMismatches()) {
                    ObjectNode x = meta.addObject().put("field", m.field());
                    x.set("gold", m.gold());
                    x.set("pred", m.pred());
                }
                ArrayNode grades = row.putArray("grade_differences");
                r.gradeDiffs().forEach(g -> grades.addObject().put("judgement", g.judgement()).put("grade", g.grade())
                        .put("side", g.missed() ? "missed" : "extra"));
                ArrayNode missed = row.putArray("missed");
                r.missed().forEach(f -> missed.addObject().put("category", f.category()).put("text", f.text()));
                ArrayNode extra = row.putArray("extra");
                r.extra().forEach(f -> extra.addObject().put("category", f.category()).put("text", f.text()));
            }
        }
        return o;
    }

    public static void write(Evaluation e, Writer w, boolean verbose) throws IOException {
        MAPPER.writerWithDefaultPrettyPrinter().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValue(w, tree(e, verbose));
        w.write('\n');
    }

    /** Python's {@code round(x, 4)}: the exact binary value rounded half-even. */
    static double round(double x) {
        return new BigDecimal(x).setScale(4, RoundingMode.HALF_EVEN).doubleValue();
    }
}

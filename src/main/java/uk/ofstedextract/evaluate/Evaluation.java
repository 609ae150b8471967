package uk.ofstedextract.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scores of a run against gold, in the terms of {@code ../shared/tools/score.py}: findings
 * precision, recall and F1 overall and per category, the share of exact boundaries among the
 * matches, grades, metadata (overall and per field), and what each report missed or added.
 */
public record Evaluation(double threshold, int reports, int missing, Tally findings, int exact, Tally grades,
                         Map<String, Tally> categories, Map<String, Field> metadata, Field judgements,
                         List<ReportScore> perReport) {

    /** Fields where a gold null is a claim too: the prediction must be null ({@code NULL_SCORED}). */
    public static final java.util.Set<String> NULL_SCORED = java.util.Set.of("provider.laCode");

    /** Metadata fields in the scorer's order ({@code META} in score.py). */
    public static final List<String> META_FIELDS = List.of("type", "framework", "provider.name", "provider.laCode",
            "provider.urn", "published", "inspection.start", "inspection.end", "inspectors.0");

    public Evaluation {
        categories = Collections.unmodifiableMap(new LinkedHashMap<>(categories)); // sorted by name
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata)); // in META_FIELDS order
        perReport = List.copyOf(perReport);
    }

    /** True positives, predictions and gold items; precision, recall and F1 as score.py's {@code prf}. */
    public record Tally(int tp, int pred, int gold) {
        public double precision() {
            return pred > 0 ? (double) tp / pred : (gold == 0 ? 1.0 : 0.0);
        }

        public double recall() {
            return gold > 0 ? (double) tp / gold : 1.0;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        }
    }

    /** One metadata field: how many gold values it has and how many the predictions got right. */
    public record Field(int ok, int n) {
        public double accuracy() {
            return n > 0 ? (double) ok / n : 1.0;
        }
    }

    public double exactRate() {
        return findings.tp() > 0 ? (double) exact / findings.tp() : 0.0;
    }

    public int metadataOk() {
        return metadata.values().stream().mapToInt(Field::ok).sum();
    }

    public int metadataN() {
        return metadata.values().stream().mapToInt(Field::n).sum();
    }

    public double metadataAccuracy() {
        return metadataN() > 0 ? (double) metadataOk() / metadataN() : 1.0;
    }

    /** Share of matched findings whose gold states a {@code judgement} that have the same key; null without any. */
    public Double judgementAccuracy() {
        return judgements.n() > 0 ? judgements.accuracy() : null;
    }

    /** The type field's accuracy (part of the metadata figure too). */
    public Field type() {
        return metadata.getOrDefault("type", new Field(0, 0));
    }

    /** One gold report: its counts and, for --verbose, what differs. */
    public record ReportScore(String file, boolean missing, Tally findings, int metaOk, int metaN, int gradesTp,
                              int gradesGold, List<MetaMismatch> metaMismatches, List<GradeDiff> gradeDiffs,
                              List<FindingText> missed, List<FindingText> extra) {
        public ReportScore {
            metaMismatches = List.copyOf(metaMismatches);
            gradeDiffs = List.copyOf(gradeDiffs);
            missed = List.copyOf(missed);
            extra = List.copyOf(extra);
        }
    }

    /** A metadata field whose prediction differs from the gold (values as in the JSON; null when absent). */
    public record MetaMismatch(String field, JsonNode gold, JsonNode pred) {
    }

    /** A (judgement, grade) pair in the gold but not predicted ({@code missed}) or the reverse. */
    public record GradeDiff(String judgement, String grade, boolean missed) {
    }

    /** A finding's category and text as the gold or prediction has them (null when absent). */
    public record FindingText(String category, String text) {
    }
}

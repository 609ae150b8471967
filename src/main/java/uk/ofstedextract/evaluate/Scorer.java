package uk.ofstedextract.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Scores predicted reports against gold exactly as {@code ../shared/tools/score.py} does, so both
 * print the same figures: reports are paired by the base name of their {@code file}; within a
 * category, a predicted finding matches a gold one when difflib's ratio over their lower-cased words
 * is at least the threshold (0.85), greedily, best pairs first, one to one; a match at 0.98 or more
 * has an exact boundary; grades compare as sets of (judgement, grade); metadata fields compare
 * after folding to words, provider names when one contains the other as whole words. A gold file
 * with {@code "unnumberedNarrative": false} is scored without predicted narrative findings that have
 * no number. Works on JSON trees, the form both tools read.
 */
public final class Scorer {
    /** score.py's default {@code --sim}. */
    public static final double DEFAULT_THRESHOLD = 0.85;
    /** Matches at or above this similarity have exact boundaries. */
    public static final double EXACT = 0.98;

    private final double threshold;

    public Scorer(double threshold) {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("similarity threshold must be between 0 and 1, not " + threshold);
        }
        this.threshold = threshold;
    }

    /** One gold file: its file name in the gold folder and its content. */
    public record Gold(String name, JsonNode json) {
    }

    /**
     * @param golds gold files in the order to score them (score.py: sorted by file name)
     * @param predictions predicted reports; a later one with the same base name replaces an earlier one
     */
    public Evaluation score(List<Gold> golds, List<JsonNode> predictions) {
        Map<String, JsonNode> preds = new LinkedHashMap<>();
        for (JsonNode p : predictions) {
            preds.put(baseName(pyStr(p.get("file"), "")), p);
        }
        int tp = 0;
        int npred = 0;
        int ngold = 0;
        int exact = 0;
        int gTp = 0;
        int gPred = 0;
        int gGold = 0;
        int missing = 0;
        int judgementOk = 0;
        int judgementN = 0;
        Map<String, int[]> byCat = new TreeMap<>();
        Map<String, int[]> meta = new LinkedHashMap<>();
        for (String f : Evaluation.META_FIELDS) {
            meta.put(f, new int[2]);
        }
        List<Evaluation.ReportScore> rows = new ArrayList<>();
        for (Gold gold : golds) {
            String key = baseName(pyStr(gold.json().get("file"), ""));
            JsonNode pred = preds.get(key);
            boolean isMissing = pred == null;
            if (isMissing) {
                missing++;
            }
            List<JsonNode> gf = list(gold.json().get("findings"));
            List<JsonNode> pf = new ArrayList<>();
            for (JsonNode f : isMissing ? List.<JsonNode>of() : list(pred.get("findings"))) {
                if (f.isObject()) {
                    pf.add(f);
                }
            }
            JsonNode unnumbered = gold.json().get("unnumberedNarrative");
            if (unnumbered != null && unnumbered.isBoolean() && !unnumbered.asBoolean()) {
                pf.removeIf(f -> isText(f.get("category"), "narrative") && isNull(f.get("number")));
            }
            List<Pair> matched = match(gf, pf);
            tp += matched.size();
            exact += (int) matched.stream().filter(p -> p.sim >= EXACT).count();
            for (Pair p : matched) {
                JsonNode g = gf.get(p.gold);
                if (g.has("judgement")) {
                    judgementN++;
                    judgementOk += Objects.equals(norm(g.get("judgement")), norm(pf.get(p.pred).get("judgement")))
                            ? 1 : 0;
                }
            }
            npred += pf.size();
            ngold += gf.size();
            Set<String> cats = new HashSet<>();
            gf.forEach(f -> cats.add(categoryName(f)));
            pf.forEach(f -> cats.add(categoryName(f)));
            for (String cat : cats) {
                int[] c = byCat.computeIfAbsent(cat, k -> new int[3]);
                c[0] += (int) matched.stream().filter(p -> categoryName(gf.get(p.gold)).equals(cat)).count();
                c[1] += (int) pf.stream().filter(f -> categoryName(f).equals(cat)).count();
                c[2] += (int) gf.stream().filter(f -> categoryName(f).equals(cat)).count();
            }
            Set<List<Object>> gp = gradePairs(gold.json());
            Set<List<Object>> pp = isMissing ? Set.of() : gradePairs(pred);
            Set<List<Object>> both = new HashSet<>(gp);
            both.retainAll(pp);
            gTp += both.size();
            gPred += pp.size();
            gGold += gp.size();
            int metaOk = 0;
            int metaN = 0;
            List<Evaluation.MetaMismatch> metaBad = new ArrayList<>();
            for (String field : Evaluation.META_FIELDS) {
                JsonNode gv = get(gold.json(), field);
                if (isNull(gv) && !(Evaluation.NULL_SCORED.contains(field) && has(gold.json(), field))) {
                    continue;
                }
                JsonNode pv = isMissing ? null : get(pred, field);
                metaN++;
                meta.get(field)[1]++;
                if (sameMeta(field, gv, pv)) {
                    metaOk++;
                    meta.get(field)[0]++;
                } else {
                    metaBad.add(new Evaluation.MetaMismatch(field, gv, isNull(pv) ? null : pv));
                }
            }
            rows.add(new Evaluation.ReportScore(key, isMissing,
                    new Evaluation.Tally(matched.size(), pf.size(), gf.size()), metaOk, metaN, both.size(), gp.size(),
                    metaBad, gradeDiffs(gp, pp), unmatched(gf, matched, true), unmatched(pf, matched, false)));
        }
        Map<String, Evaluation.Tally> categories = new LinkedHashMap<>();
        byCat.forEach((k, v) -> categories.put(k, new Evaluation.Tally(v[0], v[1], v[2])));
        Map<String, Evaluation.Field> fields = new LinkedHashMap<>();
        meta.forEach((k, v) -> fields.put(k, new Evaluation.Field(v[0], v[1])));
        return new Evaluation(threshold, golds.size(), missing, new Evaluation.Tally(tp, npred, ngold), exact,
                new Evaluation.Tally(gTp, gPred, gGold), categories, fields,
                new Evaluation.Field(judgementOk, judgementN), rows);
    }

    private record Pair(double sim, int gold, int pred) {
    }

    /** score.py's {@code match_findings}: all pairs at or above the threshold, best first, one to one. */
    private List<Pair> match(List<JsonNode> gold, List<JsonNode> pred) {
        List<List<String>> predWords = new ArrayList<>();
        for (JsonNode p : pred) {
            predWords.add(Words.of(pyText(p.get("text"))));
        }
        List<Pair> pairs = new ArrayList<>();
        for (int gi = 0; gi < gold.size(); gi++) {
            JsonNode g = gold.get(gi);
            List<String> gw = Words.of(pyText(g.get("text")));
            for (int pi = 0; pi < pred.size(); pi++) {
                if (!Objects.equals(value(g.get("category")), value(pred.get(pi).get("category")))) {
                    continue;
                }
                double s = Words.similarity(gw, predWords.get(pi));
                if (s >= threshold) {
                    pairs.add(new Pair(s, gi, pi));
                }
            }
        }
        // Python's sort(reverse=True) of (similarity, gold index, predicted index) tuples
        pairs.sort(Comparator.comparingDouble(Pair::sim).thenComparingInt(Pair::gold).thenComparingInt(Pair::pred)
                .reversed());
        Set<Integer> usedG = new HashSet<>();
        Set<Integer> usedP = new HashSet<>();
        List<Pair> matched = new ArrayList<>();
        for (Pair p : pairs) {
            if (usedG.contains(p.gold) || usedP.contains(p.pred)) {
                continue;
            }
            usedG.add(p.gold);
            usedP.add(p.pred);
            matched.add(p);
        }
        return matched;
    }

    private static List<Evaluation.FindingText> unmatched(List<JsonNode> findings, List<Pair> matched, boolean gold) {
        Set<Integer> used = new HashSet<>();
        matched.forEach(p -> used.add(gold ? p.gold : p.pred));
        List<Evaluation.FindingText> out = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            if (!used.contains(i)) {
                JsonNode f = findings.get(i);
                out.add(new Evaluation.FindingText(categoryName(f), pyStr(f.get("text"), "")));
            }
        }
        return out;
    }

    private static List<Evaluation.GradeDiff> gradeDiffs(Set<List<Object>> gold, Set<List<Object>> pred) {
        Comparator<List<Object>> order = Comparator.comparing((List<Object> p) -> String.valueOf(p.get(0)))
                .thenComparing(p -> String.valueOf(p.get(1)));
        Set<List<Object>> sym = new TreeSet<>(order);
        for (List<Object> g : gold) {
            if (!pred.contains(g)) {
                sym.add(g);
            }
        }
        for (List<Object> p : pred) {
            if (!gold.contains(p)) {
                sym.add(p);
            }
        }
        List<Evaluation.GradeDiff> out = new ArrayList<>();
        for (List<Object> p : sym) {
            out.add(new Evaluation.GradeDiff(display(p.get(0)), display(p.get(1)), gold.contains(p)));
        }
        return out;
    }

    /** The set of (judgement, grade) pairs, each folded to words. */
    private static Set<List<Object>> gradePairs(JsonNode report) {
        Set<List<Object>> out = new HashSet<>();
        for (JsonNode g : list(report.get("grades"))) {
            out.add(java.util.Arrays.asList(norm(g.get("judgement")), norm(g.get("grade"))));
        }
        return out;
    }

    /** score.py's {@code get}: a dotted path into objects, with list indexes as digits. */
    static JsonNode get(JsonNode report, String path) {
        JsonNode cur = report;
        for (String key : path.split("\\.")) {
            if (cur == null) {
                return null;
            }
            if (cur.isArray() && key.matches("\\d+")) {
                int i = Integer.parseInt(key);
                cur = i < cur.size() ? cur.get(i) : null;
            } else if (cur.isObject()) {
                cur = cur.get(key);
            } else {
                return null;
            }
        }
        return cur;
    }

    /** score.py's {@code has}: whether the gold states the field, null included. */
    static boolean has(JsonNode report, String path) {
        JsonNode cur = report;
        for (String key : path.split("\\.")) {
            if (cur == null || !cur.isObject() || !cur.has(key)) {
                return false;
            }
            cur = cur.get(key);
        }
        return true;
    }

    /** score.py's {@code same_meta}. */
    static boolean sameMeta(String field, JsonNode gold, JsonNode pred) {
        Object g = norm(gold);
        Object p = norm(pred);
        if (field.equals("provider.name") && g instanceof String gs && p instanceof String ps && !gs.isEmpty()
                && !ps.isEmpty()) {
            return (" " + ps + " ").contains(" " + gs + " ") || (" " + gs + " ").contains(" " + ps + " ");
        }
        return Objects.equals(g, p);
    }

    /** score.py's {@code norm}: a string folded to its words; other values as they are (null for JSON null). */
    static Object norm(JsonNode v) {
        if (isNull(v)) {
            return null;
        }
        return v.isTextual() ? Words.norm(v.asText()) : v;
    }

    private static Object value(JsonNode v) {
        return isNull(v) ? null : v;
    }

    private static String display(Object v) {
        return v == null ? "None" : v instanceof JsonNode n ? n.toString() : v.toString();
    }

    private static boolean isText(JsonNode v, String text) {
        return v != null && v.isTextual() && v.asText().equals(text);
    }

    private static boolean isNull(JsonNode v) {
        return v == null || v.isNull() || v.isMissingNode();
    }

    private static List<JsonNode> list(JsonNode v) {
        List<JsonNode> out = new ArrayList<>();
        if (v != null && v.isArray()) {
            v.forEach(out::add);
        }
        return out;
    }

    /** A finding's category as score.py prints it ({@code str(cat)}: "None" when absent). */
    private static String categoryName(JsonNode finding) {
        return pyStr(finding.get("category"), "None");
    }

    /** Python's {@code str(value)} for a JSON value; {@code absent} when the key is missing. */
    private static String pyStr(JsonNode v, String absent) {
        if (v == null || v.isMissingNode()) {
            return absent;
        }
        if (v.isNull()) {
            return "None";
        }
        return v.isTextual() ? v.asText() : v.toString();
    }

    /** The text a finding's words come from: score.py's {@code words(text or "")}. */
    private static String pyText(JsonNode v) {
        return v != null && v.isTextual() ? v.asText() : "";
    }

    /** {@code os.path.basename} on POSIX. */
    static String baseName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}

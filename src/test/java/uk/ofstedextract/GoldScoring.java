package uk.ofstedextract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.ofstedextract.evaluate.Words;
import uk.ofstedextract.report.Finding;
import uk.ofstedextract.report.Report;

/**
 * The matching rule of ../shared/tools/score.py, for tests: a predicted finding matches a gold one
 * when the categories are equal and the lower-cased word sequences are at least 85% similar,
 * one-to-one, best pairs first. Similarity is difflib's ratio over the words, through the port in
 * {@link uk.ofstedextract.evaluate.DiffLib} that {@code evaluate} uses.
 */
final class GoldScoring {
    private static final Pattern WORD = Pattern.compile("[a-z0-9]+");

    private GoldScoring() {
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static double similarity(List<String> a, List<String> b) {
        return Words.similarity(a, b);
    }

    /** Matched pairs (gold index, predicted index, similarity). */
    record Pair(int gold, int pred, double sim) {
    }

    static List<Pair> match(JsonNode goldFindings, List<Finding> pred, double threshold) {
        List<Pair> all = new ArrayList<>();
        for (int g = 0; g < goldFindings.size(); g++) {
            List<String> gw = words(goldFindings.get(g).get("text").asText());
            String cat = goldFindings.get(g).get("category").asText();
            for (int p = 0; p < pred.size(); p++) {
                if (!pred.get(p).category().equals(cat)) {
                    continue;
                }
                double s = similarity(gw, words(pred.get(p).text()));
                if (s >= threshold) {
                    all.add(new Pair(g, p, s));
                }
            }
        }
        all.sort((x, y) -> Double.compare(y.sim(), x.sim()));
        boolean[] usedG = new boolean[goldFindings.size()];
        boolean[] usedP = new boolean[pred.size()];
        List<Pair> out = new ArrayList<>();
        for (Pair p : all) {
            if (!usedG[p.gold()] && !usedP[p.pred()]) {
                usedG[p.gold()] = true;
                usedP[p.pred()] = true;
                out.add(p);
            }
        }
        return out;
    }

    /** Predicted findings the gold file scores (without unnumbered narrative where the gold leaves it out). */
    static List<Finding> scored(JsonNode gold, Report r) {
        boolean skipUnnumbered = gold.has("unnumberedNarrative") && !gold.get("unnumberedNarrative").asBoolean();
        List<Finding> out = new ArrayList<>();
        for (Finding f : r.findings()) {
            if (!(skipUnnumbered && f.category().equals("narrative") && f.number() == null)) {
                out.add(f);
            }
        }
        return out;
    }

    static double f1(int tp, int npred, int ngold) {
        double p = npred == 0 ? (ngold == 0 ? 1 : 0) : (double) tp / npred;
        double r = ngold == 0 ? 1 : (double) tp / ngold;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}

package uk.ofstedextract.evaluate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Scores keywords and themes against {@link TaggingGold}.
 * <p>Keywords: the first {@value #AT} keywords emitted for a finding are compared with its gold in
 * {@link TaggingGold#matchKey} form. Precision@5 = emitted keywords that are gold keywords or acceptable,
 * over keywords emitted (pooled over findings); recall = gold keywords emitted, over gold keywords;
 * each gold keyword (with its alternatives) is found at most once.
 * <p>Themes: per theme and micro-averaged precision, recall and F1 over (finding, theme) pairs.
 */
public final class TaggingScorer {
    public static final int AT = 5;

    /** Counts behind a precision, recall and F1. */
    public record Tally(int tp, int pred, int gold) {
        public double precision() {
            return pred == 0 ? 0 : (double) tp / pred;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) tp / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** One finding's keywords as scored: the emitted ones judged wrong, the gold ones missed. */
    public record KeywordMiss(String id, List<String> wrong, List<String> missed) {
    }

    /** Keyword figures of one part: precision@5 uses {@code correct/emitted}, recall {@code found/gold}. */
    public record KeywordScore(int findings, int emitted, int correct, int found, int gold, List<KeywordMiss> misses) {
        public double precision() {
            return emitted == 0 ? 0 : (double) correct / emitted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) found / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** One finding's themes as scored. */
    public record ThemeMiss(String id, List<String> falseThemes, List<String> missedThemes) {
    }

    public record ThemeScore(int findings, Tally micro, Map<String, Tally> perTheme, List<ThemeMiss> misses) {
    }

    private TaggingScorer() {
    }

    public static KeywordScore keywords(List<TaggingGold.Finding> gold, String part,
                                        Function<TaggingGold.Finding, List<String>> tagger) {
        int findings = 0;
        int emitted = 0;
        int correct = 0;
        int found = 0;
        int goldCount = 0;
        List<KeywordMiss> misses = new ArrayList<>();
        for (TaggingGold.Finding f : gold) {
            if (!f.hasKeywords() || !f.in(part)) {
                continue;
            }
            findings++;
            List<String> out = tagger.apply(f);
            out = out.size() > AT ? out.subList(0, AT) : out;
            Set<String> allowed = new HashSet<>();
            f.keywords().forEach(allowed::addAll);
            f.acceptable().forEach(allowed::addAll);
            Set<String> keys = new HashSet<>();
            List<String> wrong = new ArrayList<>();
            for (String k : out) {
                String key = TaggingGold.matchKey(k);
                keys.add(key);
                if (allowed.contains(key)) {
                    correct++;
                } else {
                    wrong.add(k);
                }
            }
            emitted += out.size();
            List<String> missed = new ArrayList<>();
            for (List<String> alts : f.keywords()) {
                goldCount++;
                if (alts.stream().anyMatch(keys::contains)) {
                    found++;
                } else {
                    missed.add(String.join("|", alts));
                }
            }
            if (!wrong.isEmpty() || !missed.isEmpty()) {
                misses.add(new KeywordMiss(f.id(), List.copyOf(wrong), List.copyOf(missed)));
            }
        }
        return new KeywordScore(findings, emitted, correct, found, goldCount, List.copyOf(misses));
    }

    public static ThemeScore themes(List<TaggingGold.Finding> gold, String part, List<String> themeOrder,
                                    Function<TaggingGold.Finding, List<String>> tagger) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        themeOrder.forEach(t -> counts.put(t, new int[3]));
        int findings = 0;
        List<ThemeMiss> misses = new ArrayList<>();
        for (TaggingGold.Finding f : gold) {
            if (!f.hasThemes() || !f.in(part)) {
                continue;
            }
            findings++;
            Set<String> want = new HashSet<>(f.themes());
            Set<String> got = new HashSet<>(tagger.apply(f));
            List<String> falseThemes = new ArrayList<>();
            List<String> missedThemes = new ArrayList<>();
            for (String t : got) {
                int[] c = counts.computeIfAbsent(t, k -> new int[3]);
                c[1]++;
                if (want.contains(t)) {
                    c[0]++;
                } else {
                    falseThemes.add(t);
                }
            }
            for (String t : want) {
                counts.computeIfAbsent(t, k -> new int[3])[2]++;
                if (!got.contains(t)) {
                    missedThemes.add(t);
                }
            }
            if (!falseThemes.isEmpty() || !missedThemes.isEmpty()) {
                falseThemes.sort(null);
                missedThemes.sort(null);
                misses.add(new ThemeMiss(f.id(), List.copyOf(falseThemes), List.copyOf(missedThemes)));
            }
        }
        Map<String, Tally> per = new LinkedHashMap<>();
        int tp = 0;
        int pred = 0;
        int g = 0;
        for (var e : counts.entrySet()) {
            int[] c = e.getValue();
            per.put(e.getKey(), new Tally(c[0], c[1], c[2]));
            tp += c[0];
            pred += c[1];
            g += c[2];
        }
        return new ThemeScore(findings, new Tally(tp, pred, g), per, List.copyOf(misses));
    }
}

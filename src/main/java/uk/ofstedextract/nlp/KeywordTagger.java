package uk.ofstedextract.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Keywords of a finding: noun phrases found with OpenNLP's tokenizer and part-of-speech tagger,
 * folded (lower case, last word singular) so variants count together, and ranked by a TF-IDF score
 * against a background of document frequencies over Ofsted findings that the project ships
 * ({@code nlp/background-df.tsv}, built by {@code BackgroundBuilder} (a developer tool in the test sources)).
 * <p>Candidates: runs of nouns, proper nouns and adjectives ending in a noun, optionally joined by
 * "of" to a second run ("timeliness of assessments"); leading evaluative words ("good", "effective",
 * "some") are dropped; phrases on the stop list (Ofsted boilerplate such as "local authority") are
 * never keywords. Score = count in the finding × idf × (1 + 0.5 × (words − 1)), scaled so the best
 * keyword of a finding scores 1. The tagger keeps up to {@value #MAX_KEYWORDS} keywords scoring at
 * least {@value #MIN_SCORE}.
 * <p>Thread-safe: one tokenizer and tagger per thread over the shared models.
 */
public final class KeywordTagger {
    static final int MAX_KEYWORDS = 5;
    static final double MIN_SCORE = 0.25;
    private static final String BACKGROUND = "/nlp/background-df.tsv";

    private static final ThreadLocal<WordTokenizer> TOKENIZER =
            ThreadLocal.withInitial(() -> new WordTokenizer(new TokenizerME(Models.tokensFast())));
    private static final ThreadLocal<GreedyPosTagger> TAGGER =
            ThreadLocal.withInitial(() -> new GreedyPosTagger(Models.pos()));

    /** Words the tagger often mislabels as prepositions although they are nouns here ("oversight"). */
    private static final Set<String> PREPOSITIONS = Set.of("of", "in", "on", "at", "by", "for", "with", "about",
            "against", "between", "into", "through", "during", "before", "after", "above", "below", "to", "from",
            "up", "down", "over", "under", "than", "within", "without", "across", "along", "among", "around",
            "since", "until", "upon", "via", "despite", "towards", "toward", "per", "as", "like", "because", "while",
            "throughout", "alongside", "beside", "besides", "outside", "inside", "amongst", "concerning", "unless",
            "whereas", "whilst", "where", "when", "once", "though", "therefore", "however", "rather",
            "although", "if", "whether", "that", "so", "including", "following", "regarding", "beyond", "near");
    /** Leading words that say how good something is, not what it is. */
    static final Set<String> EVALUATIVE = Set.of("good", "effective", "ineffective", "strong", "weak", "poor",
            "clear", "unclear", "consistent", "inconsistent", "timely", "appropriate", "inappropriate", "sufficient",
            "insufficient", "robust", "many", "most", "some", "other", "several", "recent", "new", "further",
            "significant", "high", "low", "better", "best", "worse", "more", "less", "few", "all", "each", "every",
            "overall", "key", "wide", "broad", "positive", "negative", "improved", "improving", "increased",
            "increasing", "limited", "considerable", "excellent", "outstanding", "inadequate", "adequate",
            "satisfactory", "regular", "frequent", "prompt", "swift", "thorough", "careful", "detailed", "well",
            "very", "much", "same", "different", "particular", "specific", "current", "previous", "last", "first",
            "second", "third", "small", "large", "great", "greater", "full", "whole", "own", "such", "various",
            "additional", "initial", "ongoing", "continued", "greatest", "highest", "lowest", "strongest", "little",
            "numerous", "certain", "relevant", "necessary", "important", "real", "right", "wrong", "late",
            "recently", "notable", "meaningful", "purposeful", "skilled", "experienced", "committed", "dedicated");
    /** Phrases that are Ofsted's boilerplate or too general to say what a finding is about. */
    static final Set<String> STOP = Set.of("local authority", "authority", "child", "children", "young person",
            "young people", "people", "family", "families", "parent", "carer", "inspector", "inspection", "ofsted",
            "council", "service", "time", "way", "number", "range", "majority", "minority", "lot", "part", "area",
            "level", "use", "example", "instance", "case", "need", "work", "practice", "result", "place", "point",
            "year", "month", "week", "day", "issue", "thing", "aspect", "fact", "impact", "quality", "proportion",
            "most children", "child's", "children's", "their", "this", "that", "these", "those", "which", "who",
            "what", "it", "they", "we", "he", "she", "them", "one", "cases", "experience", "progress",
            "improvement", "support", "help", "care", "action", "plan", "decision", "member", "staff", "leader",
            "manager", "partner", "agency", "team", "worker", "social worker", "professional", "life", "lives");

    private final Map<String, Integer> documentFrequency;
    private final int documents;

    private KeywordTagger(Map<String, Integer> documentFrequency, int documents) {
        this.documentFrequency = documentFrequency;
        this.documents = documents;
    }

    private static final class DefaultHolder {
        static final KeywordTagger DEFAULT = readDefault();
    }

    public static KeywordTagger standard() {
        return DefaultHolder.DEFAULT;
    }

    /** A tagger with no background (every phrase equally rare): what {@code BackgroundBuilder} (a developer tool in the test sources) uses. */
    public static KeywordTagger withoutBackground() {
        return new KeywordTagger(Map.of(), 1);
    }

    private static KeywordTagger readDefault() {
        Map<String, Integer> df = new HashMap<>();
        int n = 1;
        try (InputStream in = KeywordTagger.class.getResourceAsStream(BACKGROUND)) {
            if (in == null) {
                return withoutBackground();
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("# documents\t")) {
                    n = Integer.parseInt(line.substring(12).trim());
                } else if (!line.startsWith("#") && !line.isBlank()) {
                    int tab = line.indexOf('\t');
                    df.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1).trim()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new KeywordTagger(Map.copyOf(df), n);
    }

    /** A candidate phrase: its folded form and the span [start, end) in the tagged text. */
    public record Candidate(String key, int start, int end) {
    }

    /** A keyword of one text: folded phrase, score in (0, 1], spans in the text. */
    public record Keyword(String keyword, double score, List<int[]> spans) {
    }

    /** Noun-phrase candidates of a text, in order. */
    public List<Candidate> candidates(String text) {
        Span[] spans = joinHyphenated(TOKENIZER.get().tokenizePos(text), text);
        String[] tokens = Span.spansToStrings(spans, text);
        String[] tags = TAGGER.get().tag(tokens);
        List<Candidate> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.length) {
            if (!nominal(tokens[i], tags[i])) {
                i++;
                continue;
            }
            int j = i;
            while (j < tokens.length && nominal(tokens[j], tags[j])) {
                j++;
            }
            // runs end in a noun: drop trailing adjectives, and a last word that acts as a verb
            // (followed by a determiner: "the service promotes the ...")
            int end = j;
            if (j < tokens.length && j - i >= 1 && tags[j].startsWith("DET")) {
                end--;
            }
            while (end > i && !noun(tokens[end - 1], tags[end - 1])) {
                end--;
            }
            int start = i;
            while (start < end && EVALUATIVE.contains(tokens[start].toLowerCase(Locale.ROOT))) {
                start++;
            }
            // a leading boilerplate phrase ("local authority promotes") says nothing about the topic
            for (int k = Math.min(end - 1, start + 2); k > start + 1; k--) {
                if (STOP.contains(key(tokens, start, k))) {
                    start = k;
                    break;
                }
            }
            if (start < end) {
                int phraseEnd = end;
                // "timeliness of assessments": one 'of' joining a second short run
                if (end == j && j + 1 < tokens.length && tokens[j].equalsIgnoreCase("of")) {
                    int k = j + 1;
                    while (k < tokens.length && nominal(tokens[k], tags[k]) && k - (j + 1) < 3) {
                        k++;
                    }
                    int k2 = k;
                    while (k2 > j + 1 && !noun(tokens[k2 - 1], tags[k2 - 1])) {
                        k2--;
                    }
                    if (k2 > j + 1 && end - start <= 2 && k2 - (j + 1) <= 2
                            && !EVALUATIVE.contains(tokens[j + 1].toLowerCase(Locale.ROOT))) {
                        // "number of children", "range of services": the quantity word is no topic
                        boolean quantity = STOP.contains(key(tokens, start, end));
                        addCandidate(out, tokens, spans, quantity ? j + 1 : start, k2);
                        j = k;
                        if (quantity) {
                            i = j;
                            continue;
                        }
                    }
                }
                addCandidate(out, tokens, spans, start, phraseEnd);
            }
            i = Math.max(j, i + 1);
        }
        return out;
    }

    /** The folded form of tokens [from, to): lower case, typographic apostrophes made ASCII, last word singular. */
    private static String key(String[] tokens, int from, int to) {
        StringBuilder key = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                key.append(' ');
            }
            String w = tokens[k].toLowerCase(Locale.ROOT).replace('’', '\'');
            key.append(k == to - 1 ? singular(w) : w);
        }
        return key.toString();
    }

    private static void addCandidate(List<Candidate> out, String[] tokens, Span[] spans, int from, int to) {
        if (to - from > 6) {
            return;
        }
        String s = key(tokens, from, to);
        if (to - from == 1 && s.endsWith("ing")) {
            return; // a lone gerund ("ensuring", "running") is an action, not a topic
        }
        if (STOP.contains(s) || s.length() < 3 || !s.matches(".*[a-z].*")) {
            return;
        }
        out.add(new Candidate(s, spans[from].getStart(), spans[to - 1].getEnd()));
    }

    /** "life-story", "long-term": a hyphen with no space either side joins its neighbours into one token. */
    static Span[] joinHyphenated(Span[] spans, String text) {
        List<Span> out = new ArrayList<>(spans.length);
        for (int k = 0; k < spans.length; k++) {
            Span cur = spans[k];
            while (k + 2 < spans.length && text.charAt(spans[k + 1].getStart()) == '-'
                    && spans[k + 1].length() == 1 && spans[k + 1].getStart() == cur.getEnd()
                    && spans[k + 2].getStart() == spans[k + 1].getEnd()) {
                cur = new Span(cur.getStart(), spans[k + 2].getEnd());
                k += 2;
            }
            out.add(cur);
        }
        return out.toArray(new Span[0]);
    }

    private static boolean nominal(String token, String tag) {
        if (!Character.isLetterOrDigit(token.charAt(0))) {
            return false;
        }
        return noun(token, tag) || tag.startsWith("ADJ");
    }

    private static boolean noun(String token, String tag) {
        if (tag.startsWith("NOUN") || tag.startsWith("PROPN")) {
            return !token.contains("'") && !token.contains("’");
        }
        // the tagger calls some nouns prepositions ("oversight/ADP"): trust the word, not the tag
        return tag.startsWith("ADP") && token.length() > 4 && !PREPOSITIONS.contains(token.toLowerCase(Locale.ROOT));
    }

    /** A word's singular: "plans" → "plan", "agencies" → "agency", "processes" → "process". */
    public static String singular(String w) {
        if (w.length() <= 3 || w.endsWith("ss") || w.endsWith("us") || w.endsWith("is") || w.endsWith("'s")) {
            return w;
        }
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("sses") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** The ranked keywords of a text. */
    public List<Keyword> keywords(String text) {
        return rank(candidates(text));
    }

    List<Keyword> rank(List<Candidate> candidates) {
        Map<String, List<int[]>> spans = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            spans.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(new int[] {c.start(), c.end()});
        }
        Map<String, Double> raw = new HashMap<>();
        double max = 0;
        for (var e : spans.entrySet()) {
            int words = e.getKey().split(" ").length;
            double s = e.getValue().size() * idf(e.getKey()) * (1 + 0.5 * (words - 1));
            raw.put(e.getKey(), s);
            max = Math.max(max, s);
        }
        List<Keyword> out = new ArrayList<>();
        for (var e : spans.entrySet()) {
            double score = max == 0 ? 0 : raw.get(e.getKey()) / max;
            if (score >= MIN_SCORE) {
                out.add(new Keyword(e.getKey(), Math.round(score * 1000) / 1000.0, e.getValue()));
            }
        }
        out.sort((a, b) -> Double.compare(b.score(), a.score()));
        return out.size() > MAX_KEYWORDS ? List.copyOf(out.subList(0, MAX_KEYWORDS)) : out;
    }

    double idf(String key) {
        int df = documentFrequency.getOrDefault(key, 0);
        return Math.log((documents + 1.0) / (df + 1.0)) + 1.0;
    }
}

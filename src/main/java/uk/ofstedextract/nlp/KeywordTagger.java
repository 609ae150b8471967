package uk.ofstedextract.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Keywords of a finding, by the rubric of {@code docs/keywords.md}: noun phrases found with OpenNLP's
 * tokenizer and part-of-speech tagger, normalised (lower case except abbreviations written in capitals,
 * the head noun singular) so variants count together, and ranked against a background of document
 * frequencies over Ofsted findings that the project ships ({@code nlp/background-df.tsv}, built by
 * {@code BackgroundBuilder}, a developer tool in the test sources).
 * <p>Candidates: runs of nouns, proper nouns and adjectives ending in a noun, within a sentence and
 * outside brackets (punctuation ends a run); a gerund after a determiner joins the run ("the leaving
 * care service"). Leading evaluative words ("good", "effective", "some") and numbers are dropped. A run
 * that is not an established phrase of the background (found in fewer than {@value #ESTABLISHED}
 * findings) is read as a likely misparse: it is cut after a plural noun that is not its last word
 * ("workers state" is a clause), and leading adjectives and participles are dropped while the rest is
 * still not established ("intense workload pressure" gives "workload pressure"). Never keywords: Ofsted
 * boilerplate ({@link Lexicon#STOP}), a bare generic head, or one with only adjectives before it that is not an
 * established phrase ({@link Lexicon#GENERIC}: "response", "responsive service"; "early help" stays), names of local authorities given with
 * {@link #withNames} and any capitalised words that run on from them.
 * <p>Abbreviations defined in the text ("multi-agency safeguarding hub (MASH)") link the two forms: the
 * keyword is the long form, with the abbreviation and the spans of both.
 * <p>Score = count in the finding × (1 + 0.5 × (words − 1)) × 2 for an established phrase, scaled so
 * the best keyword of a finding scores 1 (an idf weighting pushed the terms of the trade, "care leaver",
 * "early help", below one-off misparses, and boilerplate is stopped by {@link Lexicon#STOP} instead). The tagger keeps up to {@value #MAX_KEYWORDS} keywords scoring at least
 * {@value #MIN_SCORE}.
 * <p>Where the rules live: this class loads the background, ranks and windows long texts;
 * {@link NounPhrases} finds the candidates; {@link PhraseRules} holds the rules about English noun phrases
 * (one predicate each) and {@link Lexicon} the word lists, the terms of the trade and the normal forms.
 * <p>Thread-safe: one tokenizer and tagger per thread over the shared models.
 */
public final class KeywordTagger {
    static final int MAX_KEYWORDS = 5;
    static final double MIN_SCORE = 0.25;
    /** A phrase found in at least this many background findings is an established phrase. */
    static final int ESTABLISHED = 3;
    private static final String BACKGROUND = "/nlp/background-df.tsv";

    private final Map<String, Integer> documentFrequency;
    /** Names not to take as keywords, as token sequences, by first token. */
    private final Map<String, List<String[]>> names;
    private final NounPhrases nounPhrases;

    /** A tagger over a background; {@code names}: names not to take as keywords, as token sequences, by first token. */
    private KeywordTagger(Map<String, Integer> documentFrequency, Map<String, List<String[]>> names) {
        this(documentFrequency, names, NounPhrases.ingHeads(documentFrequency));
    }

    /** As above, with the background's "-ing" heads already read ({@link NounPhrases#ingHeads}). */
    private KeywordTagger(Map<String, Integer> documentFrequency, Map<String, List<String[]>> names,
                          java.util.Set<String> ingHeads) {
        this.documentFrequency = documentFrequency;
        this.names = names;
        this.nounPhrases = new NounPhrases(documentFrequency, names, ingHeads);
    }

    private static final class DefaultHolder {
        static final KeywordTagger DEFAULT = readDefault();
    }

    public static KeywordTagger standard() {
        return DefaultHolder.DEFAULT;
    }

    /** A tagger with no background (every phrase equally rare): what {@code BackgroundBuilder} (a developer tool in the test sources) uses. */
    public static KeywordTagger withoutBackground() {
        return new KeywordTagger(Map.of(), Map.of());
    }

    /**
     * This tagger, never taking the given names as keywords (nor capitalised words running on from them:
     * "Manchester City Council"). Names match case-sensitively, word by word.
     */
    public KeywordTagger withNames(Collection<String> givenNames) {
        Map<String, List<String[]>> index = new HashMap<>();
        for (String n : givenNames) {
            String[] words = n.trim().split("\\s+");
            if (words.length > 0 && !words[0].isEmpty()) {
                index.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
            }
        }
        // Longest first, so "Cheshire West and Chester" is matched whole before "Cheshire" alone.
        index.values().forEach(l -> l.sort(Comparator.comparingInt((String[] w) -> w.length).reversed()));
        return new KeywordTagger(documentFrequency, Map.copyOf(index), nounPhrases.ingHeads());
    }

    /**
     * This tagger for the findings of one establishment, never taking its own name as a keyword: the provider's
     * name as the report gives it (leading "The" dropped), and every shorter form of it made of its first two words
     * or more ("Hollins Park" of "Hollins Park Primary School", "Riverside Centre" of "The Riverside Centre"),
     * matched case-sensitively as written with capitals, so a lower-case "nursery" or "training" in the text stays.
     * A name of one word is already no keyword unless it is a term of the trade. Returns this tagger where there
     * is no name.
     */
    public KeywordTagger withOwnName(String providerName) {
        if (providerName == null || providerName.isBlank()) {
            return this;
        }
        List<String[]> forms = NounPhrases.nameForms(providerName);
        if (forms.isEmpty()) {
            return this;
        }
        Map<String, List<String[]>> index = new HashMap<>(names);
        for (String[] f : forms) {
            List<String[]> list = new ArrayList<>(index.getOrDefault(f[0], List.of()));
            list.add(f);
            index.put(f[0], list);
        }
        return new KeywordTagger(documentFrequency, index, nounPhrases.ingHeads());
    }

    private static KeywordTagger readDefault() {
        Map<String, Integer> df = new HashMap<>();
        try (InputStream in = KeywordTagger.class.getResourceAsStream(BACKGROUND)) {
            if (in == null) {
                return withoutBackground();
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    int tab = line.indexOf('\t');
                    df.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1).trim()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new KeywordTagger(Map.copyOf(df), Map.of());
    }

    /** A candidate phrase: its normalised form and its span in the tagged text. */
    public record Candidate(String key, uk.ofstedextract.text.Span span) {
        Candidate(String key, int start, int end) {
            this(key, new uk.ofstedextract.text.Span(start, end));
        }
    }

    /**
     * A keyword of one text: normalised phrase, the phrase as first written, the abbreviation the text
     * defines for it (or null), score in (0, 1], spans in the text.
     */
    public record Keyword(String keyword, String surface, String abbreviation, double score,
                          List<uk.ofstedextract.text.Span> spans) {
    }

    /** Noun-phrase candidates of a text, in order. */
    public List<Candidate> candidates(String text) {
        return analyse(text, WINDOW).candidates();
    }

    /** The candidates with windows of {@code window} characters (for tests: a huge one analyses the text whole). */
    List<Candidate> candidates(String text, int window) {
        return analyse(text, window).candidates();
    }

    /**
     * A text longer than this is analysed in windows of at most this many characters, each ended at a
     * sentence end or white space where there is one in its second half: tokens, tags and their features then never exist
     * for more than one window at a time. Findings are far shorter (the longest in the development
     * corpus is 4,085 characters; no blank-line paragraph of the corpus or the school reports reaches
     * 5,000), so this changes nothing for a real report. What it bounds is a hostile input of one
     * megabyte-long finding with a token at every character (nested brackets, {@code x.x.x.}): analysed
     * whole, its million tokens held the heap at 2.3 GB ({@code bench/pathological}, docs/hostile-input.md).
     */
    static final int WINDOW = 20_000;

    private NounPhrases.Analysis analyse(String text, int window) {
        if (text.length() <= window) {
            return nounPhrases.analyseWindow(text);
        }
        List<Candidate> candidates = new ArrayList<>();
        Map<String, String> abbreviations = new HashMap<>();
        for (int from = 0; from < text.length(); ) {
            int to = windowEnd(text, from, window);
            NounPhrases.Analysis a = nounPhrases.analyseWindow(text.substring(from, to));
            for (Candidate c : a.candidates()) {
                candidates.add(new Candidate(c.key(), c.span().shift(from)));
            }
            a.abbreviations().forEach(abbreviations::putIfAbsent);
            from = to;
        }
        return new NounPhrases.Analysis(candidates, abbreviations);
    }

    /**
     * Where the window starting at {@code from} ends: after the last sentence end (white space after
     * {@code . ! ?}) in its second half, else after its last white space there, else at the limit.
     */
    static int windowEnd(String text, int from, int window) {
        int limit = from + window;
        if (limit >= text.length()) {
            return text.length();
        }
        int space = -1;
        for (int i = limit; i > from + window / 2; i--) {
            if (Character.isWhitespace(text.charAt(i - 1))) {
                char before = text.charAt(i - 2);
                if (before == '.' || before == '!' || before == '?') {
                    return i;
                }
                space = space < 0 ? i : space;
            }
        }
        if (space > 0) {
            return space;
        }
        return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    }

    /** The ranked keywords of a text. */
    public List<Keyword> keywords(String text) {
        NounPhrases.Analysis a = analyse(text, WINDOW);
        return rank(a.candidates(), a.abbreviations(), text);
    }

    List<Keyword> rank(List<Candidate> candidates, Map<String, String> abbreviations, String text) {
        Map<String, List<uk.ofstedextract.text.Span>> spans = new LinkedHashMap<>();
        Map<String, String> shortForms = new HashMap<>();
        for (Candidate c : candidates) {
            String key = abbreviations.getOrDefault(c.key(), c.key());
            if (!key.equals(c.key())) {
                shortForms.put(key, c.key());
            }
            spans.computeIfAbsent(key, k -> new ArrayList<>()).add(c.span());
        }
        spans.keySet().removeIf(k -> bareHeadOfLonger(k, spans.keySet()));
        Map<String, Double> raw = new HashMap<>();
        double max = 0;
        for (var e : spans.entrySet()) {
            int words = e.getKey().split(" ").length;
            double s = e.getValue().size() * weight(e.getKey()) * (1 + 0.5 * (words - 1));
            raw.put(e.getKey(), s);
            max = Math.max(max, s);
        }
        List<Keyword> out = new ArrayList<>();
        for (var e : spans.entrySet()) {
            double score = max == 0 ? 0 : raw.get(e.getKey()) / max;
            if (score >= MIN_SCORE) {
                List<uk.ofstedextract.text.Span> where = e.getValue();
                where.sort(Comparator.comparingInt(uk.ofstedextract.text.Span::start));
                uk.ofstedextract.text.Span first = where.get(0);
                String surface = text == null ? null : text.substring(first.start(), first.end());
                out.add(new Keyword(e.getKey(), surface, shortForms.get(e.getKey()),
                        Math.round(score * 1000) / 1000.0, where));
            }
        }
        out.sort((a, b) -> Double.compare(b.score(), a.score()));
        return out.size() > MAX_KEYWORDS ? List.copyOf(out.subList(0, MAX_KEYWORDS)) : out;
    }

    /**
     * Whether a one-word key is the head of a longer key of the same text ("assessment" beside "initial
     * assessment" and "core assessment"): the bare head then most often refers back to the longer phrase, or
     * is a broader word than what the text is about, and yields to it.
     */
    static boolean bareHeadOfLonger(String key, Collection<String> keys) {
        if (key.indexOf(' ') >= 0 || Lexicon.acronym(key)) {
            return false;
        }
        String suffix = " " + key;
        for (String k : keys) {
            if (k.endsWith(suffix) && k.indexOf(',') < 0) {
                return true;
            }
        }
        return false;
    }

    /** An established phrase (a term of the trade, not a one-off parse) counts double. */
    double weight(String key) {
        return documentFrequency.getOrDefault(key.toLowerCase(Locale.ROOT), 0) >= ESTABLISHED ? 2 : 1;
    }

    /**
     * Every word sequence of a text that reads as a noun phrase, in normalised form, whatever the keyword
     * rules make of it ({@link NounPhrases#phrases}): what the background ({@code BackgroundBuilder}) counts.
     */
    public java.util.Set<String> phrases(String text) {
        return nounPhrases.phrases(text);
    }

    /** A word's singular: "plans" → "plan", "agencies" → "agency", "processes" → "process" ({@link Lexicon#singular}). */
    public static String singular(String w) {
        return Lexicon.singular(w);
    }
}

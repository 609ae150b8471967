package uk.ofstedextract.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.Version;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * The context features of the English POS model, as its feature-generator descriptor ({@code generator.featuregen} in
 * the model file) defines them, computed for {@link GreedyPosTagger} without OpenNLP's generic generators. For the token
 * at {@code i}, in OpenNLP's order:
 * <ul>
 * <li>{@code def} (the outcome prior);</li>
 * <li>{@code suf=} the token's last 1 to 4 characters, then {@code pre=} its first 1 to 4 (as many as it has);</li>
 * <li>{@code w=} the lower-cased token, then {@code p1w=}, {@code p2w=} the two before it and {@code n1w=},
 * {@code n2w=} the two after it, where the sentence has them;</li>
 * <li>{@code S=begin} at the first token, {@code p1S=begin} at the second, {@code p2S=begin} at the third;</li>
 * <li>{@code wc=} the token's class ({@code FeatureGeneratorUtil.tokenFeature}: lc, ic, ac, 2d, num, ...) and
 * {@code w&c=} the lower-cased token, a comma and its class;</li>
 * <li>{@code t=} the previous tag and {@code t2=} the two previous tags, comma-separated, where there are such.</li>
 * </ul>
 * Every feature but the last two and the sentence-begin ones depends only on one token's text, so a token's weights
 * are looked up once, when the tagger first meets the word ({@link Word}: its own features and its word feature at
 * each of the five positions of the window), and a sentence's scores are sums of weights already found, with no
 * feature name built. The feature names themselves ({@link #strings}) are built only where the tagger asks the model
 * for its probabilities (near ties). {@link #implementedBy} says whether a model's descriptor is this one (the bytes of
 * the descriptor of the OpenNLP 2.5.4 UD English model); for any other, the tagger uses OpenNLP's own generator.
 * {@code PosFeaturesTest} compares the names with OpenNLP's context generator, token by token, on the corpus's and
 * school reports' findings and the sentence suite, and the tags with {@code POSTaggerME}.
 * <p>Not thread-safe (the word cache): one per tagger.
 */
final class PosFeatures {
    /** The descriptor this class implements: its length and CRC-32 (opennlp-en-ud-ewt-pos-1.3-2.5.4). */
    private static final int DESCRIPTOR_LENGTH = 1930;
    private static final long DESCRIPTOR_CRC32 = 533081214L;
    /** Suffixes and prefixes of up to this many characters (the descriptor's generators' default). */
    private static final int AFFIX = 4;
    /** Words remembered at most; the cache starts again past it (a batch meets ever more rare words). */
    private static final int MAX_WORDS = 30_000;

    private final GisWeights weights;
    private final String[] outcomes;
    /** Feature indices ({@link GisWeights#index}, -1 for a feature the model does not have). */
    private final int def;
    private final int begin;
    private final int begin1;
    private final int begin2;
    /** {@code t=TAG} by tag index, and {@code t2=TAG,TAG} by the two indices (-2 until first used). */
    private final int[] previous;
    private final int[][] previousTwo;
    private final Map<String, Word> words = new HashMap<>();
    private Word[] sentence = new Word[64];

    /** What the model knows of one token's text. */
    private static final class Word {
        final String lower;
        final String shape;
        /** Its own features ({@code suf=}, {@code pre=}, {@code wc=}, {@code w&c=}) that the model has. */
        final int[] own;
        /** {@code w=}, {@code p1w=}, {@code p2w=}, {@code n1w=}, {@code n2w=} with this word (or -1). */
        final int w;
        final int p1;
        final int p2;
        final int n1;
        final int n2;

        Word(String token, GisWeights weights) {
            lower = lowerCase(token);
            shape = FeatureGeneratorUtil.tokenFeature(token);
            int[] found = new int[2 * AFFIX + 2];
            int n = 0;
            int affixes = Math.min(AFFIX, token.length());
            for (int k = 0; k < affixes; k++) {
                found[n] = weights.index("suf=" + token.substring(token.length() - k - 1));
                n += found[n] >= 0 ? 1 : 0;
            }
            for (int k = 0; k < affixes; k++) {
                found[n] = weights.index("pre=" + token.substring(0, k + 1));
                n += found[n] >= 0 ? 1 : 0;
            }
            found[n] = weights.index("wc=" + shape);
            n += found[n] >= 0 ? 1 : 0;
            found[n] = weights.index("w&c=" + lower + "," + shape);
            n += found[n] >= 0 ? 1 : 0;
            own = Arrays.copyOf(found, n);
            w = weights.index("w=" + lower);
            p1 = weights.index("p1w=" + lower);
            p2 = weights.index("p2w=" + lower);
            n1 = weights.index("n1w=" + lower);
            n2 = weights.index("n2w=" + lower);
        }
    }

    PosFeatures(GisWeights weights) {
        this.weights = weights;
        this.outcomes = weights.outcomes;
        def = weights.index("def");
        begin = weights.index("S=begin");
        begin1 = weights.index("p1S=begin");
        begin2 = weights.index("p2S=begin");
        previous = new int[outcomes.length];
        for (int o = 0; o < outcomes.length; o++) {
            previous[o] = weights.index("t=" + outcomes[o]);
        }
        previousTwo = new int[outcomes.length][outcomes.length];
        for (int[] row : previousTwo) {
            Arrays.fill(row, -2);
        }
    }

    /**
     * Whether this model's context generator is the one this class implements: OpenNLP's configurable generator (the
     * model's OpenNLP version 1.8 or later, the stock factory) reading exactly the descriptor above.
     */
    static boolean implementedBy(POSModel pos) {
        if (pos.getFactory() == null || pos.getFactory().getClass() != POSTaggerFactory.class) {
            return false;
        }
        Version v = pos.getVersion();
        if (v == null || v.getMajor() == 1 && v.getMinor() < 8) {
            return false;
        }
        Object descriptor = pos.getArtifact("generator.featuregen");
        if (!(descriptor instanceof byte[] bytes) || bytes.length != DESCRIPTOR_LENGTH) {
            return false;
        }
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue() == DESCRIPTOR_CRC32;
    }

    /** Looks up the words of a sentence; {@link #score} and {@link #strings} then read them. */
    void start(String[] tokens) {
        if (sentence.length < tokens.length) {
            sentence = new Word[Math.max(tokens.length, 2 * sentence.length)];
        }
        if (words.size() > MAX_WORDS) {
            words.clear();
        }
        for (int i = 0; i < tokens.length; i++) {
            Word word = words.get(tokens[i]);
            if (word == null) {
                word = new Word(tokens[i], weights);
                words.put(tokens[i], word);
            }
            sentence[i] = word;
        }
    }

    /**
     * Sums into {@code scores} (by outcome) the weights of the features of token {@code i} of the sentence given to
     * {@link #start}, of {@code n} tokens, whose tokens before {@code i} have the tags (outcome indices) {@code tags}.
     */
    void score(int i, int n, int[] tags, double[] scores) {
        Arrays.fill(scores, 0);
        Word word = sentence[i];
        weights.add(def, scores);
        for (int p : word.own) {
            weights.add(p, scores);
        }
        weights.add(word.w, scores);
        if (i >= 1) {
            weights.add(sentence[i - 1].p1, scores);
        }
        if (i >= 2) {
            weights.add(sentence[i - 2].p2, scores);
        }
        if (i + 1 < n) {
            weights.add(sentence[i + 1].n1, scores);
        }
        if (i + 2 < n) {
            weights.add(sentence[i + 2].n2, scores);
        }
        if (i == 0) {
            weights.add(begin, scores);
        } else if (i == 1) {
            weights.add(begin1, scores);
        } else if (i == 2) {
            weights.add(begin2, scores);
        }
        if (i >= 1) {
            weights.add(previous[tags[i - 1]], scores);
        }
        if (i >= 2) {
            weights.add(previousTwo(tags[i - 2], tags[i - 1]), scores);
        }
    }

    private int previousTwo(int a, int b) {
        if (previousTwo[a][b] == -2) {
            previousTwo[a][b] = weights.index("t2=" + outcomes[a] + "," + outcomes[b]);
        }
        return previousTwo[a][b];
    }

    /**
     * The feature names of token {@code i}, in OpenNLP's order, as its context generator gives them for these tokens
     * and the tags before {@code i} (for the model's own {@code eval}); after {@link #start} with the same tokens.
     */
    String[] strings(int i, String[] tokens, String[] tags) {
        String token = tokens[i];
        Word word = sentence[i];
        List<String> f = new ArrayList<>(24);
        f.add("def");
        int affixes = Math.min(AFFIX, token.length());
        for (int k = 0; k < affixes; k++) {
            f.add("suf=" + token.substring(token.length() - k - 1));
        }
        for (int k = 0; k < affixes; k++) {
            f.add("pre=" + token.substring(0, k + 1));
        }
        f.add("w=" + word.lower);
        if (i >= 1) {
            f.add("p1w=" + sentence[i - 1].lower);
        }
        if (i >= 2) {
            f.add("p2w=" + sentence[i - 2].lower);
        }
        if (i + 1 < tokens.length) {
            f.add("n1w=" + sentence[i + 1].lower);
        }
        if (i + 2 < tokens.length) {
            f.add("n2w=" + sentence[i + 2].lower);
        }
        if (i <= 2) {
            f.add(i == 0 ? "S=begin" : "p" + i + "S=begin");
        }
        f.add("wc=" + word.shape);
        f.add("w&c=" + word.lower + "," + word.shape);
        if (i >= 1) {
            f.add("t=" + tags[i - 1]);
        }
        if (i >= 2) {
            f.add("t2=" + tags[i - 2] + "," + tags[i - 1]);
        }
        return f.toArray(new String[0]);
    }

    /**
     * OpenNLP's lower case of a token ({@code StringUtil.toLowerCase}: each code point by
     * {@code Character.toLowerCase}), without its stream where the token is ASCII.
     */
    static String lowerCase(String token) {
        boolean upper = false;
        for (int k = 0; k < token.length(); k++) {
            char c = token.charAt(k);
            if (c >= 0x80) {
                return StringUtil.toLowerCase(token);
            }
            upper |= c >= 'A' && c <= 'Z';
        }
        if (!upper) {
            return token;
        }
        char[] out = token.toCharArray();
        for (int k = 0; k < out.length; k++) {
            if (out[k] >= 'A' && out[k] <= 'Z') {
                out[k] += 'a' - 'A';
            }
        }
        return new String(out);
    }
}

package uk.ofstedextract.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.tokenize.DefaultTokenContextGenerator;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * The tokenizer model's decisions on one word (a text without whitespace) made from its weights as the build stored
 * them ({@link GisWeights}), exactly as OpenNLP's {@code TokenizerME} makes them with the model of
 * {@link Models#tokensFast}: a word of one character, or of ASCII letters and digits only (the alphanumeric
 * optimisation), is one token; in any other, a token starts at each position after the first where the model's most
 * probable outcome is a split. The features of a position are those of OpenNLP's {@code DefaultTokenContextGenerator}
 * (the text before and after it, the characters on either side and their classes), built here in the same order, and
 * the outcome with the highest sum of their weights is the most probable one ({@link GisWeights#decided}); on a near
 * tie the model itself decides (read then, once). So a run reads 0.5 MB of stored weights in one read instead of
 * parsing the model (about 20 ms of CPU in a fresh JVM), and links none of the generator's string concatenations.
 * {@link #implementedBy} says whether a model is one this class decodes: a GIS model with that generator, the
 * alphanumeric optimisation on with OpenNLP's English pattern and no abbreviation dictionary (the shipped one).
 * {@code TokenSplitsTest} compares the tokens with {@code TokenizerME}'s and the feature names with the generator's
 * on every word of the samples', corpus's and school reports' findings, the sentence suite and constructed words.
 * <p>Not thread-safe (buffers): one per thread over the shared weights.
 */
final class TokenSplits {
    /** OpenNLP's outcome for "a token starts here" ({@code TokenizerME.SPLIT}). */
    private static final String SPLIT = TokenizerME.SPLIT;
    /** The alphanumeric optimisation's pattern for English ({@code opennlp.tools.tokenize.lang.Factory}). */
    private static final String ALPHANUMERIC = "^[A-Za-z0-9]+$";

    private final GisWeights weights;
    private final Supplier<TokenizerModel> model;
    /** The model's evaluation, read on the first near tie. */
    private MaxentModel maxent;
    private final int split;
    private final double[] scores;
    private final List<String> features = new ArrayList<>();
    private final StringBuilder name = new StringBuilder();

    /** Over the stored weights of a model {@link #implementedBy} this class, with what reads that model. */
    TokenSplits(GisWeights weights, Supplier<TokenizerModel> model) {
        this.weights = weights;
        this.model = model;
        this.split = Arrays.asList(weights.outcomes).indexOf(SPLIT);
        this.scores = new double[weights.outcomes.length];
        if (split < 0) {
            throw new IllegalArgumentException("not a tokenizer model's weights: no outcome " + SPLIT);
        }
    }

    /** Whether this class makes the decisions of {@code TokenizerME} over this model from its weights. */
    static boolean implementedBy(TokenizerModel m) {
        TokenizerFactory f = m.getFactory();
        MaxentModel maxent = m.getMaxentModel();
        if (!(maxent instanceof GISModel) || f == null || f.getAbbreviationDictionary() != null
                || m.getAbbreviations() != null || !f.isUseAlphaNumericOptimization()
                || !ALPHANUMERIC.equals(f.getAlphaNumericPattern().pattern())
                || f.getContextGenerator().getClass() != DefaultTokenContextGenerator.class
                || maxent.getNumOutcomes() != 2) {
            return false;
        }
        return maxent.getIndex(SPLIT) >= 0 && maxent.getIndex(TokenizerME.NO_SPLIT) >= 0;
    }

    /** The tokens of {@code word} (no whitespace in it), as {@code TokenizerME.tokenizePos} gives them. */
    Span[] tokenizePos(String word) {
        int n = word.length();
        if (n < 2 || WordTokenizer.alphanumeric(word, 0, n)) {
            return n == 0 ? new Span[0] : new Span[] {new Span(0, n)};
        }
        List<Span> out = new ArrayList<>();
        int start = 0;
        for (int j = 1; j < n; j++) {
            if (splitsAt(word, j)) {
                out.add(new Span(start, j));
                start = j;
            }
        }
        out.add(new Span(start, n));
        return out.toArray(new Span[0]);
    }

    /** Whether the model's most probable outcome at {@code index} of {@code word} is a split. */
    private boolean splitsAt(String word, int index) {
        context(word, index);
        Arrays.fill(scores, 0);
        for (String f : features) {
            weights.add(weights.index(f), scores);
        }
        int best = GisWeights.decided(scores);
        if (best < 0) {
            if (maxent == null) {
                maxent = model.get().getMaxentModel();
            }
            return maxent.getBestOutcome(maxent.eval(features.toArray(new String[0]))).equals(SPLIT);
        }
        return best == split;
    }

    /** The names of {@code DefaultTokenContextGenerator.getContext(word, index)}, in its order, into {@link #features}. */
    void context(String word, int index) {
        features.clear();
        features.add(named("p=").append(word, 0, index).toString());
        features.add(named("s=").append(word, index, word.length()).toString());
        if (index > 0) {
            characterFeatures("p1", word.charAt(index - 1));
            if (index > 1) {
                characterFeatures("p2", word.charAt(index - 2));
                features.add(named("p21=").append(word.charAt(index - 2)).append(word.charAt(index - 1)).toString());
            } else {
                features.add("p2=bok");
            }
            features.add(named("p1f1=").append(word.charAt(index - 1)).append(word.charAt(index)).toString());
        } else {
            features.add("p1=bok");
        }
        characterFeatures("f1", word.charAt(index));
        if (index + 1 < word.length()) {
            characterFeatures("f2", word.charAt(index + 1));
            features.add(named("f12=").append(word.charAt(index)).append(word.charAt(index + 1)).toString());
        } else {
            features.add("f2=bok");
        }
        if (word.charAt(0) == '&' && word.charAt(word.length() - 1) == ';') {
            features.add("cc");
        }
        // "pabb" (the word is an abbreviation the model was trained with) needs a dictionary, which the model has not
    }

    /** The context's names so far, as an array (for tests). */
    String[] features() {
        return features.toArray(new String[0]);
    }

    private StringBuilder named(String prefix) {
        name.setLength(0);
        return name.append(prefix);
    }

    /** The generator's {@code addCharPreds}: the character itself and its class. */
    private void characterFeatures(String key, char c) {
        features.add(named(key).append('=').append(c).toString());
        String kind;
        if (Character.isLetter(c)) {
            features.add(named(key).append("_alpha").toString());
            kind = Character.isUpperCase(c) ? "_caps" : null;
        } else if (Character.isDigit(c)) {
            kind = "_num";
        } else if (opennlp.tools.util.StringUtil.isWhitespace(c)) {
            kind = "_ws";
        } else if (c == '.' || c == '?' || c == '!') {
            kind = "_eos";
        } else if (c == '`' || c == '"' || c == '\'') {
            kind = "_quote";
        } else if (c == '[' || c == '{' || c == '(') {
            kind = "_lp";
        } else if (c == ']' || c == '}' || c == ')') {
            kind = "_rp";
        } else {
            kind = null;
        }
        if (kind != null) {
            features.add(named(key).append(kind).toString());
        }
    }
}

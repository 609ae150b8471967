package uk.ofstedextract.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The Apache OpenNLP English models, read once per process from the model jars on the class path
 * ({@code org.apache.opennlp:opennlp-models-*-en}); never downloaded. Models are thread-safe; the
 * tools built on them are not, so callers keep one tool per thread.
 */
public final class Models {
    /** Resource names inside the model jars, version 1.3.0 (trained for OpenNLP 2.5.4, UD English EWT). */
    public static final String SENTENCE = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    public static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    public static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    // Holder classes: each model is read on first use, once, thread-safely (class initialisation).
    private static final class SentenceHolder {
        static final SentenceModel MODEL = load(SENTENCE, SentenceModel::new);
    }

    private static final class TokenHolder {
        static final TokenizerModel MODEL = load(TOKENS, TokenizerModel::new);
    }

    private static final class PosHolder {
        static final POSModel MODEL = load(POS, POSModel::new);
    }

    /**
     * The same POS model decoded greedily (beam size 1 instead of 3): 1.6 times faster, and on the
     * corpus's ILACS reports it gave the same tag for every token (bench and note in docs/keywords.md).
     */
    private static final class GreedyPosHolder {
        static final POSModel MODEL = new POSModel("en", PosHolder.MODEL.<MaxentModel>getArtifact("pos.model"), 1,
                new HashMap<>(), PosHolder.MODEL.getFactory());
    }

    private Models() {
    }

    public static SentenceModel sentences() {
        return SentenceHolder.MODEL;
    }

    public static TokenizerModel tokens() {
        return TokenHolder.MODEL;
    }

    public static POSModel pos() {
        return PosHolder.MODEL;
    }

    /**
     * The tokenizer model with OpenNLP's alphanumeric optimisation on: a whitespace token made only of
     * letters and digits is taken as a token without asking the model. Four times faster; on the
     * corpus's ILACS reports it split 23,254 of 23,257 lines exactly as the model alone does.
     */
    private static final class FastTokenHolder {
        static final TokenizerModel MODEL = new TokenizerModel(TokenHolder.MODEL.getMaxentModel(), new HashMap<>(),
                new TokenizerFactory(TokenHolder.MODEL.getFactory().getLanguageCode(),
                        TokenHolder.MODEL.getFactory().getAbbreviationDictionary(), true, null));
    }

    /** The tokenizer model with the alphanumeric optimisation, what the keyword tagger uses. */
    public static TokenizerModel tokensFast() {
        return FastTokenHolder.MODEL;
    }

    /**
     * The POS model with greedy decoding for {@code POSTaggerME}: the stock-OpenNLP baseline of the
     * tagger benchmark and of {@code GreedyPosTaggerTest}. The keyword tagger decodes {@link #pos()}
     * itself with {@link GreedyPosTagger}.
     */
    public static POSModel posGreedy() {
        return GreedyPosHolder.MODEL;
    }

    /** The POS and tokenizer models' weights as the build stored them ({@link GisWeights}), or null where it stored none. */
    private static final class PosWeightsHolder {
        static final GisWeights WEIGHTS = readWeights(GisWeights.POS_RESOURCE, POS);
    }

    private static final class TokenWeightsHolder {
        static final GisWeights WEIGHTS = readWeights(GisWeights.TOKEN_RESOURCE, TOKENS);
    }

    /**
     * The shipped POS model's weights in the form the build stored them beside {@link GisWeights} (read in a few
     * bulk copies, without parsing the model), or null where the build stored none (a build without its build step,
     * or a model the keyword tagger cannot decode from its weights alone) or they are of another model file.
     */
    static GisWeights posWeights() {
        return PosWeightsHolder.WEIGHTS;
    }

    /** The shipped tokenizer model's weights as the build stored them, as {@link #posWeights} the POS model's. */
    static GisWeights tokenWeights() {
        return TokenWeightsHolder.WEIGHTS;
    }

    private static GisWeights readWeights(String resource, String model) {
        try (InputStream in = GisWeights.class.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            GisWeights w = GisWeights.read(in);
            return w.model.equals(model) ? w : null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * Reads what the keyword tagger's POS tagging needs, once per process: the stored weights ({@link #posWeights}),
     * or the POS model where there are none.
     */
    public static void warmUpPosTagging() {
        if (posWeights() == null) {
            pos();
        }
    }

    /**
     * Reads what the keyword tagger's tokenizer needs, once per process: the stored weights ({@link #tokenWeights}),
     * or the tokenizer model where there are none.
     */
    public static void warmUpTokenizing() {
        if (tokenWeights() == null) {
            tokensFast();
        }
    }

    private interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T load(String name, Reader<T> reader) {
        try (InputStream in = Models.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + name + " is not on the class path");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model " + name, e);
        }
    }
}

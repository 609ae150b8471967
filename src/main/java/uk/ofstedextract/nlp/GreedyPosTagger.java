package uk.ofstedextract.nlp;

import java.util.Arrays;
import java.util.function.Supplier;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's POS model decoded greedily, left to right: each token takes the model's most probable
 * tag that the model's sequence validator allows, given the tags chosen before it. This is what
 * {@code POSTaggerME} does with a beam of one, without the beam's bookkeeping (a sort of the tag
 * scores and a heap for every token): the same context features, the same model, the same tags
 * ({@code GreedyPosTaggerTest} checks them against {@code POSTaggerME} on the samples' findings).
 *
 * <p>Choosing the best tag needs no probabilities: a maxent model's probability of a tag is
 * {@code exp(score) / Z} with the same {@code Z} for every tag, so the tag with the highest summed
 * feature weight is the most probable one. The tagger sums the weights itself and skips the
 * {@code exp} and normalisation of every tag that {@code GISModel.eval} does (half the time of
 * tagging). Where two tags' scores are so close that rounding in {@code exp} could order them
 * differently, and where the best tag is not allowed, it asks the model for its probabilities as
 * before, so the tags are the same to the last bit.
 *
 * <p>The context features are computed by {@link PosFeatures} where it implements the model's feature-generator
 * descriptor (the English model the tool ships): a word's weights are looked up once and each token's scores summed
 * from them, without building the feature names OpenNLP's generic generators build for every token (nor reading their
 * XML descriptor when the tagger is made). For any other model, OpenNLP's own context generator.
 * Not thread-safe (the context generator caches features): one per thread over the shared model.
 */
final class GreedyPosTagger {
    /** The model, or where the tagger was made from stored weights, what reads it on a near tie ({@link #model()}). */
    private MaxentModel model;
    private final Supplier<POSModel> pos;
    /** OpenNLP's context generator, where {@link PosFeatures} does not implement the model's (else null). */
    private final POSContextGenerator contexts;
    /** The model's features computed by our own code, where it implements the model's descriptor (else null). */
    private final PosFeatures features;
    /** The model's sequence validator, or null where it allows every tag (a model without a tag dictionary). */
    private final SequenceValidator<String> validator;
    /** The model's feature weights, or null where the model is not a GIS maxent model. */
    private final GisWeights weights;
    private final String[] outcomes;
    private final double[] scores;

    /**
     * The keyword tagger's: from the weights the build stored ({@link Models#posWeights}), the model itself read
     * only on a near tie; from the model where the build stored none.
     */
    static GreedyPosTagger standard() {
        GisWeights stored = Models.posWeights();
        return stored != null ? new GreedyPosTagger(stored, Models::pos) : new GreedyPosTagger(Models.pos());
    }

    /** Over stored weights of a model {@link GisWeights#decodable} from them, with what reads that model. */
    private GreedyPosTagger(GisWeights weights, Supplier<POSModel> pos) {
        this.pos = pos;
        this.weights = weights;
        this.outcomes = weights.outcomes;
        this.scores = new double[outcomes.length];
        this.features = new PosFeatures(weights);
        this.contexts = null;
        this.validator = null;
    }

    GreedyPosTagger(POSModel pos) {
        this(pos, true);
    }

    /** With {@code ownFeatures} false, always OpenNLP's context generator (for tests). */
    GreedyPosTagger(POSModel pos, boolean ownFeatures) {
        this.model = pos.getArtifact("pos.model");
        this.pos = () -> pos;
        this.validator = pos.getFactory().getSequenceValidator();
        this.weights = model instanceof GISModel gis ? GisWeights.of("", gis) : null;
        this.outcomes = new String[model.getNumOutcomes()];
        for (int o = 0; o < outcomes.length; o++) {
            outcomes[o] = model.getOutcome(o);
        }
        this.scores = new double[outcomes.length];
        this.features = ownFeatures && weights != null && PosFeatures.implementedBy(pos) ? new PosFeatures(weights) : null;
        this.contexts = features == null ? pos.getFactory().getPOSContextGenerator(1) : null;
    }

    private MaxentModel model() {
        if (model == null) {
            model = pos.get().getArtifact("pos.model");
        }
        return model;
    }

    private boolean valid(int i, String[] tokens, String[] tags, int outcome) {
        return validator == null || validator.validSequence(i, tokens, tags, outcomes[outcome]);
    }

    /**
     * The index of the highest-scoring tag for these features, or -1 where the summed weights cannot
     * decide it exactly as the model's probabilities would (no weights, or a near tie).
     */
    private int bestByWeights(String[] features) {
        if (weights == null) {
            return -1;
        }
        Arrays.fill(scores, 0);
        for (String f : features) {
            weights.add(weights.index(f), scores);
        }
        return decided();
    }

    /** The best of {@link #scores}, or -1 where the sums cannot decide it ({@link GisWeights#decided}). */
    private int decided() {
        return GisWeights.decided(scores);
    }

    String[] tag(String[] tokens) {
        // the tags so far: the context generator and validator read only those before token i, so the
        // array is passed whole rather than copied for each token (which would be quadratic in length)
        String[] tags = new String[tokens.length];
        int[] tagIndex = new int[tokens.length];
        if (this.features != null) {
            this.features.start(tokens);
        }
        for (int i = 0; i < tokens.length; i++) {
            String[] features = null;
            int best;
            if (this.features != null) {
                this.features.score(i, tokens.length, tagIndex, this.scores);
                best = decided();
            } else {
                features = contexts.getContext(i, tokens, tags, null);
                best = bestByWeights(features);
            }
            if (best >= 0 && valid(i, tokens, tags, best)) {
                tags[i] = outcomes[best];
                tagIndex[i] = best;
                continue;
            }
            if (features == null) {
                features = this.features.strings(i, tokens, tags);
            }
            double[] scores = model().eval(features);
            best = GisWeights.best(scores);
            if (!valid(i, tokens, tags, best)) {
                best = -1; // the best tag is not allowed here: the best one that is
                for (int o = 0; o < scores.length; o++) {
                    if ((best < 0 || scores[o] > scores[best]) && valid(i, tokens, tags, o)) {
                        best = o;
                    }
                }
                if (best < 0) {
                    throw new IllegalStateException("no tag is valid for token " + i + ": " + tokens[i]);
                }
            }
            tags[i] = outcomes[best];
            tagIndex[i] = best;
        }
        return tags;
    }

    /**
     * What the model learnt of a word as a verb, from its own word feature ({@code w=word}, the lower-case
     * form): 1 where the feature's weight for VERB is positive (the word was seen as a verb: "address",
     * "work", "means"), -1 where the model knows the word but not as a verb ("records", "advice", "plans"
     * weighs against VERB), 0 where the model has no feature for the word (rare words: "practise", "relies")
     * or no weights to read.
     */
    int verbEvidence(String word) {
        int p = weights == null ? -1 : weights.index("w=" + word);
        if (p < 0) {
            return 0;
        }
        int[] ids = weights.outcomes(p);
        double[] params = weights.parameters(p);
        for (int k = 0; k < ids.length; k++) {
            if (outcomes[ids[k]].equals("VERB")) {
                return params[k] > 0 ? 1 : -1;
            }
        }
        return -1;
    }
}

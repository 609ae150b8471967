package uk.ofstedextract.nlp;

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
 * Not thread-safe (the context generator caches features): one per thread over the shared model.
 */
final class GreedyPosTagger {
    private final MaxentModel model;
    private final POSContextGenerator contexts;
    private final SequenceValidator<String> validator;

    GreedyPosTagger(POSModel pos) {
        this.model = pos.getArtifact("pos.model");
        this.contexts = pos.getFactory().getPOSContextGenerator(1);
        this.validator = pos.getFactory().getSequenceValidator();
    }

    String[] tag(String[] tokens) {
        // the tags so far: the context generator and validator read only those before token i, so the
        // array is passed whole rather than copied for each token (which would be quadratic in length)
        String[] tags = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            double[] scores = model.eval(contexts.getContext(i, tokens, tags, null));
            int best = 0;
            for (int o = 1; o < scores.length; o++) {
                if (scores[o] > scores[best]) {
                    best = o;
                }
            }
            if (!validator.validSequence(i, tokens, tags, model.getOutcome(best))) {
                best = -1; // the best tag is not allowed here: the best one that is
                for (int o = 0; o < scores.length; o++) {
                    if ((best < 0 || scores[o] > scores[best])
                            && validator.validSequence(i, tokens, tags, model.getOutcome(o))) {
                        best = o;
                    }
                }
                if (best < 0) {
                    throw new IllegalStateException("no tag is valid for token " + i + ": " + tokens[i]);
                }
            }
            tags[i] = model.getOutcome(best);
        }
        return tags;
    }
}

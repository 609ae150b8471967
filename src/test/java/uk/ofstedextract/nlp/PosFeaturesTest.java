package uk.ofstedextract.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Our computation of the POS model's context features ({@link PosFeatures}) gives exactly OpenNLP's: the feature names
 * token by token against the model's own context generator, the summed weights against the weights of those names,
 * and the tags of {@link GreedyPosTagger} against {@code POSTaggerME} with a beam of one, on the findings of the
 * samples, of every corpus report and school report (when ../shared is beside the clone, as in CI), the constructed
 * school texts, the sentence suite's general English and tokens made to reach every token class.
 */
class PosFeaturesTest {
    private static final POSModel POS = Models.pos();
    private static final WordTokenizer TOKENS = new WordTokenizer(new TokenizerME(Models.tokensFast()));
    /** Token sequences, one a finding or text. */
    private static List<String[]> sentences;

    /** Tokens of every class OpenNLP's {@code tokenFeature} knows, and other scripts, cases and surrogate pairs. */
    private static final List<String[]> CONSTRUCTED = List.of(
            new String[] {"The", "E.", "U.S.A", "12", "1,000", "3-4", "a/b", "x1", "ABC", "A", "Élan", "naïve", "—",
                    "'s", "1999", "2.5", "3,5", "12/05", "07-08", "123", "Ä.", "ǅemal", "İstanbul", "ΣΊΣΥΦΟΣ"},
            new String[] {"ひらがな", "カタカナ", "漢字", "ﾊﾝｶｸ", "ー", "😀", "a😀", "𝐀𝐁", "Ｆｕｌｌ", "x\u0301", "ß", "ẞ"},
            new String[] {"a"}, new String[] {"."}, new String[] {"I", "am"},
            new String[] {"Plans", "plans", "PLANS", "pLaNs", "plans.", "plan's", "re-plan", "ab", "b", "", " "});

    @BeforeAll
    static void texts() throws Exception {
        List<String> texts = FindingTexts.all();
        sentences = new ArrayList<>(CONSTRUCTED);
        for (String text : texts) {
            sentences.add(Span.spansToStrings(TOKENS.tokenizePos(text), text));
        }
    }

    @Test
    void theShippedModelIsTheOneImplemented() {
        assertTrue(PosFeatures.implementedBy(POS));
    }

    @Test
    void sameFeaturesAsOpenNlpTokenByToken() {
        Map<String, Context> weights = weights();
        String[] outcomes = outcomes();
        Map<String, Integer> index = new HashMap<>();
        for (int o = 0; o < outcomes.length; o++) {
            index.put(outcomes[o], o);
        }
        POSTaggerME opennlp = new POSTaggerME(Models.posGreedy());
        // the weights the build stored, summed by our code, against the names' weights in the model's own map
        assertNotNull(Models.posWeights(), "the build stores the POS weights (" + GisWeights.POS_RESOURCE + ")");
        PosFeatures ours = new PosFeatures(Models.posWeights());
        double[] scores = new double[outcomes.length];
        double[] want = new double[outcomes.length];
        // one generator for all: it caches features by token array and index, and each array is a new one here
        POSContextGenerator theirs = POS.getFactory().getPOSContextGenerator(0);
        long tokens = 0;
        for (String[] t : sentences) {
            String[] tags = opennlp.tag(t);
            int[] tagIndex = new int[t.length];
            for (int i = 0; i < t.length; i++) {
                tagIndex[i] = index.get(tags[i]);
            }
            ours.start(t);
            for (int i = 0; i < t.length; i++) {
                // the names, in OpenNLP's order (what the model's own eval is given on a near tie)
                String[] names = theirs.getContext(i, t, tags, null);
                assertArrayEquals(names, ours.strings(i, t, tags), () -> String.join(" ", t));
                // the scores: the sums of those names' weights
                java.util.Arrays.fill(want, 0);
                for (String f : names) {
                    Context c = weights.get(f);
                    for (int k = 0; c != null && k < c.getOutcomes().length; k++) {
                        want[c.getOutcomes()[k]] += c.getParameters()[k];
                    }
                }
                ours.score(i, t.length, tagIndex, scores);
                for (int o = 0; o < outcomes.length; o++) {
                    if (Math.abs(want[o] - scores[o]) > 1e-12 * Math.max(1, Math.abs(want[o]))) {
                        assertEquals(want[o], scores[o], "token " + i + " tag " + outcomes[o] + ": " + String.join(" ", t));
                    }
                }
            }
            tokens += t.length;
        }
        assertTrue(tokens > (FindingTexts.withCorpus() ? 1_000_000 : 50_000),
                tokens + " tokens compared");
    }

    @Test
    void sameTagsAsPosTaggerMe() {
        POSTaggerME opennlp = new POSTaggerME(Models.posGreedy());
        GreedyPosTagger stored = GreedyPosTagger.standard();
        GreedyPosTagger fromModel = new GreedyPosTagger(POS);
        for (int s = 0; s < sentences.size(); s++) {
            String[] t = sentences.get(s);
            String[] want = opennlp.tag(t);
            assertArrayEquals(want, stored.tag(t), () -> String.join(" ", t));
            if (s < 2000) { // the same code over the model's own weights (GisWeightsTest: the same weights)
                assertArrayEquals(want, fromModel.tag(t), () -> String.join(" ", t));
            }
        }
    }

    @Test
    void anotherDescriptorGoesToOpenNlpsGenerator() throws Exception {
        // the same model with a narrower window for the words after the token: not the descriptor implemented
        String descriptor = new String((byte[]) POS.getArtifact("generator.featuregen"), StandardCharsets.UTF_8);
        String narrower = descriptor.replaceFirst("<int name=\"nextLength\">2</int>", "<int name=\"nextLength\">1</int>");
        assertFalse(narrower.equals(descriptor));
        POSModel other = new POSModel("en", POS.<MaxentModel>getArtifact("pos.model"), 1, new HashMap<>(),
                new POSTaggerFactory(narrower.getBytes(StandardCharsets.UTF_8), new HashMap<>(), null));
        assertFalse(PosFeatures.implementedBy(other));
        POSTaggerME opennlp = new POSTaggerME(other);
        GreedyPosTagger greedy = new GreedyPosTagger(other);
        GreedyPosTagger shipped = GreedyPosTagger.standard();
        int differ = 0;
        for (String[] t : sentences.subList(0, Math.min(2000, sentences.size()))) {
            String[] tags = greedy.tag(t);
            assertArrayEquals(opennlp.tag(t), tags, () -> String.join(" ", t));
            differ += java.util.Arrays.equals(tags, shipped.tag(t)) ? 0 : 1;
        }
        assertTrue(differ > 0, "the narrower window changed no tag: the test would not see the wrong features");
    }

    @Test
    void openNlpsGeneratorOnRequestGivesTheSameTags() {
        GreedyPosTagger own = new GreedyPosTagger(POS);
        GreedyPosTagger stock = new GreedyPosTagger(POS, false);
        for (String[] t : sentences.subList(0, Math.min(2000, sentences.size()))) {
            assertArrayEquals(stock.tag(t), own.tag(t), () -> String.join(" ", t));
        }
    }

    @Test
    void lowerCaseIsOpenNlps() {
        for (String[] t : sentences.subList(0, Math.min(3000, sentences.size()))) {
            for (String token : t) {
                assertEquals(StringUtil.toLowerCase(token), PosFeatures.lowerCase(token));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Context> weights() {
        return (Map<String, Context>) ((GISModel) POS.<MaxentModel>getArtifact("pos.model")).getDataStructures()[1];
    }

    private static String[] outcomes() {
        MaxentModel m = POS.getArtifact("pos.model");
        String[] out = new String[m.getNumOutcomes()];
        for (int o = 0; o < out.length; o++) {
            out[o] = m.getOutcome(o);
        }
        return out;
    }
}

package uk.ofstedextract.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import org.junit.jupiter.api.Test;

/**
 * The POS and tokenizer weights the build stores are the shipped models', bit for bit, and are found by name as in
 * their maps.
 */
class GisWeightsTest {
    private static final GISModel POS = (GISModel) Models.pos().<MaxentModel>getArtifact("pos.model");
    private static final GISModel TOKENS = (GISModel) Models.tokensFast().getMaxentModel();

    @SuppressWarnings("unchecked")
    private static void assertSameAsTheModel(GISModel gis, GisWeights w) {
        Map<String, Context> map = (Map<String, Context>) gis.getDataStructures()[1];
        String[] outcomes = new String[gis.getNumOutcomes()];
        for (int o = 0; o < outcomes.length; o++) {
            outcomes[o] = gis.getOutcome(o);
        }
        assertArrayEquals(outcomes, w.outcomes);
        assertEquals(map.size(), w.size());
        for (Map.Entry<String, Context> e : map.entrySet()) {
            int p = w.index(e.getKey());
            assertTrue(p >= 0, e.getKey());
            assertEquals(e.getKey(), w.name(p));
            assertArrayEquals(e.getValue().getOutcomes(), w.outcomes(p), e.getKey());
            // bit for bit, not within a tolerance
            assertArrayEquals(Arrays.stream(e.getValue().getParameters()).mapToLong(Double::doubleToRawLongBits).toArray(),
                    Arrays.stream(w.parameters(p)).mapToLong(Double::doubleToRawLongBits).toArray(), e.getKey());
        }
        for (String absent : List.of("", "w=", "def ", "w=qqzzqqzz", "DEF", "t=NOUN,NOUN", "suf=\u00e9\u00e9\u00e9\u00e9",
                "p=", "s=qqzzqqzz", "f1=\u00e9", "p1=bok ")) {
            assertEquals(map.containsKey(absent), w.index(absent) >= 0, absent);
        }
    }

    /** The weights the build stored as {@code resource}: present, of {@code modelName}, equal to {@code gis}'s. */
    private static void assertStored(GisWeights stored, String resource, String modelName, GISModel gis) {
        assertNotNull(stored, "the build stores " + resource);
        assertEquals(modelName, stored.model);
        assertSameAsTheModel(gis, stored);
    }

    @Test
    void theStoredPosWeightsAreTheShippedModels() {
        assertTrue(GisWeights.decodable(Models.pos()));
        assertStored(Models.posWeights(), GisWeights.POS_RESOURCE, Models.POS, POS);
    }

    @Test
    void theStoredTokenizerWeightsAreTheShippedModels() {
        assertTrue(TokenSplits.implementedBy(Models.tokensFast()));
        assertStored(Models.tokenWeights(), GisWeights.TOKEN_RESOURCE, Models.TOKENS, TOKENS);
    }

    @Test
    void writtenAndReadBackTheyAreTheModels() throws Exception {
        for (GISModel gis : List.of(POS, TOKENS)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            GisWeights.of("a model", gis).write(out);
            GisWeights back = GisWeights.read(new ByteArrayInputStream(out.toByteArray()));
            assertEquals("a model", back.model);
            assertSameAsTheModel(gis, back);
        }
    }

    @Test
    void theBestIsTheFirstHighestAndANearTieIsLeftToTheModel() {
        assertEquals(1, GisWeights.best(new double[] {0.5, 2.0, 2.0}));
        assertEquals(1, GisWeights.decided(new double[] {0.5, 2.0, -1.0}));
        assertEquals(-1, GisWeights.decided(new double[] {0.5, 2.0, 2.0}));
        assertEquals(-1, GisWeights.decided(new double[] {2.0, 2.0 + 1e-12}));
        assertEquals(1, GisWeights.decided(new double[] {2.0, 2.0 + 1e-6}));
    }
}

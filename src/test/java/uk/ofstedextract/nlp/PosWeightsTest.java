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

/** The POS weights the build stores are the shipped model's, bit for bit, and are found by name as in its map. */
class PosWeightsTest {
    private static final GISModel GIS = (GISModel) Models.pos().<MaxentModel>getArtifact("pos.model");

    @SuppressWarnings("unchecked")
    private static void assertSameAsTheModel(PosWeights w) {
        Map<String, Context> map = (Map<String, Context>) GIS.getDataStructures()[1];
        String[] outcomes = new String[GIS.getNumOutcomes()];
        for (int o = 0; o < outcomes.length; o++) {
            outcomes[o] = GIS.getOutcome(o);
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
        for (String absent : List.of("", "w=", "def ", "w=qqzzqqzz", "DEF", "t=NOUN,NOUN", "suf=\u00e9\u00e9\u00e9\u00e9")) {
            assertEquals(map.containsKey(absent), w.index(absent) >= 0, absent);
        }
    }

    @Test
    void theStoredWeightsAreTheShippedModels() {
        PosWeights stored = Models.posWeights();
        assertNotNull(stored, "the build stores the POS weights (" + PosWeights.RESOURCE + ")");
        assertEquals(Models.POS, stored.model);
        assertTrue(PosWeights.decodable(Models.pos()));
        assertSameAsTheModel(stored);
    }

    @Test
    void writtenAndReadBackTheyAreTheModels() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PosWeights.of("a model", GIS).write(out);
        PosWeights back = PosWeights.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals("a model", back.model);
        assertSameAsTheModel(back);
    }
}

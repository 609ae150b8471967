package uk.ofstedextract.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** The greedy decoder gives exactly the tags of OpenNLP's own tagger with a beam of one. */
class GreedyPosTaggerTest {
    private static final POSTaggerME OPENNLP = new POSTaggerME(Models.posGreedy());
    private static final GreedyPosTagger GREEDY = new GreedyPosTagger(Models.pos());
    private static final WordTokenizer TOKENS = new WordTokenizer(new TokenizerME(Models.tokensFast()));

    private static String[] tokens(String text) {
        return Span.spansToStrings(TOKENS.tokenizePos(text), text);
    }

    @Test
    void sameTagsAsPosTaggerMeOnConstructedText() {
        for (String text : List.of("The local authority should improve the timeliness of assessments.",
                "Managers deal with it; they promote good practice (e.g. audits).", "Plans", "",
                "Children\u2019s social workers visit children regularly, and see them alone.")) {
            String[] t = tokens(text);
            assertArrayEquals(OPENNLP.tag(t), GREEDY.tag(t), text);
        }
    }

    @Test
    void sameTagsAsPosTaggerMeOnEverySampleFinding() throws Exception {
        int tokens = 0;
        for (String text : SampleFindings.texts()) {
            String[] t = tokens(text);
            assertArrayEquals(OPENNLP.tag(t), GREEDY.tag(t), text);
            tokens += t.length;
        }
        assertTrue(tokens > 5000, tokens + " tokens compared");
    }
}

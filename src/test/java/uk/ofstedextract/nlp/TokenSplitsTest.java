package uk.ofstedextract.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.tokenize.DefaultTokenContextGenerator;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;
import opennlp.tools.util.StringUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The tokenizer's decisions made from the stored weights ({@link TokenSplits}) are OpenNLP's {@code TokenizerME}'s over
 * the model, word by word, and the features it computes are the names of OpenNLP's {@code DefaultTokenContextGenerator},
 * position by position, on every whitespace-separated word of the findings of the samples, the corpus and the school
 * reports, the sentence suite's texts and constructed words (brackets, quotes, digits, other scripts, '&amp;...;').
 */
class TokenSplitsTest {
    private static final TokenizerModel MODEL = Models.tokensFast();
    /** Every distinct whitespace-separated word of the texts, in order of first appearance. */
    private static List<String> words;

    private static final List<String> CONSTRUCTED = List.of("e.g.", "(CCG),", "children's", "‘front", "door’",
            "well-being.", "1,000", "3.5%", "&amp;", "&#39;", "a&b;", "U.S.A.", "[sic]", "{x}", "`quoted'", "\"so\"",
            "Ofsted’s", "pupils’", "x\u0301y.", "Élan,", "naïve.", "ΣΊΣΥΦΟΣ,", "漢字。", "😀!", "a😀b", "𝐀𝐁.", "Ｆｕｌｌ.",
            "ab", "a.", ".a", "..", "?!", "(", "((a))", "a/b/c", "http://www.gov.uk/ofsted", "email@example.com",
            "2019/20", "£1.2m", "10-15%", "Year-7", "KS2:", "3rd.", "I'm", "can't", "o'clock", "rock'n'roll");

    @BeforeAll
    static void words() throws Exception {
        Set<String> seen = new LinkedHashSet<>(CONSTRUCTED);
        for (String text : FindingTexts.all()) {
            int i = 0;
            int n = text.length();
            while (i < n) {
                while (i < n && StringUtil.isWhitespace(text.charAt(i))) {
                    i++;
                }
                int j = i;
                while (j < n && !StringUtil.isWhitespace(text.charAt(j))) {
                    j++;
                }
                if (j > i) {
                    seen.add(text.substring(i, j));
                }
                i = j;
            }
        }
        words = new ArrayList<>(seen);
    }

    @Test
    void theShippedModelIsTheOneImplemented() {
        assertTrue(TokenSplits.implementedBy(MODEL));
        assertNotNull(Models.tokenWeights(), "the build stores the tokenizer weights (" + GisWeights.TOKEN_RESOURCE + ")");
    }

    @Test
    void sameTokensAsTokenizerMe() {
        TokenizerME opennlp = new TokenizerME(MODEL);
        TokenSplits stored = new TokenSplits(Models.tokenWeights(), Models::tokensFast);
        int split = 0;
        for (String w : words) {
            Span[] want = opennlp.tokenizePos(w);
            assertArrayEquals(want, stored.tokenizePos(w), w);
            split += want.length > 1 ? 1 : 0;
        }
        assertTrue(words.size() > (FindingTexts.withCorpus() ? 20_000 : 2_000), words.size() + " words compared");
        assertTrue(split > 1_000, split + " words split by the model");
    }

    @Test
    void sameFeaturesAsOpenNlpPositionByPosition() {
        DefaultTokenContextGenerator opennlp = new DefaultTokenContextGenerator();
        TokenSplits ours = new TokenSplits(Models.tokenWeights(), Models::tokensFast);
        long positions = 0;
        for (String w : words) {
            for (int j = 1; j < w.length(); j++) {
                ours.context(w, j);
                assertArrayEquals(opennlp.getContext(w, j), ours.features(), w + " at " + j);
                positions++;
            }
        }
        assertTrue(positions > (FindingTexts.withCorpus() ? 150_000 : 10_000), positions + " positions compared");
    }

    @Test
    void aModelWithAnAbbreviationDictionaryIsNotImplemented() {
        Dictionary abbreviations = new Dictionary();
        abbreviations.put(new StringList("e.g."));
        TokenizerModel withDictionary = new TokenizerModel(MODEL.getMaxentModel(), new java.util.HashMap<>(),
                new TokenizerFactory("en", abbreviations, true, null));
        assertFalse(TokenSplits.implementedBy(withDictionary));
        TokenizerModel withoutOptimisation = new TokenizerModel(MODEL.getMaxentModel(), new java.util.HashMap<>(),
                new TokenizerFactory("en", null, false, null));
        assertFalse(TokenSplits.implementedBy(withoutOptimisation));
    }
}

package uk.ofstedextract.nlp;

import java.util.List;
import uk.ofstedextract.Extractor;
import uk.ofstedextract.metadata.LocalAuthorities;

/** The keywords the pipeline's tagger gives a sentence, as normalised forms in rank order: for the keyword rule tests. */
final class KeywordTexts {
    private static final KeywordTagger TAGGER = Extractor.keywordTagger(LocalAuthorities.load());

    private KeywordTexts() {
    }

    static List<String> keywords(String text) {
        return TAGGER.keywords(text).stream().map(KeywordTagger.Keyword::keyword).toList();
    }
}

package uk.ofstedextract.nlp;

import java.util.List;
import uk.ofstedextract.text.AlignedText;

/** The themes each shipped codebook gives a sentence, tagged as a finding's text alone: for the theme rule tests. */
final class ThemeTexts {
    private static final ThemeTagger CS = new ThemeTagger(Codebook.standard());
    private static final ThemeTagger SCHOOLS = new ThemeTagger(Codebook.shipped("schools"));

    private ThemeTexts() {
    }

    /** The children's services (default) codebook's themes. */
    static List<String> cs(String text) {
        return CS.tag(AlignedText.identity(text)).themes();
    }

    /** The school codebook's themes. */
    static List<String> school(String text) {
        return SCHOOLS.tag(AlignedText.identity(text)).themes();
    }
}

package uk.ofstedextract.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One finding: a bullet, a list item or an evaluative paragraph, with its category, the heading and
 * judgement of the section it sits in, its text (breaks joined, marks removed) and its span.
 */
@JsonPropertyOrder({"index", "category", "heading", "number", "judgement", "text", "start", "end",
    "sentences", "keywords", "keywordSpans", "themes", "themeEvidence"})
public record Finding(int index, String category, String heading, Integer number, String judgement,
                      String text, int start, int end, List<Sentence> sentences, List<String> keywords,
                      List<KeywordSpan> keywordSpans, List<String> themes, List<ThemeEvidence> themeEvidence) {
    public Finding {
        sentences = List.copyOf(sentences);
        keywords = List.copyOf(keywords);
        keywordSpans = List.copyOf(keywordSpans);
        themes = List.copyOf(themes);
        themeEvidence = List.copyOf(themeEvidence);
    }
}

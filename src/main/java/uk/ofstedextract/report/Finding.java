package uk.ofstedextract.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import uk.ofstedextract.text.Span;

/**
 * One finding: a bullet, a list item or an evaluative paragraph, with its category, the heading and
 * judgement of the section it sits in, its text (breaks joined, marks removed) and its span (written as
 * "start" and "end").
 */
@JsonPropertyOrder({"index", "category", "heading", "number", "judgement", "text", "span",
    "sentences", "keywords", "keywordSpans", "themes", "themeEvidence"})
public record Finding(int index, String category, String heading, Integer number, String judgement,
                      String text, @JsonUnwrapped Span span, List<Sentence> sentences, List<String> keywords,
                      List<KeywordSpan> keywordSpans, List<String> themes, List<ThemeEvidence> themeEvidence) {
    public Finding {
        sentences = List.copyOf(sentences);
        keywords = List.copyOf(keywords);
        keywordSpans = List.copyOf(keywordSpans);
        themes = List.copyOf(themes);
        themeEvidence = List.copyOf(themeEvidence);
    }
}

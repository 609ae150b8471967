package uk.ofstedextract.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ofstedextract.text.Span;

/** A finding longer than {@link KeywordTagger#WINDOW} is analysed window by window. */
class KeywordWindowsTest {
    private static final KeywordTagger TAGGER = KeywordTagger.standard();
    private static final String SENTENCE = "The multi-agency safeguarding hub (MASH) shares information with "
            + "the police, and care leavers receive timely support from personal advisers. ";

    @Test
    void windowsGiveTheCandidatesOfTheWholeTextExceptJustAfterAWindowsStart() {
        int w = 2_000; // a small window, so the text analysed whole stays quick
        String text = SENTENCE.repeat(w * 4 / SENTENCE.length()).strip();
        List<KeywordTagger.Candidate> whole = TAGGER.candidates(text, Integer.MAX_VALUE);
        List<KeywordTagger.Candidate> windowed = TAGGER.candidates(text, w);
        List<Integer> starts = new ArrayList<>();
        for (int from = 0; from < text.length(); from = KeywordTagger.windowEnd(text, from, w)) {
            starts.add(from);
        }
        assertTrue(starts.size() >= 4, "several windows: " + starts);
        for (int s : starts) {
            assertTrue(s == 0 || text.startsWith(". ", s - 2), "windows start after a sentence end: " + s);
        }
        // the tagger reads two words back, so only a window's first words may be tagged otherwise
        List<KeywordTagger.Candidate> onlyWhole = new ArrayList<>(whole);
        onlyWhole.removeAll(windowed);
        List<KeywordTagger.Candidate> onlyWindowed = new ArrayList<>(windowed);
        onlyWindowed.removeAll(whole);
        for (KeywordTagger.Candidate c : concat(onlyWhole, onlyWindowed)) {
            assertTrue(starts.stream().anyMatch(s -> s > 0 && c.span().start() >= s && c.span().start() < s + SENTENCE.length()),
                    "a difference away from a window's first sentence: " + c + " (windows " + starts + ")");
        }
        assertTrue(whole.size() - onlyWhole.size() >= whole.size() * 9 / 10, "almost all the same: "
                + onlyWhole.size() + " of " + whole.size() + " differ");
        for (KeywordTagger.Candidate c : windowed) {
            assertTrue(c.span().start() < c.span().end() && c.span().end() <= text.length(), "span inside the text: " + c);
        }
    }

    @Test
    void aLongFindingsKeywordsPointIntoTheWholeText() {
        String text = SENTENCE.repeat(KeywordTagger.WINDOW * 2 / SENTENCE.length()).strip();
        assertTrue(text.length() > KeywordTagger.WINDOW);
        List<KeywordTagger.Keyword> keywords = TAGGER.keywords(text);
        KeywordTagger.Keyword leavers = keywords.stream().filter(k -> k.keyword().equals("care leaver"))
                .findFirst().orElseThrow(() -> new AssertionError(keywords.toString()));
        for (Span span : leavers.spans()) {
            assertEquals("care leavers", text.substring(span.start(), span.end()));
        }
        assertTrue(leavers.spans().get(leavers.spans().size() - 1).start() > KeywordTagger.WINDOW,
                "the last window's phrases too");
    }

    @Test
    void aWindowEndsAfterASentenceEndOrWhiteSpaceInItsSecondHalfOrAtTheLimit() {
        int w = 1_000;
        String spaced = "x".repeat(w - 10) + " " + "y".repeat(w);
        assertEquals(w - 9, KeywordTagger.windowEnd(spaced, 0, w), "after the space");
        String sentences = "x".repeat(w - 100) + ". Then " + "y".repeat(2 * w);
        assertEquals(w - 98, KeywordTagger.windowEnd(sentences, 0, w), "after the sentence end, not a later space");
        String early = "x".repeat(10) + " " + "y".repeat(2 * w);
        assertEquals(w, KeywordTagger.windowEnd(early, 0, w), "white space only in the first half: cut at the limit");
        String brackets = "(".repeat(w - 1) + "\uD83D\uDE00" + ")".repeat(w);
        assertEquals(w - 1, KeywordTagger.windowEnd(brackets, 0, w), "a surrogate pair is not split");
        assertEquals(spaced.length(), KeywordTagger.windowEnd(spaced, spaced.length() - 5, w));
    }

    private static List<KeywordTagger.Candidate> concat(List<KeywordTagger.Candidate> a,
                                                        List<KeywordTagger.Candidate> b) {
        List<KeywordTagger.Candidate> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}

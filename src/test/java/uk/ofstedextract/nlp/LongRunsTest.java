package uk.ofstedextract.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ofstedextract.text.Span;

/** Long runs without whitespace keep the sentence detector linear; ordinary text is left alone. */
class LongRunsTest {
    private static final LongRuns RUNS = new LongRuns(Models.sentences());

    @Test
    void ordinaryTextIsPassedThroughUnchanged() {
        String text = "See www.gov.uk/government/publications/working-together-to-safeguard-children. It is e.g. "
                + "the guide. Why? Because!";
        assertSame(text, RUNS.mask(text));
    }

    @Test
    void inALongRunOnlyTheLastEnderStays() {
        String run = "x.".repeat(200) + "y?";
        String text = "Plans are late. " + run + " Next one.";
        String masked = RUNS.mask(text).toString();
        assertEquals(text.length(), masked.length());
        assertEquals("Plans are late. " + "x_".repeat(200) + "y? Next one.", masked);
    }

    @Test
    void sentencesOfALongDottedRunComeQuickly() {
        // 64 KB of "x." took 85 s before: the detector looked ahead to the next space from every full stop
        String text = "Plans are late. " + "x.".repeat(100_000) + " Leaders know this.";
        List<Span> spans = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> new OpenNlpSentenceSplitter().split(text));
        assertTrue(spans.size() >= 2 && spans.size() <= 3, spans.toString());
        assertEquals("Plans are late.", text.substring(spans.get(0).start(), spans.get(0).end()));
        Span last = spans.get(spans.size() - 1);
        assertTrue(text.substring(last.start(), last.end()).endsWith("Leaders know this."));
    }
}

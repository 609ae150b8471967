package uk.ofstedextract.text;

import java.util.List;

/**
 * The input decoded to Unicode, byte-order mark dropped: the text every offset in the output
 * indexes. {@code notes} says what the decoder had to guess (charset fallbacks).
 */
public record Decoded(String text, String charset, List<String> notes) {
    public Decoded {
        notes = List.copyOf(notes);
    }
}

package uk.ofstedextract.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordScannerTest {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}]+)?");

    private static List<String> byRegex(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            out.add(m.start() + "-" + m.end());
        }
        return out;
    }

    private static List<String> byScanner(String s) {
        List<String> out = new ArrayList<>();
        for (int k = WordScanner.next(s, 0); k >= 0; ) {
            int e = WordScanner.end(s, k);
            out.add(k + "-" + e);
            k = WordScanner.next(s, e);
        }
        return out;
    }

    @Test
    void readsWordsAsTheRegexDoes() {
        assertEquals(List.of("0-7", "8-12", "14-17", "18-22"), byScanner("child's 2019, ½'s x2'y"));
        for (String s : List.of("", "...", "a", "child's", "child'", "'s", "o'2", "it's2", "ｆｕｌｌ－ｗｉｄｔｈ",
                "naïve café", "Ⅻ ² ١٢", "\uD835\uDC00\uD835\uDC01's \uD835\uDFCE", "\uD800 lone", "a'b'c")) {
            assertEquals(byRegex(s), byScanner(s), s);
        }
    }

    @Test
    void readsRandomTextAsTheRegexDoes() {
        String alphabet = "ab Z9'’.-,é½Ⅻ\u0663\u00A0\uD835\uDC00\uD800\u0301";
        Random r = new Random(42);
        for (int t = 0; t < 20_000; t++) {
            StringBuilder b = new StringBuilder();
            for (int k = r.nextInt(30); k > 0; k--) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String s = b.toString();
            assertEquals(byRegex(s), byScanner(s), s);
        }
    }
}

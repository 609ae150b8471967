package uk.ofstedextract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LiteralSetTest {
    @Test
    void findsEachLiteralTheTextContainsAndNoOther() {
        LiteralSet set = LiteralSet.of(List.of("child", "children", "hild", "staff", " of ", "s.", "e", "’s"));
        LiteralSet.Found f = set.scan("the children’s staff");
        assertTrue(f.contains("child"));
        assertTrue(f.contains("children"));
        assertTrue(f.contains("hild")); // a suffix of a longer literal found on its way
        assertTrue(f.contains("staff")); // at the very end
        assertTrue(f.contains("e"));
        assertTrue(f.contains("’s")); // a character beyond Latin-1
        assertFalse(f.contains(" of "));
        assertFalse(f.contains("s."));
        assertThrows(IllegalArgumentException.class, () -> f.contains("plan"));
        // by number, as by name
        assertTrue(f.contains(set.id("children")));
        assertTrue(f.contains(set.id("e"))); // a short literal, asked of the text
        assertFalse(f.contains(set.id(" of ")));
        assertFalse(f.contains(set.id("s.")));
        assertThrows(IllegalArgumentException.class, () -> set.id("plan"));
        assertThrows(IllegalArgumentException.class, () -> f.contains(-1));
        assertThrows(IllegalArgumentException.class, () -> f.contains(8));
    }

    @Test
    void overlappingLiteralsAreAllFound() {
        LiteralSet set = LiteralSet.of(List.of("aab", "ab", "abab", "bab", "aaa"));
        LiteralSet.Found f = set.scan("xaabab");
        assertTrue(f.contains("aab"));
        assertTrue(f.contains("ab"));
        assertTrue(f.contains("abab"));
        assertTrue(f.contains("bab"));
        assertFalse(f.contains("aaa"));
    }

    /** Property: contains(l) is text.contains(l), for random literal sets and texts over a small alphabet (seeded). */
    @Test
    void agreesWithStringContains() {
        Random random = new Random(20261201);
        String alphabet = "abc ’.";
        int checked = 0;
        for (int n = 0; n < 500; n++) {
            List<String> literals = new ArrayList<>();
            for (int k = random.nextInt(12); k >= 0; k--) {
                literals.add(random(random, alphabet, 1 + random.nextInt(5)));
            }
            LiteralSet set = LiteralSet.of(literals);
            for (int t = 0; t < 20; t++) {
                String text = random(random, alphabet + "xyz", random.nextInt(30));
                LiteralSet.Found f = set.scan(text);
                for (String l : literals) {
                    assertEquals(text.contains(l), f.contains(l), "'" + l + "' in '" + text + "' of " + literals);
                    checked++;
                }
            }
        }
        assertTrue(checked > 10000, checked + " checks");
    }

    private static String random(Random random, String alphabet, int length) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < length; k++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}

package uk.ofstedextract.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a word broken at a line end with a hyphen is one word ("assess-" + "ment" is
 * "assessment", the hyphen only the typesetter's) or a compound that keeps its hyphen
 * ("multi-" + "agency"). The joined word must be in the word list {@code text/words.txt}, built
 * from the reports' own vocabulary by {@code tools/build_words.py}: words seen at least twice and
 * more often than any hyphenated spelling of them.
 */
public final class Hyphenation {
    private static final Set<String> WORDS = load();

    private Hyphenation() {
    }

    /** True when {@code left} and {@code right} (the letters either side of a line-end hyphen) make a listed word. */
    public static boolean joinsToWord(CharSequence left, CharSequence right) {
        if (left.length() == 0 || right.length() == 0) {
            return false;
        }
        return WORDS.contains((left.toString() + right).toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = Hyphenation.class.getResourceAsStream("/text/words.txt")) {
            if (in == null) {
                throw new IllegalStateException("the word list text/words.txt is missing from the jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    words.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}

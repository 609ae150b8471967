package uk.ofstedextract.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Abbreviations that end in a full stop, by how they behave at a sentence boundary
 * ({@code nlp/abbreviations.tsv}, written from English style guides' lists). Dotted initialisms
 * ("U.K.", "Ph.D.", "a.m.") are one class without a list; a word in capitals ("ADM") is an acronym, not
 * an abbreviation.
 */
final class Abbreviations {
    /** How an abbreviation behaves before a capital letter (see the resource file's header). */
    enum Kind { TITLE, INNER, NUMBER, FINAL, SUFFIX, UNIT, DATE, INITIALISM }

    private static final Map<String, Kind> KINDS = load();
    private static final Pattern INITIALISM = Pattern.compile("(?:[A-Za-z]{1,3}\\.)+[A-Za-z]{1,3}");

    private Abbreviations() {
    }

    /** The kind of {@code word} (the letters before a full stop, internal stops kept), or null for a plain word. */
    static Kind kindOf(String word) {
        if (word.length() > 1 && word.chars().allMatch(Character::isUpperCase)) {
            return null; // an acronym in capitals ("ADM", "HMI") is a word, not a title such as "Adm."
        }
        Kind k = KINDS.get(word.toLowerCase(Locale.ROOT));
        if (k == null && word.length() <= 24 && word.indexOf('.') > 0 && INITIALISM.matcher(word).matches()) {
            return Kind.INITIALISM;
        }
        return k;
    }

    /**
     * The kind of a listed abbreviation written in capitals ("NO", "ST", "P.M"), for text written all in
     * capitals, where a capitalised word is no evidence of an acronym; null for a word not on the list.
     */
    static Kind kindInCapitals(String word) {
        return KINDS.get(word.toLowerCase(Locale.ROOT));
    }

    /** A title abbreviation ("Mr", "Dr"), in any case. */
    static boolean isTitle(String word) {
        return KINDS.get(word.toLowerCase(Locale.ROOT)) == Kind.TITLE;
    }

    private static Map<String, Kind> load() {
        Map<String, Kind> kinds = new HashMap<>();
        try (InputStream in = Abbreviations.class.getResourceAsStream("/nlp/abbreviations.tsv")) {
            if (in == null) {
                throw new IllegalStateException("nlp/abbreviations.tsv is missing from the jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 2) {
                    throw new IllegalStateException("nlp/abbreviations.tsv: bad line: " + line);
                }
                kinds.put(f[0], Kind.valueOf(f[1].toUpperCase(Locale.ROOT)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(kinds);
    }
}

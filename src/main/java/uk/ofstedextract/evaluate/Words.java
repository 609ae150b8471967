package uk.ofstedextract.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The scorer's words: runs of {@code [a-z0-9]} in the lower-cased text ({@code score.py}'s {@code words}). */
public final class Words {
    private static final Pattern WORD = Pattern.compile("[a-z0-9]+");

    private Words() {
    }

    public static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** The words joined by single spaces ({@code score.py}'s {@code norm} of a string). */
    public static String norm(String text) {
        return String.join(" ", of(text));
    }

    /** {@code score.py}'s {@code similarity}: difflib's ratio over the words; 1.0 when both have none. */
    public static double similarity(String a, String b) {
        return similarity(of(a), of(b));
    }

    public static double similarity(List<String> a, List<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1.0;
        }
        return DiffLib.ratio(a, b);
    }
}

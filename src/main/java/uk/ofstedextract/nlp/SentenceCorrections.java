package uk.ofstedextract.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule layer over the OpenNLP sentence model. Each rule is small and named:
 * <ol>
 * <li><b>merge</b> a boundary the model put after an abbreviation, a title, an initial, a number
 * such as "No." or "para.", or inside "a.m.", "e.g.", a decimal or a dotted date, when the next
 * sentence does not start like a new sentence;</li>
 * <li><b>split</b> at line-start bullets, at a heading line (a short line without final punctuation
 * followed by a line break), and after ". ? !" (with closing quotes or brackets) followed by white
 * space and a capital letter where the model missed it and the word before is no abbreviation.</li>
 * </ol>
 */
public final class SentenceCorrections {
    /** Words that end with a full stop without ending a sentence (lower case, without the stop). */
    static final Set<String> ABBREVIATIONS = Set.of(
            "e.g", "eg", "i.e", "ie", "etc", "approx", "no", "nos", "dr", "mr", "mrs", "ms", "st", "cllr", "para",
            "paras", "cf", "vs", "v", "prof", "rev", "hon", "gov", "fig", "figs", "vol", "p", "pp", "ch", "sec",
            "s", "ss", "art", "op", "ed", "eds", "est", "inc", "ltd", "co", "dept", "jan", "feb", "mar", "apr",
            "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat",
            "sun", "a.m", "p.m", "am", "pm", "n.b", "nb", "viz", "al", "et al", "ibid", "incl", "max", "min",
            "govt", "assoc", "univ", "jr", "sr", "hmi");
    /** Abbreviations that are always followed by more of the same sentence, even before a capital. */
    static final Set<String> TITLES = Set.of("dr", "mr", "mrs", "ms", "st", "cllr", "prof", "rev", "hon", "no",
            "nos", "para", "paras", "p", "pp", "fig", "figs", "vol", "sec", "s", "ss", "art", "cf", "vs", "v");
    /** Abbreviations that end a sentence when a capital follows. */
    static final Set<String> SENTENCE_FINAL_OK = Set.of("etc", "a.m", "p.m", "am", "pm", "al", "ltd", "inc", "co");

    private static final Pattern WORD_BEFORE_DOT = Pattern.compile("([A-Za-z](?:[A-Za-z.]*[A-Za-z])?)\\.$");
    private static final Pattern BULLET = Pattern.compile("\\n[ \\t]*(?:[-•▪◼●◦*]|o(?=\\s))\\s+");

    private SentenceCorrections() {
    }

    static List<SentenceSplitter.Span> apply(CharSequence text, List<SentenceSplitter.Span> spans) {
        List<SentenceSplitter.Span> merged = merge(text, spans);
        List<SentenceSplitter.Span> out = new ArrayList<>();
        for (SentenceSplitter.Span s : merged) {
            splitInto(text, s, out);
        }
        return out;
    }

    private static List<SentenceSplitter.Span> merge(CharSequence text, List<SentenceSplitter.Span> spans) {
        List<SentenceSplitter.Span> out = new ArrayList<>();
        for (SentenceSplitter.Span s : spans) {
            if (!out.isEmpty()) {
                SentenceSplitter.Span prev = out.get(out.size() - 1);
                if (shouldMerge(text, prev, s)) {
                    out.set(out.size() - 1, new SentenceSplitter.Span(prev.start(), s.end()));
                    continue;
                }
            }
            out.add(s);
        }
        return out;
    }

    private static boolean shouldMerge(CharSequence text, SentenceSplitter.Span prev, SentenceSplitter.Span next) {
        String gap = text.subSequence(prev.end(), next.start()).toString();
        if (gap.contains("\n") && isLineStartBullet(text, next.start())) {
            return false;
        }
        String before = text.subSequence(Math.max(prev.start(), prev.end() - 40), prev.end()).toString();
        char last = before.charAt(before.length() - 1);
        char first = text.charAt(next.start());
        if (last != '.') {
            return false;
        }
        // decimals, dotted dates and versions: "3." + "5%" or "1.4." + "2010"
        if (Character.isDigit(first) && before.length() >= 2 && Character.isDigit(before.charAt(before.length() - 2))
                && gap.isEmpty()) {
            return true;
        }
        Matcher m = WORD_BEFORE_DOT.matcher(before);
        if (!m.find()) {
            return false;
        }
        String word = m.group(1);
        String key = word.toLowerCase(Locale.ROOT);
        // a single capital letter: an initial ("J. Smith")
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0)) && Character.isUpperCase(first)) {
            return !gap.contains("\n");
        }
        if (word.matches("(?:[A-Za-z]\\.)+[A-Za-z]")) {
            // dotted abbreviation such as e.g, i.e, a.m, J.R.R
            if (Character.isLowerCase(first) || Character.isDigit(first) || first == '(') {
                return true;
            }
            return !SENTENCE_FINAL_OK.contains(key) && Character.isUpperCase(word.charAt(0))
                    && word.length() <= 5 && !gap.contains("\n");
        }
        if (!ABBREVIATIONS.contains(key)) {
            return false;
        }
        if (TITLES.contains(key) && (key.equals("no") || key.equals("nos"))) {
            // "No. 5" is a number; "there were no." ending a sentence is not
            return Character.isDigit(first) && Character.isUpperCase(word.charAt(0));
        }
        if (TITLES.contains(key) && !key.equals("s") && !key.equals("v")) {
            return Character.isUpperCase(word.charAt(0)) || Character.isDigit(first) || Character.isLowerCase(first);
        }
        return Character.isLowerCase(first) || Character.isDigit(first)
                || (!SENTENCE_FINAL_OK.contains(key) && first == '(');
    }

    private static boolean isLineStartBullet(CharSequence text, int pos) {
        char c = text.charAt(pos);
        return c == '-' || c == '•' || c == '▪' || c == '◼' || c == '●' || c == '◦' || c == '*';
    }

    /** Splits a span further at bullets, heading lines and missed sentence ends. */
    private static void splitInto(CharSequence text, SentenceSplitter.Span span, List<SentenceSplitter.Span> out) {
        int start = span.start();
        String s = text.subSequence(span.start(), span.end()).toString();
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int cut = -1;
            if (c == '\n' && i > from) {
                String line = s.substring(from, i).strip();
                Matcher b = BULLET.matcher(s);
                boolean bulletNext = b.find(i) && b.start() == i;
                if (bulletNext || isHeadingLine(line, s, i) || endsSentence(line) && nextStartsUpper(s, i)) {
                    cut = i;
                }
            } else if ((c == '.' || c == '?' || c == '!') && i + 1 < s.length()) {
                int j = i + 1;
                while (j < s.length() && "\"'’”)]".indexOf(s.charAt(j)) >= 0) {
                    j++;
                }
                if (j < s.length() && s.charAt(j) == ' ' && j + 1 < s.length()
                        && Character.isUpperCase(s.charAt(j + 1)) && (c != '.' || !abbreviationBefore(s, i))) {
                    cut = j;
                }
            }
            if (cut > from) {
                SentenceSplitter.Span t = OpenNlpSentenceSplitter.trim(text, start + from, start + cut);
                if (t != null) {
                    out.add(t);
                }
                from = cut;
            }
        }
        SentenceSplitter.Span t = OpenNlpSentenceSplitter.trim(text, start + from, span.end());
        if (t != null) {
            out.add(t);
        }
    }

    private static boolean abbreviationBefore(String s, int dot) {
        int k = dot;
        while (k > 0 && (Character.isLetter(s.charAt(k - 1)) || s.charAt(k - 1) == '.')) {
            k--;
        }
        String word = s.substring(k, dot);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial
        }
        String key = word.toLowerCase(Locale.ROOT);
        if (SENTENCE_FINAL_OK.contains(key)) {
            return false;
        }
        return ABBREVIATIONS.contains(key) || word.matches("(?:[A-Za-z]\\.)+[A-Za-z]");
    }

    private static boolean isHeadingLine(String line, String s, int newline) {
        if (line.isEmpty() || line.length() > 80 || endsSentence(line) || line.endsWith(",")
                || line.endsWith(";") || line.endsWith(":")) {
            return false;
        }
        // a heading is followed by a blank line or by a new paragraph starting with a capital
        int j = newline + 1;
        boolean blank = false;
        while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '\n' || s.charAt(j) == '\f')) {
            blank |= s.charAt(j) == '\n' || s.charAt(j) == '\f';
            j++;
        }
        return blank && j < s.length() && Character.isUpperCase(s.charAt(j)) && Character.isUpperCase(line.charAt(0));
    }

    private static boolean endsSentence(String line) {
        String t = line.replaceAll("[\"'’”)\\]]+$", "");
        return !t.isEmpty() && ".?!".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    private static boolean nextStartsUpper(String s, int newline) {
        int j = newline + 1;
        while (j < s.length() && Character.isWhitespace(s.charAt(j))) {
            j++;
        }
        return j < s.length() && Character.isUpperCase(s.charAt(j));
    }
}

package uk.ofstedextract.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.ofstedextract.report.GradeScale;

/**
 * The rule layer over the OpenNLP sentence model, measured on our own hard-case suite
 * ({@code src/test/resources/sentences}). Each rule is small and named.
 * <p><b>Merge</b> two of the model's sentences when the first cannot end there:
 * <ul>
 * <li>it ends without final punctuation and the next starts on the same line (the model split inside
 * "0.5 FTE"), or across a page break whose text continues in lower case;</li>
 * <li>the next starts in lower case or with a digit on the same line ("you?” during", "c. 200");</li>
 * <li>it ends with an abbreviation that never ends a sentence (e.g., i.e., titles such as Dr. or Cllr.,
 * "No." before a number), or with an initial before a capital ("J. Smith").</li>
 * </ul>
 * <p><b>Split</b> a sentence further at a line-start bullet; after a line that is a heading (short, no
 * final punctuation, followed by a capital); after a bullet line without punctuation followed by a
 * capital; and after ". ? !" (with closing quotes, brackets or a glued footnote number) followed by a
 * capital where the model missed it and the word before is no abbreviation.
 * <p><b>Trim</b> a bullet glyph from the start of a sentence.
 */
public final class SentenceCorrections {
    /** Words that end with a full stop without ending a sentence (lower case, without the stop). */
    static final Set<String> ABBREVIATIONS = Set.of(
            "e.g", "eg", "i.e", "ie", "etc", "approx", "no", "nos", "dr", "mr", "mrs", "ms", "st", "cllr", "para",
            "paras", "cf", "vs", "v", "prof", "rev", "hon", "gov", "fig", "figs", "vol", "p", "pp", "ch", "sec",
            "s", "ss", "art", "op", "ed", "eds", "est", "inc", "ltd", "co", "dept", "jan", "feb", "mar", "apr",
            "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat",
            "sun", "a.m", "p.m", "am", "pm", "n.b", "nb", "viz", "al", "ibid", "incl", "max", "min", "c", "ca",
            "govt", "assoc", "univ", "jr", "sr", "hmi");
    /** Abbreviations that are always followed by more of the same sentence. */
    static final Set<String> NEVER_FINAL = Set.of("e.g", "eg", "i.e", "ie", "viz", "cf", "dr", "mr", "mrs", "ms",
            "st", "cllr", "prof", "rev", "hon", "vs", "para", "paras", "pp", "fig", "figs", "vol", "approx", "c",
            "ca", "incl");
    /** Abbreviations that end a sentence when a capital follows. */
    static final Set<String> SENTENCE_FINAL_OK = Set.of("etc", "a.m", "p.m", "am", "pm", "al", "ltd", "inc", "co");
    static final String BULLETS = "-–•▪◼●◦*■□➢►\uF06E\uF0B7\uF0A7";

    private static final Pattern STATED_GRADE = Pattern.compile(
            "(?i):\\s*(" + GradeScale.words(" ") + ")$");
    private static final Pattern WORD_BEFORE_DOT = Pattern.compile("([A-Za-z](?:[A-Za-z.]*[A-Za-z])?)\\.$");

    private SentenceCorrections() {
    }

    static List<SentenceSplitter.Span> apply(CharSequence text, List<SentenceSplitter.Span> spans) {
        List<SentenceSplitter.Span> merged = new ArrayList<>();
        for (SentenceSplitter.Span s : spans) {
            if (!merged.isEmpty() && shouldMerge(text, merged.get(merged.size() - 1), s)) {
                SentenceSplitter.Span prev = merged.remove(merged.size() - 1);
                merged.add(new SentenceSplitter.Span(prev.start(), s.end()));
            } else {
                merged.add(s);
            }
        }
        List<SentenceSplitter.Span> out = new ArrayList<>();
        int longest = longestLine(text);
        for (SentenceSplitter.Span s : merged) {
            splitInto(text, s, out, longest);
        }
        return out;
    }

    private static boolean shouldMerge(CharSequence text, SentenceSplitter.Span prev, SentenceSplitter.Span next) {
        String gap = text.subSequence(prev.end(), next.start()).toString();
        boolean newline = gap.indexOf('\n') >= 0 || gap.indexOf('\f') >= 0;
        char first = text.charAt(next.start());
        if (newline && BULLETS.indexOf(first) >= 0) {
            return false;
        }
        String before = text.subSequence(Math.max(prev.start(), prev.end() - 40), prev.end()).toString();
        char last = before.charAt(before.length() - 1);
        boolean finalPunct = ".?!:;\"'’”)]".indexOf(last) >= 0 || Character.isDigit(last) && footnoteAfterStop(before);
        if (!finalPunct) {
            if (!newline) {
                return true; // nothing ends a sentence here
            }
            if (continuesAfterPageBreak(text, next)) {
                return true;
            }
        }
        if (!newline && Character.isLowerCase(first) && before.matches("(?s).*[?!][\"'’”)]*$")) {
            return true; // "what matters to you?” during every visit"
        }
        if (last != '.') {
            return false;
        }
        Matcher m = WORD_BEFORE_DOT.matcher(before);
        if (!m.find()) {
            return false;
        }
        String word = m.group(1);
        String key = word.toLowerCase(Locale.ROOT);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0)) && Character.isUpperCase(first)) {
            return !newline; // an initial ("J. Smith")
        }
        if (key.equals("no") || key.equals("nos")) {
            return Character.isDigit(first) && Character.isUpperCase(word.charAt(0));
        }
        if (NEVER_FINAL.contains(key)) {
            return !newline || Character.isLowerCase(first);
        }
        if (word.matches("(?:[A-Z]\\.)+[A-Z]") && Character.isUpperCase(first)) {
            return !newline; // run-together initials ("J.R.R. Tolkien")
        }
        if (ABBREVIATIONS.contains(key)) {
            return !newline && (Character.isLowerCase(first)
                    || Character.isDigit(first) && !SENTENCE_FINAL_OK.contains(key));
        }
        return false;
    }

    /** A page break ({@code \f}) inside the next span, after which the text goes on in lower case. */
    private static boolean continuesAfterPageBreak(CharSequence text, SentenceSplitter.Span next) {
        return continuesAfterPageBreak(text, next.start(), next.end());
    }

    private static boolean continuesAfterPageBreak(String text, int from) {
        return continuesAfterPageBreak(text, from, Math.min(text.length(), from + 400));
    }

    private static boolean continuesAfterPageBreak(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\f') {
                int j = i + 1;
                while (j < to && Character.isWhitespace(text.charAt(j))) {
                    j++;
                }
                return j < to && Character.isLowerCase(text.charAt(j));
            }
            if (c == '.' || c == '?' || c == '!') {
                return false;
            }
        }
        return false;
    }

    /** "placements.2": a footnote number glued after a full stop. */
    private static boolean footnoteAfterStop(String s) {
        return s.matches("(?s).*[a-z]\\.\\d{1,2}$");
    }

    /** Splits a span further at bullets, heading lines and missed sentence ends; trims bullet glyphs. */
    private static void splitInto(CharSequence text, SentenceSplitter.Span span, List<SentenceSplitter.Span> out,
                                  int longest) {
        int start = span.start();
        String s = text.subSequence(span.start(), span.end()).toString();
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int cut = -1;
            if (c == '\n' && i > from) {
                int lineStart = s.lastIndexOf('\n', i - 1) + 1;
                String line = s.substring(Math.max(lineStart, from), i).strip();
                int j = i + 1;
                while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
                    j++;
                }
                boolean bulletNext = j + 1 < s.length() && BULLETS.indexOf(s.charAt(j)) >= 0
                        && Character.isWhitespace(s.charAt(j + 1));
                boolean upperNext = nextStartsUpper(s, i);
                boolean bulletLine = !line.isEmpty() && BULLETS.indexOf(line.charAt(0)) >= 0;
                if (!continuesAfterPageBreak(s, i) && (bulletNext
                        || upperNext && endsSentence(line)
                        || upperNext && !endsOpen(line) && (bulletLine || isHeadingLine(line, longest)))) {
                    cut = i;
                }
            } else if (c == '.' || c == '?' || c == '!') {
                int j = i + 1;
                while (j < s.length() && "\"'’”)]".indexOf(s.charAt(j)) >= 0) {
                    j++;
                }
                if (c == '.' && j < s.length() && Character.isDigit(s.charAt(j)) && i > 0
                        && Character.isLetter(s.charAt(i - 1))) {
                    int k = j;
                    while (k < s.length() && Character.isDigit(s.charAt(k))) {
                        k++;
                    }
                    if (k - j <= 2) {
                        j = k; // a footnote number glued after the stop
                    }
                }
                if (j + 1 < s.length() && s.charAt(j) == ' ' && Character.isUpperCase(s.charAt(j + 1))
                        && (c != '.' || !abbreviationBefore(s, i))) {
                    cut = j;
                }
            }
            if (cut > from) {
                add(text, start + from, start + cut, out);
                from = cut;
            }
        }
        add(text, start + from, span.end(), out);
    }

    private static void add(CharSequence text, int from, int to, List<SentenceSplitter.Span> out) {
        SentenceSplitter.Span t = OpenNlpSentenceSplitter.trim(text, from, to);
        if (t == null) {
            return;
        }
        int a = t.start();
        if (BULLETS.indexOf(text.charAt(a)) >= 0 && a + 1 < t.end() && Character.isWhitespace(text.charAt(a + 1))) {
            t = OpenNlpSentenceSplitter.trim(text, a + 1, t.end());
        }
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
        return NEVER_FINAL.contains(key) || word.matches("(?:[A-Za-z]\\.)+[A-Za-z]");
    }

    /** A heading line: short against the text's longest line, capitalised, without final punctuation. */
    private static boolean isHeadingLine(String line, int longest) {
        if (STATED_GRADE.matcher(line).find()) {
            return true; // "The experiences and progress of children in care: good"
        }
        return !line.isEmpty() && line.length() <= 100 && line.length() <= longest * 0.75
                && !endsSentence(line) && !line.endsWith(",") && !line.endsWith(";") && !line.endsWith(":");
    }

    /** A line that stops where a sentence cannot: after a comma, a hyphen or a joining word. */
    private static boolean endsOpen(String line) {
        if (line.isEmpty()) {
            return true;
        }
        char last = line.charAt(line.length() - 1);
        if (",;-–(".indexOf(last) >= 0) {
            return true;
        }
        String w = line.substring(line.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return Set.of("and", "or", "the", "of", "to", "a", "an", "in", "for", "with", "by", "on", "at", "that", "is",
                "are", "be", "their", "this", "as", "from", "not").contains(w);
    }

    private static int longestLine(CharSequence text) {
        int longest = 0;
        int cur = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\f') {
                longest = Math.max(longest, cur);
                cur = 0;
            } else {
                cur++;
            }
        }
        return Math.max(longest, cur);
    }

    private static boolean endsSentence(String line) {
        String t = line.replaceAll("[\"'’”)\\]]+$", "").replaceAll("(?<=[a-z][.?!])\\d{1,2}$", "");
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

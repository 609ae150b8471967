package uk.ofstedextract.nlp;

import java.util.Locale;

/**
 * Sentences that end inside a line without final punctuation, for {@link SentenceCorrections}: after an emoticon
 * (":)", ":-(", ";)"), an emoji, or a web address ("https://…", "www.…") that stands as its sentence's last word
 * before a capital ("That made my day :-) See you", "at https://example.org/apply Fill it in"). Before lower case
 * the sentence goes on ("I passed :) and so did"), and an address goes on before a day or month ("www.example.org
 * Monday to Friday"). Each test starts at one character and looks at the token it opens.
 */
final class UnpunctuatedEnds {
    private static final String EYES = ":;";
    private static final String MOUTHS = ")(DPp";

    private UnpunctuatedEnds() {
    }

    /**
     * Where a sentence ends after the token at {@code i} (its end, before the white space), or -1: {@code i} is
     * the emoticon's eyes, an address's "://" colon or "www." start, or an emoji's first character.
     */
    static int endAfter(String text, int i) {
        char c = text.charAt(i);
        int end;
        if (c == ':' && text.startsWith("//", i + 1)) {
            return scheme(text, i) ? addressEnd(text, i) : -1;
        }
        if (c == 'w' && text.startsWith("www.", i) && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
            return addressEnd(text, i);
        }
        if (EYES.indexOf(c) >= 0) {
            if (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
                return -1; // "ratio 3:1", "Note:)": eyes open a token of their own
            }
            int k = i + 1;
            if (k < text.length() && text.charAt(k) == '-') {
                k++;
            }
            if (k >= text.length() || MOUTHS.indexOf(text.charAt(k)) < 0) {
                return -1;
            }
            end = k + 1;
            return (end == text.length() || Character.isWhitespace(text.charAt(end))) && beforeCapital(text, end, false)
                    ? end : -1;
        }
        if (Character.isHighSurrogate(c) && isEmoji(text.codePointAt(i))
                && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
            end = i;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                int cp = text.codePointAt(end);
                if (!isEmoji(cp) && cp != 0xFE0F && cp != 0x200D) {
                    return -1; // an emoji glued to a word is part of it
                }
                end += Character.charCount(cp);
            }
            return beforeCapital(text, end, false) ? end : -1;
        }
        return -1;
    }

    /** The pictographs, emoticons and symbols of the supplementary planes (not the bullets and dingbats below them). */
    private static boolean isEmoji(int cp) {
        return cp >= 0x1F300 && cp <= 0x1FAFF;
    }

    /** Spaces (not a line break: line breaks are {@link LineBreaks}'s) and then a capitalised word. */
    private static boolean beforeCapital(String text, int end, boolean notDate) {
        int k = end;
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k++;
        }
        if (k == end || k + 1 >= text.length() || !Character.isUpperCase(text.charAt(k))
                || !Character.isLowerCase(text.charAt(k + 1)) && text.charAt(k + 1) != ' ') {
            return false;
        }
        return !notDate || !AbbreviationStops.DATES.contains(TextScan.nextWord(text, k).toLowerCase(Locale.ROOT));
    }

    /** "http" or "https" before the colon at {@code colon}, opening a word: a web address starts there. */
    private static boolean scheme(String text, int colon) {
        int start = colon >= 5 && text.regionMatches(true, colon - 5, "https", 0, 5) ? colon - 5
                : colon >= 4 && text.regionMatches(true, colon - 4, "http", 0, 4) ? colon - 4 : -1;
        return start == 0 || start > 0 && Character.isWhitespace(text.charAt(start - 1));
    }

    /** The end of the address whose token holds {@code i}, where its sentence ends there, else -1. */
    private static int addressEnd(String text, int i) {
        int end = tokenEnd(text, i);
        if (".,;:!?)]\"'’”".indexOf(text.charAt(end - 1)) >= 0) {
            return -1; // an address ending in punctuation is the final-punctuation rules' to decide
        }
        return beforeCapital(text, end, true) ? end : -1;
    }

    private static int tokenEnd(String text, int i) {
        int k = i;
        while (k < text.length() && !Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        return k;
    }
}

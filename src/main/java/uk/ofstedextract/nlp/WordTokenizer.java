package uk.ofstedextract.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;

/**
 * OpenNLP's tokenizer with the obvious cases decided first. A whitespace-separated word made of
 * ASCII letters and digits with only opening brackets or quotes before it ({@code ( [ " “}) and only
 * commas, semicolons, colons, closing brackets or quotes, question or exclamation marks after it
 * ({@code , ; : ) ] " ” ? !}) is split into those characters and the word without asking the model;
 * everything else (full stops, apostrophes, hyphens, slashes, "e.g.") goes to the model, one
 * whitespace token at a time, exactly as {@link TokenizerME} itself works. One exception to the model: a right
 * single quote closing a quotation ("the ‘front door’ work": after an opening "‘", or after a word not ending in
 * "s") is a token of its own, where the model keeps it on the word as if it were a possessive.
 * <p>On the 13,823 findings of the development corpus the tokens are the model's in all but 12
 * findings, each a bracketed abbreviation such as "(CCG)," that the model keeps as one token and this
 * splits into "(", "CCG", ")" and ",". Tokenizing takes about a quarter of the model's time.
 * <p>The model's time grows with the square of a whitespace token's length (each split point's
 * features hold the whole text before and after it), so a token longer than
 * {@value #MAX_MODEL_TOKEN} characters (the longest in the corpus is a 77-character URL; brackets
 * nested thousands deep, words hyphenated across thousands of lines or a base64 blob are longer) is
 * split by rule instead: each run of letters and digits one token, every other character one token.
 * Not thread-safe (one per thread, like the model's tools).
 */
final class WordTokenizer {
    private static final String OPENING = "([\"\u201C";
    private static final String CLOSING = ",;:)]\"\u201D?!";
    /** The longest whitespace token given to the model; longer ones are split by rule, in linear time. */
    static final int MAX_MODEL_TOKEN = 160;

    /** The model's tokens of one whitespace token: {@link TokenSplits} over the stored weights, or OpenNLP's tokenizer. */
    private final Function<String, Span[]> model;

    WordTokenizer(TokenizerME model) {
        this.model = model::tokenizePos;
    }

    private WordTokenizer(TokenSplits model) {
        this.model = model::tokenizePos;
    }

    /**
     * The keyword tagger's: the model's decisions made from the weights the build stored ({@link Models#tokenWeights},
     * the model itself read only on a near tie), or by OpenNLP's tokenizer over {@link Models#tokensFast} where it
     * stored none.
     */
    static WordTokenizer standard() {
        GisWeights stored = Models.tokenWeights();
        return stored != null ? new WordTokenizer(new TokenSplits(stored, Models::tokensFast))
                : new WordTokenizer(new TokenizerME(Models.tokensFast()));
    }

    Span[] tokenizePos(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        boolean quoted = false; // inside single quotes opened by '‘' at the start of a word
        while (i < n) {
            while (i < n && StringUtil.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int j = i;
            while (j < n && !StringUtil.isWhitespace(text.charAt(j))) {
                j++;
            }
            int a = i;
            int b = j;
            while (a < b && OPENING.indexOf(text.charAt(a)) >= 0) {
                a++;
            }
            while (b > a && CLOSING.indexOf(text.charAt(b - 1)) >= 0) {
                b--;
            }
            if (a < b && text.charAt(a) == '\u2018') {
                quoted = true;
            }
            boolean closes = b - a >= 2 && text.charAt(b - 1) == '\u2019' && (quoted || text.charAt(b - 2) != 's');
            if (closes) {
                quoted = false;
            }
            if (closes && alphanumeric(text, a + (text.charAt(a) == '\u2018' ? 1 : 0), b - 1)) {
                // "the ‘Family Information Service’": a right single quote after a word closes a quotation
                // opened by '‘', or follows a word that does not end in "s", where it is no possessive
                // ("pupils’ work" keeps its apostrophe); the quote is a token of its own
                for (int k = i; k < a; k++) {
                    out.add(new Span(k, k + 1));
                }
                int w = text.charAt(a) == '\u2018' ? a + 1 : a;
                if (w > a) {
                    out.add(new Span(a, w));
                }
                out.add(new Span(w, b - 1));
                for (int k = b - 1; k < j; k++) {
                    out.add(new Span(k, k + 1));
                }
            } else if (alphanumeric(text, a, b)) {
                for (int k = i; k < a; k++) {
                    out.add(new Span(k, k + 1));
                }
                out.add(new Span(a, b));
                for (int k = b; k < j; k++) {
                    out.add(new Span(k, k + 1));
                }
            } else if (j - i > MAX_MODEL_TOKEN) {
                splitByRule(text, i, j, out);
            } else {
                for (Span s : model.apply(text.substring(i, j))) {
                    out.add(new Span(s.getStart() + i, s.getEnd() + i));
                }
            }
            i = j;
        }
        return out.toArray(new Span[0]);
    }

    /** Runs of letters and digits one token each, any other character a token of its own. */
    static void splitByRule(String text, int from, int to, List<Span> out) {
        int k = from;
        while (k < to) {
            int c = text.codePointAt(k);
            int e = k + Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                while (e < to && Character.isLetterOrDigit(text.codePointAt(e))) {
                    e += Character.charCount(text.codePointAt(e));
                }
            }
            out.add(new Span(k, Math.min(e, to)));
            k = e;
        }
    }

    /** Whether {@code s} from {@code from} to {@code to} is one or more ASCII letters and digits. */
    static boolean alphanumeric(String s, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }
}
